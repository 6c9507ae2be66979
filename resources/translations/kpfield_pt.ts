<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>App</name>
    <message>
        <source>The key could not be remembered on this computer.</source>
        <translation>Não foi possível memorizar a chave neste computador.</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>GPS receiver</source>
        <translation>recetor GPS</translation>
    </message>
    <message>
        <source>photo EXIF</source>
        <translation>EXIF da fotografia</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>introduzida à mão</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>Army</source>
        <translation>Exército</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polícia</translation>
    </message>
    <message>
        <source>Private security</source>
        <translation>Segurança privada</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Syndicate or militia</source>
        <translation>Sindicato ou milícia</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Funcionários públicos</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>1 – low</source>
        <translation>1 – baixa</translation>
    </message>
    <message>
        <source>2 – moderate</source>
        <translation>2 – moderada</translation>
    </message>
    <message>
        <source>3 – serious</source>
        <translation>3 – grave</translation>
    </message>
    <message>
        <source>4 – severe</source>
        <translation>4 – muito grave</translation>
    </message>
    <message>
        <source>5 – critical</source>
        <translation>5 – crítica</translation>
    </message>
    <message>
        <source>±{value} ft</source>
        <translation>±{value} pés</translation>
    </message>
    <message>
        <source>±{value} m</source>
        <translation>±{value} m</translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation>precisão desconhecida</translation>
    </message>
    <message>
        <source>Report details</source>
        <translation>Detalhes do relatório</translation>
    </message>
    <message>
        <source>Select a report to see it here.</source>
        <translation>Selecione um relatório para o ver aqui.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Local:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Sítio:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Localização:</translation>
    </message>
    <message>
        <source>People affected:</source>
        <translation>Pessoas afetadas:</translation>
    </message>
    <message>
        <source>Perpetrators:</source>
        <translation>Autores:</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>Testemunhas:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravidade:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografias</translation>
    </message>
    <message>
        <source>Messages from coordinators</source>
        <translation>Mensagens dos coordenadores</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>{state}, version {version}</source>
        <translation>{state}, versão {version}</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(ilegível)</translation>
    </message>
    <message>
        <source>Photo {number}</source>
        <translation>Fotografia {number}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e mais {count}</translation>
    </message>
    <message>
        <source>Photos ({count})</source>
        <translation>Fotografias ({count})</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registado</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <source>about {when}</source>
        <translation>por volta de {when}</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>mortos</translation>
    </message>
    <message>
        <source>injured</source>
        <translation>feridos</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>detidos</translation>
    </message>
    <message>
        <source>displaced</source>
        <translation>deslocados</translation>
    </message>
    <message>
        <source>children</source>
        <translation>crianças</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>This invitation has expired. Ask the server operator for a new one.</source>
        <translation>Este convite expirou. Peça um novo ao operador do servidor.</translation>
    </message>
    <message>
        <source>This invitation was altered or damaged on the way: its signature does not match. Ask the server operator to send it again.</source>
        <translation>Este convite foi alterado ou danificado pelo caminho: a assinatura não corresponde. Peça ao operador do servidor que o envie de novo.</translation>
    </message>
    <message>
        <source>This is not a KP Field invitation. An invitation starts with KPF1-.</source>
        <translation>Isto não é um convite do KP Field. Um convite começa por KPF1-.</translation>
    </message>
    <message>
        <source>This invitation is damaged or incomplete: it was cut short or changed on the way. Copy all of it again, or ask for it again.</source>
        <translation>Este convite está danificado ou incompleto: foi cortado ou alterado pelo caminho. Copie-o de novo por inteiro, ou peça-o outra vez.</translation>
    </message>
    <message>
        <source>This invitation has already been used. Each invitation works once: ask the server operator for a new one.</source>
        <translation>Este convite já foi usado. Cada convite só serve uma vez: peça um novo ao operador do servidor.</translation>
    </message>
    <message>
        <source>The server says this invitation has expired. Ask the server operator for a new one.</source>
        <translation>O servidor diz que este convite expirou. Peça um novo ao operador do servidor.</translation>
    </message>
    <message>
        <source>The server does not know this invitation. Check that it is the latest one.</source>
        <translation>O servidor não conhece este convite. Verifique se é o mais recente.</translation>
    </message>
    <message>
        <source>This invitation is for another role.</source>
        <translation>Este convite é para outra função.</translation>
    </message>
    <message>
        <source>This device is already enrolled on that server.</source>
        <translation>Este dispositivo já está inscrito nesse servidor.</translation>
    </message>
    <message>
        <source>The server refused the enrolment: %1</source>
        <translation>O servidor recusou a inscrição: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the invitation. Nothing was sent. Tell the server operator.</source>
        <translation>O certificado do servidor não corresponde ao convite. Nada foi enviado. Avise o operador do servidor.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>O servidor não está acessível. Verifique a ligação e tente de novo.</translation>
    </message>
    <message>
        <source>This profile is already connected to a sync server.</source>
        <translation>Este perfil já está ligado a um servidor de sincronização.</translation>
    </message>
    <message>
        <source>Connect to a sync server</source>
        <translation>Ligar a um servidor de sincronização</translation>
    </message>
    <message>
        <source>Paste the invitation the server operator sent you, or open the file it came in.</source>
        <translation>Cole o convite que o operador do servidor lhe enviou, ou abra o ficheiro em que veio.</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Convite</translation>
    </message>
    <message>
        <source>&amp;Open invitation file…</source>
        <translation>&amp;Abrir ficheiro de convite…</translation>
    </message>
    <message>
        <source>Open an invitation file</source>
        <translation>Abrir um ficheiro de convite</translation>
    </message>
    <message>
        <source>Server key fingerprint</source>
        <translation>Impressão digital da chave do servidor</translation>
    </message>
    <message>
        <source>Name of this device</source>
        <translation>Nome deste dispositivo</translation>
    </message>
    <message>
        <source>Before you connect, read the fingerprint aloud with the server operator (in person or by phone). If one character differs, do not connect: the invitation may be forged.</source>
        <translation>Antes de se ligar, leia a impressão digital em voz alta com o operador do servidor (pessoalmente ou por telefone). Se um só carácter for diferente, não se ligue: o convite pode ser falsificado.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Server key fingerprint:</source>
        <translation>Impressão digital da chave do servidor:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Função:</translation>
    </message>
    <message>
        <source>Device &amp;name:</source>
        <translation>&amp;Nome do dispositivo:</translation>
    </message>
    <message>
        <source>The fingerprints match — &amp;connect</source>
        <translation>As impressões digitais coincidem — &amp;ligar</translation>
    </message>
    <message>
        <source>Connect to this server</source>
        <translation>Ligar a este servidor</translation>
    </message>
    <message>
        <source>Open an invitation</source>
        <translation>Abrir um convite</translation>
    </message>
    <message>
        <source>Invitations (*.txt *.kpf);;All files (*)</source>
        <translation>Convites (*.txt *.kpf);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordenador</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>The invitation is valid. Compare the fingerprint before you connect.</source>
        <translation>O convite é válido. Compare a impressão digital antes de se ligar.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>A ligar ao servidor…</translation>
    </message>
</context>
<context>
    <name>FilterWidget</name>
    <message>
        <source>Search reports (Ctrl+F)</source>
        <translation>Pesquisar relatórios (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation>Pesquisar relatórios</translation>
    </message>
    <message>
        <source>Filter by incident type</source>
        <translation>Filtrar por tipo de incidente</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>Filtrar por local</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtrar a partir de uma data</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filtrar até uma data</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data de fim</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos os locais</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to KP Field</source>
        <translation>Bem-vindo ao KP Field</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to KP Field&lt;/h3&gt;&lt;p&gt;KP Field keeps your incident reports and photos &lt;b&gt;encrypted&lt;/b&gt; on this computer. Your passphrase is the only way to open them: if the computer is lost or taken, nobody can read them without it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The passphrase cannot be recovered or reset.&lt;/b&gt; If you forget it, the reports are lost for good. Choose several unrelated words that you will remember, and never write it down next to the computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bem-vindo ao KP Field&lt;/h3&gt;&lt;p&gt;O KP Field guarda os seus relatórios de incidentes e fotografias &lt;b&gt;cifrados&lt;/b&gt; neste computador. A sua frase-passe é a única forma de os abrir: se o computador for perdido ou apreendido, ninguém os consegue ler sem ela.&lt;/p&gt;&lt;p&gt;&lt;b&gt;A frase-passe não pode ser recuperada nem reposta.&lt;/b&gt; Se a esquecer, os relatórios perdem-se para sempre. Escolha várias palavras sem relação entre si de que se vá lembrar, e nunca a escreva junto ao computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase-passe</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita a frase-passe</translation>
    </message>
    <message>
        <source>S&amp;how the passphrase</source>
        <translation>Mo&amp;strar a frase-passe</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustez da frase-passe</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-passe:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repita-a:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustez:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Creating your encrypted profile. This takes a few seconds…</source>
        <translation>A criar o seu perfil cifrado. Isto demora alguns segundos…</translation>
    </message>
    <message>
        <source>Creating the profile</source>
        <translation>A criar o perfil</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Criar perfil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Use at least {count} characters; several unrelated words work well.</source>
        <translation>Use pelo menos {count} caracteres; várias palavras sem relação entre si funcionam bem.</translation>
    </message>
    <message>
        <source>Too short: use at least {count} characters.</source>
        <translation>Demasiado curta: use pelo menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Too easy to guess: add more unrelated words.</source>
        <translation>Demasiado fácil de adivinhar: acrescente mais palavras sem relação entre si.</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>As duas frases-passe coincidem.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>As duas frases-passe são diferentes.</translation>
    </message>
</context>
<context>
    <name>LocationWidget</name>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Location source</source>
        <translation>Origem da localização</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the location</source>
        <translation>Limpar a localização</translation>
    </message>
    <message>
        <source>Type coordinates, e.g. -17.6478, 31.4861 or 17°38&apos;52&quot;S 31°29&apos;10&quot;E</source>
        <translation>Escreva as coordenadas, p. ex. -17.6478, 31.4861 ou 17°38&apos;52&quot;S 31°29&apos;10&quot;E</translation>
    </message>
    <message>
        <source>Coordinates typed by hand</source>
        <translation>Coordenadas escritas à mão</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Definir</translation>
    </message>
    <message>
        <source>Set the typed coordinates</source>
        <translation>Definir as coordenadas escritas</translation>
    </message>
    <message>
        <source>Coordinates check</source>
        <translation>Verificação das coordenadas</translation>
    </message>
    <message>
        <source>Use &amp;GPS receiver</source>
        <translation>Usar o recetor &amp;GPS</translation>
    </message>
    <message>
        <source>Use GPS receiver</source>
        <translation>Usar o recetor GPS</translation>
    </message>
    <message>
        <source>This computer&apos;s location service</source>
        <translation>Serviço de localização deste computador</translation>
    </message>
    <message>
        <source>NMEA device</source>
        <translation>Dispositivo NMEA</translation>
    </message>
    <message>
        <source>Replay an NMEA log file…</source>
        <translation>Reproduzir um ficheiro de registo NMEA…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop waiting for the GPS receiver</source>
        <translation>Deixar de esperar pelo recetor GPS</translation>
    </message>
    <message>
        <source>From &amp;photo</source>
        <translation>Da &amp;fotografia</translation>
    </message>
    <message>
        <source>Take the location from an attached photo</source>
        <translation>Usar a localização de uma fotografia anexada</translation>
    </message>
    <message>
        <source>GPS status</source>
        <translation>Estado do GPS</translation>
    </message>
    <message>
        <source>Reading the NMEA log…</source>
        <translation>A ler o registo NMEA…</translation>
    </message>
    <message>
        <source>Waiting for the receiver on %s…</source>
        <translation>À espera do recetor em %s…</translation>
    </message>
    <message>
        <source>No location yet</source>
        <translation>Ainda sem localização</translation>
    </message>
    <message>
        <source>Source: %s</source>
        <translation>Origem: %s</translation>
    </message>
    <message>
        <source>photo %d</source>
        <translation>fotografia %d</translation>
    </message>
    <message>
        <source>No attached photo carries a GPS position.</source>
        <translation>Nenhuma fotografia anexada tem posição GPS.</translation>
    </message>
    <message>
        <source>%s — press Enter to use it.</source>
        <translation>%s — prima Enter para a usar.</translation>
    </message>
    <message>
        <source>Asking this computer&apos;s location service…</source>
        <translation>A consultar o serviço de localização deste computador…</translation>
    </message>
    <message>
        <source>This computer has no location service. Choose an NMEA device or type the coordinates.</source>
        <translation>Este computador não tem serviço de localização. Escolha um dispositivo NMEA ou escreva as coordenadas.</translation>
    </message>
    <message>
        <source>No serial device found</source>
        <translation>Nenhum dispositivo série encontrado</translation>
    </message>
    <message>
        <source>Replay an NMEA log</source>
        <translation>Reproduzir um registo NMEA</translation>
    </message>
    <message>
        <source>NMEA logs (*.log *.nmea *.txt);;All files (*)</source>
        <translation>Registos NMEA (*.log *.nmea *.txt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message>
        <source>Position from the GPS receiver: %s</source>
        <translation>Posição do recetor GPS: %s</translation>
    </message>
    <message>
        <source>No position. %s
Move to open sky and try again, or type the coordinates.</source>
        <translation>Sem posição. %s
Vá para céu aberto e tente de novo, ou escreva as coordenadas.</translation>
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
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Novo relatório</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>&amp;Abrir relatório</translation>
    </message>
    <message>
        <source>Open the selected report (Enter)</source>
        <translation>Abrir o relatório selecionado (Enter)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock KP Field now</source>
        <translation>Bloquear o KP Field agora</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Report &amp;list</source>
        <translation>&amp;Lista de relatórios</translation>
    </message>
    <message>
        <source>Report &amp;details</source>
        <translation>&amp;Detalhes do relatório</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Relatório</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Connect to a sync server…</source>
        <translation>&amp;Ligar a um servidor de sincronização…</translation>
    </message>
    <message>
        <source>Loading reports…</source>
        <translation>A carregar os relatórios…</translation>
    </message>
    <message>
        <source>{count} reports</source>
        <translation>{count} relatórios</translation>
    </message>
    <message>
        <source>No reports yet. Press Ctrl+N to write the first one.</source>
        <translation>Ainda não há relatórios. Prima Ctrl+N para escrever o primeiro.</translation>
    </message>
    <message>
        <source>No report matches the search and filters.</source>
        <translation>Nenhum relatório corresponde à pesquisa e aos filtros.</translation>
    </message>
    <message>
        <source>The report editor is not available in this version.</source>
        <translation>O editor de relatórios não está disponível nesta versão.</translation>
    </message>
</context>
<context>
    <name>PeopleAffectedWidget</name>
    <message>
        <source>&amp;Killed</source>
        <translation>&amp;Mortos</translation>
    </message>
    <message>
        <source>&amp;Injured</source>
        <translation>&amp;Feridos</translation>
    </message>
    <message>
        <source>&amp;Detained</source>
        <translation>&amp;Detidos</translation>
    </message>
    <message>
        <source>Dis&amp;placed</source>
        <translation>Des&amp;locados</translation>
    </message>
    <message>
        <source>C&amp;hildren among them</source>
        <translation>Dos quais &amp;crianças</translation>
    </message>
    <message>
        <source>A dash means not known (different from 0).</source>
        <translation>Um traço significa desconhecido (diferente de 0).</translation>
    </message>
</context>
<context>
    <name>PerpetratorsWidget</name>
    <message>
        <source>Perpetrator category</source>
        <translation>Categoria do autor</translation>
    </message>
    <message>
        <source>Description (unit, uniform, vehicle, names if known)</source>
        <translation>Descrição (unidade, farda, veículo, nomes se conhecidos)</translation>
    </message>
    <message>
        <source>Perpetrator description</source>
        <translation>Descrição do autor</translation>
    </message>
</context>
<context>
    <name>PhotoGridWidget</name>
    <message>
        <source>Photos (Enter opens the viewer, Delete removes)</source>
        <translation>Fotografias (Enter abre o visualizador, Delete remove)</translation>
    </message>
    <message>
        <source>&amp;Add photos…</source>
        <translation>&amp;Acrescentar fotografias…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Acrescentar fotografias</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>View the selected photo</source>
        <translation>Ver a fotografia selecionada</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remover fotografia</translation>
    </message>
    <message>
        <source>Remove the selected photo</source>
        <translation>Remover a fotografia selecionada</translation>
    </message>
    <message>
        <source>Caption of the selected photo (Enter to keep it)</source>
        <translation>Legenda da fotografia selecionada (Enter para a guardar)</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>Legenda da fotografia</translation>
    </message>
    <message>
        <source>Photo import progress</source>
        <translation>Progresso da importação das fotografias</translation>
    </message>
    <message>
        <source>Photo messages</source>
        <translation>Mensagens sobre as fotografias</translation>
    </message>
    <message>
        <source>Adding photos: %v of %m</source>
        <translation>A acrescentar fotografias: %v de %m</translation>
    </message>
    <message>
        <source>%s was not added: %s</source>
        <translation>%s não foi acrescentada: %s</translation>
    </message>
    <message>
        <source>Photos (%s);;All files (*)</source>
        <translation>Fotografias (%s);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Remove this photo from the report? It cannot be undone in this draft.</source>
        <translation>Remover esta fotografia do relatório? Não é possível anular neste rascunho.</translation>
    </message>
</context>
<context>
    <name>PhotoViewerDialog</name>
    <message>
        <source>Photo — KP Field</source>
        <translation>Fotografia — KP Field</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotografia</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Seguinte ▶</translation>
    </message>
    <message>
        <source>Zoom &amp;out (−)</source>
        <translation>&amp;Reduzir (−)</translation>
    </message>
    <message>
        <source>&amp;Fit (0)</source>
        <translation>A&amp;justar (0)</translation>
    </message>
    <message>
        <source>Zoom &amp;in (+)</source>
        <translation>Am&amp;pliar (+)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>A carregar…</translation>
    </message>
    <message>
        <source>%d × %d pixels</source>
        <translation>%d × %d píxeis</translation>
    </message>
    <message>
        <source>taken %s</source>
        <translation>tirada em %s</translation>
    </message>
    <message>
        <source>GPS %s</source>
        <translation>GPS %s</translation>
    </message>
    <message>
        <source>Photo %d of %d — KP Field</source>
        <translation>Fotografia %d de %d — KP Field</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <source>Edit report — KP Field</source>
        <translation>Editar relatório — KP Field</translation>
    </message>
    <message>
        <source>Edit: creates a new version</source>
        <translation>Editar: cria uma nova versão</translation>
    </message>
    <message>
        <source>Problems to fix before the report is ready</source>
        <translation>Problemas a corrigir antes de o relatório ficar pronto</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>A abrir…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado da gravação</translation>
    </message>
    <message>
        <source>&amp;Mark ready to send</source>
        <translation>&amp;Marcar como pronto a enviar</translation>
    </message>
    <message>
        <source>Mark ready to send</source>
        <translation>Marcar como pronto a enviar</translation>
    </message>
    <message>
        <source>Checks the report and freezes this version (Ctrl+Enter).</source>
        <translation>Verifica o relatório e congela esta versão (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Fechar o editor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Photos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fotografias&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>This report was marked ready to send (version %d). It is frozen: editing it creates a new version.</source>
        <translation>Este relatório foi marcado como pronto a enviar (versão %d). Está congelado: editá-lo cria uma nova versão.</translation>
    </message>
    <message>
        <source>&amp;Edit (creates version %d)</source>
        <translation>&amp;Editar (cria a versão %d)</translation>
    </message>
    <message>
        <source>Read-only: version %d is frozen.</source>
        <translation>Só de leitura: a versão %d está congelada.</translation>
    </message>
    <message>
        <source>Draft, version %d. Changes are saved automatically.</source>
        <translation>Rascunho, versão %d. As alterações são guardadas automaticamente.</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Alterações por guardar…</translation>
    </message>
    <message>
        <source>Saved at %s.</source>
        <translation>Guardado às %s.</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Não guardado: %s</translation>
    </message>
    <message>
        <source>Marked ready to send: version %d is frozen.</source>
        <translation>Marcado como pronto a enviar: a versão %d está congelada.</translation>
    </message>
    <message>
        <source>Not ready yet: fix the problems listed below.</source>
        <translation>Ainda não está pronto: corrija os problemas indicados abaixo.</translation>
    </message>
</context>
<context>
    <name>ReportFormWidget</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>A short title (optional)</source>
        <translation>Um título curto (opcional)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>What happened, in your words. Who, what, how.</source>
        <translation>O que aconteceu, por palavras suas. Quem, o quê, como.</translation>
    </message>
    <message>
        <source>&amp;When (required)</source>
        <translation>&amp;Quando (obrigatório)</translation>
    </message>
    <message>
        <source>The start time is known</source>
        <translation>A hora de início é conhecida</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Data e hora de início</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>A&amp;té</translation>
    </message>
    <message>
        <source>The incident lasted until a known time</source>
        <translation>O incidente durou até uma hora conhecida</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Data e hora de fim</translation>
    </message>
    <message>
        <source>Times are &amp;approximate</source>
        <translation>As horas são &amp;aproximadas</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Mine, concession or field</source>
        <translation>Mina, concessão ou campo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sítio</translation>
    </message>
    <message>
        <source>Village, road, landmark</source>
        <translation>Aldeia, estrada, ponto de referência</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>— not assessed</source>
        <translation>— não avaliada</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>muito grave</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por vírgulas</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>&amp;Type (required)</source>
        <translation>&amp;Tipo (obrigatório)</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;ítulo</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Relato</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <source>Pla&amp;ce</source>
        <translation>Síti&amp;o</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>Locali&amp;zação</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Afetados</translation>
    </message>
    <message>
        <source>Perpetrators</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Sources and witnesses</source>
        <translation>Fontes e testemunhas</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Gravidade</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>The end time is not saved until it is fixed.</source>
        <translation>A hora de fim só é guardada depois de corrigida.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Date</source>
        <extracomment>Column -&gt; ReportQuery.sort key (header clicks sort in the database, not in memory).</extracomment>
        <translation>Data</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografias</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>À espera de envio</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ainda não enviado</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sem título)</translation>
    </message>
</context>
<context>
    <name>ResumeEditsOffer</name>
    <message>
        <source>untitled draft</source>
        <translation>rascunho sem título</translation>
    </message>
    <message>
        <source>Continue editing?</source>
        <translation>Continuar a editar?</translation>
    </message>
    <message>
        <source>KP Field closed while a report was being edited. Continue editing “{title}”?</source>
        <translation>O KP Field fechou enquanto um relatório estava a ser editado. Continuar a editar “{title}”?</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear após estes minutos de inatividade</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Memorizar neste computador</translation>
    </message>
    <message>
        <source>KP Field then opens without the passphrase: the key is kept in the system keyring.</source>
        <translation>O KP Field passa a abrir sem a frase-passe: a chave fica guardada no porta-chaves do sistema.</translation>
    </message>
    <message>
        <source>Remember the key on this computer</source>
        <translation>Memorizar a chave neste computador</translation>
    </message>
    <message>
        <source>Looking for a secure keyring…</source>
        <translation>A procurar um porta-chaves seguro…</translation>
    </message>
    <message>
        <source>Metric (m, km)</source>
        <translation>Métrico (m, km)</translation>
    </message>
    <message>
        <source>Imperial (ft, mi)</source>
        <translation>Imperial (pés, milhas)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Decimal degrees (17.647800° S)</source>
        <translation>Graus decimais (17.647800° S)</translation>
    </message>
    <message>
        <source>Degrees, minutes, seconds (17°38&apos;52.1&quot;S)</source>
        <translation>Graus, minutos, segundos (17°38&apos;52.1&quot;S)</translation>
    </message>
    <message>
        <source>Degrees and minutes (S17 38.868)</source>
        <translation>Graus e minutos (S17 38.868)</translation>
    </message>
    <message>
        <source>Coordinate format</source>
        <translation>Formato das coordenadas</translation>
    </message>
    <message>
        <source>GPS device</source>
        <translation>Dispositivo GPS</translation>
    </message>
    <message>
        <source>None (for example /dev/ttyUSB0 or COM3)</source>
        <translation>Nenhum (por exemplo /dev/ttyUSB0 ou COM3)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language applies the next time KP Field starts.</source>
        <translation>Um novo idioma aplica-se no próximo arranque do KP Field.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear após inatividade:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>&amp;Coordinates:</source>
        <translation>&amp;Coordenadas:</translation>
    </message>
    <message>
        <source>&amp;GPS device:</source>
        <translation>Dispositivo &amp;GPS:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Not available: no secure keyring on this computer.</source>
        <translation>Indisponível: não há nenhum porta-chaves seguro neste computador.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sending progress</source>
        <translation>Progresso do envio</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n report(s) — %1 of %2, %3/s</source>
        <translation>
            <numerusform>A enviar %n relatório — %1 de %2, %3/s</numerusform>
            <numerusform>A enviar %n relatórios — %1 de %2, %3/s</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>A sincronizar…</translation>
    </message>
    <message>
        <source>Not connected to a sync server</source>
        <translation>Sem ligação a um servidor de sincronização</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached</source>
        <translation>Sem ligação: o servidor não está acessível</translation>
    </message>
    <message>
        <source>Will try again at %1</source>
        <translation>Nova tentativa às %1</translation>
    </message>
    <message>
        <source>Last sent %1</source>
        <translation>Último envio %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
</context>
<context>
    <name>TypePickerWidget</name>
    <message>
        <source>Type to filter incident types</source>
        <translation>Escreva para filtrar os tipos de incidente</translation>
    </message>
    <message>
        <source>Filter incident types</source>
        <translation>Filtrar os tipos de incidente</translation>
    </message>
    <message>
        <source>Incident types (Space ticks a type)</source>
        <translation>Tipos de incidente (Espaço marca um tipo)</translation>
    </message>
    <message>
        <source>Chosen: %s</source>
        <translation>Escolhidos: %s</translation>
    </message>
    <message>
        <source>No type chosen yet.</source>
        <translation>Ainda não foi escolhido nenhum tipo.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock KP Field</source>
        <translation>Desbloquear o KP Field</translation>
    </message>
    <message>
        <source>&lt;b&gt;KP Field is locked.&lt;/b&gt; Enter your passphrase to open your reports.</source>
        <translation>&lt;b&gt;O KP Field está bloqueado.&lt;/b&gt; Introduza a sua frase-passe para abrir os seus relatórios.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-passe</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-passe:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar a frase-passe</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Memorizar neste computador</translation>
    </message>
    <message>
        <source>Remember the key on this computer</source>
        <translation>Memorizar a chave neste computador</translation>
    </message>
    <message>
        <source>Looking for a secure keyring…</source>
        <translation>A procurar um porta-chaves seguro…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>A desbloquear…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueio</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Not available: no secure keyring on this computer.</source>
        <translation>Indisponível: não há nenhum porta-chaves seguro neste computador.</translation>
    </message>
    <message>
        <source>Trying the key remembered on this computer…</source>
        <translation>A tentar a chave memorizada neste computador…</translation>
    </message>
    <message>
        <source>You can try again in {seconds} s.</source>
        <translation>Pode tentar de novo dentro de {seconds} s.</translation>
    </message>
</context>
<context>
    <name>WitnessesWidget</name>
    <message>
        <source>Pseudonym (never the real name)</source>
        <translation>Pseudónimo (nunca o nome verdadeiro)</translation>
    </message>
    <message>
        <source>Witness pseudonym</source>
        <translation>Pseudónimo da testemunha</translation>
    </message>
    <message>
        <source>Keep contact details</source>
        <translation>Guardar os contactos</translation>
    </message>
    <message>
        <source>Contact details put the witness at risk if this computer is seized. Keep them only if you must.</source>
        <translation>Os contactos põem a testemunha em risco se este computador for apreendido. Guarde-os só se for mesmo necessário.</translation>
    </message>
    <message>
        <source>Witness contact details</source>
        <translation>Contactos da testemunha</translation>
    </message>
    <message>
        <source>Consents to share</source>
        <translation>Consente na partilha</translation>
    </message>
    <message>
        <source>Notes about the witness</source>
        <translation>Notas sobre a testemunha</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudónimo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Give a pseudonym: this witness is not saved until it has one.</source>
        <translation>Indique um pseudónimo: esta testemunha só é guardada quando tiver um.</translation>
    </message>
</context>
<context>
    <name>_Rows</name>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Remover esta linha</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Frase-passe errada. Verifique a disposição do teclado e o Caps Lock e tente de novo.</translation>
    </message>
    <message>
        <source>The key file (profile.key) is missing from the profile folder. Without it the reports cannot be opened. If you have a backup of the key file, put it back in the profile folder.</source>
        <translation>O ficheiro de chave (profile.key) não está na pasta do perfil. Sem ele, os relatórios não podem ser abertos. Se tiver uma cópia de segurança do ficheiro de chave, volte a colocá-la na pasta do perfil.</translation>
    </message>
    <message>
        <source>The key file (profile.key) is damaged, so the reports cannot be opened. Restore it from a backup if you have one. KP Field has not changed anything.</source>
        <translation>O ficheiro de chave (profile.key) está danificado, por isso os relatórios não podem ser abertos. Reponha-o a partir de uma cópia de segurança, se tiver uma. O KP Field não alterou nada.</translation>
    </message>
    <message>
        <source>The reports database is missing from the profile folder.</source>
        <translation>A base de dados dos relatórios não está na pasta do perfil.</translation>
    </message>
    <message>
        <source>The reports database cannot be opened with this profile&apos;s key: it is damaged or belongs to another profile. KP Field has not changed anything.</source>
        <translation>A base de dados dos relatórios não pode ser aberta com a chave deste perfil: está danificada ou pertence a outro perfil. O KP Field não alterou nada.</translation>
    </message>
    <message>
        <source>The reports database is damaged. KP Field has not changed anything; restore it from a backup.</source>
        <translation>A base de dados dos relatórios está danificada. O KP Field não alterou nada; reponha-a a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>These reports were saved by a newer version of KP Field. Update KP Field to open them.</source>
        <translation>Estes relatórios foram guardados por uma versão mais recente do KP Field. Atualize o KP Field para os abrir.</translation>
    </message>
    <message>
        <source>This passphrase is too weak.</source>
        <translation>Esta frase-passe é demasiado fraca.</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer.</source>
        <translation>Não há nenhum porta-chaves seguro disponível neste computador.</translation>
    </message>
    <message>
        <source>KP Field is locked.</source>
        <translation>O KP Field está bloqueado.</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Algo correu mal: %s</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Add &amp;perpetrator</source>
        <translation>Acrescentar &amp;autor</translation>
    </message>
    <message>
        <source>Add &amp;source or witness</source>
        <translation>Acrescentar &amp;fonte ou testemunha</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;incronizar agora</translation>
    </message>
    <message>
        <source>Send ready reports now (Ctrl+Shift+S)</source>
        <translation>Enviar agora os relatórios prontos (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the one pinned at enrolment. Nothing was sent. Tell the server operator; do not sync from this network.</source>
        <translation>O certificado do servidor não corresponde ao que foi fixado na inscrição. Nada foi enviado. Avise o operador do servidor; não sincronize a partir desta rede.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Reports stay in the outbox and are sent when it can be.</source>
        <translation>O servidor não está acessível. Os relatórios ficam na caixa de saída e são enviados quando for possível.</translation>
    </message>
    <message>
        <source>The server operator has disconnected this device. Nothing more will be sent.</source>
        <translation>O operador do servidor desligou este dispositivo. Nada mais será enviado.</translation>
    </message>
    <message>
        <source>The server did not accept this device&apos;s signature. Check the computer&apos;s clock; if it is right, tell the server operator.</source>
        <translation>O servidor não aceitou a assinatura deste dispositivo. Verifique o relógio do computador; se estiver certo, avise o operador do servidor.</translation>
    </message>
    <message>
        <source>The server has a problem. Reports stay in the outbox and are sent later.</source>
        <translation>O servidor tem um problema. Os relatórios ficam na caixa de saída e são enviados mais tarde.</translation>
    </message>
    <message>
        <source>This profile is not connected to a sync server yet.</source>
        <translation>Este perfil ainda não está ligado a um servidor de sincronização.</translation>
    </message>
</context>
</TS>
