<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>App</name>
    <message>
        <source>The key could not be remembered on this computer.</source>
        <translation>La clé n&apos;a pas pu être mémorisée sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>GPS receiver</source>
        <translation>récepteur GPS</translation>
    </message>
    <message>
        <source>photo EXIF</source>
        <translation>EXIF de la photo</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>saisie manuelle</translation>
    </message>
    <message>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>Army</source>
        <translation>Armée</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Private security</source>
        <translation>Sécurité privée</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Syndicate or militia</source>
        <translation>Syndicat ou milice</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Fonctionnaires</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>1 – low</source>
        <translation>1 – faible</translation>
    </message>
    <message>
        <source>2 – moderate</source>
        <translation>2 – modérée</translation>
    </message>
    <message>
        <source>3 – serious</source>
        <translation>3 – grave</translation>
    </message>
    <message>
        <source>4 – severe</source>
        <translation>4 – très grave</translation>
    </message>
    <message>
        <source>5 – critical</source>
        <translation>5 – critique</translation>
    </message>
    <message>
        <source>±{value} ft</source>
        <translation>±{value} pi</translation>
    </message>
    <message>
        <source>±{value} m</source>
        <translation>±{value} m</translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation>précision inconnue</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Détails du rapport</translation>
    </message>
    <message>
        <source>Select a report to see it here.</source>
        <translation>Sélectionnez un rapport pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site :</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Position :</translation>
    </message>
    <message>
        <source>People affected:</source>
        <translation>Personnes touchées :</translation>
    </message>
    <message>
        <source>Perpetrators:</source>
        <translation>Auteurs :</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>Témoins :</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité :</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Messages from coordinators</source>
        <translation>Messages des coordinateurs</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>{state}, version {version}</source>
        <translation>{state}, version {version}</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>Photo {number}</source>
        <translation>Photo {number}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <source>Photos ({count})</source>
        <translation>Photos ({count})</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>about {when}</source>
        <translation>vers {when}</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>tués</translation>
    </message>
    <message>
        <source>injured</source>
        <translation>blessés</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>détenus</translation>
    </message>
    <message>
        <source>displaced</source>
        <translation>déplacés</translation>
    </message>
    <message>
        <source>children</source>
        <translation>enfants</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>This invitation has expired. Ask the server operator for a new one.</source>
        <translation>Cette invitation a expiré. Demandez-en une nouvelle à l&apos;opérateur du serveur.</translation>
    </message>
    <message>
        <source>This invitation was altered or damaged on the way: its signature does not match. Ask the server operator to send it again.</source>
        <translation>Cette invitation a été modifiée ou endommagée en route : sa signature ne correspond pas. Demandez à l&apos;opérateur du serveur de la renvoyer.</translation>
    </message>
    <message>
        <source>This is not a KP Field invitation. An invitation starts with KPF1-.</source>
        <translation>Ce n&apos;est pas une invitation KP Field. Une invitation commence par KPF1-.</translation>
    </message>
    <message>
        <source>This invitation is damaged or incomplete: it was cut short or changed on the way. Copy all of it again, or ask for it again.</source>
        <translation>Cette invitation est endommagée ou incomplète : elle a été tronquée ou modifiée en route. Copiez-la de nouveau en entier, ou redemandez-la.</translation>
    </message>
    <message>
        <source>This invitation has already been used. Each invitation works once: ask the server operator for a new one.</source>
        <translation>Cette invitation a déjà été utilisée. Chaque invitation ne sert qu&apos;une fois : demandez-en une nouvelle à l&apos;opérateur du serveur.</translation>
    </message>
    <message>
        <source>The server says this invitation has expired. Ask the server operator for a new one.</source>
        <translation>Selon le serveur, cette invitation a expiré. Demandez-en une nouvelle à l&apos;opérateur du serveur.</translation>
    </message>
    <message>
        <source>The server does not know this invitation. Check that it is the latest one.</source>
        <translation>Le serveur ne connaît pas cette invitation. Vérifiez que c&apos;est la plus récente.</translation>
    </message>
    <message>
        <source>This invitation is for another role.</source>
        <translation>Cette invitation est destinée à un autre rôle.</translation>
    </message>
    <message>
        <source>This device is already enrolled on that server.</source>
        <translation>Cet appareil est déjà inscrit sur ce serveur.</translation>
    </message>
    <message>
        <source>The server refused the enrolment: %1</source>
        <translation>Le serveur a refusé l&apos;inscription : %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the invitation. Nothing was sent. Tell the server operator.</source>
        <translation>Le certificat du serveur ne correspond pas à l&apos;invitation. Rien n&apos;a été envoyé. Prévenez l&apos;opérateur du serveur.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>This profile is already connected to a sync server.</source>
        <translation>Ce profil est déjà connecté à un serveur de synchronisation.</translation>
    </message>
    <message>
        <source>Connect to a sync server</source>
        <translation>Se connecter à un serveur de synchronisation</translation>
    </message>
    <message>
        <source>Paste the invitation the server operator sent you, or open the file it came in.</source>
        <translation>Collez l&apos;invitation que l&apos;opérateur du serveur vous a envoyée, ou ouvrez le fichier qui la contient.</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>&amp;Open invitation file…</source>
        <translation>&amp;Ouvrir un fichier d&apos;invitation…</translation>
    </message>
    <message>
        <source>Open an invitation file</source>
        <translation>Ouvrir un fichier d&apos;invitation</translation>
    </message>
    <message>
        <source>Server key fingerprint</source>
        <translation>Empreinte de la clé du serveur</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Nom de cet appareil</translation>
    </message>
    <message>
        <source>Before you connect, read the fingerprint aloud with the server operator (in person or by phone). If one character differs, do not connect: the invitation may be forged.</source>
        <translation>Avant de vous connecter, lisez l&apos;empreinte à voix haute avec l&apos;opérateur du serveur (en personne ou par téléphone). Si un seul caractère diffère, ne vous connectez pas : l&apos;invitation est peut-être falsifiée.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Server key fingerprint:</source>
        <translation>Empreinte de la clé du serveur :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Nom de l&apos;appareil :</translation>
    </message>
    <message>
        <source>The fingerprints match — &amp;connect</source>
        <translation>Les empreintes correspondent — se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Se connecter à ce serveur</translation>
    </message>
    <message>
        <source>Open an invitation</source>
        <translation>Ouvrir une invitation</translation>
    </message>
    <message>
        <source>Invitations (*.txt *.kpf);;All files (*)</source>
        <translation>Invitations (*.txt *.kpf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>The invitation is valid. Compare the fingerprint before you connect.</source>
        <translation>L&apos;invitation est valide. Comparez l&apos;empreinte avant de vous connecter.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
</context>
<context>
    <name>FilterWidget</name>
    <message>
        <source>Search reports (Ctrl+F)</source>
        <translation>Rechercher dans les rapports (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation>Rechercher dans les rapports</translation>
    </message>
    <message>
        <source>Filter by incident type</source>
        <translation>Filtrer par type d&apos;incident</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>Filtrer par site</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtrer à partir d&apos;une date</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filtrer jusqu&apos;à une date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to KP Field</source>
        <translation>Bienvenue dans KP Field</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to KP Field&lt;/h3&gt;&lt;p&gt;KP Field keeps your incident reports and photos &lt;b&gt;encrypted&lt;/b&gt; on this computer. Your passphrase is the only way to open them: if the computer is lost or taken, nobody can read them without it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The passphrase cannot be recovered or reset.&lt;/b&gt; If you forget it, the reports are lost for good. Choose several unrelated words that you will remember, and never write it down next to the computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue dans KP Field&lt;/h3&gt;&lt;p&gt;KP Field conserve vos rapports d&apos;incidents et vos photos &lt;b&gt;chiffrés&lt;/b&gt; sur cet ordinateur. Votre phrase secrète est le seul moyen de les ouvrir : si l&apos;ordinateur est perdu ou saisi, personne ne peut les lire sans elle.&lt;/p&gt;&lt;p&gt;&lt;b&gt;La phrase secrète ne peut être ni récupérée ni réinitialisée.&lt;/b&gt; Si vous l&apos;oubliez, les rapports sont perdus pour de bon. Choisissez plusieurs mots sans rapport entre eux dont vous vous souviendrez, et ne la notez jamais à côté de l&apos;ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>S&amp;how the passphrase</source>
        <translation>A&amp;fficher la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Creating your encrypted profile. This takes a few seconds…</source>
        <translation>Création de votre profil chiffré. Cela prend quelques secondes…</translation>
    </message>
    <message>
        <source>Creating the profile</source>
        <translation>Création du profil</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Créer le profil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Use at least {count} characters; several unrelated words work well.</source>
        <translation>Utilisez au moins {count} caractères ; plusieurs mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
        <source>Too short: use at least {count} characters.</source>
        <translation>Trop courte : utilisez au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Too easy to guess: add more unrelated words.</source>
        <translation>Trop facile à deviner : ajoutez d&apos;autres mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Les deux phrases secrètes sont identiques.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>LocationWidget</name>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>Source de la position</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the location</source>
        <translation>Effacer la position</translation>
    </message>
    <message>
        <source>Type coordinates, e.g. -17.6478, 31.4861 or 17°38&apos;52&quot;S 31°29&apos;10&quot;E</source>
        <translation>Saisissez des coordonnées, p. ex. -17.6478, 31.4861 ou 17°38&apos;52&quot;S 31°29&apos;10&quot;E</translation>
    </message>
    <message>
        <source>Coordinates typed by hand</source>
        <translation>Coordonnées saisies à la main</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Set the typed coordinates</source>
        <translation>Appliquer les coordonnées saisies</translation>
    </message>
    <message>
        <source>Coordinates check</source>
        <translation>Vérification des coordonnées</translation>
    </message>
    <message>
        <source>Use &amp;GPS receiver</source>
        <translation>Utiliser le récepteur &amp;GPS</translation>
    </message>
    <message>
        <source>Use GPS receiver</source>
        <translation>Utiliser le récepteur GPS</translation>
    </message>
    <message>
        <source>This computer&apos;s location service</source>
        <translation>Service de localisation de cet ordinateur</translation>
    </message>
    <message>
        <source>NMEA device</source>
        <translation>Appareil NMEA</translation>
    </message>
    <message>
        <source>Replay an NMEA log file…</source>
        <translation>Rejouer un fichier journal NMEA…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop waiting for the GPS receiver</source>
        <translation>Ne plus attendre le récepteur GPS</translation>
    </message>
    <message>
        <source>From &amp;photo</source>
        <translation>Depuis la &amp;photo</translation>
    </message>
    <message>
        <source>Take the location from an attached photo</source>
        <translation>Prendre la position d&apos;une photo jointe</translation>
    </message>
    <message>
        <source>GPS status</source>
        <translation>État du GPS</translation>
    </message>
    <message>
        <source>Reading the NMEA log…</source>
        <translation>Lecture du journal NMEA…</translation>
    </message>
    <message>
        <source>Waiting for the receiver on %s…</source>
        <translation>En attente du récepteur sur %s…</translation>
    </message>
    <message>
        <source>No location yet</source>
        <translation>Pas encore de position</translation>
    </message>
    <message>
        <source>Source: %s</source>
        <translation>Source : %s</translation>
    </message>
    <message>
        <source>photo %d</source>
        <translation>photo %d</translation>
    </message>
    <message>
        <source>No attached photo carries a GPS position.</source>
        <translation>Aucune photo jointe ne porte de position GPS.</translation>
    </message>
    <message>
        <source>%s — press Enter to use it.</source>
        <translation>%s — appuyez sur Entrée pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Asking this computer&apos;s location service…</source>
        <translation>Interrogation du service de localisation de cet ordinateur…</translation>
    </message>
    <message>
        <source>This computer has no location service. Choose an NMEA device or type the coordinates.</source>
        <translation>Cet ordinateur n&apos;a pas de service de localisation. Choisissez un appareil NMEA ou saisissez les coordonnées.</translation>
    </message>
    <message>
        <source>No serial device found</source>
        <translation>Aucun appareil série trouvé</translation>
    </message>
    <message>
        <source>Replay an NMEA log</source>
        <translation>Rejouer un journal NMEA</translation>
    </message>
    <message>
        <source>NMEA logs (*.log *.nmea *.txt);;All files (*)</source>
        <translation>Journaux NMEA (*.log *.nmea *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Position from the GPS receiver: %s</source>
        <translation>Position du récepteur GPS : %s</translation>
    </message>
    <message>
        <source>No position. %s
Move to open sky and try again, or type the coordinates.</source>
        <translation>Pas de position. %s
Placez-vous à ciel ouvert et réessayez, ou saisissez les coordonnées.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KP Field</source>
        <translation>KP Field</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Nouveau rapport</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Open the selected report (Enter)</source>
        <translation>Ouvrir le rapport sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock KP Field now</source>
        <translation>Verrouiller KP Field maintenant</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Report &amp;list</source>
        <translation>&amp;Liste des rapports</translation>
    </message>
    <message>
        <source>Report &amp;details</source>
        <translation>&amp;Détails du rapport</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Connect to a sync server…</source>
        <translation>Se &amp;connecter à un serveur de synchronisation…</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>Chargement des rapports…</translation>
    </message>
    <message>
        <source>{count} reports</source>
        <translation>{count} rapports</translation>
    </message>
    <message>
        <source>No reports yet. Press Ctrl+N to write the first one.</source>
        <translation>Aucun rapport pour l&apos;instant. Appuyez sur Ctrl+N pour écrire le premier.</translation>
    </message>
    <message>
        <source>No report matches the search and filters.</source>
        <translation>Aucun rapport ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>The report editor is not available in this version.</source>
        <translation>L&apos;éditeur de rapports n&apos;est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>PeopleAffectedWidget</name>
    <message>
        <source>&amp;Killed</source>
        <translation>&amp;Tués</translation>
    </message>
    <message>
        <source>&amp;Injured</source>
        <translation>&amp;Blessés</translation>
    </message>
    <message>
        <source>&amp;Detained</source>
        <translation>&amp;Détenus</translation>
    </message>
    <message>
        <source>Dis&amp;placed</source>
        <translation>Dé&amp;placés</translation>
    </message>
    <message>
        <source>C&amp;hildren among them</source>
        <translation>Dont &amp;enfants</translation>
    </message>
    <message>
        <source>A dash means not known (different from 0).</source>
        <translation>Un tiret signifie inconnu (différent de 0).</translation>
    </message>
</context>
<context>
    <name>PerpetratorsWidget</name>
    <message>
        <source>Perpetrator category</source>
        <translation>Catégorie d&apos;auteur</translation>
    </message>
    <message>
        <source>Description (unit, uniform, vehicle, names if known)</source>
        <translation>Description (unité, uniforme, véhicule, noms si connus)</translation>
    </message>
    <message>
        <source>Perpetrator description</source>
        <translation>Description de l&apos;auteur</translation>
    </message>
</context>
<context>
    <name>PhotoGridWidget</name>
    <message>
        <source>Photos (Enter opens the viewer, Delete removes)</source>
        <translation>Photos (Entrée ouvre la visionneuse, Suppr retire)</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Ajouter des photos…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>View the selected photo</source>
        <translation>Voir la photo sélectionnée</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Remove the selected photo</source>
        <translation>Retirer la photo sélectionnée</translation>
    </message>
    <message>
        <source>Caption of the selected photo (Enter to keep it)</source>
        <translation>Légende de la photo sélectionnée (Entrée pour la garder)</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>Légende de la photo</translation>
    </message>
    <message>
        <source>Photo import progress</source>
        <translation>Progression de l&apos;import des photos</translation>
    </message>
    <message>
        <source>Photo messages</source>
        <translation>Messages sur les photos</translation>
    </message>
    <message>
        <source>Adding photos: %v of %m</source>
        <translation>Ajout des photos : %v sur %m</translation>
    </message>
    <message>
        <source>%s was not added: %s</source>
        <translation>%s n&apos;a pas été ajoutée : %s</translation>
    </message>
    <message>
        <source>Photos (%s);;All files (*)</source>
        <translation>Photos (%s);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remove this photo from the report? It cannot be undone in this draft.</source>
        <translation>Retirer cette photo du rapport ? Cela ne peut pas être annulé dans ce brouillon.</translation>
    </message>
</context>
<context>
    <name>PhotoViewerDialog</name>
    <message>
        <source>Photo — KP Field</source>
        <translation>Photo — KP Field</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <source>Zoom &amp;out (−)</source>
        <translation>&amp;Dézoomer (−)</translation>
    </message>
    <message>
        <source>&amp;Fit (0)</source>
        <translation>&amp;Ajuster (0)</translation>
    </message>
    <message>
        <source>Zoom &amp;in (+)</source>
        <translation>&amp;Zoomer (+)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%d × %d pixels</source>
        <translation>%d × %d pixels</translation>
    </message>
    <message>
        <source>taken %s</source>
        <translation>prise le %s</translation>
    </message>
    <message>
        <source>GPS %s</source>
        <translation>GPS %s</translation>
    </message>
    <message>
        <source>Photo %d of %d — KP Field</source>
        <translation>Photo %d sur %d — KP Field</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Edit report — KP Field</source>
        <translation>Modifier le rapport — KP Field</translation>
    </message>
    <message>
        <source>Edit: creates a new version</source>
        <translation>Modifier : crée une nouvelle version</translation>
    </message>
    <message>
        <source>Problems to fix before the report is ready</source>
        <translation>Problèmes à corriger avant que le rapport soit prêt</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Mark ready to send</source>
        <translation>&amp;Marquer prêt à envoyer</translation>
    </message>
    <message>
        <source>Mark ready to send</source>
        <translation>Marquer prêt à envoyer</translation>
    </message>
    <message>
        <source>Checks the report and freezes this version (Ctrl+Enter).</source>
        <translation>Vérifie le rapport et fige cette version (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Fermer l&apos;éditeur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Photos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>This report was marked ready to send (version %d). It is frozen: editing it creates a new version.</source>
        <translation>Ce rapport a été marqué prêt à envoyer (version %d). Il est figé : le modifier crée une nouvelle version.</translation>
    </message>
    <message>
        <source>&amp;Edit (creates version %d)</source>
        <translation>&amp;Modifier (crée la version %d)</translation>
    </message>
    <message>
        <source>Read-only: version %d is frozen.</source>
        <translation>Lecture seule : la version %d est figée.</translation>
    </message>
    <message>
        <source>Draft, version %d. Changes are saved automatically.</source>
        <translation>Brouillon, version %d. Les modifications sont enregistrées automatiquement.</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Modifications non enregistrées…</translation>
    </message>
    <message>
        <source>Saved at %s.</source>
        <translation>Enregistré à %s.</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Non enregistré : %s</translation>
    </message>
    <message>
        <source>Marked ready to send: version %d is frozen.</source>
        <translation>Marqué prêt à envoyer : la version %d est figée.</translation>
    </message>
    <message>
        <source>Not ready yet: fix the problems listed below.</source>
        <translation>Pas encore prêt : corrigez les problèmes indiqués ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ReportFormWidget</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>A short title (optional)</source>
        <translation>Un titre court (facultatif)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>What happened, in your words. Who, what, how.</source>
        <translation>Ce qui s&apos;est passé, avec vos mots. Qui, quoi, comment.</translation>
    </message>
    <message>
        <source>&amp;When (required)</source>
        <translation>&amp;Quand (obligatoire)</translation>
    </message>
    <message>
        <source>The start time is known</source>
        <translation>L&apos;heure de début est connue</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Date et heure de début</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;à</translation>
    </message>
    <message>
        <source>The incident lasted until a known time</source>
        <translation>L&apos;incident a duré jusqu&apos;à une heure connue</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Date et heure de fin</translation>
    </message>
    <message>
        <source>Times are &amp;approximate</source>
        <translation>Les heures sont &amp;approximatives</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Mine, concession or field</source>
        <translation>Mine, concession ou gisement</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Village, road, landmark</source>
        <translation>Village, route, point de repère</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>— not assessed</source>
        <translation>— non évaluée</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>très grave</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>&amp;Type (required)</source>
        <translation>&amp;Type (obligatoire)</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Récit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>Lie&amp;u</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Personnes touchées</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Sources and witnesses</source>
        <translation>Sources et témoins</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>The end time is not saved until it is fixed.</source>
        <translation>L&apos;heure de fin n&apos;est pas enregistrée tant qu&apos;elle n&apos;est pas corrigée.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Date</source>
        <extracomment>Column -&gt; ReportQuery.sort key (header clicks sort in the database, not in memory).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>ResumeEditsOffer</name>
    <message>
        <source>untitled draft</source>
        <translation>brouillon sans titre</translation>
    </message>
    <message>
        <source>Continue editing?</source>
        <translation>Reprendre la modification ?</translation>
    </message>
    <message>
        <source>KP Field closed while a report was being edited. Continue editing “{title}”?</source>
        <translation>KP Field s&apos;est fermé pendant la modification d&apos;un rapport. Reprendre la modification de « {title} » ?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>KP Field then opens without the passphrase: the key is kept in the system keyring.</source>
        <translation>KP Field s&apos;ouvre alors sans la phrase secrète : la clé est conservée dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Remember the key on this computer</source>
        <translation>Mémoriser la clé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Looking for a secure keyring…</source>
        <translation>Recherche d&apos;un trousseau de clés sécurisé…</translation>
    </message>
    <message>
        <source>Metric (m, km)</source>
        <translation>Métrique (m, km)</translation>
    </message>
    <message>
        <source>Imperial (ft, mi)</source>
        <translation>Impérial (pi, mi)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Decimal degrees (17.647800° S)</source>
        <translation>Degrés décimaux (17.647800° S)</translation>
    </message>
    <message>
        <source>Degrees, minutes, seconds (17°38&apos;52.1&quot;S)</source>
        <translation>Degrés, minutes, secondes (17°38&apos;52.1&quot;S)</translation>
    </message>
    <message>
        <source>Degrees and minutes (S17 38.868)</source>
        <translation>Degrés et minutes (S17 38.868)</translation>
    </message>
    <message>
        <source>Coordinate format</source>
        <translation>Format des coordonnées</translation>
    </message>
    <message>
        <source>GPS device</source>
        <translation>Appareil GPS</translation>
    </message>
    <message>
        <source>None (for example /dev/ttyUSB0 or COM3)</source>
        <translation>Aucun (par exemple /dev/ttyUSB0 ou COM3)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies the next time KP Field starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de KP Field.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Verrouiller après inactivité :</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unités :</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>&amp;Coordonnées :</translation>
    </message>
    <message>
        <source>&amp;GPS device:</source>
        <translation>Appareil &amp;GPS :</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue :</translation>
    </message>
    <message>
        <source>Not available: no secure keyring on this computer.</source>
        <translation>Indisponible : aucun trousseau de clés sécurisé sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sending progress</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n report(s) — %1 of %2, %3/s</source>
        <translation>
            <numerusform>Envoi de %n rapport — %1 sur %2, %3/s</numerusform>
            <numerusform>Envoi de %n rapports — %1 sur %2, %3/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Not connected to a sync server</source>
        <translation>Non connecté à un serveur de synchronisation</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached</source>
        <translation>Hors ligne : le serveur est injoignable</translation>
    </message>
    <message>
        <source>Will try again at %1</source>
        <translation>Nouvel essai à %1</translation>
    </message>
    <message>
        <source>Last sent %1</source>
        <translation>Dernier envoi %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
</context>
<context>
    <name>TypePickerWidget</name>
    <message>
        <source>Type to filter incident types</source>
        <translation>Tapez pour filtrer les types d&apos;incident</translation>
    </message>
    <message>
        <source>Filter incident types</source>
        <translation>Filtrer les types d&apos;incident</translation>
    </message>
    <message>
        <source>Incident types (Space ticks a type)</source>
        <translation>Types d&apos;incident (Espace coche un type)</translation>
    </message>
    <message>
        <source>Chosen: %s</source>
        <translation>Choisis : %s</translation>
    </message>
    <message>
        <source>No type chosen yet.</source>
        <translation>Aucun type choisi pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock KP Field</source>
        <translation>Déverrouiller KP Field</translation>
    </message>
    <message>
        <source>&lt;b&gt;KP Field is locked.&lt;/b&gt; Enter your passphrase to open your reports.</source>
        <translation>&lt;b&gt;KP Field est verrouillé.&lt;/b&gt; Saisissez votre phrase secrète pour ouvrir vos rapports.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Remember the key on this computer</source>
        <translation>Mémoriser la clé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Looking for a secure keyring…</source>
        <translation>Recherche d&apos;un trousseau de clés sécurisé…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Not available: no secure keyring on this computer.</source>
        <translation>Indisponible : aucun trousseau de clés sécurisé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Trying the key remembered on this computer…</source>
        <translation>Essai de la clé mémorisée sur cet ordinateur…</translation>
    </message>
    <message>
        <source>You can try again in {seconds} s.</source>
        <translation>Vous pourrez réessayer dans {seconds} s.</translation>
    </message>
</context>
<context>
    <name>WitnessesWidget</name>
    <message>
        <source>Pseudonym (never the real name)</source>
        <translation>Pseudonyme (jamais le vrai nom)</translation>
    </message>
    <message>
        <source>Witness pseudonym</source>
        <translation>Pseudonyme du témoin</translation>
    </message>
    <message>
        <source>Keep contact details</source>
        <translation>Garder les coordonnées</translation>
    </message>
    <message>
        <source>Contact details put the witness at risk if this computer is seized. Keep them only if you must.</source>
        <translation>Les coordonnées mettent le témoin en danger si cet ordinateur est saisi. Ne les gardez que si c&apos;est indispensable.</translation>
    </message>
    <message>
        <source>Witness contact details</source>
        <translation>Coordonnées du témoin</translation>
    </message>
    <message>
        <source>Consents to share</source>
        <translation>Accepte le partage</translation>
    </message>
    <message>
        <source>Notes about the witness</source>
        <translation>Notes sur le témoin</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Give a pseudonym: this witness is not saved until it has one.</source>
        <translation>Donnez un pseudonyme : ce témoin n&apos;est pas enregistré tant qu&apos;il n&apos;en a pas.</translation>
    </message>
</context>
<context>
    <name>_Rows</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Retirer cette ligne</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Phrase secrète incorrecte. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez.</translation>
    </message>
    <message>
        <source>The key file (profile.key) is missing from the profile folder. Without it the reports cannot be opened. If you have a backup of the key file, put it back in the profile folder.</source>
        <translation>Le fichier de clé (profile.key) est absent du dossier du profil. Sans lui, les rapports ne peuvent pas être ouverts. Si vous avez une sauvegarde du fichier de clé, remettez-la dans le dossier du profil.</translation>
    </message>
    <message>
        <source>The key file (profile.key) is damaged, so the reports cannot be opened. Restore it from a backup if you have one. KP Field has not changed anything.</source>
        <translation>Le fichier de clé (profile.key) est endommagé : les rapports ne peuvent pas être ouverts. Restaurez-le depuis une sauvegarde si vous en avez une. KP Field n&apos;a rien modifié.</translation>
    </message>
    <message>
        <source>The reports database is missing from the profile folder.</source>
        <translation>La base de données des rapports est absente du dossier du profil.</translation>
    </message>
    <message>
        <source>The reports database cannot be opened with this profile&apos;s key: it is damaged or belongs to another profile. KP Field has not changed anything.</source>
        <translation>La base de données des rapports ne peut pas être ouverte avec la clé de ce profil : elle est endommagée ou appartient à un autre profil. KP Field n&apos;a rien modifié.</translation>
    </message>
    <message>
        <source>The reports database is damaged. KP Field has not changed anything; restore it from a backup.</source>
        <translation>La base de données des rapports est endommagée. KP Field n&apos;a rien modifié ; restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>These reports were saved by a newer version of KP Field. Update KP Field to open them.</source>
        <translation>Ces rapports ont été enregistrés par une version plus récente de KP Field. Mettez KP Field à jour pour les ouvrir.</translation>
    </message>
    <message>
        <source>This passphrase is too weak.</source>
        <translation>Cette phrase secrète est trop faible.</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer.</source>
        <translation>Aucun trousseau de clés sécurisé n&apos;est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>KP Field is locked.</source>
        <translation>KP Field est verrouillé.</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Une erreur s&apos;est produite : %s</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Add &amp;perpetrator</source>
        <translation>Ajouter un &amp;auteur</translation>
    </message>
    <message>
        <source>Add &amp;source or witness</source>
        <translation>Ajouter une &amp;source ou un témoin</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Send ready reports now (Ctrl+Shift+S)</source>
        <translation>Envoyer maintenant les rapports prêts (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the one pinned at enrolment. Nothing was sent. Tell the server operator; do not sync from this network.</source>
        <translation>Le certificat du serveur ne correspond pas à celui enregistré lors de l&apos;inscription. Rien n&apos;a été envoyé. Prévenez l&apos;opérateur du serveur ; ne synchronisez pas depuis ce réseau.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Reports stay in the outbox and are sent when it can be.</source>
        <translation>Le serveur est injoignable. Les rapports restent dans la boîte d&apos;envoi et partiront dès que possible.</translation>
    </message>
    <message>
        <source>The server operator has disconnected this device. Nothing more will be sent.</source>
        <translation>L&apos;opérateur du serveur a déconnecté cet appareil. Plus rien ne sera envoyé.</translation>
    </message>
    <message>
        <source>The server did not accept this device&apos;s signature. Check the computer&apos;s clock; if it is right, tell the server operator.</source>
        <translation>Le serveur n&apos;a pas accepté la signature de cet appareil. Vérifiez l&apos;horloge de l&apos;ordinateur ; si elle est juste, prévenez l&apos;opérateur du serveur.</translation>
    </message>
    <message>
        <source>The server has a problem. Reports stay in the outbox and are sent later.</source>
        <translation>Le serveur a un problème. Les rapports restent dans la boîte d&apos;envoi et partiront plus tard.</translation>
    </message>
    <message>
        <source>This profile is not connected to a sync server yet.</source>
        <translation>Ce profil n&apos;est pas encore connecté à un serveur de synchronisation.</translation>
    </message>
</context>
</TS>
