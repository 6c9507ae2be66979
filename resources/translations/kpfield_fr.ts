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
    <name>ChartsDock</name>
    <message>
        <source>Counting reports…</source>
        <translation>Décompte des rapports…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Show or hide the charts ({shortcut})</source>
        <translation>Afficher ou masquer les graphiques ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>By type</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Par site</translation>
    </message>
    <message>
        <source>By perpetrator</source>
        <translation>Par auteur</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Graphique :</translation>
    </message>
    <message>
        <source>Show as t&amp;able</source>
        <translation>Afficher en &amp;tableau</translation>
    </message>
    <message>
        <source>Show the counts as a table</source>
        <translation>Afficher les nombres sous forme de tableau</translation>
    </message>
    <message>
        <source>Bar chart of report counts</source>
        <translation>Diagramme en barres du nombre de rapports</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Report counts</source>
        <translation>Nombre de rapports</translation>
    </message>
    <message>
        <source>Other sites</source>
        <translation>Autres sites</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(sans site)</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun renseigné</translation>
    </message>
    <message>
        <source>Reports: {count}</source>
        <translation>Rapports : {count}</translation>
    </message>
    <message>
        <source>A report with several types counts once for each.</source>
        <translation>Un rapport qui a plusieurs types compte une fois pour chacun.</translation>
    </message>
    <message>
        <source>Month of the incident (of writing, if its date is unknown), in this computer&apos;s time zone.</source>
        <translation>Mois de l&apos;incident (ou de la rédaction, si sa date est inconnue), dans le fuseau horaire de cet ordinateur.</translation>
    </message>
    <message>
        <source>The sites with most reports; the others are added up.</source>
        <translation>Les sites qui ont le plus de rapports ; les autres sont additionnés.</translation>
    </message>
    <message>
        <source>A report counts once for each kind of perpetrator it names.</source>
        <translation>Un rapport compte une fois pour chaque catégorie d&apos;auteur qu&apos;il mentionne.</translation>
    </message>
    <message>
        <source>The dates span more than 50 years, so only months with reports are shown: check for a mistyped year.</source>
        <translation>Les dates s&apos;étendent sur plus de 50 ans : seuls les mois qui ont des rapports sont donc affichés. Vérifiez qu&apos;aucune année n&apos;a été mal saisie.</translation>
    </message>
    <message>
        <source>Counting reports…</source>
        <translation>Décompte des rapports…</translation>
    </message>
    <message>
        <source>No report matches the search and filters.</source>
        <translation>Aucun rapport ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label} : {count}</translation>
    </message>
    <message>
        <source>Categories with no report, not drawn: {count}.</source>
        <translation>Catégories sans rapport, non dessinées : {count}.</translation>
    </message>
</context>
<context>
    <name>CrashOffer</name>
    <message>
        <source>KP Field</source>
        <translation>KP Field</translation>
    </message>
    <message>
        <source>KP Field closed unexpectedly last time. Show the crash report?</source>
        <translation>KP Field s&apos;est fermé de façon inattendue la dernière fois. Afficher le rapport de plantage ?</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <source>Crash report — KP Field</source>
        <translation>Rapport de plantage — KP Field</translation>
    </message>
    <message>
        <source>Where KP Field was when it closed: file names, line numbers and function names. It contains nothing you wrote. You can copy it and send it to the people who support KP Field for you.</source>
        <translation>Où en était KP Field quand il s&apos;est fermé : noms de fichiers, numéros de ligne et noms de fonctions. Il ne contient rien de ce que vous avez écrit. Vous pouvez le copier et l&apos;envoyer aux personnes qui assurent le support de KP Field pour vous.</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Rapport de plantage</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the crash report</source>
        <translation>Copier le rapport de plantage</translation>
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
        <source>Received, version {version}</source>
        <translation>Reçu, version {version}</translation>
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
        <source>Photos ({count})</source>
        <translation>Photos ({count})</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Please send the original photos</source>
        <translation>Veuillez envoyer les photos originales</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>État de l&apos;examen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Only devices certified with the organisation key can read reports or send to coordinators. Certify a device only after its owner has read its fingerprint to you, in person or by phone.</source>
        <translation>Seuls les appareils certifiés avec la clé de l&apos;organisation peuvent lire les rapports ou envoyer aux coordinateurs. Ne certifiez un appareil qu&apos;après que son propriétaire vous a lu son empreinte, en personne ou par téléphone.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation>Appareils inscrits</translation>
    </message>
    <message>
        <source>Fingerprint read aloud by the device&apos;s owner</source>
        <translation>Empreinte lue à voix haute par le propriétaire de l&apos;appareil</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Motif de la révocation</translation>
    </message>
    <message>
        <source>&amp;Certify…</source>
        <translation>&amp;Certifier…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Fingerprint read aloud:</source>
        <translation>&amp;Empreinte lue à voix haute :</translation>
    </message>
    <message>
        <source>Reason to &amp;revoke:</source>
        <translation>Motif de ré&amp;vocation :</translation>
    </message>
    <message>
        <source>Fetching the device list…</source>
        <translation>Récupération de la liste des appareils…</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certifié</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Non certifié</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Another organisation&apos;s certificate</source>
        <translation>Certificat d&apos;une autre organisation</translation>
    </message>
    <message>
        <source>Certificate not valid</source>
        <translation>Certificat non valide</translation>
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
        <source>This profile does not hold the organisation key: it can list devices but not certify or revoke them.</source>
        <translation>Ce profil ne détient pas la clé de l&apos;organisation : il peut lister les appareils, mais pas les certifier ni les révoquer.</translation>
    </message>
    <message>
        <source>Choose a device and type the fingerprint its owner reads to you.</source>
        <translation>Choisissez un appareil et saisissez l&apos;empreinte que son propriétaire vous lit.</translation>
    </message>
    <message>
        <source>Certifying…</source>
        <translation>Certification…</translation>
    </message>
    <message>
        <source>Certified.</source>
        <translation>Certifié.</translation>
    </message>
    <message>
        <source>Choose a device and give the reason for revoking it.</source>
        <translation>Choisissez un appareil et indiquez le motif de sa révocation.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
    <message>
        <source>Revoked. Every device stops trusting it at its next sync.</source>
        <translation>Révoqué. Chaque appareil cesse de lui faire confiance à sa prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
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
    <message>
        <source>Organisation fingerprint</source>
        <translation>Empreinte de l&apos;organisation</translation>
    </message>
    <message>
        <source>Before you connect, read both fingerprints aloud: the server&apos;s with the server operator, the organisation&apos;s with your coordinator (in person or by phone). If one character differs, do not connect: the invitation may be forged.</source>
        <translation>Avant de vous connecter, lisez les deux empreintes à voix haute : celle du serveur avec l&apos;opérateur du serveur, celle de l&apos;organisation avec votre coordinateur (en personne ou par téléphone). Si un seul caractère diffère, ne vous connectez pas : l&apos;invitation est peut-être falsifiée.</translation>
    </message>
    <message>
        <source>Organisation fingerprint:</source>
        <translation>Empreinte de l&apos;organisation :</translation>
    </message>
    <message>
        <source>None in this invitation: nothing will be sent until your coordinator gives you the organisation fingerprint.</source>
        <translation>Aucune dans cette invitation : rien ne sera envoyé tant que votre coordinateur ne vous aura pas donné l&apos;empreinte de l&apos;organisation.</translation>
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
        <source>&amp;Inbox (unread only)</source>
        <translation>&amp;Boîte de réception (non lus uniquement)</translation>
    </message>
    <message>
        <source>Show only unread reports</source>
        <translation>N&apos;afficher que les rapports non lus</translation>
    </message>
    <message>
        <source>Filter by review state</source>
        <translation>Filtrer par état de l&apos;examen</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Tous les états de l&apos;examen</translation>
    </message>
    <message>
        <source>Filter by monitor (device)</source>
        <translation>Filtrer par observateur (appareil)</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Tous les observateurs</translation>
    </message>
    <message>
        <source>Filter by verification result</source>
        <translation>Filtrer par résultat de la vérification</translation>
    </message>
    <message>
        <source>Any verification</source>
        <translation>Tous les résultats de vérification</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Newest version quarantined</source>
        <translation>Dernière version en quarantaine</translation>
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
    <message>
        <source>{label} (revoked)</source>
        <translation>{label} (révoqué)</translation>
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
        <source>&amp;Monitor: I document incidents in the field</source>
        <translation>&amp;Observateur : je documente des incidents sur le terrain</translation>
    </message>
    <message>
        <source>C&amp;oordinator: I receive and review monitors&apos; reports</source>
        <translation>Coor&amp;dinateur : je reçois et j&apos;examine les rapports des observateurs</translation>
    </message>
    <message>
        <source>This profile is for:</source>
        <translation>Ce profil est destiné à :</translation>
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
        <source>Too easy to guess. {advice}</source>
        <translation>Trop facile à deviner. {advice}</translation>
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
    <name>GuideBrowser</name>
    <message>
        <source>Web links are not opened from KP Field: {url}</source>
        <translation>Les liens web ne sont pas ouverts depuis KP Field : {url}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>KP Field — User guide</source>
        <translation>KP Field — Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>The documentation is not installed with this copy of KP Field.</source>
        <translation>La documentation n&apos;est pas installée avec cette copie de KP Field.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&lt;h3&gt;KP Field {version}&lt;/h3&gt;&lt;p&gt;Secure offline documentation of incidents in mining areas.&lt;/p&gt;&lt;p&gt;Licence: {licence}.&lt;/p&gt;&lt;p&gt;This profile&apos;s reports, photos and keys are stored encrypted in:&lt;br&gt;&lt;code&gt;{home}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;The window layout and the language are kept in this computer&apos;s settings for KP Field; never report content.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KP Field {version}&lt;/h3&gt;&lt;p&gt;Documentation sécurisée et hors ligne d&apos;incidents dans les zones minières.&lt;/p&gt;&lt;p&gt;Licence : {licence}.&lt;/p&gt;&lt;p&gt;Les rapports, photos et clés de ce profil sont enregistrés chiffrés dans :&lt;br&gt;&lt;code&gt;{home}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;La disposition des fenêtres et la langue sont gardées dans les réglages de KP Field sur cet ordinateur ; jamais le contenu des rapports.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About KP Field</source>
        <translation>À propos de KP Field</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>The documentation shipped with KP Field</source>
        <translation>La documentation fournie avec KP Field</translation>
    </message>
    <message>
        <source>&amp;About KP Field</source>
        <translation>À &amp;propos de KP Field</translation>
    </message>
    <message>
        <source>Version, licence and where the data lives</source>
        <translation>Version, licence et emplacement des données</translation>
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
    <message>
        <source>Position from a photo</source>
        <translation>Position tirée d&apos;une photo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo: do not use the photo&apos;s position</source>
        <translation>Annuler : ne pas utiliser la position de la photo</translation>
    </message>
    <message>
        <source>Location taken from the photo {name} (the GPS position in its EXIF data).</source>
        <translation>Position prise de la photo {name} (la position GPS de ses données EXIF).</translation>
    </message>
    <message>
        <source>The photo {name} was taken {distance} from the report&apos;s location (its EXIF GPS). The location was not changed; “From photo” uses the photo&apos;s position.</source>
        <translation>La photo {name} a été prise à {distance} de la position du rapport (selon son GPS EXIF). La position n&apos;a pas été modifiée ; « Depuis une photo » utilise celle de la photo.</translation>
    </message>
    <message>
        <source>No known mining area matches the site to compare it with: check it on the map.</source>
        <translation>Aucune zone minière connue ne correspond au site pour comparer : vérifiez-la sur la carte.</translation>
    </message>
    <message>
        <source>It is {distance} from {site}: check that the photo was taken there.</source>
        <translation>Elle est à {distance} de {site} : vérifiez que la photo a bien été prise là.</translation>
    </message>
    <message>
        <source>It is within about {distance} of the centre of {site}.</source>
        <translation>Elle est à environ {distance} du centre de {site}.</translation>
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
        <source>Quarantined envelopes</source>
        <translation>Enveloppes en quarantaine</translation>
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
        <source>Re&amp;view report</source>
        <translation>&amp;Examiner le rapport</translation>
    </message>
    <message>
        <source>&amp;Quarantine ({count})…</source>
        <translation>&amp;Quarantaine ({count})…</translation>
    </message>
    <message>
        <source>&amp;Quarantine…</source>
        <translation>&amp;Quarantaine…</translation>
    </message>
    <message>
        <source>{count} in quarantine</source>
        <translation>{count} en quarantaine</translation>
    </message>
    <message>
        <source>Envelopes that failed a check: View → Quarantine (Ctrl+Shift+Q)</source>
        <translation>Enveloppes qui ont échoué à une vérification : Affichage → Quarantaine (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Message envoyé.</translation>
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
        <source>&amp;Message the monitor…</source>
        <translation>&amp;Message à l&apos;observateur…</translation>
    </message>
    <message>
        <source>Ask the monitor a question or request the original photos</source>
        <translation>Poser une question à l&apos;observateur ou demander les photos originales</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Re&amp;view panel</source>
        <translation>&amp;Panneau d&apos;examen</translation>
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
        <source>No reports received yet. Sync (Ctrl+Shift+S) to fetch them.</source>
        <translation>Aucun rapport reçu pour l&apos;instant. Synchronisez (Ctrl+Shift+S) pour les récupérer.</translation>
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
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n rapport</numerusform>
            <numerusform>%n rapports</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Appareils…</translation>
    </message>
    <message>
        <source>Certify or revoke devices with the organisation key</source>
        <translation>Certifier ou révoquer des appareils avec la clé de l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>MapDock</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>Show or hide the map of reports (Ctrl+Shift+M)</source>
        <translation>Afficher ou masquer la carte des rapports (Ctrl+Shift+M)</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Légende de la carte</translation>
    </message>
    <message>
        <source>Others ({count})</source>
        <translation>Autres ({count})</translation>
    </message>
    <message>
        <source>Mining area (approximate)</source>
        <translation>Zone minière (approximative)</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Colour the points by</source>
        <translation>Colorer les points selon</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>Type d&apos;incident</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>État de l&apos;examen</translation>
    </message>
    <message>
        <source>Draft or ready</source>
        <translation>Brouillon ou prêt</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Colorer selon :</translation>
    </message>
    <message>
        <source>Reports on the map</source>
        <translation>Rapports sur la carte</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoomer (+)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Dézoomer (-)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show every report on the map (Home)</source>
        <translation>Afficher tous les rapports sur la carte (Home)</translation>
    </message>
    <message>
        <source>Reports on the map: {shown}; without a location: {missing}</source>
        <translation>Rapports sur la carte : {shown} ; sans position : {missing}</translation>
    </message>
    <message>
        <source>Reports on the map: {shown}</source>
        <translation>Rapports sur la carte : {shown}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of reports</source>
        <translation>Carte des rapports</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non examiné</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sans type</translation>
    </message>
    <message>
        <source>Reports at this place</source>
        <translation>Rapports à cet endroit</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>(rapport sans titre)</translation>
    </message>
    <message>
        <source>Borders: Natural Earth. Mining areas approximate.</source>
        <translation>Frontières : Natural Earth. Zones minières approximatives.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: zoom in or filter the list</source>
        <translation>
            <numerusform>…et %n autre : zoomez ou filtrez la liste</numerusform>
            <numerusform>…et %n autres : zoomez ou filtrez la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n rapport</numerusform>
            <numerusform>%n rapports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message the monitor</source>
        <translation>Écrire à l&apos;observateur</translation>
    </message>
    <message>
        <source>Sent encrypted to the device that sent this report; the monitor sees it on the report after their next sync. Internal notes are never sent.</source>
        <translation>Envoyé chiffré à l&apos;appareil qui a envoyé ce rapport ; l&apos;observateur le voit sur le rapport après sa prochaine synchronisation. Les notes internes ne sont jamais envoyées.</translation>
    </message>
    <message>
        <source>&amp;Question (for example: what time exactly?)</source>
        <translation>&amp;Question (par exemple : à quelle heure exactement ?)</translation>
    </message>
    <message>
        <source>&amp;Request the original photos</source>
        <translation>&amp;Demander les photos originales</translation>
    </message>
    <message>
        <source>Tell the monitor the review &amp;state:</source>
        <translation>Communiquer l&apos;é&amp;tat de l&apos;examen :</translation>
    </message>
    <message>
        <source>Review state to send</source>
        <translation>État de l&apos;examen à envoyer</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Votre question</translation>
    </message>
    <message>
        <source>Please send the original photos of this report, not the reduced ones.</source>
        <translation>Veuillez envoyer les photos originales de ce rapport, et non les versions réduites.</translation>
    </message>
    <message>
        <source>Optional: a few words on the decision</source>
        <translation>Facultatif : quelques mots sur la décision</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>MessageInbox</name>
    <message>
        <source>Unread messages from coordinators</source>
        <translation>Messages non lus des coordinateurs</translation>
    </message>
    <message>
        <source>Show the next report with unread messages (Ctrl+Shift+N)</source>
        <translation>Afficher le prochain rapport avec des messages non lus (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Unread &amp;messages</source>
        <translation>&amp;Messages non lus</translation>
    </message>
    <message>
        <source>Unread messages from coordinators: {count}</source>
        <translation>Messages non lus des coordinateurs : {count}</translation>
    </message>
    <message>
        <source>Unread &amp;messages ({count})</source>
        <translation>&amp;Messages non lus ({count})</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier :</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vue détaillée</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vue en liste</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>These envelopes failed a check. They are kept here, apart from the verified reports, and never silently dropped. Read the reasons before trusting any of their content.</source>
        <translation>Ces enveloppes ont échoué à une vérification. Elles sont conservées ici, à l&apos;écart des rapports vérifiés, et ne sont jamais supprimées en silence. Lisez les raisons avant de vous fier à quoi que ce soit de leur contenu.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Monitor (device)</source>
        <translation>Observateur (appareil)</translation>
    </message>
    <message>
        <source>Device seq</source>
        <translation>N° séq. appareil</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>Quarantined envelopes</source>
        <translation>Enveloppes en quarantaine</translation>
    </message>
    <message>
        <source>Why this envelope is in quarantine</source>
        <translation>Pourquoi cette enveloppe est en quarantaine</translation>
    </message>
    <message>
        <source>Nothing is in quarantine: every received envelope passed its checks.</source>
        <translation>Rien n&apos;est en quarantaine : toutes les enveloppes reçues ont passé leurs vérifications.</translation>
    </message>
    <message>
        <source>(could not be opened)</source>
        <translation>(ouverture impossible)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Envelope {sha} (server feed {server_seq}), device {device}, report {report}, version {version}</source>
        <translation>Enveloppe {sha} (flux du serveur {server_seq}), appareil {device}, rapport {report}, version {version}</translation>
    </message>
    <message>
        <source>Consistency hints:</source>
        <translation>Indices de cohérence :</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <source>&amp;Quick delete…</source>
        <translation>Suppression &amp;rapide…</translation>
    </message>
    <message>
        <source>Destroy all reports and photos on this computer now ({shortcut})</source>
        <translation>Détruire maintenant tous les rapports et toutes les photos sur cet ordinateur ({shortcut})</translation>
    </message>
    <message>
        <source>Delete everything — KP Field</source>
        <translation>Tout supprimer — KP Field</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete all reports, photos and drafts on this computer now?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The encryption key is destroyed first, so nothing can be read back, then the files are removed, together with the remembered key and KP Field&apos;s settings. &lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reports already sent stay with your coordinators.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Supprimer maintenant tous les rapports, photos et brouillons sur cet ordinateur ?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;La clé de chiffrement est détruite en premier, pour que plus rien ne puisse être relu, puis les fichiers sont supprimés, ainsi que la clé mémorisée et les paramètres de KP Field. &lt;b&gt;Cette action est irréversible.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Les rapports déjà envoyés restent chez vos coordinateurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>&amp;Tout supprimer</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation>Tout supprimer maintenant</translation>
    </message>
    <message>
        <source>Deleting failed, the reports may still be readable: {reason}</source>
        <translation>La suppression a échoué, les rapports sont peut-être encore lisibles : {reason}</translation>
    </message>
    <message>
        <source>The key was destroyed, but some files could not be removed: {reason}</source>
        <translation>La clé a été détruite, mais certains fichiers n&apos;ont pas pu être supprimés : {reason}</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover access — KP Field</source>
        <translation>Récupérer l&apos;accès — KP Field</translation>
    </message>
    <message>
        <source>Set a new passphrase with the &lt;b&gt;key backup file&lt;/b&gt; you made (and its backup passphrase), or with the &lt;b&gt;recovery shares&lt;/b&gt; your colleagues keep: type or paste as many shares as were needed, one per line.</source>
        <translation>Définissez une nouvelle phrase secrète avec le &lt;b&gt;fichier de sauvegarde de la clé&lt;/b&gt; que vous avez créé (et sa phrase secrète de sauvegarde), ou avec les &lt;b&gt;parts de récupération&lt;/b&gt; que gardent vos collègues : saisissez ou collez autant de parts qu&apos;il en faut, une par ligne.</translation>
    </message>
    <message>
        <source>From a key &amp;backup file</source>
        <translation>Depuis un fichier de &amp;sauvegarde de la clé</translation>
    </message>
    <message>
        <source>From recovery &amp;shares</source>
        <translation>Depuis des &amp;parts de récupération</translation>
    </message>
    <message>
        <source>Key backup file</source>
        <translation>Fichier de sauvegarde de la clé</translation>
    </message>
    <message>
        <source>The key backup file</source>
        <translation>Le fichier de sauvegarde de la clé</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the key backup file</source>
        <translation>Choisir le fichier de sauvegarde de la clé</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de sauvegarde</translation>
    </message>
    <message>
        <source>Key backup</source>
        <translation>Sauvegarde de la clé</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>Phrase secrète de sa&amp;uvegarde :</translation>
    </message>
    <message>
        <source>Recovery shares, one per line</source>
        <translation>Parts de récupération, une par ligne</translation>
    </message>
    <message>
        <source>One share per line (its words separated by spaces)</source>
        <translation>Une part par ligne (ses mots séparés par des espaces)</translation>
    </message>
    <message>
        <source>Recovery shares</source>
        <translation>Parts de récupération</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>Récupération…</translation>
    </message>
    <message>
        <source>Re&amp;cover</source>
        <translation>Ré&amp;cupérer</translation>
    </message>
    <message>
        <source>Too easy to guess. {advice}</source>
        <translation>Trop facile à deviner. {advice}</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
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
        <source>KP Field key backup (*.kpfkey);;All files (*)</source>
        <translation>Sauvegarde de clé KP Field (*.kpfkey);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ReportDeleter</name>
    <message>
        <source>&amp;Delete report…</source>
        <translation>&amp;Supprimer le rapport…</translation>
    </message>
    <message>
        <source>Delete the selected report from this device ({shortcut})</source>
        <translation>Supprimer le rapport sélectionné de cet appareil ({shortcut})</translation>
    </message>
    <message>
        <source>Received reports are evidence: they cannot be deleted one by one.</source>
        <translation>Les rapports reçus sont des preuves : ils ne peuvent pas être supprimés un par un.</translation>
    </message>
    <message>
        <source>Delete this report from this device? It cannot be recovered.</source>
        <translation>Supprimer ce rapport de cet appareil ? Il ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>Photos: {count}</source>
        <translation>Photos : {count}</translation>
    </message>
    <message>
        <source>Messages from coordinators: {count}</source>
        <translation>Messages des coordinateurs : {count}</translation>
    </message>
    <message>
        <source>This report was already sent. The coordinators keep their copy; only the copy on this device will be deleted. It cannot be recovered here.</source>
        <translation>Ce rapport a déjà été envoyé. Les coordinateurs gardent leur copie ; seule la copie de cet appareil sera supprimée. Elle ne pourra pas être récupérée ici.</translation>
    </message>
    <message>
        <source>It is waiting to be sent: it will never be sent. Coordinators will see that an envelope from this device is missing.</source>
        <translation>Il attend d&apos;être envoyé : il ne le sera jamais. Les coordinateurs verront qu&apos;une enveloppe de cet appareil manque.</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Supprimer le rapport</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Report deleted.</source>
        <translation>Rapport supprimé.</translation>
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
    <message>
        <source>&lt;b&gt;Questions from coordinators&lt;/b&gt;</source>
        <translation>&lt;b&gt;Questions des coordinateurs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Questions from coordinators</source>
        <translation>Questions des coordinateurs</translation>
    </message>
    <message>
        <source>{when}: a coordinator asked for the original photos.</source>
        <translation>{when} : un coordinateur a demandé les photos originales.</translation>
    </message>
    <message>
        <source>{when}: {question}</source>
        <translation>{when} : {question}</translation>
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
        <extracomment>Column -&gt; ReportQuery.sort key (header clicks sort in the database, not in memory). The coordinator&apos;s sort keys where they differ (used only if the store knows them: see :func:`_sortable`).</extracomment>
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
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Needs more information</source>
        <translation>Informations supplémentaires requises</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Transmis au niveau supérieur</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
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
        <translation>En attente d&apos;envoi</translation>
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
    <message>
        <source>Device {device}</source>
        <translation>Appareil {device}</translation>
    </message>
    <message>
        <source>The newest version failed a check: see the review panel or View → Quarantine.</source>
        <translation>La version la plus récente a échoué à une vérification : voir le panneau d&apos;examen ou Affichage → Quarantaine.</translation>
    </message>
    <message>
        <source>{title} (unread)</source>
        <translation>{title} (non lu)</translation>
    </message>
    <message>
        <source>Unread messages from coordinators: {count}</source>
        <translation>Messages non lus des coordinateurs : {count}</translation>
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
    <name>ReviewPanel</name>
    <message>
        <source>Review state</source>
        <translation>État de l&apos;examen</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Sent to the monitor</source>
        <translation>Envoyé à l&apos;observateur</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>une question</translation>
    </message>
    <message>
        <source>a request for the original photos</source>
        <translation>une demande des photos originales</translation>
    </message>
    <message>
        <source>the review state</source>
        <translation>l&apos;état de l&apos;examen</translation>
    </message>
    <message>
        <source>{state} of {report}</source>
        <translation>{state} de {report}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation>Modifications contradictoires</translation>
    </message>
    <message>
        <source>of which report? (its id, shown in its review)</source>
        <translation>de quel rapport ? (son identifiant, affiché dans son examen)</translation>
    </message>
    <message>
        <source>Duplicate of (report id)</source>
        <translation>Doublon de (identifiant du rapport)</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>L&apos;afficher</translation>
    </message>
    <message>
        <source>Show the report this one duplicates</source>
        <translation>Afficher le rapport dont celui-ci est un doublon</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Tell the monitor about the new state</source>
        <translation>Informer l&apos;observateur du nouvel état</translation>
    </message>
    <message>
        <source>Who handles it (empty: nobody)</source>
        <translation>Qui s&apos;en occupe (vide : personne)</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <source>Add tags, separated by commas</source>
        <translation>Ajouter des étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Add ta&amp;gs:</source>
        <translation>A&amp;jouter des étiquettes :</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Internal note: shared with the other coordinators, never sent to the monitor</source>
        <translation>Note interne : partagée avec les autres coordinateurs, jamais envoyée à l&apos;observateur</translation>
    </message>
    <message>
        <source>Internal note (never sent to the monitor)</source>
        <translation>Note interne (jamais envoyée à l&apos;observateur)</translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation>&amp;Note interne :</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Statut de l&apos;examen</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Enregistrer l&apos;examen</translation>
    </message>
    <message>
        <source>Save the review (Ctrl+Return)</source>
        <translation>Enregistrer l&apos;examen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Message the monitor…</source>
        <translation>&amp;Message à l&apos;observateur…</translation>
    </message>
    <message>
        <source>Ask a question or request the original photos (Ctrl+Shift+A)</source>
        <translation>Poser une question ou demander les photos originales (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>History (who changed what)</source>
        <translation>Historique (qui a modifié quoi)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Historique de l&apos;examen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>{field}: two coordinators changed it on revision {revision}: “{a}” ({who_a}) and “{b}” ({who_b}). The value shown was kept; save a decision to settle it.</source>
        <translation>{field} : deux coordinateurs ont modifié ce champ à la révision {revision} : « {a} » ({who_a}) et « {b} » ({who_b}). La valeur affichée a été conservée ; enregistrez une décision pour trancher.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Name the report this one duplicates (its id).</source>
        <translation>Indiquez le rapport dont celui-ci est un doublon (son identifiant).</translation>
    </message>
    <message>
        <source>Another coordinator changed this review meanwhile (see the history). Nothing was saved; your changes are still here: check theirs, then save again.</source>
        <translation>Un autre coordinateur a modifié cet examen entre-temps (voir l&apos;historique). Rien n&apos;a été enregistré ; vos modifications sont toujours là : vérifiez les siennes, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. Telling the monitor…</source>
        <translation>Enregistré. Information de l&apos;observateur…</translation>
    </message>
    <message>
        <source>Saved, and the monitor&apos;s device was told.</source>
        <translation>Enregistré, et l&apos;appareil de l&apos;observateur a été informé.</translation>
    </message>
    <message>
        <source>The review was saved, but the monitor was not told: {reason}</source>
        <translation>L&apos;examen a été enregistré, mais l&apos;observateur n&apos;a pas été informé : {reason}</translation>
    </message>
    <message>
        <source>Also &amp;tell the monitor</source>
        <translation>&amp;Informer aussi l&apos;observateur</translation>
    </message>
    <message>
        <source>Send this review state to the monitor&apos;s device with the next sync</source>
        <translation>Envoyer cet état d&apos;examen à l&apos;appareil de l&apos;observateur à la prochaine synchronisation</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety — KP Field</source>
        <translation>Sécurité — KP Field</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>Current &amp;passphrase:</source>
        <translation>&amp;Phrase secrète actuelle :</translation>
    </message>
    <message>
        <source>Every change below asks for your current passphrase.</source>
        <translation>Chaque modification ci-dessous demande votre phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase</source>
        <translation>Phrase de &amp;contrainte</translation>
    </message>
    <message>
        <source>&amp;Failed unlocks</source>
        <translation>Dé&amp;verrouillages échoués</translation>
    </message>
    <message>
        <source>Key &amp;backup</source>
        <translation>&amp;Sauvegarde de la clé</translation>
    </message>
    <message>
        <source>Recovery &amp;shares</source>
        <translation>Parts de &amp;récupération</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Répétez la phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>Also silently destro&amp;y this profile when the duress passphrase is used</source>
        <translation>&amp;Détruire aussi ce profil, en silence, à l&apos;usage de la phrase de contrainte</translation>
    </message>
    <message>
        <source>S&amp;et duress passphrase</source>
        <translation>Dé&amp;finir la phrase de contrainte</translation>
    </message>
    <message>
        <source>&amp;Remove duress passphrase</source>
        <translation>S&amp;upprimer la phrase de contrainte</translation>
    </message>
    <message>
        <source>&amp;Open the decoy to prepare it…</source>
        <translation>&amp;Ouvrir le leurre pour le préparer…</translation>
    </message>
    <message>
        <source>Locks, then opens the decoy with the duress passphrase typed above. Never destroys anything.</source>
        <translation>Verrouille, puis ouvre le profil leurre avec la phrase secrète de contrainte saisie ci-dessus. Ne détruit jamais rien.</translation>
    </message>
    <message>
        <source>D&amp;uress passphrase:</source>
        <translation>P&amp;hrase secrète de contrainte :</translation>
    </message>
    <message>
        <source>Repeat i&amp;t:</source>
        <translation>Répéte&amp;z-la :</translation>
    </message>
    <message>
        <source>&lt;p&gt;A second passphrase for when you are forced to unlock. Entered at the unlock screen, it opens a &lt;b&gt;decoy profile&lt;/b&gt; instead of your reports. Prepare the decoy with believable reports: set the duress passphrase, then use &lt;i&gt;Open the decoy to prepare it&lt;/i&gt; and add them; lock when done.&lt;/p&gt;&lt;p&gt;If you tick the box, using the duress passphrase at the unlock screen also destroys your real reports, silently. Setting it again empties the decoy. KP Field cannot show whether a duress passphrase is set: by design, nothing in the files tells.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une seconde phrase secrète, pour le cas où l&apos;on vous force à déverrouiller. Saisie sur l&apos;écran de déverrouillage, elle ouvre un &lt;b&gt;profil leurre&lt;/b&gt; au lieu de vos rapports. Préparez le profil leurre avec des rapports crédibles : définissez la phrase secrète de contrainte, puis utilisez &lt;i&gt;Ouvrir le leurre pour le préparer&lt;/i&gt; et ajoutez-les ; verrouillez quand vous avez terminé.&lt;/p&gt;&lt;p&gt;Si vous cochez la case, utiliser la phrase secrète de contrainte sur l&apos;écran de déverrouillage détruit aussi vos vrais rapports, en silence. Si vous la définissez de nouveau, le profil leurre est vidé. KP Field ne peut pas montrer si une phrase secrète de contrainte est définie : c&apos;est voulu, rien dans les fichiers ne l&apos;indique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Wipe the profile after this many wrong passphrases in a row:</source>
        <translation>&amp;Effacer le profil après ce nombre de phrases secrètes incorrectes d&apos;affilée :</translation>
    </message>
    <message>
        <source>Wrong passphrases before the wipe</source>
        <translation>Phrases secrètes incorrectes avant l&apos;effacement</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>&lt;p&gt;After each wrong passphrase KP Field waits longer before the next try. You can also have it destroy everything after a number of wrong passphrases in a row (off by default). Nothing warns the person typing. A typing mistake counts too: choose a number you will never reach by accident.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Après chaque phrase secrète incorrecte, KP Field attend plus longtemps avant l&apos;essai suivant. Vous pouvez aussi lui demander de tout détruire après un certain nombre de phrases secrètes incorrectes d&apos;affilée (désactivé par défaut). Rien n&apos;avertit la personne qui tape. Une faute de frappe compte aussi : choisissez un nombre que vous n&apos;atteindrez jamais par accident.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de sauvegarde</translation>
    </message>
    <message>
        <source>Repeat the backup passphrase</source>
        <translation>Répétez la phrase secrète de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Write key backup…</source>
        <translation>Enre&amp;gistrer la sauvegarde de la clé…</translation>
    </message>
    <message>
        <source>Bac&amp;kup passphrase:</source>
        <translation>Phrase secrète de sa&amp;uvegarde :</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-la :</translation>
    </message>
    <message>
        <source>&lt;p&gt;Writes your store key, encrypted under a separate &lt;b&gt;backup passphrase&lt;/b&gt;, to a file you choose (for example on a USB stick). With it you can set a new passphrase if you forget yours, or open a copy of your profile. It holds the key, not the reports: keep it away from this computer, and the backup passphrase away from the file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Écrit la clé de votre stockage chiffré, chiffrée par une &lt;b&gt;phrase secrète de sauvegarde&lt;/b&gt; distincte, dans un fichier de votre choix (par exemple sur une clé USB). Avec ce fichier, vous pouvez définir une nouvelle phrase secrète si vous oubliez la vôtre, ou ouvrir une copie de votre profil. Il contient la clé, pas les rapports : gardez-le loin de cet ordinateur, et la phrase secrète de sauvegarde loin du fichier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shares needed to recover</source>
        <translation>Parts nécessaires pour récupérer la clé</translation>
    </message>
    <message>
        <source>Shares to make</source>
        <translation>Parts à créer</translation>
    </message>
    <message>
        <source>&amp;Make shares</source>
        <translation>&amp;Générer les parts</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Recovery shares</source>
        <translation>Parts de récupération</translation>
    </message>
    <message>
        <source>The shares appear here; nothing is saved.</source>
        <translation>Les parts s&apos;affichent ici ; rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>N&apos;importe quelles</translation>
    </message>
    <message>
        <source>of</source>
        <translation>parts sur</translation>
    </message>
    <message>
        <source>shares recover the key.</source>
        <translation>permettent de récupérer la clé.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Splits your store key into word lists, &lt;b&gt;one per trusted colleague&lt;/b&gt;. Any chosen number of them together can give you access again; fewer reveal nothing. &lt;b&gt;Anyone holding that many shares can open your reports&lt;/b&gt;: hand them out on paper, to different people, never photograph them or keep them together. They disappear from this screen when the dialog closes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Divise la clé de votre stockage chiffré en listes de mots, &lt;b&gt;une par collègue de confiance&lt;/b&gt;. Un nombre choisi d&apos;entre elles, réunies, peut vous redonner l&apos;accès ; en dessous de ce nombre, elles ne révèlent rien. &lt;b&gt;Quiconque détient ce nombre de parts peut ouvrir vos rapports&lt;/b&gt; : remettez-les sur papier, à des personnes différentes ; ne les photographiez jamais et ne les gardez jamais ensemble. Elles disparaissent de cet écran à la fermeture de la fenêtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Too easy to guess. {advice}</source>
        <translation>Trop facile à deviner. {advice}</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
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
        <source>Enter your current passphrase first.</source>
        <translation>Saisissez d&apos;abord votre phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>That file already exists: choose a new name. Nothing was written.</source>
        <translation>Ce fichier existe déjà : choisissez un nouveau nom. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from your real passphrase.</source>
        <translation>La phrase secrète de contrainte doit être différente de votre vraie phrase secrète.</translation>
    </message>
    <message>
        <source>Duress passphrase set. Now open the decoy and add believable reports.</source>
        <translation>Phrase secrète de contrainte définie. Ouvrez maintenant le profil leurre et ajoutez-y des rapports crédibles.</translation>
    </message>
    <message>
        <source>The duress passphrase was removed (if one was set) and the decoy emptied.</source>
        <translation>La phrase secrète de contrainte a été supprimée (s&apos;il y en avait une) et le profil leurre a été vidé.</translation>
    </message>
    <message>
        <source>Saved: the profile is wiped after {n} wrong passphrases in a row.</source>
        <translation>Enregistré : le profil est effacé après {n} phrases secrètes incorrectes d&apos;affilée.</translation>
    </message>
    <message>
        <source>Saved: the profile is never wiped after wrong passphrases.</source>
        <translation>Enregistré : le profil n&apos;est jamais effacé après des phrases secrètes incorrectes.</translation>
    </message>
    <message>
        <source>Write the key backup</source>
        <translation>Enregistrer la sauvegarde de la clé</translation>
    </message>
    <message>
        <source>KP Field key backup (*.kpfkey)</source>
        <translation>Sauvegarde de clé KP Field (*.kpfkey)</translation>
    </message>
    <message>
        <source>Key backup written to {path}. Keep it away from this computer.</source>
        <translation>Sauvegarde de la clé écrite dans {path}. Gardez-la loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Give each share to a different colleague. Any {k} of them recover the key.</source>
        <translation>Donnez chaque part à un collègue différent. N&apos;importe quelles {k} d&apos;entre elles permettent de récupérer la clé.</translation>
    </message>
    <message>
        <source>Share {i} of {n} (any {k} recover the key):</source>
        <translation>Part {i} sur {n} (n&apos;importe quelles {k} parts permettent de récupérer la clé) :</translation>
    </message>
    <message>
        <source>&amp;Safety…</source>
        <translation>&amp;Sécurité…</translation>
    </message>
    <message>
        <source>Duress passphrase, wipe after failed unlocks, key backup and recovery shares ({shortcut})</source>
        <translation>Phrase secrète de contrainte, effacement après des déverrouillages échoués, sauvegarde de la clé et parts de récupération ({shortcut})</translation>
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
    <message>
        <source>System language ({language})</source>
        <translation>Langue du système ({language})</translation>
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
    <message>
        <source>Receiving reports — %1 of %2</source>
        <translation>Réception des rapports — %1 sur %2</translation>
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
    <message>
        <source>Last checked %1</source>
        <translation>Dernière vérification %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s) verified</source>
        <translation>
            <numerusform>%n nouveau rapport vérifié</numerusform>
            <numerusform>%n nouveaux rapports vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n en quarantaine</numerusform>
            <numerusform>%n en quarantaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review change(s) from other coordinators</source>
        <translation>
            <numerusform>%n modification d&apos;examen par d&apos;autres coordinateurs</numerusform>
            <numerusform>%n modifications d&apos;examen par d&apos;autres coordinateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting review change(s)</source>
        <translation>
            <numerusform>%n modification d&apos;examen en conflit</numerusform>
            <numerusform>%n modifications d&apos;examen en conflit</numerusform>
        </translation>
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
        <source>Information</source>
        <translation>Information</translation>
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
        <source>Re&amp;cover access…</source>
        <translation>&amp;Récupérer l&apos;accès…</translation>
    </message>
    <message>
        <source>Recover access with a key backup or recovery shares</source>
        <translation>Récupérer l&apos;accès avec une sauvegarde de la clé ou des parts de récupération</translation>
    </message>
    <message>
        <source>&amp;Delete everything…</source>
        <translation>&amp;Tout supprimer…</translation>
    </message>
    <message>
        <source>Delete all reports on this computer</source>
        <translation>Supprimer tous les rapports sur cet ordinateur</translation>
    </message>
    <message>
        <source>Destroys all reports and photos on this computer. Asks once.</source>
        <translation>Détruit tous les rapports et toutes les photos sur cet ordinateur. Demande confirmation une seule fois.</translation>
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
    <message>
        <source>Access recovered. Unlock with your new passphrase.</source>
        <translation>Accès récupéré. Déverrouillez avec votre nouvelle phrase secrète.</translation>
    </message>
</context>
<context>
    <name>VerificationView</name>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Device signature</source>
        <translation>Signature de l&apos;appareil</translation>
    </message>
    <message>
        <source>Photos (SHA-256)</source>
        <translation>Photos (SHA-256)</translation>
    </message>
    <message>
        <source>Server receipt</source>
        <translation>Accusé de réception du serveur</translation>
    </message>
    <message>
        <source>Device trusted (not revoked)</source>
        <translation>Appareil de confiance (non révoqué)</translation>
    </message>
    <message>
        <source>Device chain (missing, repeated, forked)</source>
        <translation>Chaîne de l&apos;appareil (manques, répétitions, bifurcations)</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçu de</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Photo SHA-256 hashes</source>
        <translation>Hachages SHA-256 des photos</translation>
    </message>
    <message>
        <source>Consistency hints (places to look, not proof)</source>
        <translation>Indices de cohérence (pistes à vérifier, pas des preuves)</translation>
    </message>
    <message>
        <source>Consistency hints</source>
        <translation>Indices de cohérence</translation>
    </message>
    <message>
        <source>not checked (the envelope could not be opened)</source>
        <translation>non vérifié (l&apos;enveloppe n&apos;a pas pu être ouverte)</translation>
    </message>
    <message>
        <source>✔ Verified: every check passed for version {version}.</source>
        <translation>✔ Vérifié : toutes les vérifications ont réussi pour la version {version}.</translation>
    </message>
    <message>
        <source>⚠ In quarantine: version {version} failed a check. It is kept, never mixed with verified reports:
{reasons}</source>
        <translation>⚠ En quarantaine : la version {version} a échoué à une vérification. Elle est conservée, jamais mélangée aux rapports vérifiés :
{reasons}</translation>
    </message>
    <message>
        <source>unnamed monitor</source>
        <translation>observateur sans nom</translation>
    </message>
    <message>
        <source>{monitor}, revoked</source>
        <translation>{monitor}, révoqué</translation>
    </message>
    <message>
        <source>From {monitor} (device {device})
Report {report}
Envelope {seq}: {sha}</source>
        <translation>De {monitor} (appareil {device})
Rapport {report}
Enveloppe {seq} : {sha}</translation>
    </message>
    <message>
        <source>Device fingerprint {fingerprint}</source>
        <translation>Empreinte de l&apos;appareil {fingerprint}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Report owner (the device that first sent it verified)</source>
        <translation>Propriétaire du rapport (l&apos;appareil qui l&apos;a envoyé vérifié en premier)</translation>
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
        <source>the sending device is not (yet) certified by the organisation: its envelopes wait in quarantine until its certificate arrives</source>
        <translation>l&apos;appareil expéditeur n&apos;est pas (encore) certifié par l&apos;organisation : ses enveloppes attendent en quarantaine jusqu&apos;à l&apos;arrivée de son certificat</translation>
    </message>
    <message>
        <source>the sending device was revoked by the organisation</source>
        <translation>l&apos;appareil expéditeur a été révoqué par l&apos;organisation</translation>
    </message>
    <message>
        <source>the sending device&apos;s certificate is for another organisation</source>
        <translation>le certificat de l&apos;appareil expéditeur est celui d&apos;une autre organisation</translation>
    </message>
    <message>
        <source>the sending device&apos;s certificate does not verify with the organisation key</source>
        <translation>le certificat de l&apos;appareil expéditeur ne se vérifie pas avec la clé de l&apos;organisation</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Une erreur s&apos;est produite : %s</translation>
    </message>
    <message>
        <source>The server is still holding unfinished uploads from this device. The report stays in the outbox and is sent on a later sync.</source>
        <translation>Le serveur conserve encore des envois inachevés de cet appareil. Le rapport reste dans la boîte d’envoi et sera envoyé lors d’une prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s&apos;est produite.</translation>
    </message>
    <message>
        <source>The reports store cannot be used. KP Field has not changed anything.</source>
        <translation>Le stockage des rapports est inutilisable. KP Field n&apos;a rien modifié.</translation>
    </message>
    <message>
        <source>Some of what was entered cannot be used. Check it and try again.</source>
        <translation>Une partie de la saisie est inutilisable. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>It was not found: it may have been removed.</source>
        <translation>Introuvable : il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>A cryptographic check failed. Nothing was trusted or changed.</source>
        <translation>Une vérification cryptographique a échoué. Rien n&apos;a été accepté ni modifié.</translation>
    </message>
    <message>
        <source>Syncing with the server failed. Reports stay in the outbox and are sent later.</source>
        <translation>La synchronisation avec le serveur a échoué. Les rapports restent dans la boîte d&apos;envoi et partiront plus tard.</translation>
    </message>
    <message>
        <source>That command was used in a way KP Field does not understand.</source>
        <translation>Cette commande a été utilisée d&apos;une façon que KP Field ne comprend pas.</translation>
    </message>
    <message>
        <source>The sync server is not set up correctly.</source>
        <translation>Le serveur de synchronisation est mal configuré.</translation>
    </message>
    <message>
        <source>The backup passphrase is wrong, or the backup file was altered. Nothing was changed.</source>
        <translation>La phrase secrète de sauvegarde est incorrecte, ou le fichier de sauvegarde a été modifié. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>La phrase secrète actuelle est incorrecte. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This duress passphrase cannot be used: choose another. Nothing was changed.</source>
        <translation>Cette phrase secrète de contrainte ne peut pas être utilisée : choisissez-en une autre. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>That is not the duress passphrase.</source>
        <translation>Ce n&apos;est pas la phrase de contrainte.</translation>
    </message>
    <message>
        <source>Choose a different passphrase.</source>
        <translation>Choisissez une autre phrase secrète.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the real one.</source>
        <translation>La phrase de contrainte doit être différente de la vraie.</translation>
    </message>
    <message>
        <source>A KP Field profile already exists in this folder; it was left untouched.</source>
        <translation>Un profil KP Field existe déjà dans ce dossier ; il n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>There is no KP Field profile in this folder.</source>
        <translation>Il n&apos;y a pas de profil KP Field dans ce dossier.</translation>
    </message>
    <message>
        <source>This passphrase is too weak. Use at least {min_length} characters; several unrelated words work well.</source>
        <translation>Cette phrase secrète est trop faible. Utilisez au moins {min_length} caractères ; plusieurs mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
        <source>This passphrase is too weak: it would be easy to guess. Add more unrelated words.</source>
        <translation>Cette phrase secrète est trop faible : elle serait facile à deviner. Ajoutez d&apos;autres mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>This report was marked ready and is frozen; editing creates a new version.</source>
        <translation>Ce rapport a été marqué prêt et est figé ; le modifier crée une nouvelle version.</translation>
    </message>
    <message>
        <source>This key backup is damaged or altered, so it cannot be used.</source>
        <translation>Cette sauvegarde de la clé est endommagée ou modifiée : elle est inutilisable.</translation>
    </message>
    <message>
        <source>This file is not a KP Field key backup, or it is damaged.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde de clé KP Field, ou il est endommagé.</translation>
    </message>
    <message>
        <source>The recovery did not work: the shares or the backup do not open this profile.</source>
        <translation>La récupération n&apos;a pas fonctionné : les parts ou la sauvegarde n&apos;ouvrent pas ce profil.</translation>
    </message>
    <message>
        <source>The recovery shares do not combine: check each word, and that enough shares of the same set are given.</source>
        <translation>Les parts de récupération ne se combinent pas : vérifiez chaque mot, et que suffisamment de parts du même jeu sont données.</translation>
    </message>
    <message>
        <source>The recovered key opens no store in this profile folder.</source>
        <translation>La clé récupérée n&apos;ouvre aucun stockage dans ce dossier de profil.</translation>
    </message>
    <message>
        <source>Recovery shares need 2 ≤ threshold ≤ shares ≤ 16.</source>
        <translation>Les parts de récupération exigent 2 ≤ seuil ≤ parts ≤ 16.</translation>
    </message>
    <message>
        <source>The number of failed unlocks before a wipe must be between 1 and 1000.</source>
        <translation>Le nombre de déverrouillages échoués avant l&apos;effacement doit être compris entre 1 et 1000.</translation>
    </message>
    <message>
        <source>Wiping after fewer than 3 failed unlocks would destroy data after a typo.</source>
        <translation>Effacer après moins de 3 déverrouillages échoués détruirait les données après une simple faute de frappe.</translation>
    </message>
    <message>
        <source>The report is not ready yet.</source>
        <translation>Le rapport n&apos;est pas encore prêt.</translation>
    </message>
    <message>
        <source>Choose at least one incident type.</source>
        <translation>Choisissez au moins un type d&apos;incident.</translation>
    </message>
    <message>
        <source>Say when the incident happened (an approximate time is fine).</source>
        <translation>Indiquez quand l&apos;incident a eu lieu (une heure approximative suffit).</translation>
    </message>
    <message>
        <source>Times must carry a time zone.</source>
        <translation>Les heures doivent indiquer un fuseau horaire.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time.</source>
        <translation>« {text} » n&apos;est pas une date et une heure.</translation>
    </message>
    <message>
        <source>The incident cannot end before it starts.</source>
        <translation>L&apos;incident ne peut pas se terminer avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <source>A count must be a whole number.</source>
        <translation>Un nombre doit être entier.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Un nombre ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A field holds something that is not text.</source>
        <translation>Un champ contient autre chose que du texte.</translation>
    </message>
    <message>
        <source>A text is too long ({length} characters; at most {limit}).</source>
        <translation>Un texte est trop long ({length} caractères ; au plus {limit}).</translation>
    </message>
    <message>
        <source>Unknown perpetrator category “{category}”.</source>
        <translation>Catégorie d&apos;auteur inconnue « {category} ».</translation>
    </message>
    <message>
        <source>A witness needs at least a pseudonym.</source>
        <translation>Un témoin doit avoir au moins un pseudonyme.</translation>
    </message>
    <message>
        <source>“{id}” is not a report id.</source>
        <translation>« {id} » n&apos;est pas un identifiant de rapport.</translation>
    </message>
    <message>
        <source>Severity must be from 1 (low) to 5 (critical).</source>
        <translation>La gravité doit aller de 1 (faible) à 5 (critique).</translation>
    </message>
    <message>
        <source>The incident types are not valid.</source>
        <translation>Les types d&apos;incident ne sont pas valides.</translation>
    </message>
    <message>
        <source>The report data is damaged and cannot be read.</source>
        <translation>Les données du rapport sont endommagées et illisibles.</translation>
    </message>
    <message>
        <source>A caption can be at most {limit} characters.</source>
        <translation>Une légende peut compter au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>A report can hold at most {limit} photos.</source>
        <translation>Un rapport peut contenir au plus {limit} photos.</translation>
    </message>
    <message>
        <source>Received reports are evidence: they cannot be deleted from a coordinator&apos;s store. Nothing was changed.</source>
        <translation>Les rapports reçus sont des preuves : ils ne peuvent pas être supprimés de la base d&apos;un coordinateur. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This report was sent: deleting it removes only this device&apos;s copy (the coordinators keep theirs). Confirm to delete it.</source>
        <translation>Ce rapport a été envoyé : le supprimer n&apos;efface que la copie de cet appareil (les coordinateurs gardent la leur). Confirmez pour le supprimer.</translation>
    </message>
    <message>
        <source>These coordinates cannot be used.</source>
        <translation>Ces coordonnées sont inutilisables.</translation>
    </message>
    <message>
        <source>Coordinates must be text.</source>
        <translation>Les coordonnées doivent être du texte.</translation>
    </message>
    <message>
        <source>A coordinate must be a number.</source>
        <translation>Une coordonnée doit être un nombre.</translation>
    </message>
    <message>
        <source>A coordinate must be a finite number.</source>
        <translation>Une coordonnée doit être un nombre fini.</translation>
    </message>
    <message>
        <source>0, 0 is what devices write when they have no position; enter the real location.</source>
        <translation>0, 0 est ce qu&apos;écrivent les appareils qui n&apos;ont pas de position ; saisissez la position réelle.</translation>
    </message>
    <message>
        <source>No coordinates were given.</source>
        <translation>Aucune coordonnée n&apos;a été saisie.</translation>
    </message>
    <message>
        <source>That is too long to be coordinates ({length} characters).</source>
        <translation>C&apos;est trop long pour des coordonnées ({length} caractères).</translation>
    </message>
    <message>
        <source>The number “{number}” has more than one decimal point.</source>
        <translation>Le nombre « {number} » a plus d&apos;un séparateur décimal.</translation>
    </message>
    <message>
        <source>The character “{character}” cannot be part of coordinates.</source>
        <translation>Le caractère « {character} » ne peut pas faire partie de coordonnées.</translation>
    </message>
    <message>
        <source>“{word}” is not understood: only numbers, °, &apos;, &quot; and the hemisphere letters N, S, E, W (or O for west) can be used.</source>
        <translation>« {word} » n&apos;est pas compris : seuls les nombres, °, &apos;, &quot; et les lettres d&apos;hémisphère N, S, E, W (ou O pour ouest) sont acceptés.</translation>
    </message>
    <message>
        <source>The letter {letter} is not followed by a number.</source>
        <translation>La lettre {letter} n&apos;est pas suivie d&apos;un nombre.</translation>
    </message>
    <message>
        <source>The coordinates start with “{start}”: the first value is missing.</source>
        <translation>Les coordonnées commencent par « {start} » : la première valeur manque.</translation>
    </message>
    <message>
        <source>Two hemisphere letters in a row ({first} and {second}) contradict each other or are repeated.</source>
        <translation>Deux lettres d&apos;hémisphère à la suite ({first} et {second}) se contredisent ou se répètent.</translation>
    </message>
    <message>
        <source>The symbol {symbol} must follow a number.</source>
        <translation>Le symbole {symbol} doit suivre un nombre.</translation>
    </message>
    <message>
        <source>{count} numbers cannot be split into latitude and longitude without guessing: add N/S and E/W letters or put a comma between the two values.</source>
        <translation>{count} nombres ne peuvent pas être répartis entre latitude et longitude sans deviner : ajoutez les lettres N/S et E/W ou mettez une virgule entre les deux valeurs.</translation>
    </message>
    <message>
        <source>Only one value was given: both latitude and longitude are needed.</source>
        <translation>Une seule valeur a été saisie : il faut la latitude et la longitude.</translation>
    </message>
    <message>
        <source>{count} values were found where two (latitude and longitude) are expected.</source>
        <translation>{count} valeurs ont été trouvées là où deux (latitude et longitude) sont attendues.</translation>
    </message>
    <message>
        <source>A value has {count} numbers: at most degrees, minutes and seconds.</source>
        <translation>Une valeur compte {count} nombres : au plus degrés, minutes et secondes.</translation>
    </message>
    <message>
        <source>Degrees, minutes and seconds must come in that order, without gaps.</source>
        <translation>Degrés, minutes et secondes doivent venir dans cet ordre, sans trou.</translation>
    </message>
    <message>
        <source>Only the degrees can carry a sign, not the minutes.</source>
        <translation>Seuls les degrés peuvent porter un signe, pas les minutes.</translation>
    </message>
    <message>
        <source>Only the degrees can carry a sign, not the seconds.</source>
        <translation>Seuls les degrés peuvent porter un signe, pas les secondes.</translation>
    </message>
    <message>
        <source>Only the last part can have decimals; {number} has some.</source>
        <translation>Seule la dernière partie peut avoir des décimales ; {number} en a.</translation>
    </message>
    <message>
        <source>Minutes {number} are out of range: they must be less than 60.</source>
        <translation>Minutes {number} hors limites : elles doivent être inférieures à 60.</translation>
    </message>
    <message>
        <source>Seconds {number} are out of range: they must be less than 60.</source>
        <translation>Secondes {number} hors limites : elles doivent être inférieures à 60.</translation>
    </message>
    <message>
        <source>Both a sign and the hemisphere letter {letter} are given, which is ambiguous: write either {negative} or {positive}.</source>
        <translation>Un signe et la lettre d&apos;hémisphère {letter} sont donnés tous les deux, ce qui est ambigu : écrivez soit {negative}, soit {positive}.</translation>
    </message>
    <message>
        <source>Both values are marked as latitudes (N/S): one latitude (N/S) and one longitude (E/W) are needed.</source>
        <translation>Les deux valeurs sont marquées comme latitudes (N/S) : il faut une latitude (N/S) et une longitude (E/W).</translation>
    </message>
    <message>
        <source>Both values are marked as longitudes (E/W): one latitude (N/S) and one longitude (E/W) are needed.</source>
        <translation>Les deux valeurs sont marquées comme longitudes (E/W) : il faut une latitude (N/S) et une longitude (E/W).</translation>
    </message>
    <message>
        <source>Latitude {value} is out of range: it must be between -90 and 90 (latitude comes first: were the values swapped?).</source>
        <translation>Latitude {value} hors limites : elle doit être comprise entre -90 et 90 (la latitude vient en premier : les valeurs ont-elles été inversées ?).</translation>
    </message>
    <message>
        <source>Latitude {value} is out of range: it must be between -90 and 90.</source>
        <translation>Latitude {value} hors limites : elle doit être comprise entre -90 et 90.</translation>
    </message>
    <message>
        <source>Longitude {value} is out of range: it must be between -180 and 180.</source>
        <translation>Longitude {value} hors limites : elle doit être comprise entre -180 et 180.</translation>
    </message>
    <message>
        <source>Accuracy {value} m is negative: it must be 0 or more.</source>
        <translation>La précision {value} m est négative : elle doit être de 0 ou plus.</translation>
    </message>
    <message>
        <source>This GPS data cannot be read.</source>
        <translation>Ces données GPS sont illisibles.</translation>
    </message>
    <message>
        <source>The GPS data is larger than {limit} bytes; only the end of a log is needed.</source>
        <translation>Les données GPS dépassent {limit} octets ; seule la fin d&apos;un journal est nécessaire.</translation>
    </message>
    <message>
        <source>The GPS log cannot be read.</source>
        <translation>Le journal GPS est illisible.</translation>
    </message>
    <message>
        <source>This is not NMEA text: it looks like binary data (e.g. a SiRF/UBX protocol); set the receiver to NMEA mode.</source>
        <translation>Ce n&apos;est pas du texte NMEA : cela ressemble à des données binaires (par ex. un protocole SiRF/UBX) ; réglez le récepteur en mode NMEA.</translation>
    </message>
    <message>
        <source>The GPS log is empty: it holds no NMEA sentences.</source>
        <translation>Le journal GPS est vide : il ne contient aucune phrase NMEA.</translation>
    </message>
    <message>
        <source>The GPS data has {count} NMEA sentences but every checksum is wrong: the data is damaged or the receiver uses another speed (baud rate).</source>
        <translation>Les données GPS contiennent {count} phrases NMEA mais toutes les sommes de contrôle sont fausses : les données sont endommagées ou le récepteur utilise une autre vitesse (débit en bauds).</translation>
    </message>
    <message>
        <source>The GPS data has {count} sentences without a checksum; positions that cannot be checked are not used.</source>
        <translation>Les données GPS contiennent {count} phrases sans somme de contrôle ; les positions invérifiables ne sont pas utilisées.</translation>
    </message>
    <message>
        <source>This is not NMEA text: no NMEA sentences ($GPGGA, $GPRMC, ...) were found.</source>
        <translation>Ce n&apos;est pas du texte NMEA : aucune phrase NMEA ($GPGGA, $GPRMC, ...) n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>The GPS data holds no valid position.</source>
        <translation>Les données GPS ne contiennent aucune position valide.</translation>
    </message>
    <message>
        <source>The GPS log has {count} sentences but no valid position: the receiver is in simulator mode.</source>
        <translation>Le journal GPS contient {count} phrases mais aucune position valide : le récepteur est en mode simulateur.</translation>
    </message>
    <message>
        <source>The GPS log has {count} sentences but no valid position: it holds no position sentences (GGA, RMC or GLL).</source>
        <translation>Le journal GPS contient {count} phrases mais aucune position valide : il ne contient aucune phrase de position (GGA, RMC ou GLL).</translation>
    </message>
    <message>
        <source>The GPS log has {count} sentences but no valid position: the receiver reported no fix (status V / quality 0).</source>
        <translation>Le journal GPS contient {count} phrases mais aucune position valide : le récepteur n&apos;a signalé aucune position acquise (statut V / qualité 0).</translation>
    </message>
    <message>
        <source>The GPS receiver cannot be used.</source>
        <translation>Le récepteur GPS est inutilisable.</translation>
    </message>
    <message>
        <source>The GPS receiver on {port} cannot be opened: it is unplugged, in use by another program, or this user may not open it.</source>
        <translation>Le récepteur GPS sur {port} ne peut pas être ouvert : il est débranché, utilisé par un autre programme, ou cet utilisateur n&apos;a pas le droit de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The GPS receiver on {port} stopped responding (unplugged?).</source>
        <translation>Le récepteur GPS sur {port} ne répond plus (débranché ?).</translation>
    </message>
    <message>
        <source>This photo cannot be used.</source>
        <translation>Cette photo est inutilisable.</translation>
    </message>
    <message>
        <source>This file is not a photo KP Field can read.</source>
        <translation>Ce fichier n&apos;est pas une photo que KP Field sait lire.</translation>
    </message>
    <message>
        <source>The photo is damaged or incomplete.</source>
        <translation>La photo est endommagée ou incomplète.</translation>
    </message>
    <message>
        <source>The photo is too large to open safely. It may be a decompression bomb.</source>
        <translation>La photo est trop grande pour être ouverte sans risque. Il peut s&apos;agir d&apos;une bombe de décompression.</translation>
    </message>
    <message>
        <source>{format} images are not supported; please use JPEG, PNG, HEIC or WebP.</source>
        <translation>Les images {format} ne sont pas prises en charge ; utilisez JPEG, PNG, HEIC ou WebP.</translation>
    </message>
    <message>
        <source>HEIC photos need the pillow-heif package, which is not installed.</source>
        <translation>Les photos HEIC nécessitent le paquet pillow-heif, qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>This profile is not connected to a sync server yet.</source>
        <translation>Ce profil n&apos;est pas encore connecté à un serveur de synchronisation.</translation>
    </message>
    <message>
        <source>This profile is already connected to a sync server.</source>
        <translation>Ce profil est déjà connecté à un serveur de synchronisation.</translation>
    </message>
    <message>
        <source>No coordinator keys are known yet, so nothing can be encrypted. Sync again once a coordinator has enrolled.</source>
        <translation>Aucune clé de coordinateur n&apos;est encore connue, donc rien ne peut être chiffré. Synchronisez de nouveau quand un coordinateur se sera inscrit.</translation>
    </message>
    <message>
        <source>The server did not accept this device&apos;s signature. Check the computer&apos;s clock; if it is right, tell the server operator.</source>
        <translation>Le serveur n&apos;a pas accepté la signature de cet appareil. Vérifiez l&apos;horloge de l&apos;ordinateur ; si elle est juste, prévenez l&apos;opérateur du serveur.</translation>
    </message>
    <message>
        <source>The server operator has disconnected this device. Nothing more will be sent.</source>
        <translation>L&apos;opérateur du serveur a déconnecté cet appareil. Plus rien ne sera envoyé.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Reports stay in the outbox and are sent when it can be.</source>
        <translation>Le serveur est injoignable. Les rapports restent dans la boîte d&apos;envoi et partiront dès que possible.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the message was not sent. Try again when you are online.</source>
        <translation>Le serveur est injoignable : le message n&apos;a donc pas été envoyé. Réessayez quand vous aurez une connexion.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the one pinned at enrolment. Nothing was sent. Tell the server operator; do not sync from this network.</source>
        <translation>Le certificat du serveur ne correspond pas à celui enregistré lors de l&apos;inscription. Rien n&apos;a été envoyé. Prévenez l&apos;opérateur du serveur ; ne synchronisez pas depuis ce réseau.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned one. Nothing was sent; do not use this network.</source>
        <translation>Le certificat du serveur ne correspond pas au certificat enregistré. Rien n&apos;a été envoyé ; n&apos;utilisez pas ce réseau.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the invitation. Nothing was sent. Tell the server operator.</source>
        <translation>Le certificat du serveur ne correspond pas à l&apos;invitation. Rien n&apos;a été envoyé. Prévenez l&apos;opérateur du serveur.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}, {error}).</source>
        <translation>Le serveur a refusé la demande (HTTP {status}, {error}).</translation>
    </message>
    <message>
        <source>The server refused the enrolment (HTTP {status}, {error}).</source>
        <translation>Le serveur a refusé l&apos;inscription (HTTP {status}, {error}).</translation>
    </message>
    <message>
        <source>The server has a problem. Reports stay in the outbox and are sent later.</source>
        <translation>Le serveur a un problème. Les rapports restent dans la boîte d&apos;envoi et partiront plus tard.</translation>
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
        <source>The server is busy with too many requests. Try again in a minute.</source>
        <translation>Le serveur reçoit trop de demandes. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Syncing was stopped.</source>
        <translation>La synchronisation a été arrêtée.</translation>
    </message>
    <message>
        <source>This invitation is damaged or incomplete: it was cut short or changed on the way. Copy all of it again, or ask for it again.</source>
        <translation>Cette invitation est endommagée ou incomplète : elle a été tronquée ou modifiée en route. Copiez-la de nouveau en entier, ou redemandez-la.</translation>
    </message>
    <message>
        <source>This is not a KP Field invitation. An invitation starts with KPF1-.</source>
        <translation>Ce n&apos;est pas une invitation KP Field. Une invitation commence par KPF1-.</translation>
    </message>
    <message>
        <source>This invitation was altered or damaged on the way: its signature does not match. Ask the server operator to send it again.</source>
        <translation>Cette invitation a été modifiée ou endommagée en route : sa signature ne correspond pas. Demandez à l&apos;opérateur du serveur de la renvoyer.</translation>
    </message>
    <message>
        <source>This invitation has expired. Ask the server operator for a new one.</source>
        <translation>Cette invitation a expiré. Demandez-en une nouvelle à l&apos;opérateur du serveur.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>Le fichier {name} est illisible.</translation>
    </message>
    <message>
        <source>The file {name} is not an invitation.</source>
        <translation>Le fichier {name} n&apos;est pas une invitation.</translation>
    </message>
    <message>
        <source>A message must hold text (at most {limit} characters).</source>
        <translation>Un message doit contenir du texte (au plus {limit} caractères).</translation>
    </message>
    <message>
        <source>The device that sent this report is revoked or unknown: the message was not sent.</source>
        <translation>L&apos;appareil qui a envoyé ce rapport est révoqué ou inconnu : le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>Device {device} is not a certified, unrevoked monitor of your organisation: the message was not sent.</source>
        <translation>L&apos;appareil {device} n&apos;est pas un appareil de moniteur certifié et non révoqué de votre organisation : le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>This report has not been received from a verified device.</source>
        <translation>Ce rapport n&apos;a pas été reçu d&apos;un appareil vérifié.</translation>
    </message>
    <message>
        <source>A received envelope is damaged or was altered; it was not trusted.</source>
        <translation>Une enveloppe reçue est endommagée ou a été modifiée ; elle n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>This is not a KP Field envelope.</source>
        <translation>Ce n&apos;est pas une enveloppe KP Field.</translation>
    </message>
    <message>
        <source>This was made by a newer version of KP Field. Update KP Field to read it.</source>
        <translation>Ceci a été créé par une version plus récente de KP Field. Mettez KP Field à jour pour le lire.</translation>
    </message>
    <message>
        <source>This envelope is not addressed to this profile.</source>
        <translation>Cette enveloppe n&apos;est pas adressée à ce profil.</translation>
    </message>
    <message>
        <source>The envelope is incomplete: it was cut short.</source>
        <translation>L&apos;enveloppe est incomplète : elle a été tronquée.</translation>
    </message>
    <message>
        <source>The envelope was altered or damaged: it does not decrypt.</source>
        <translation>L&apos;enveloppe a été modifiée ou endommagée : elle ne se déchiffre pas.</translation>
    </message>
    <message>
        <source>The envelope opens but its contents are malformed.</source>
        <translation>L&apos;enveloppe s&apos;ouvre mais son contenu est mal formé.</translation>
    </message>
    <message>
        <source>The signed manifest is malformed.</source>
        <translation>Le manifeste signé est mal formé.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not verify with the sending device&apos;s key.</source>
        <translation>La signature du manifeste ne se vérifie pas avec la clé de l&apos;appareil expéditeur.</translation>
    </message>
    <message>
        <source>A photo differs from what the signed manifest declares.</source>
        <translation>Une photo diffère de ce que déclare le manifeste signé.</translation>
    </message>
    <message>
        <source>A key or device identity is malformed.</source>
        <translation>Une clé ou une identité d&apos;appareil est mal formée.</translation>
    </message>
    <message>
        <source>A signature does not verify: the data was altered or signed by someone else.</source>
        <translation>Une signature ne se vérifie pas : les données ont été modifiées ou signées par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Signed data is not in its canonical form.</source>
        <translation>Des données signées ne sont pas sous leur forme canonique.</translation>
    </message>
    <message>
        <source>The server&apos;s receipt does not verify with the pinned server key.</source>
        <translation>L&apos;accusé de réception du serveur ne se vérifie pas avec la clé de serveur épinglée.</translation>
    </message>
    <message>
        <source>Another coordinator changed this review meanwhile (now revision {revision}); nothing was saved. Look at their change, then try again.</source>
        <translation>Un autre coordinateur a modifié cet examen entre-temps (révision {revision} désormais) ; rien n&apos;a été enregistré. Regardez sa modification, puis réessayez.</translation>
    </message>
    <message>
        <source>A duplicate must name another received report.</source>
        <translation>Un doublon doit désigner un autre rapport reçu.</translation>
    </message>
    <message>
        <source>A note must hold text (at most {limit} characters).</source>
        <translation>Une note doit contenir du texte (au plus {limit} caractères).</translation>
    </message>
    <message>
        <source>Tags must be non-empty text of at most {limit} characters.</source>
        <translation>Les étiquettes doivent être du texte non vide d&apos;au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>it cannot be opened: {reason}</source>
        <translation>elle ne peut pas être ouverte : {reason}</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>opened; structure and padding intact</source>
        <translation>ouverte ; structure et remplissage intacts</translation>
    </message>
    <message>
        <source>the bytes the server delivered hash to {actual}, not to {expected} as the feed and receipt say: altered on the server or in transit</source>
        <translation>les octets livrés par le serveur ont pour empreinte {actual}, et non {expected} comme l&apos;annoncent le flux et l&apos;accusé de réception : modifiés sur le serveur ou en transit</translation>
    </message>
    <message>
        <source>a photo differs from the signed manifest: {reason}</source>
        <translation>une photo diffère du manifeste signé : {reason}</translation>
    </message>
    <message>
        <source>photos checked: {count}, each matching the SHA-256 in the signed manifest</source>
        <translation>photos vérifiées : {count}, chacune conforme au SHA-256 du manifeste signé</translation>
    </message>
    <message>
        <source>the server knows no device {device}</source>
        <translation>le serveur ne connaît pas d&apos;appareil {device}</translation>
    </message>
    <message>
        <source>the manifest names device {named}, but device {device} uploaded it</source>
        <translation>le manifeste désigne l&apos;appareil {named}, mais c&apos;est l&apos;appareil {device} qui l&apos;a envoyé</translation>
    </message>
    <message>
        <source>the signature does not verify with the key device {device} enrolled with: {reason}</source>
        <translation>la signature ne se vérifie pas avec la clé avec laquelle l&apos;appareil {device} s&apos;est inscrit : {reason}</translation>
    </message>
    <message>
        <source>signed by device {device} ({label}) with the key it enrolled with on {enrolled_at}</source>
        <translation>signé par l&apos;appareil {device} ({label}) avec la clé de son inscription du {enrolled_at}</translation>
    </message>
    <message>
        <source>signed by device {device} (no label) with the key it enrolled with on {enrolled_at}</source>
        <translation>signé par l&apos;appareil {device} (sans nom) avec la clé de son inscription du {enrolled_at}</translation>
    </message>
    <message>
        <source>the server gave no receipt for this envelope</source>
        <translation>le serveur n&apos;a donné aucun accusé de réception pour cette enveloppe</translation>
    </message>
    <message>
        <source>the receipt does not verify: {reason}</source>
        <translation>l&apos;accusé de réception ne se vérifie pas : {reason}</translation>
    </message>
    <message>
        <source>signed by the pinned server key, naming this envelope, size and device</source>
        <translation>signé par la clé de serveur épinglée, et désignant cette enveloppe, sa taille et l&apos;appareil</translation>
    </message>
    <message>
        <source>device unknown to the server</source>
        <translation>appareil inconnu du serveur</translation>
    </message>
    <message>
        <source>device {device} was revoked on {revoked_at}</source>
        <translation>l&apos;appareil {device} a été révoqué le {revoked_at}</translation>
    </message>
    <message>
        <source>device enrolled and not revoked</source>
        <translation>appareil inscrit et non révoqué</translation>
    </message>
    <message>
        <source>this profile has pinned no organisation key, so no sending device can be checked</source>
        <translation>ce profil n&apos;a épinglé aucune clé d&apos;organisation : aucun appareil expéditeur ne peut être vérifié</translation>
    </message>
    <message>
        <source>This report belongs to device {owner}, which first sent it verified. Device {device} cannot add to it or replace it: its envelope stays in quarantine, even if the owner&apos;s device is revoked later.</source>
        <translation>Ce rapport appartient à l&apos;appareil {owner}, qui l&apos;a envoyé vérifié en premier. L&apos;appareil {device} ne peut ni le compléter ni le remplacer : son enveloppe reste en quarantaine, même si l&apos;appareil du propriétaire est révoqué plus tard.</translation>
    </message>
    <message>
        <source>device {device} owns this report (it first sent it verified)</source>
        <translation>l&apos;appareil {device} est propriétaire de ce rapport (il l&apos;a envoyé vérifié en premier)</translation>
    </message>
    <message>
        <source>envelope seq {seq} was delivered more than once (replayed)</source>
        <translation>l&apos;enveloppe n° {seq} a été livrée plus d&apos;une fois (rejouée)</translation>
    </message>
    <message>
        <source>fork: device signed another envelope at seq {seq} ({others})</source>
        <translation>bifurcation : l&apos;appareil a signé une autre enveloppe au n° {seq} ({others})</translation>
    </message>
    <message>
        <source>gap: envelope seq {missing} from this device has not arrived (missing or withheld)</source>
        <translation>trou : l&apos;enveloppe n° {missing} de cet appareil n&apos;est pas arrivée (manquante ou retenue)</translation>
    </message>
    <message>
        <source>this envelope follows {prev}, not the envelope received at seq {previous_seq} ({previous_sha256})</source>
        <translation>cette enveloppe suit {prev}, et non l&apos;enveloppe reçue au n° {previous_seq} ({previous_sha256})</translation>
    </message>
    <message>
        <source>the first envelope of the chain names a predecessor</source>
        <translation>la première enveloppe de la chaîne désigne un prédécesseur</translation>
    </message>
    <message>
        <source>seq {seq} follows its predecessor</source>
        <translation>le n° {seq} suit son prédécesseur</translation>
    </message>
    <message>
        <source>photo {name}: its GPS position is {km} km from the reported location</source>
        <translation>photo {name} : sa position GPS est à {km} km du lieu signalé</translation>
    </message>
    <message>
        <source>photo {name}: taken {hours} h from the reported incident time</source>
        <translation>photo {name} : prise à {hours} h de l&apos;heure signalée de l&apos;incident</translation>
    </message>
    <message>
        <source>device clock looks wrong: the envelope says it was made {hours} h after the server received it</source>
        <translation>l&apos;horloge de l&apos;appareil semble fausse : l&apos;enveloppe dit avoir été créée {hours} h après sa réception par le serveur</translation>
    </message>
    <message>
        <source>device clock looks wrong: the envelope says it was made {hours} h before the server received it</source>
        <translation>l&apos;horloge de l&apos;appareil semble fausse : l&apos;enveloppe dit avoir été créée {hours} h avant sa réception par le serveur</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Ajoutez un mot ou deux. Les mots peu courants sont meilleurs.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et les années liées à vous.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et les caractères répétés.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années liées à vous.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Les majuscules n’aident pas beaucoup.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et noms de famille courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Un prénom ou un nom de famille seul est facile à deviner.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Inutile d’ajouter des symboles, des chiffres ou des majuscules.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Les répétitions comme « aaa » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Un mot à l’envers n’est guère plus difficile à deviner.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Les suites comme « abc » ou « 6543 » sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs de clavier courts sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les rangées de touches sont faciles à deviner.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>C’est l’un des 10 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>C’est l’un des 100 mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>C’est un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Cela ressemble à un mot de passe très utilisé.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Les substitutions prévisibles comme « @ » au lieu de « a » n’aident pas beaucoup.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tout en majuscules est presque aussi facile à deviner que tout en minuscules.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Utilisez plusieurs mots, évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif de clavier plus long avec plus de changements de direction.</translation>
    </message>
    <message>
        <source>Use at least {count} characters; several unrelated words work well.</source>
        <translation>Utilisez au moins {count} caractères ; plusieurs mots sans rapport entre eux conviennent bien.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess; add more unrelated words.</source>
        <translation>Cette phrase secrète serait facile à deviner ; ajoutez d’autres mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>No keyring service is running on this computer (for example on a machine without a desktop).</source>
        <translation>Aucun trousseau de clés ne fonctionne sur cet ordinateur (par exemple sur une machine sans bureau).</translation>
    </message>
    <message>
        <source>The only keyring available ({name}) stores secrets in a plain file, so KP Field will not use it.</source>
        <translation>Le seul trousseau disponible ({name}) garde les secrets dans un fichier en clair : KP Field ne l’utilisera pas.</translation>
    </message>
    <message>
        <source>The system keyring is installed but not running.</source>
        <translation>Le trousseau du système est installé mais ne fonctionne pas.</translation>
    </message>
    <message>
        <source>The keyring {name} is not known to encrypt what it stores, so KP Field will not use it.</source>
        <translation>Rien n’indique que le trousseau {name} chiffre ce qu’il garde : KP Field ne l’utilisera pas.</translation>
    </message>
    <message>
        <source>The system keyring could not be loaded: {detail}</source>
        <translation>Le trousseau du système n’a pas pu être chargé : {detail}</translation>
    </message>
    <message>
        <source>The export could not be made; nothing was written.</source>
        <translation>L&apos;export n&apos;a pas pu être fait ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; nothing was written.</source>
        <translation>Le dossier {folder} n&apos;existe pas ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>No Unicode font for the PDF: DejaVu Sans was not found. Install the fonts-dejavu package.</source>
        <translation>Aucune police Unicode pour le PDF : DejaVu Sans est introuvable. Installez le paquet fonts-dejavu.</translation>
    </message>
    <message>
        <source>An evidence bundle cannot leave out witnesses or photos or round locations: its signed manifests hold them. Export a PDF, CSV or map instead.</source>
        <translation>Un dossier de preuves ne peut pas omettre les témoins ou les photos ni arrondir les positions : ses manifestes signés les contiennent. Exportez plutôt un PDF, un CSV ou une carte.</translation>
    </message>
    <message>
        <source>Some reports ({count}) were never sent, so no signed manifest vouches for them. Send them first, or leave them out.</source>
        <translation>Certains rapports ({count}) n&apos;ont jamais été envoyés : aucun manifeste signé ne les garantit. Envoyez-les d&apos;abord, ou laissez-les de côté.</translation>
    </message>
    <message>
        <source>This file is not an evidence bundle, or it is unsafe to open; nothing was read.</source>
        <translation>Ce fichier n&apos;est pas un dossier de preuves, ou il est dangereux à ouvrir ; rien n&apos;a été lu.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s keys do not vouch for this; nothing was sent or changed.</source>
        <translation>Les clés de votre organisation ne garantissent pas ceci ; rien n&apos;a été envoyé ni modifié.</translation>
    </message>
    <message>
        <source>This device does not know your organisation&apos;s key yet, so it cannot tell which coordinators are genuine and sends nothing. Ask your coordinator for the organisation fingerprint, or for a new invitation.</source>
        <translation>Cet appareil ne connaît pas encore la clé de votre organisation : il ne peut pas savoir quels coordinateurs sont authentiques et n&apos;envoie rien. Demandez à votre coordinateur l&apos;empreinte de l&apos;organisation, ou une nouvelle invitation.</translation>
    </message>
    <message>
        <source>No coordinator has been certified by your organisation yet, so nothing can be encrypted. Reports stay ready and are sent once a coordinator is certified.</source>
        <translation>Votre organisation n&apos;a encore certifié aucun coordinateur : rien ne peut être chiffré. Les rapports restent prêts et seront envoyés dès qu&apos;un coordinateur sera certifié.</translation>
    </message>
    <message>
        <source>The fingerprints do not match. Nothing was signed or changed: check with the person who read it to you, and suspect the server if it is still different.</source>
        <translation>Les empreintes ne correspondent pas. Rien n&apos;a été signé ni modifié : vérifiez avec la personne qui vous l&apos;a lue, et soupçonnez le serveur si elle diffère toujours.</translation>
    </message>
    <message>
        <source>This profile does not hold the organisation key. Restore it from shares to certify or revoke devices.</source>
        <translation>Ce profil ne détient pas la clé de l&apos;organisation. Restaurez-la à partir des parts pour certifier ou révoquer des appareils.</translation>
    </message>
    <message>
        <source>A certificate or revocation list was not signed by your organisation&apos;s key and was refused.</source>
        <translation>Un certificat ou une liste de révocation n&apos;était pas signé par la clé de votre organisation et a été refusé.</translation>
    </message>
    <message>
        <source>This revocation list is older than the one already held and was ignored.</source>
        <translation>Cette liste de révocation est plus ancienne que celle déjà détenue et a été ignorée.</translation>
    </message>
</context>
<context>
    <name>location</name>
    <message>
        <source>GPS receiver</source>
        <translation>récepteur GPS</translation>
    </message>
    <message>
        <source>photo EXIF</source>
        <translation>EXIF de la photo</translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation>saisie manuelle</translation>
    </message>
    <message>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>, ± %s m</source>
        <translation>, ± %s m</translation>
    </message>
    <message>
        <source>Waiting for data from the GPS receiver…</source>
        <translation>En attente des données du récepteur GPS…</translation>
    </message>
    <message>
        <source>The receiver is in simulator mode: its positions are not real.</source>
        <translation>Le récepteur est en mode simulateur : ses positions ne sont pas réelles.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Position acquise</translation>
    </message>
    <message>
        <source>quality %d</source>
        <translation>qualité %d</translation>
    </message>
    <message>
        <source>No fix yet, waiting</source>
        <translation>Pas encore de position, en attente</translation>
    </message>
    <message>
        <source>%d satellites</source>
        <translation>%d satellites</translation>
    </message>
    <message>
        <source>accuracy about ± %s m (HDOP %s)</source>
        <translation>précision d&apos;environ ± %s m (HDOP %s)</translation>
    </message>
    <message>
        <source>{value} km</source>
        <translation>{value} km</translation>
    </message>
</context>
<context>
    <name>people</name>
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
        <source>Mining company</source>
        <translation>Entreprise minière</translation>
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
        <source>Fetch and verify new reports, share reviews (Ctrl+Shift+S)</source>
        <translation>Récupérer et vérifier les nouveaux rapports, partager les examens (Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
</context>
</TS>
