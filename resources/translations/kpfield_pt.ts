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
    <name>ChartsDock</name>
    <message>
        <source>Counting reports…</source>
        <translation>A contar os relatórios…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Show or hide the charts ({shortcut})</source>
        <translation>Mostrar ou ocultar os gráficos ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>By type</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mês</translation>
    </message>
    <message>
        <source>By site</source>
        <translation>Por local</translation>
    </message>
    <message>
        <source>By perpetrator</source>
        <translation>Por autor</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>Show as t&amp;able</source>
        <translation>Mostrar como &amp;tabela</translation>
    </message>
    <message>
        <source>Show the counts as a table</source>
        <translation>Mostrar os números numa tabela</translation>
    </message>
    <message>
        <source>Bar chart of report counts</source>
        <translation>Gráfico de barras do número de relatórios</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Report counts</source>
        <translation>Número de relatórios</translation>
    </message>
    <message>
        <source>Other sites</source>
        <translation>Outros locais</translation>
    </message>
    <message>
        <source>(no site)</source>
        <translation>(sem local)</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nenhum registado</translation>
    </message>
    <message>
        <source>Reports: {count}</source>
        <translation>Relatórios: {count}</translation>
    </message>
    <message>
        <source>A report with several types counts once for each.</source>
        <translation>Um relatório com vários tipos conta uma vez para cada um.</translation>
    </message>
    <message>
        <source>Month of the incident (of writing, if its date is unknown), in this computer&apos;s time zone.</source>
        <translation>Mês do incidente (ou da redação, se a data for desconhecida), no fuso horário deste computador.</translation>
    </message>
    <message>
        <source>The sites with most reports; the others are added up.</source>
        <translation>Os locais com mais relatórios; os restantes são somados.</translation>
    </message>
    <message>
        <source>A report counts once for each kind of perpetrator it names.</source>
        <translation>Um relatório conta uma vez para cada categoria de autor que menciona.</translation>
    </message>
    <message>
        <source>The dates span more than 50 years, so only months with reports are shown: check for a mistyped year.</source>
        <translation>As datas abrangem mais de 50 anos, por isso só são mostrados os meses com relatórios: verifique se algum ano foi mal escrito.</translation>
    </message>
    <message>
        <source>Counting reports…</source>
        <translation>A contar os relatórios…</translation>
    </message>
    <message>
        <source>No report matches the search and filters.</source>
        <translation>Nenhum relatório corresponde à pesquisa e aos filtros.</translation>
    </message>
    <message>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <source>Categories with no report, not drawn: {count}.</source>
        <translation>Categorias sem relatório, não desenhadas: {count}.</translation>
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
        <translation>O KP Field fechou inesperadamente da última vez. Mostrar o relatório de falha?</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Agora não</translation>
    </message>
</context>
<context>
    <name>CrashReportDialog</name>
    <message>
        <source>Crash report — KP Field</source>
        <translation>Relatório de falha — KP Field</translation>
    </message>
    <message>
        <source>Where KP Field was when it closed: file names, line numbers and function names. It contains nothing you wrote. You can copy it and send it to the people who support KP Field for you.</source>
        <translation>Onde o KP Field estava quando fechou: nomes de ficheiros, números de linha e nomes de funções. Não contém nada do que escreveu. Pode copiá-lo e enviá-lo às pessoas que dão apoio ao KP Field por si.</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Relatório de falha</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the crash report</source>
        <translation>Copiar o relatório de falha</translation>
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
        <source>Received, version {version}</source>
        <translation>Recebido, versão {version}</translation>
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
        <source>Photos ({count})</source>
        <translation>Fotografias ({count})</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Please send the original photos</source>
        <translation>Por favor, envie as fotografias originais</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Estado da revisão</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
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
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Only devices certified with the organisation key can read reports or send to coordinators. Certify a device only after its owner has read its fingerprint to you, in person or by phone.</source>
        <translation>Só os dispositivos certificados com a chave da organização podem ler relatórios ou enviar aos coordenadores. Certifique um dispositivo só depois de o seu dono lhe ter lido a impressão digital, pessoalmente ou por telefone.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Enrolled devices</source>
        <translation>Dispositivos inscritos</translation>
    </message>
    <message>
        <source>Fingerprint read aloud by the device&apos;s owner</source>
        <translation>Impressão digital lida em voz alta pelo dono do dispositivo</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Motivo da revogação</translation>
    </message>
    <message>
        <source>&amp;Certify…</source>
        <translation>&amp;Certificar…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revogar…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>&amp;Fingerprint read aloud:</source>
        <translation>&amp;Impressão digital lida em voz alta:</translation>
    </message>
    <message>
        <source>Reason to &amp;revoke:</source>
        <translation>Motivo para re&amp;vogar:</translation>
    </message>
    <message>
        <source>Fetching the device list…</source>
        <translation>A obter a lista de dispositivos…</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Não certificado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogado</translation>
    </message>
    <message>
        <source>Another organisation&apos;s certificate</source>
        <translation>Certificado de outra organização</translation>
    </message>
    <message>
        <source>Certificate not valid</source>
        <translation>Certificado inválido</translation>
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
        <source>This profile does not hold the organisation key: it can list devices but not certify or revoke them.</source>
        <translation>Este perfil não tem a chave da organização: pode listar dispositivos, mas não certificá-los nem revogá-los.</translation>
    </message>
    <message>
        <source>Choose a device and type the fingerprint its owner reads to you.</source>
        <translation>Escolha um dispositivo e escreva a impressão digital que o seu dono lhe lê.</translation>
    </message>
    <message>
        <source>Certifying…</source>
        <translation>A certificar…</translation>
    </message>
    <message>
        <source>Certified.</source>
        <translation>Certificado.</translation>
    </message>
    <message>
        <source>Choose a device and give the reason for revoking it.</source>
        <translation>Escolha um dispositivo e indique o motivo para o revogar.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>A revogar…</translation>
    </message>
    <message>
        <source>Revoked. Every device stops trusting it at its next sync.</source>
        <translation>Revogado. Cada dispositivo deixa de confiar nele na próxima sincronização.</translation>
    </message>
</context>
<context>
    <name>ElidedLabel</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
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
    <message>
        <source>Organisation fingerprint</source>
        <translation>Impressão digital da organização</translation>
    </message>
    <message>
        <source>Before you connect, read both fingerprints aloud: the server&apos;s with the server operator, the organisation&apos;s with your coordinator (in person or by phone). If one character differs, do not connect: the invitation may be forged.</source>
        <translation>Antes de se ligar, leia as duas impressões digitais em voz alta: a do servidor com o operador do servidor, a da organização com o seu coordenador (pessoalmente ou por telefone). Se um só carácter for diferente, não se ligue: o convite pode ter sido falsificado.</translation>
    </message>
    <message>
        <source>Organisation fingerprint:</source>
        <translation>Impressão digital da organização:</translation>
    </message>
    <message>
        <source>None in this invitation: nothing will be sent until your coordinator gives you the organisation fingerprint.</source>
        <translation>Nenhuma neste convite: nada será enviado até o seu coordenador lhe dar a impressão digital da organização.</translation>
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
        <source>&amp;Inbox (unread only)</source>
        <translation>Caixa de &amp;entrada (só os não lidos)</translation>
    </message>
    <message>
        <source>Show only unread reports</source>
        <translation>Mostrar só os relatórios não lidos</translation>
    </message>
    <message>
        <source>Filter by review state</source>
        <translation>Filtrar por estado da revisão</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Qualquer estado da revisão</translation>
    </message>
    <message>
        <source>Filter by monitor (device)</source>
        <translation>Filtrar por monitor (dispositivo)</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Todos os monitores</translation>
    </message>
    <message>
        <source>Filter by verification result</source>
        <translation>Filtrar por resultado da verificação</translation>
    </message>
    <message>
        <source>Any verification</source>
        <translation>Qualquer resultado da verificação</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Newest version quarantined</source>
        <translation>Versão mais recente em quarentena</translation>
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
    <message>
        <source>{label} (revoked)</source>
        <translation>{label} (revogado)</translation>
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
        <source>&amp;Monitor: I document incidents in the field</source>
        <translation>&amp;Monitor: documento incidentes no terreno</translation>
    </message>
    <message>
        <source>C&amp;oordinator: I receive and review monitors&apos; reports</source>
        <translation>C&amp;oordenador: recebo e reviso os relatórios dos monitores</translation>
    </message>
    <message>
        <source>This profile is for:</source>
        <translation>Este perfil é para:</translation>
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
        <source>Too easy to guess. {advice}</source>
        <translation>Demasiado fácil de adivinhar. {advice}</translation>
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
    <name>GuideBrowser</name>
    <message>
        <source>Web links are not opened from KP Field: {url}</source>
        <translation>As ligações web não são abertas a partir do KP Field: {url}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>KP Field — User guide</source>
        <translation>KP Field — Guia do utilizador</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>The documentation is not installed with this copy of KP Field.</source>
        <translation>A documentação não está instalada com esta cópia do KP Field.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&lt;h3&gt;KP Field {version}&lt;/h3&gt;&lt;p&gt;Secure offline documentation of incidents in mining areas.&lt;/p&gt;&lt;p&gt;Licence: {licence}.&lt;/p&gt;&lt;p&gt;This profile&apos;s reports, photos and keys are stored encrypted in:&lt;br&gt;&lt;code&gt;{home}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;The window layout and the language are kept in this computer&apos;s settings for KP Field; never report content.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KP Field {version}&lt;/h3&gt;&lt;p&gt;Documentação segura e sem ligação de incidentes em zonas mineiras.&lt;/p&gt;&lt;p&gt;Licença: {licence}.&lt;/p&gt;&lt;p&gt;Os relatórios, fotografias e chaves deste perfil são guardados cifrados em:&lt;br&gt;&lt;code&gt;{home}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;A disposição das janelas e o idioma ficam nas definições do KP Field neste computador; nunca o conteúdo dos relatórios.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>About KP Field</source>
        <translation>Acerca do KP Field</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <source>The documentation shipped with KP Field</source>
        <translation>A documentação fornecida com o KP Field</translation>
    </message>
    <message>
        <source>&amp;About KP Field</source>
        <translation>&amp;Acerca do KP Field</translation>
    </message>
    <message>
        <source>Version, licence and where the data lives</source>
        <translation>Versão, licença e onde estão os dados</translation>
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
    <message>
        <source>Position from a photo</source>
        <translation>Posição de uma fotografia</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo: do not use the photo&apos;s position</source>
        <translation>Desfazer: não usar a posição da fotografia</translation>
    </message>
    <message>
        <source>Location taken from the photo {name} (the GPS position in its EXIF data).</source>
        <translation>Localização tirada da fotografia {name} (a posição GPS dos seus dados EXIF).</translation>
    </message>
    <message>
        <source>The photo {name} was taken {distance} from the report&apos;s location (its EXIF GPS). The location was not changed; “From photo” uses the photo&apos;s position.</source>
        <translation>A fotografia {name} foi tirada a {distance} da localização do relatório (segundo o seu GPS EXIF). A localização não foi alterada; «Da fotografia» usa a posição da fotografia.</translation>
    </message>
    <message>
        <source>No known mining area matches the site to compare it with: check it on the map.</source>
        <translation>Nenhuma zona mineira conhecida corresponde ao local para comparar: verifique no mapa.</translation>
    </message>
    <message>
        <source>It is {distance} from {site}: check that the photo was taken there.</source>
        <translation>Fica a {distance} de {site}: verifique se a fotografia foi tirada lá.</translation>
    </message>
    <message>
        <source>It is within about {distance} of the centre of {site}.</source>
        <translation>Fica a cerca de {distance} do centro de {site}.</translation>
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
        <source>Quarantined envelopes</source>
        <translation>Envelopes em quarentena</translation>
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
        <source>Re&amp;view report</source>
        <translation>&amp;Rever relatório</translation>
    </message>
    <message>
        <source>&amp;Quarantine ({count})…</source>
        <translation>&amp;Quarentena ({count})…</translation>
    </message>
    <message>
        <source>&amp;Quarantine…</source>
        <translation>&amp;Quarentena…</translation>
    </message>
    <message>
        <source>{count} in quarantine</source>
        <translation>{count} em quarentena</translation>
    </message>
    <message>
        <source>Envelopes that failed a check: View → Quarantine (Ctrl+Shift+Q)</source>
        <translation>Envelopes que falharam uma verificação: Ver → Quarentena (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Message sent.</source>
        <translation>Mensagem enviada.</translation>
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
        <source>&amp;Message the monitor…</source>
        <translation>&amp;Mensagem ao monitor…</translation>
    </message>
    <message>
        <source>Ask the monitor a question or request the original photos</source>
        <translation>Fazer uma pergunta ao monitor ou pedir as fotografias originais</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marcar como &amp;não lido</translation>
    </message>
    <message>
        <source>Re&amp;view panel</source>
        <translation>Painel de re&amp;visão</translation>
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
        <source>No reports received yet. Sync (Ctrl+Shift+S) to fetch them.</source>
        <translation>Ainda não foi recebido nenhum relatório. Sincronize (Ctrl+Shift+S) para os obter.</translation>
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
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n relatório</numerusform>
            <numerusform>%n relatórios</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Devices…</source>
        <translation>&amp;Dispositivos…</translation>
    </message>
    <message>
        <source>Certify or revoke devices with the organisation key</source>
        <translation>Certificar ou revogar dispositivos com a chave da organização</translation>
    </message>
</context>
<context>
    <name>MapDock</name>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>Show or hide the map of reports (Ctrl+Shift+M)</source>
        <translation>Mostrar ou ocultar o mapa dos relatórios (Ctrl+Shift+M)</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Map legend</source>
        <translation>Legenda do mapa</translation>
    </message>
    <message>
        <source>Others ({count})</source>
        <translation>Outros ({count})</translation>
    </message>
    <message>
        <source>Mining area (approximate)</source>
        <translation>Zona mineira (aproximada)</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Colour the points by</source>
        <translation>Colorir os pontos por</translation>
    </message>
    <message>
        <source>Incident type</source>
        <translation>Tipo de incidente</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Estado da revisão</translation>
    </message>
    <message>
        <source>Draft or ready</source>
        <translation>Rascunho ou pronto</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Colorir por:</translation>
    </message>
    <message>
        <source>Reports on the map</source>
        <translation>Relatórios no mapa</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Ampliar (+)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Reduzir (-)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>Show every report on the map (Home)</source>
        <translation>Mostrar todos os relatórios no mapa (Home)</translation>
    </message>
    <message>
        <source>Reports on the map: {shown}; without a location: {missing}</source>
        <translation>Relatórios no mapa: {shown}; sem localização: {missing}</translation>
    </message>
    <message>
        <source>Reports on the map: {shown}</source>
        <translation>Relatórios no mapa: {shown}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Map of reports</source>
        <translation>Mapa dos relatórios</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Não revisto</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sem tipo</translation>
    </message>
    <message>
        <source>Reports at this place</source>
        <translation>Relatórios neste sítio</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>(relatório sem título)</translation>
    </message>
    <message>
        <source>Borders: Natural Earth. Mining areas approximate.</source>
        <translation>Fronteiras: Natural Earth. Zonas mineiras aproximadas.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: zoom in or filter the list</source>
        <translation>
            <numerusform>…e mais %n: aproxime ou filtre a lista</numerusform>
            <numerusform>…e mais %n: aproxime ou filtre a lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n relatório</numerusform>
            <numerusform>%n relatórios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message the monitor</source>
        <translation>Enviar mensagem ao monitor</translation>
    </message>
    <message>
        <source>Sent encrypted to the device that sent this report; the monitor sees it on the report after their next sync. Internal notes are never sent.</source>
        <translation>Enviada cifrada para o dispositivo que enviou este relatório; o monitor vê-a no relatório depois da próxima sincronização dele. As notas internas nunca são enviadas.</translation>
    </message>
    <message>
        <source>&amp;Question (for example: what time exactly?)</source>
        <translation>&amp;Pergunta (por exemplo: a que horas exatamente?)</translation>
    </message>
    <message>
        <source>&amp;Request the original photos</source>
        <translation>Pedir as fotografias &amp;originais</translation>
    </message>
    <message>
        <source>Tell the monitor the review &amp;state:</source>
        <translation>Informar o monitor do &amp;estado da revisão:</translation>
    </message>
    <message>
        <source>Review state to send</source>
        <translation>Estado da revisão a enviar</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>A sua pergunta</translation>
    </message>
    <message>
        <source>Please send the original photos of this report, not the reduced ones.</source>
        <translation>Por favor, envie as fotografias originais deste relatório, não as reduzidas.</translation>
    </message>
    <message>
        <source>Optional: a few words on the decision</source>
        <translation>Opcional: algumas palavras sobre a decisão</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>A enviar…</translation>
    </message>
</context>
<context>
    <name>MessageInbox</name>
    <message>
        <source>Unread messages from coordinators</source>
        <translation>Mensagens não lidas dos coordenadores</translation>
    </message>
    <message>
        <source>Show the next report with unread messages (Ctrl+Shift+N)</source>
        <translation>Mostrar o próximo relatório com mensagens não lidas (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Unread &amp;messages</source>
        <translation>&amp;Mensagens não lidas</translation>
    </message>
    <message>
        <source>Unread messages from coordinators: {count}</source>
        <translation>Mensagens não lidas dos coordenadores: {count}</translation>
    </message>
    <message>
        <source>Unread &amp;messages ({count})</source>
        <translation>&amp;Mensagens não lidas ({count})</translation>
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
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Procurar em:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheiros do &amp;tipo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do ficheiro:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ficheiros</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vista detalhada</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vista de lista</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Quarantine</source>
        <translation>Quarentena</translation>
    </message>
    <message>
        <source>These envelopes failed a check. They are kept here, apart from the verified reports, and never silently dropped. Read the reasons before trusting any of their content.</source>
        <translation>Estes envelopes falharam uma verificação. São guardados aqui, à parte dos relatórios verificados, e nunca são descartados em silêncio. Leia os motivos antes de confiar em qualquer parte do seu conteúdo.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <source>Monitor (device)</source>
        <translation>Monitor (dispositivo)</translation>
    </message>
    <message>
        <source>Device seq</source>
        <translation>N.º seq. dispositivo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Quarantined envelopes</source>
        <translation>Envelopes em quarentena</translation>
    </message>
    <message>
        <source>Why this envelope is in quarantine</source>
        <translation>Porque é que este envelope está em quarentena</translation>
    </message>
    <message>
        <source>Nothing is in quarantine: every received envelope passed its checks.</source>
        <translation>Nada está em quarentena: todos os envelopes recebidos passaram nas verificações.</translation>
    </message>
    <message>
        <source>(could not be opened)</source>
        <translation>(não foi possível abrir)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Envelope {sha} (server feed {server_seq}), device {device}, report {report}, version {version}</source>
        <translation>Envelope {sha} (fluxo do servidor {server_seq}), dispositivo {device}, relatório {report}, versão {version}</translation>
    </message>
    <message>
        <source>Consistency hints:</source>
        <translation>Indícios de coerência:</translation>
    </message>
</context>
<context>
    <name>QuickDelete</name>
    <message>
        <source>&amp;Quick delete…</source>
        <translation>Eliminação &amp;rápida…</translation>
    </message>
    <message>
        <source>Destroy all reports and photos on this computer now ({shortcut})</source>
        <translation>Destruir agora todos os relatórios e fotografias neste computador ({shortcut})</translation>
    </message>
    <message>
        <source>Delete everything — KP Field</source>
        <translation>Apagar tudo — KP Field</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Delete all reports, photos and drafts on this computer now?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The encryption key is destroyed first, so nothing can be read back, then the files are removed, together with the remembered key and KP Field&apos;s settings. &lt;b&gt;This cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reports already sent stay with your coordinators.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Apagar agora todos os relatórios, fotografias e rascunhos neste computador?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Primeiro é destruída a chave de cifra, para que nada possa voltar a ser lido; depois são removidos os ficheiros, juntamente com a chave memorizada e as definições do KP Field. &lt;b&gt;Isto não pode ser desfeito.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Os relatórios já enviados ficam com os seus coordenadores.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>&amp;Apagar tudo</translation>
    </message>
    <message>
        <source>Delete everything now</source>
        <translation>Apagar tudo agora</translation>
    </message>
    <message>
        <source>Deleting failed, the reports may still be readable: {reason}</source>
        <translation>A eliminação falhou; os relatórios podem ainda estar legíveis: {reason}</translation>
    </message>
    <message>
        <source>The key was destroyed, but some files could not be removed: {reason}</source>
        <translation>A chave foi destruída, mas alguns ficheiros não puderam ser removidos: {reason}</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover access — KP Field</source>
        <translation>Recuperar o acesso — KP Field</translation>
    </message>
    <message>
        <source>Set a new passphrase with the &lt;b&gt;key backup file&lt;/b&gt; you made (and its backup passphrase), or with the &lt;b&gt;recovery shares&lt;/b&gt; your colleagues keep: type or paste as many shares as were needed, one per line.</source>
        <translation>Defina uma nova frase-passe com o &lt;b&gt;ficheiro de cópia de segurança da chave&lt;/b&gt; que criou (e a respetiva frase-passe da cópia de segurança), ou com as &lt;b&gt;partes de recuperação&lt;/b&gt; que os seus colegas guardam: escreva ou cole tantas partes quantas forem necessárias, uma por linha.</translation>
    </message>
    <message>
        <source>From a key &amp;backup file</source>
        <translation>A partir de um ficheiro de &amp;cópia de segurança da chave</translation>
    </message>
    <message>
        <source>From recovery &amp;shares</source>
        <translation>A partir de &amp;partes de recuperação</translation>
    </message>
    <message>
        <source>Key backup file</source>
        <translation>Ficheiro de cópia de segurança da chave</translation>
    </message>
    <message>
        <source>The key backup file</source>
        <translation>O ficheiro de cópia de segurança da chave</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Esco&amp;lher…</translation>
    </message>
    <message>
        <source>Choose the key backup file</source>
        <translation>Escolher o ficheiro de cópia de segurança da chave</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase-passe da cópia de segurança</translation>
    </message>
    <message>
        <source>Key backup</source>
        <translation>Cópia de segurança da chave</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ficheiro:</translation>
    </message>
    <message>
        <source>Backup &amp;passphrase:</source>
        <translation>Frase-passe da cópia de seg&amp;urança:</translation>
    </message>
    <message>
        <source>Recovery shares, one per line</source>
        <translation>Partes de recuperação, uma por linha</translation>
    </message>
    <message>
        <source>One share per line (its words separated by spaces)</source>
        <translation>Uma parte por linha (as palavras separadas por espaços)</translation>
    </message>
    <message>
        <source>Recovery shares</source>
        <translation>Partes de recuperação</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase-passe</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repita a nova frase-passe</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nova frase-passe:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repita-a:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>A recuperar…</translation>
    </message>
    <message>
        <source>Re&amp;cover</source>
        <translation>R&amp;ecuperar</translation>
    </message>
    <message>
        <source>Too easy to guess. {advice}</source>
        <translation>Demasiado fácil de adivinhar. {advice}</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>As duas frases-passe são diferentes.</translation>
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
        <source>KP Field key backup (*.kpfkey);;All files (*)</source>
        <translation>Cópia de segurança da chave do KP Field (*.kpfkey);;Todos os ficheiros (*)</translation>
    </message>
</context>
<context>
    <name>ReportDeleter</name>
    <message>
        <source>&amp;Delete report…</source>
        <translation>&amp;Eliminar o relatório…</translation>
    </message>
    <message>
        <source>Delete the selected report from this device ({shortcut})</source>
        <translation>Eliminar o relatório selecionado deste dispositivo ({shortcut})</translation>
    </message>
    <message>
        <source>Received reports are evidence: they cannot be deleted one by one.</source>
        <translation>Os relatórios recebidos são provas: não podem ser eliminados um a um.</translation>
    </message>
    <message>
        <source>Delete this report from this device? It cannot be recovered.</source>
        <translation>Eliminar este relatório deste dispositivo? Não poderá ser recuperado.</translation>
    </message>
    <message>
        <source>Photos: {count}</source>
        <translation>Fotografias: {count}</translation>
    </message>
    <message>
        <source>Messages from coordinators: {count}</source>
        <translation>Mensagens dos coordenadores: {count}</translation>
    </message>
    <message>
        <source>This report was already sent. The coordinators keep their copy; only the copy on this device will be deleted. It cannot be recovered here.</source>
        <translation>Este relatório já foi enviado. Os coordenadores guardam a sua cópia; só a cópia deste dispositivo será eliminada. Não poderá ser recuperada aqui.</translation>
    </message>
    <message>
        <source>It is waiting to be sent: it will never be sent. Coordinators will see that an envelope from this device is missing.</source>
        <translation>Está à espera de ser enviado: nunca será enviado. Os coordenadores verão que falta um envelope deste dispositivo.</translation>
    </message>
    <message>
        <source>Delete report</source>
        <translation>Eliminar o relatório</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantê-lo</translation>
    </message>
    <message>
        <source>Report deleted.</source>
        <translation>Relatório eliminado.</translation>
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
    <message>
        <source>&lt;b&gt;Questions from coordinators&lt;/b&gt;</source>
        <translation>&lt;b&gt;Perguntas dos coordenadores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Questions from coordinators</source>
        <translation>Perguntas dos coordenadores</translation>
    </message>
    <message>
        <source>{when}: a coordinator asked for the original photos.</source>
        <translation>{when}: um coordenador pediu as fotografias originais.</translation>
    </message>
    <message>
        <source>{when}: {question}</source>
        <translation>{when}: {question}</translation>
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
        <extracomment>Column -&gt; ReportQuery.sort key (header clicks sort in the database, not in memory). The coordinator&apos;s sort keys where they differ (used only if the store knows them: see :func:`_sortable`).</extracomment>
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
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Em revisão</translation>
    </message>
    <message>
        <source>Needs more information</source>
        <translation>Precisa de mais informação</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Encaminhado ao nível superior</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Em quarentena</translation>
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
    <message>
        <source>Device {device}</source>
        <translation>Dispositivo {device}</translation>
    </message>
    <message>
        <source>The newest version failed a check: see the review panel or View → Quarantine.</source>
        <translation>A versão mais recente falhou uma verificação: veja o painel de revisão ou Ver → Quarentena.</translation>
    </message>
    <message>
        <source>{title} (unread)</source>
        <translation>{title} (não lido)</translation>
    </message>
    <message>
        <source>Unread messages from coordinators: {count}</source>
        <translation>Mensagens não lidas dos coordenadores: {count}</translation>
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
    <name>ReviewPanel</name>
    <message>
        <source>Review state</source>
        <translation>Estado da revisão</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Sent to the monitor</source>
        <translation>Enviado ao monitor</translation>
    </message>
    <message>
        <source>a question</source>
        <translation>uma pergunta</translation>
    </message>
    <message>
        <source>a request for the original photos</source>
        <translation>um pedido das fotografias originais</translation>
    </message>
    <message>
        <source>the review state</source>
        <translation>o estado da revisão</translation>
    </message>
    <message>
        <source>{state} of {report}</source>
        <translation>{state} de {report}</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Conflicting changes</source>
        <translation>Alterações em conflito</translation>
    </message>
    <message>
        <source>of which report? (its id, shown in its review)</source>
        <translation>de que relatório? (o identificador, mostrado na revisão dele)</translation>
    </message>
    <message>
        <source>Duplicate of (report id)</source>
        <translation>Duplicado de (identificador do relatório)</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Mostrá-lo</translation>
    </message>
    <message>
        <source>Show the report this one duplicates</source>
        <translation>Mostrar o relatório de que este é um duplicado</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Tell the monitor about the new state</source>
        <translation>Informar o monitor do novo estado</translation>
    </message>
    <message>
        <source>Who handles it (empty: nobody)</source>
        <translation>Quem trata dele (vazio: ninguém)</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Res&amp;ponsável:</translation>
    </message>
    <message>
        <source>Add tags, separated by commas</source>
        <translation>Acrescentar etiquetas, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Acrescentar etiquetas</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Add ta&amp;gs:</source>
        <translation>A&amp;crescentar etiquetas:</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Internal note: shared with the other coordinators, never sent to the monitor</source>
        <translation>Nota interna: partilhada com os outros coordenadores, nunca enviada ao monitor</translation>
    </message>
    <message>
        <source>Internal note (never sent to the monitor)</source>
        <translation>Nota interna (nunca enviada ao monitor)</translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation>&amp;Nota interna:</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Situação da revisão</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Guardar a revisão</translation>
    </message>
    <message>
        <source>Save the review (Ctrl+Return)</source>
        <translation>Guardar a revisão (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Message the monitor…</source>
        <translation>&amp;Mensagem ao monitor…</translation>
    </message>
    <message>
        <source>Ask a question or request the original photos (Ctrl+Shift+A)</source>
        <translation>Fazer uma pergunta ou pedir as fotografias originais (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>History (who changed what)</source>
        <translation>Histórico (quem alterou o quê)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Histórico da revisão</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
    </message>
    <message>
        <source>{field}: two coordinators changed it on revision {revision}: “{a}” ({who_a}) and “{b}” ({who_b}). The value shown was kept; save a decision to settle it.</source>
        <translation>{field}: dois coordenadores alteraram este campo na versão {revision}: “{a}” ({who_a}) e “{b}” ({who_b}). Foi mantido o valor mostrado; guarde uma decisão para resolver o conflito.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nada a guardar.</translation>
    </message>
    <message>
        <source>Name the report this one duplicates (its id).</source>
        <translation>Indique o relatório de que este é um duplicado (o identificador).</translation>
    </message>
    <message>
        <source>Another coordinator changed this review meanwhile (see the history). Nothing was saved; your changes are still here: check theirs, then save again.</source>
        <translation>Outro coordenador alterou esta revisão entretanto (veja o histórico). Nada foi guardado; as suas alterações continuam aqui: verifique as dele e volte a guardar.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved. Telling the monitor…</source>
        <translation>Guardado. A informar o monitor…</translation>
    </message>
    <message>
        <source>Saved, and the monitor&apos;s device was told.</source>
        <translation>Guardado, e o dispositivo do monitor foi informado.</translation>
    </message>
    <message>
        <source>The review was saved, but the monitor was not told: {reason}</source>
        <translation>A revisão foi guardada, mas o monitor não foi informado: {reason}</translation>
    </message>
    <message>
        <source>Also &amp;tell the monitor</source>
        <translation>Informar &amp;também o monitor</translation>
    </message>
    <message>
        <source>Send this review state to the monitor&apos;s device with the next sync</source>
        <translation>Enviar este estado de revisão para o dispositivo do monitor na próxima sincronização</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Safety — KP Field</source>
        <translation>Segurança — KP Field</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase-passe atual</translation>
    </message>
    <message>
        <source>Current &amp;passphrase:</source>
        <translation>&amp;Frase-passe atual:</translation>
    </message>
    <message>
        <source>Every change below asks for your current passphrase.</source>
        <translation>Cada alteração abaixo pede a sua frase-passe atual.</translation>
    </message>
    <message>
        <source>&amp;Duress passphrase</source>
        <translation>Frase-passe de &amp;coação</translation>
    </message>
    <message>
        <source>&amp;Failed unlocks</source>
        <translation>&amp;Desbloqueios falhados</translation>
    </message>
    <message>
        <source>Key &amp;backup</source>
        <translation>Cópia de &amp;segurança</translation>
    </message>
    <message>
        <source>Recovery &amp;shares</source>
        <translation>Partes de &amp;recuperação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duress passphrase</source>
        <translation>Frase-passe de coação</translation>
    </message>
    <message>
        <source>Repeat the duress passphrase</source>
        <translation>Repita a frase-passe de coação</translation>
    </message>
    <message>
        <source>Also silently destro&amp;y this profile when the duress passphrase is used</source>
        <translation>Também des&amp;truir este perfil, em silêncio, ao usar a frase-passe de coação</translation>
    </message>
    <message>
        <source>S&amp;et duress passphrase</source>
        <translation>D&amp;efinir frase-passe de coação</translation>
    </message>
    <message>
        <source>&amp;Remove duress passphrase</source>
        <translation>Re&amp;mover frase-passe de coação</translation>
    </message>
    <message>
        <source>&amp;Open the decoy to prepare it…</source>
        <translation>&amp;Abrir perfil de fachada para preparar…</translation>
    </message>
    <message>
        <source>Locks, then opens the decoy with the duress passphrase typed above. Never destroys anything.</source>
        <translation>Bloqueia e depois abre o perfil de fachada com a frase-passe de coação escrita acima. Nunca destrói nada.</translation>
    </message>
    <message>
        <source>D&amp;uress passphrase:</source>
        <translation>Frase-passe de c&amp;oação:</translation>
    </message>
    <message>
        <source>Repeat i&amp;t:</source>
        <translation>Rep&amp;ita-a:</translation>
    </message>
    <message>
        <source>&lt;p&gt;A second passphrase for when you are forced to unlock. Entered at the unlock screen, it opens a &lt;b&gt;decoy profile&lt;/b&gt; instead of your reports. Prepare the decoy with believable reports: set the duress passphrase, then use &lt;i&gt;Open the decoy to prepare it&lt;/i&gt; and add them; lock when done.&lt;/p&gt;&lt;p&gt;If you tick the box, using the duress passphrase at the unlock screen also destroys your real reports, silently. Setting it again empties the decoy. KP Field cannot show whether a duress passphrase is set: by design, nothing in the files tells.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Uma segunda frase-passe para quando tiver de desbloquear sob coação. Introduzida no ecrã de desbloqueio, abre um &lt;b&gt;perfil de fachada&lt;/b&gt; em vez dos seus relatórios. Prepare o perfil de fachada com relatórios credíveis: defina a frase-passe de coação, depois use &lt;i&gt;Abrir perfil de fachada para preparar&lt;/i&gt; e acrescente-os; bloqueie quando terminar.&lt;/p&gt;&lt;p&gt;Se marcar a caixa, usar a frase-passe de coação no ecrã de desbloqueio também destrói os seus relatórios verdadeiros, em silêncio. Se a definir de novo, o perfil de fachada é esvaziado. O KP Field não consegue mostrar se há uma frase-passe de coação definida: é propositado, nada nos ficheiros o revela.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Wipe the profile after this many wrong passphrases in a row:</source>
        <translation>&amp;Apagar o perfil após este número de frases-passe erradas seguidas:</translation>
    </message>
    <message>
        <source>Wrong passphrases before the wipe</source>
        <translation>Frases-passe erradas antes de apagar</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&lt;p&gt;After each wrong passphrase KP Field waits longer before the next try. You can also have it destroy everything after a number of wrong passphrases in a row (off by default). Nothing warns the person typing. A typing mistake counts too: choose a number you will never reach by accident.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Após cada frase-passe errada, o KP Field espera mais tempo antes da tentativa seguinte. Também pode fazer com que destrua tudo após um certo número de frases-passe erradas seguidas (desativado por omissão). Nada avisa a pessoa que está a escrever. Um erro ao escrever também conta: escolha um número que nunca atingirá por acidente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase-passe da cópia de segurança</translation>
    </message>
    <message>
        <source>Repeat the backup passphrase</source>
        <translation>Repita a frase-passe da cópia de segurança</translation>
    </message>
    <message>
        <source>&amp;Write key backup…</source>
        <translation>&amp;Gravar a cópia de segurança da chave…</translation>
    </message>
    <message>
        <source>Bac&amp;kup passphrase:</source>
        <translation>Frase-passe da cópia de seg&amp;urança:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repita-a:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Writes your store key, encrypted under a separate &lt;b&gt;backup passphrase&lt;/b&gt;, to a file you choose (for example on a USB stick). With it you can set a new passphrase if you forget yours, or open a copy of your profile. It holds the key, not the reports: keep it away from this computer, and the backup passphrase away from the file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Grava a chave do seu armazenamento cifrado, cifrada com uma &lt;b&gt;frase-passe da cópia de segurança&lt;/b&gt; própria, num ficheiro à sua escolha (por exemplo, numa pen USB). Com ele pode definir uma nova frase-passe se se esquecer da sua, ou abrir uma cópia do seu perfil. Contém a chave, não os relatórios: guarde-o longe deste computador, e a frase-passe da cópia de segurança longe do ficheiro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shares needed to recover</source>
        <translation>Partes necessárias para recuperar a chave</translation>
    </message>
    <message>
        <source>Shares to make</source>
        <translation>Partes a criar</translation>
    </message>
    <message>
        <source>&amp;Make shares</source>
        <translation>&amp;Gerar partes</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Recovery shares</source>
        <translation>Partes de recuperação</translation>
    </message>
    <message>
        <source>The shares appear here; nothing is saved.</source>
        <translation>As partes aparecem aqui; nada é guardado.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Quaisquer</translation>
    </message>
    <message>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <source>shares recover the key.</source>
        <translation>partes recuperam a chave.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Splits your store key into word lists, &lt;b&gt;one per trusted colleague&lt;/b&gt;. Any chosen number of them together can give you access again; fewer reveal nothing. &lt;b&gt;Anyone holding that many shares can open your reports&lt;/b&gt;: hand them out on paper, to different people, never photograph them or keep them together. They disappear from this screen when the dialog closes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Divide a chave do seu armazenamento cifrado em listas de palavras, &lt;b&gt;uma por colega de confiança&lt;/b&gt;. Um número escolhido delas, juntas, pode devolver-lhe o acesso; menos do que esse número não revela nada. &lt;b&gt;Quem tiver esse número de partes pode abrir os seus relatórios&lt;/b&gt;: entregue-as em papel, a pessoas diferentes; nunca as fotografe nem as guarde juntas. Desaparecem deste ecrã quando a janela for fechada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Too easy to guess. {advice}</source>
        <translation>Demasiado fácil de adivinhar. {advice}</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>As duas frases-passe são diferentes.</translation>
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
        <source>Enter your current passphrase first.</source>
        <translation>Introduza primeiro a sua frase-passe atual.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>A processar…</translation>
    </message>
    <message>
        <source>That file already exists: choose a new name. Nothing was written.</source>
        <translation>Esse ficheiro já existe: escolha um nome novo. Nada foi gravado.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from your real passphrase.</source>
        <translation>A frase-passe de coação tem de ser diferente da sua frase-passe verdadeira.</translation>
    </message>
    <message>
        <source>Duress passphrase set. Now open the decoy and add believable reports.</source>
        <translation>Frase-passe de coação definida. Agora abra o perfil de fachada e acrescente relatórios credíveis.</translation>
    </message>
    <message>
        <source>The duress passphrase was removed (if one was set) and the decoy emptied.</source>
        <translation>A frase-passe de coação foi removida (se havia uma) e o perfil de fachada foi esvaziado.</translation>
    </message>
    <message>
        <source>Saved: the profile is wiped after {n} wrong passphrases in a row.</source>
        <translation>Guardado: o perfil é apagado após {n} frases-passe erradas seguidas.</translation>
    </message>
    <message>
        <source>Saved: the profile is never wiped after wrong passphrases.</source>
        <translation>Guardado: o perfil nunca é apagado após frases-passe erradas.</translation>
    </message>
    <message>
        <source>Write the key backup</source>
        <translation>Gravar a cópia de segurança da chave</translation>
    </message>
    <message>
        <source>KP Field key backup (*.kpfkey)</source>
        <translation>Cópia de segurança da chave do KP Field (*.kpfkey)</translation>
    </message>
    <message>
        <source>Key backup written to {path}. Keep it away from this computer.</source>
        <translation>Cópia de segurança da chave gravada em {path}. Guarde-a longe deste computador.</translation>
    </message>
    <message>
        <source>Give each share to a different colleague. Any {k} of them recover the key.</source>
        <translation>Entregue cada parte a um colega diferente. Quaisquer {k} delas recuperam a chave.</translation>
    </message>
    <message>
        <source>Share {i} of {n} (any {k} recover the key):</source>
        <translation>Parte {i} de {n} (quaisquer {k} partes recuperam a chave):</translation>
    </message>
    <message>
        <source>&amp;Safety…</source>
        <translation>&amp;Segurança…</translation>
    </message>
    <message>
        <source>Duress passphrase, wipe after failed unlocks, key backup and recovery shares ({shortcut})</source>
        <translation>Frase-passe de coação, apagar após desbloqueios falhados, cópia de segurança da chave e partes de recuperação ({shortcut})</translation>
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
    <message>
        <source>System language ({language})</source>
        <translation>Idioma do sistema ({language})</translation>
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
    <message>
        <source>Receiving reports — %1 of %2</source>
        <translation>A receber relatórios — %1 de %2</translation>
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
    <message>
        <source>Last checked %1</source>
        <translation>Última verificação %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s) verified</source>
        <translation>
            <numerusform>%n relatório novo verificado</numerusform>
            <numerusform>%n relatórios novos verificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarantined</source>
        <translation>
            <numerusform>%n em quarentena</numerusform>
            <numerusform>%n em quarentena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review change(s) from other coordinators</source>
        <translation>
            <numerusform>%n alteração de revisão de outros coordenadores</numerusform>
            <numerusform>%n alterações de revisão de outros coordenadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting review change(s)</source>
        <translation>
            <numerusform>%n alteração de revisão em conflito</numerusform>
            <numerusform>%n alterações de revisão em conflito</numerusform>
        </translation>
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
        <source>Information</source>
        <translation>Informação</translation>
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
        <source>Re&amp;cover access…</source>
        <translation>&amp;Recuperar o acesso…</translation>
    </message>
    <message>
        <source>Recover access with a key backup or recovery shares</source>
        <translation>Recuperar o acesso com uma cópia de segurança da chave ou com partes de recuperação</translation>
    </message>
    <message>
        <source>&amp;Delete everything…</source>
        <translation>&amp;Apagar tudo…</translation>
    </message>
    <message>
        <source>Delete all reports on this computer</source>
        <translation>Apagar todos os relatórios neste computador</translation>
    </message>
    <message>
        <source>Destroys all reports and photos on this computer. Asks once.</source>
        <translation>Destrói todos os relatórios e fotografias neste computador. Pede confirmação uma única vez.</translation>
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
    <message>
        <source>Access recovered. Unlock with your new passphrase.</source>
        <translation>Acesso recuperado. Desbloqueie com a sua nova frase-passe.</translation>
    </message>
</context>
<context>
    <name>VerificationView</name>
    <message>
        <source>Envelope</source>
        <translation>Envelope</translation>
    </message>
    <message>
        <source>Device signature</source>
        <translation>Assinatura do dispositivo</translation>
    </message>
    <message>
        <source>Photos (SHA-256)</source>
        <translation>Fotografias (SHA-256)</translation>
    </message>
    <message>
        <source>Server receipt</source>
        <translation>Recibo do servidor</translation>
    </message>
    <message>
        <source>Device trusted (not revoked)</source>
        <translation>Dispositivo de confiança (não revogado)</translation>
    </message>
    <message>
        <source>Device chain (missing, repeated, forked)</source>
        <translation>Cadeia do dispositivo (falhas, repetições, bifurcações)</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recebido de</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Photo SHA-256 hashes</source>
        <translation>Hashes SHA-256 das fotografias</translation>
    </message>
    <message>
        <source>Consistency hints (places to look, not proof)</source>
        <translation>Indícios de coerência (pistas a verificar, não provas)</translation>
    </message>
    <message>
        <source>Consistency hints</source>
        <translation>Indícios de coerência</translation>
    </message>
    <message>
        <source>not checked (the envelope could not be opened)</source>
        <translation>não verificado (não foi possível abrir o envelope)</translation>
    </message>
    <message>
        <source>✔ Verified: every check passed for version {version}.</source>
        <translation>✔ Verificado: todas as verificações passaram para a versão {version}.</translation>
    </message>
    <message>
        <source>⚠ In quarantine: version {version} failed a check. It is kept, never mixed with verified reports:
{reasons}</source>
        <translation>⚠ Em quarentena: a versão {version} falhou uma verificação. É guardada, nunca misturada com os relatórios verificados:
{reasons}</translation>
    </message>
    <message>
        <source>unnamed monitor</source>
        <translation>monitor sem nome</translation>
    </message>
    <message>
        <source>{monitor}, revoked</source>
        <translation>{monitor}, revogado</translation>
    </message>
    <message>
        <source>From {monitor} (device {device})
Report {report}
Envelope {seq}: {sha}</source>
        <translation>De {monitor} (dispositivo {device})
Relatório {report}
Envelope {seq}: {sha}</translation>
    </message>
    <message>
        <source>Device fingerprint {fingerprint}</source>
        <translation>Impressão digital do dispositivo {fingerprint}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nenhum.</translation>
    </message>
    <message>
        <source>Report owner (the device that first sent it verified)</source>
        <translation>Dono do relatório (o dispositivo que primeiro o enviou verificado)</translation>
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
        <source>the sending device is not (yet) certified by the organisation: its envelopes wait in quarantine until its certificate arrives</source>
        <translation>o dispositivo remetente (ainda) não está certificado pela organização: os seus envelopes esperam em quarentena até chegar o seu certificado</translation>
    </message>
    <message>
        <source>the sending device was revoked by the organisation</source>
        <translation>o dispositivo remetente foi revogado pela organização</translation>
    </message>
    <message>
        <source>the sending device&apos;s certificate is for another organisation</source>
        <translation>o certificado do dispositivo remetente é de outra organização</translation>
    </message>
    <message>
        <source>the sending device&apos;s certificate does not verify with the organisation key</source>
        <translation>o certificado do dispositivo remetente não se verifica com a chave da organização</translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation>Algo correu mal: %s</translation>
    </message>
    <message>
        <source>The server is still holding unfinished uploads from this device. The report stays in the outbox and is sent on a later sync.</source>
        <translation>O servidor ainda guarda envios inacabados deste dispositivo. O relatório fica na caixa de saída e será enviado numa próxima sincronização.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo correu mal.</translation>
    </message>
    <message>
        <source>The reports store cannot be used. KP Field has not changed anything.</source>
        <translation>O armazenamento dos relatórios não pode ser usado. O KP Field não alterou nada.</translation>
    </message>
    <message>
        <source>Some of what was entered cannot be used. Check it and try again.</source>
        <translation>Parte do que foi introduzido não pode ser usado. Verifique e tente de novo.</translation>
    </message>
    <message>
        <source>It was not found: it may have been removed.</source>
        <translation>Não foi encontrado: pode ter sido removido.</translation>
    </message>
    <message>
        <source>A cryptographic check failed. Nothing was trusted or changed.</source>
        <translation>Uma verificação criptográfica falhou. Nada foi aceite nem alterado.</translation>
    </message>
    <message>
        <source>Syncing with the server failed. Reports stay in the outbox and are sent later.</source>
        <translation>A sincronização com o servidor falhou. Os relatórios ficam na caixa de saída e são enviados mais tarde.</translation>
    </message>
    <message>
        <source>That command was used in a way KP Field does not understand.</source>
        <translation>Este comando foi usado de uma forma que o KP Field não compreende.</translation>
    </message>
    <message>
        <source>The sync server is not set up correctly.</source>
        <translation>O servidor de sincronização não está bem configurado.</translation>
    </message>
    <message>
        <source>The backup passphrase is wrong, or the backup file was altered. Nothing was changed.</source>
        <translation>A frase-passe da cópia de segurança está errada, ou o ficheiro da cópia de segurança foi modificado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>A frase-passe atual está errada. Nada foi alterado.</translation>
    </message>
    <message>
        <source>This duress passphrase cannot be used: choose another. Nothing was changed.</source>
        <translation>Esta frase-passe de coação não pode ser usada: escolha outra. Nada foi alterado.</translation>
    </message>
    <message>
        <source>That is not the duress passphrase.</source>
        <translation>Esta não é a frase-passe de coação.</translation>
    </message>
    <message>
        <source>Choose a different passphrase.</source>
        <translation>Escolha outra frase-passe.</translation>
    </message>
    <message>
        <source>The duress passphrase must differ from the real one.</source>
        <translation>A frase-passe de coação tem de ser diferente da verdadeira.</translation>
    </message>
    <message>
        <source>A KP Field profile already exists in this folder; it was left untouched.</source>
        <translation>Já existe um perfil do KP Field nesta pasta; não foi alterado.</translation>
    </message>
    <message>
        <source>There is no KP Field profile in this folder.</source>
        <translation>Não há nenhum perfil do KP Field nesta pasta.</translation>
    </message>
    <message>
        <source>This passphrase is too weak. Use at least {min_length} characters; several unrelated words work well.</source>
        <translation>Esta frase-passe é demasiado fraca. Use pelo menos {min_length} caracteres; várias palavras sem relação entre si funcionam bem.</translation>
    </message>
    <message>
        <source>This passphrase is too weak: it would be easy to guess. Add more unrelated words.</source>
        <translation>Esta frase-passe é demasiado fraca: seria fácil de adivinhar. Acrescente mais palavras sem relação entre si.</translation>
    </message>
    <message>
        <source>This report was marked ready and is frozen; editing creates a new version.</source>
        <translation>Este relatório foi marcado como pronto e está fixado; editá-lo cria uma nova versão.</translation>
    </message>
    <message>
        <source>This key backup is damaged or altered, so it cannot be used.</source>
        <translation>Esta cópia de segurança da chave está danificada ou alterada, por isso não pode ser usada.</translation>
    </message>
    <message>
        <source>This file is not a KP Field key backup, or it is damaged.</source>
        <translation>Este ficheiro não é uma cópia de segurança de chave do KP Field, ou está danificado.</translation>
    </message>
    <message>
        <source>The recovery did not work: the shares or the backup do not open this profile.</source>
        <translation>A recuperação não resultou: as partes ou a cópia de segurança não abrem este perfil.</translation>
    </message>
    <message>
        <source>The recovery shares do not combine: check each word, and that enough shares of the same set are given.</source>
        <translation>As partes de recuperação não se combinam: verifique cada palavra e se foram dadas partes suficientes do mesmo conjunto.</translation>
    </message>
    <message>
        <source>The recovered key opens no store in this profile folder.</source>
        <translation>A chave recuperada não abre nenhum armazenamento nesta pasta de perfil.</translation>
    </message>
    <message>
        <source>Recovery shares need 2 ≤ threshold ≤ shares ≤ 16.</source>
        <translation>As partes de recuperação exigem 2 ≤ limiar ≤ partes ≤ 16.</translation>
    </message>
    <message>
        <source>The number of failed unlocks before a wipe must be between 1 and 1000.</source>
        <translation>O número de desbloqueios falhados antes de apagar tem de estar entre 1 e 1000.</translation>
    </message>
    <message>
        <source>Wiping after fewer than 3 failed unlocks would destroy data after a typo.</source>
        <translation>Apagar após menos de 3 desbloqueios falhados destruiria os dados depois de um simples erro de escrita.</translation>
    </message>
    <message>
        <source>The report is not ready yet.</source>
        <translation>O relatório ainda não está pronto.</translation>
    </message>
    <message>
        <source>Choose at least one incident type.</source>
        <translation>Escolha pelo menos um tipo de incidente.</translation>
    </message>
    <message>
        <source>Say when the incident happened (an approximate time is fine).</source>
        <translation>Indique quando o incidente aconteceu (uma hora aproximada serve).</translation>
    </message>
    <message>
        <source>Times must carry a time zone.</source>
        <translation>As horas têm de indicar um fuso horário.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time.</source>
        <translation>“{text}” não é uma data e hora.</translation>
    </message>
    <message>
        <source>The incident cannot end before it starts.</source>
        <translation>O incidente não pode terminar antes de começar.</translation>
    </message>
    <message>
        <source>A count must be a whole number.</source>
        <translation>Um número tem de ser inteiro.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Um número não pode ser negativo.</translation>
    </message>
    <message>
        <source>A field holds something that is not text.</source>
        <translation>Um campo contém algo que não é texto.</translation>
    </message>
    <message>
        <source>A text is too long ({length} characters; at most {limit}).</source>
        <translation>Um texto é demasiado longo ({length} caracteres; no máximo {limit}).</translation>
    </message>
    <message>
        <source>Unknown perpetrator category “{category}”.</source>
        <translation>Categoria de autor desconhecida “{category}”.</translation>
    </message>
    <message>
        <source>A witness needs at least a pseudonym.</source>
        <translation>Uma testemunha precisa pelo menos de um pseudónimo.</translation>
    </message>
    <message>
        <source>“{id}” is not a report id.</source>
        <translation>“{id}” não é um identificador de relatório.</translation>
    </message>
    <message>
        <source>Severity must be from 1 (low) to 5 (critical).</source>
        <translation>A gravidade tem de ir de 1 (baixa) a 5 (crítica).</translation>
    </message>
    <message>
        <source>The incident types are not valid.</source>
        <translation>Os tipos de incidente não são válidos.</translation>
    </message>
    <message>
        <source>The report data is damaged and cannot be read.</source>
        <translation>Os dados do relatório estão danificados e não podem ser lidos.</translation>
    </message>
    <message>
        <source>A caption can be at most {limit} characters.</source>
        <translation>Uma legenda pode ter no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>A report can hold at most {limit} photos.</source>
        <translation>Um relatório pode conter no máximo {limit} fotografias.</translation>
    </message>
    <message>
        <source>Received reports are evidence: they cannot be deleted from a coordinator&apos;s store. Nothing was changed.</source>
        <translation>Os relatórios recebidos são provas: não podem ser apagados da base de um coordenador. Nada foi alterado.</translation>
    </message>
    <message>
        <source>This report was sent: deleting it removes only this device&apos;s copy (the coordinators keep theirs). Confirm to delete it.</source>
        <translation>Este relatório foi enviado: apagá-lo remove apenas a cópia deste dispositivo (os coordenadores guardam a sua). Confirme para o apagar.</translation>
    </message>
    <message>
        <source>These coordinates cannot be used.</source>
        <translation>Estas coordenadas não podem ser usadas.</translation>
    </message>
    <message>
        <source>Coordinates must be text.</source>
        <translation>As coordenadas têm de ser texto.</translation>
    </message>
    <message>
        <source>A coordinate must be a number.</source>
        <translation>Uma coordenada tem de ser um número.</translation>
    </message>
    <message>
        <source>A coordinate must be a finite number.</source>
        <translation>Uma coordenada tem de ser um número finito.</translation>
    </message>
    <message>
        <source>0, 0 is what devices write when they have no position; enter the real location.</source>
        <translation>0, 0 é o que os aparelhos escrevem quando não têm posição; introduza a localização real.</translation>
    </message>
    <message>
        <source>No coordinates were given.</source>
        <translation>Não foram dadas coordenadas.</translation>
    </message>
    <message>
        <source>That is too long to be coordinates ({length} characters).</source>
        <translation>É demasiado longo para serem coordenadas ({length} caracteres).</translation>
    </message>
    <message>
        <source>The number “{number}” has more than one decimal point.</source>
        <translation>O número “{number}” tem mais de um separador decimal.</translation>
    </message>
    <message>
        <source>The character “{character}” cannot be part of coordinates.</source>
        <translation>O carácter “{character}” não pode fazer parte de coordenadas.</translation>
    </message>
    <message>
        <source>“{word}” is not understood: only numbers, °, &apos;, &quot; and the hemisphere letters N, S, E, W (or O for west) can be used.</source>
        <translation>“{word}” não é compreendido: só podem ser usados números, °, &apos;, &quot; e as letras de hemisfério N, S, E, W (ou O para oeste).</translation>
    </message>
    <message>
        <source>The letter {letter} is not followed by a number.</source>
        <translation>A letra {letter} não é seguida de um número.</translation>
    </message>
    <message>
        <source>The coordinates start with “{start}”: the first value is missing.</source>
        <translation>As coordenadas começam por “{start}”: falta o primeiro valor.</translation>
    </message>
    <message>
        <source>Two hemisphere letters in a row ({first} and {second}) contradict each other or are repeated.</source>
        <translation>Duas letras de hemisfério seguidas ({first} e {second}) contradizem-se ou repetem-se.</translation>
    </message>
    <message>
        <source>The symbol {symbol} must follow a number.</source>
        <translation>O símbolo {symbol} tem de vir a seguir a um número.</translation>
    </message>
    <message>
        <source>{count} numbers cannot be split into latitude and longitude without guessing: add N/S and E/W letters or put a comma between the two values.</source>
        <translation>{count} números não podem ser divididos em latitude e longitude sem adivinhar: acrescente as letras N/S e E/W ou ponha uma vírgula entre os dois valores.</translation>
    </message>
    <message>
        <source>Only one value was given: both latitude and longitude are needed.</source>
        <translation>Só foi dado um valor: são precisas a latitude e a longitude.</translation>
    </message>
    <message>
        <source>{count} values were found where two (latitude and longitude) are expected.</source>
        <translation>Foram encontrados {count} valores onde se esperavam dois (latitude e longitude).</translation>
    </message>
    <message>
        <source>A value has {count} numbers: at most degrees, minutes and seconds.</source>
        <translation>Um valor tem {count} números: no máximo graus, minutos e segundos.</translation>
    </message>
    <message>
        <source>Degrees, minutes and seconds must come in that order, without gaps.</source>
        <translation>Graus, minutos e segundos têm de vir por esta ordem, sem falhas.</translation>
    </message>
    <message>
        <source>Only the degrees can carry a sign, not the minutes.</source>
        <translation>Só os graus podem ter sinal, não os minutos.</translation>
    </message>
    <message>
        <source>Only the degrees can carry a sign, not the seconds.</source>
        <translation>Só os graus podem ter sinal, não os segundos.</translation>
    </message>
    <message>
        <source>Only the last part can have decimals; {number} has some.</source>
        <translation>Só a última parte pode ter casas decimais; {number} tem.</translation>
    </message>
    <message>
        <source>Minutes {number} are out of range: they must be less than 60.</source>
        <translation>Minutos {number} fora dos limites: têm de ser menos de 60.</translation>
    </message>
    <message>
        <source>Seconds {number} are out of range: they must be less than 60.</source>
        <translation>Segundos {number} fora dos limites: têm de ser menos de 60.</translation>
    </message>
    <message>
        <source>Both a sign and the hemisphere letter {letter} are given, which is ambiguous: write either {negative} or {positive}.</source>
        <translation>Foram dados um sinal e a letra de hemisfério {letter}, o que é ambíguo: escreva {negative} ou {positive}.</translation>
    </message>
    <message>
        <source>Both values are marked as latitudes (N/S): one latitude (N/S) and one longitude (E/W) are needed.</source>
        <translation>Os dois valores estão marcados como latitudes (N/S): são precisas uma latitude (N/S) e uma longitude (E/W).</translation>
    </message>
    <message>
        <source>Both values are marked as longitudes (E/W): one latitude (N/S) and one longitude (E/W) are needed.</source>
        <translation>Os dois valores estão marcados como longitudes (E/W): são precisas uma latitude (N/S) e uma longitude (E/W).</translation>
    </message>
    <message>
        <source>Latitude {value} is out of range: it must be between -90 and 90 (latitude comes first: were the values swapped?).</source>
        <translation>Latitude {value} fora dos limites: tem de estar entre -90 e 90 (a latitude vem primeiro: os valores foram trocados?).</translation>
    </message>
    <message>
        <source>Latitude {value} is out of range: it must be between -90 and 90.</source>
        <translation>Latitude {value} fora dos limites: tem de estar entre -90 e 90.</translation>
    </message>
    <message>
        <source>Longitude {value} is out of range: it must be between -180 and 180.</source>
        <translation>Longitude {value} fora dos limites: tem de estar entre -180 e 180.</translation>
    </message>
    <message>
        <source>Accuracy {value} m is negative: it must be 0 or more.</source>
        <translation>A precisão {value} m é negativa: tem de ser 0 ou mais.</translation>
    </message>
    <message>
        <source>This GPS data cannot be read.</source>
        <translation>Estes dados de GPS não podem ser lidos.</translation>
    </message>
    <message>
        <source>The GPS data is larger than {limit} bytes; only the end of a log is needed.</source>
        <translation>Os dados de GPS têm mais de {limit} bytes; só é precisa a parte final de um registo.</translation>
    </message>
    <message>
        <source>The GPS log cannot be read.</source>
        <translation>O registo de GPS não pode ser lido.</translation>
    </message>
    <message>
        <source>This is not NMEA text: it looks like binary data (e.g. a SiRF/UBX protocol); set the receiver to NMEA mode.</source>
        <translation>Isto não é texto NMEA: parecem dados binários (por ex. um protocolo SiRF/UBX); ponha o recetor em modo NMEA.</translation>
    </message>
    <message>
        <source>The GPS log is empty: it holds no NMEA sentences.</source>
        <translation>O registo de GPS está vazio: não contém frases NMEA.</translation>
    </message>
    <message>
        <source>The GPS data has {count} NMEA sentences but every checksum is wrong: the data is damaged or the receiver uses another speed (baud rate).</source>
        <translation>Os dados de GPS têm {count} frases NMEA, mas todas as somas de verificação estão erradas: os dados estão danificados ou o recetor usa outra velocidade (baud rate).</translation>
    </message>
    <message>
        <source>The GPS data has {count} sentences without a checksum; positions that cannot be checked are not used.</source>
        <translation>Os dados de GPS têm {count} frases sem soma de verificação; as posições que não podem ser verificadas não são usadas.</translation>
    </message>
    <message>
        <source>This is not NMEA text: no NMEA sentences ($GPGGA, $GPRMC, ...) were found.</source>
        <translation>Isto não é texto NMEA: não foram encontradas frases NMEA ($GPGGA, $GPRMC, ...).</translation>
    </message>
    <message>
        <source>The GPS data holds no valid position.</source>
        <translation>Os dados de GPS não contêm nenhuma posição válida.</translation>
    </message>
    <message>
        <source>The GPS log has {count} sentences but no valid position: the receiver is in simulator mode.</source>
        <translation>O registo de GPS tem {count} frases, mas nenhuma posição válida: o recetor está em modo de simulação.</translation>
    </message>
    <message>
        <source>The GPS log has {count} sentences but no valid position: it holds no position sentences (GGA, RMC or GLL).</source>
        <translation>O registo de GPS tem {count} frases, mas nenhuma posição válida: não contém frases de posição (GGA, RMC ou GLL).</translation>
    </message>
    <message>
        <source>The GPS log has {count} sentences but no valid position: the receiver reported no fix (status V / quality 0).</source>
        <translation>O registo de GPS tem {count} frases, mas nenhuma posição válida: o recetor não indicou nenhuma posição obtida (estado V / qualidade 0).</translation>
    </message>
    <message>
        <source>The GPS receiver cannot be used.</source>
        <translation>O recetor de GPS não pode ser usado.</translation>
    </message>
    <message>
        <source>The GPS receiver on {port} cannot be opened: it is unplugged, in use by another program, or this user may not open it.</source>
        <translation>O recetor de GPS em {port} não pode ser aberto: está desligado, a ser usado por outro programa, ou este utilizador não tem permissão para o abrir.</translation>
    </message>
    <message>
        <source>The GPS receiver on {port} stopped responding (unplugged?).</source>
        <translation>O recetor de GPS em {port} deixou de responder (desligado?).</translation>
    </message>
    <message>
        <source>This photo cannot be used.</source>
        <translation>Esta fotografia não pode ser usada.</translation>
    </message>
    <message>
        <source>This file is not a photo KP Field can read.</source>
        <translation>Este ficheiro não é uma fotografia que o KP Field consiga ler.</translation>
    </message>
    <message>
        <source>The photo is damaged or incomplete.</source>
        <translation>A fotografia está danificada ou incompleta.</translation>
    </message>
    <message>
        <source>The photo is too large to open safely. It may be a decompression bomb.</source>
        <translation>A fotografia é demasiado grande para ser aberta em segurança. Pode ser uma bomba de descompressão.</translation>
    </message>
    <message>
        <source>{format} images are not supported; please use JPEG, PNG, HEIC or WebP.</source>
        <translation>As imagens {format} não são suportadas; use JPEG, PNG, HEIC ou WebP.</translation>
    </message>
    <message>
        <source>HEIC photos need the pillow-heif package, which is not installed.</source>
        <translation>As fotografias HEIC precisam do pacote pillow-heif, que não está instalado.</translation>
    </message>
    <message>
        <source>This profile is not connected to a sync server yet.</source>
        <translation>Este perfil ainda não está ligado a um servidor de sincronização.</translation>
    </message>
    <message>
        <source>This profile is already connected to a sync server.</source>
        <translation>Este perfil já está ligado a um servidor de sincronização.</translation>
    </message>
    <message>
        <source>No coordinator keys are known yet, so nothing can be encrypted. Sync again once a coordinator has enrolled.</source>
        <translation>Ainda não se conhece nenhuma chave de coordenador, por isso nada pode ser cifrado. Sincronize de novo quando um coordenador se tiver inscrito.</translation>
    </message>
    <message>
        <source>The server did not accept this device&apos;s signature. Check the computer&apos;s clock; if it is right, tell the server operator.</source>
        <translation>O servidor não aceitou a assinatura deste dispositivo. Verifique o relógio do computador; se estiver certo, avise o operador do servidor.</translation>
    </message>
    <message>
        <source>The server operator has disconnected this device. Nothing more will be sent.</source>
        <translation>O operador do servidor desligou este dispositivo. Nada mais será enviado.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Reports stay in the outbox and are sent when it can be.</source>
        <translation>O servidor não está acessível. Os relatórios ficam na caixa de saída e são enviados quando for possível.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the message was not sent. Try again when you are online.</source>
        <translation>O servidor não está acessível, por isso a mensagem não foi enviada. Tente de novo quando tiver ligação.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>O servidor não está acessível. Verifique a ligação e tente de novo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the one pinned at enrolment. Nothing was sent. Tell the server operator; do not sync from this network.</source>
        <translation>O certificado do servidor não corresponde ao que foi fixado na inscrição. Nada foi enviado. Avise o operador do servidor; não sincronize a partir desta rede.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned one. Nothing was sent; do not use this network.</source>
        <translation>O certificado do servidor não corresponde ao que foi fixado. Nada foi enviado; não use esta rede.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the invitation. Nothing was sent. Tell the server operator.</source>
        <translation>O certificado do servidor não corresponde ao convite. Nada foi enviado. Avise o operador do servidor.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}, {error}).</source>
        <translation>O servidor recusou o pedido (HTTP {status}, {error}).</translation>
    </message>
    <message>
        <source>The server refused the enrolment (HTTP {status}, {error}).</source>
        <translation>O servidor recusou a inscrição (HTTP {status}, {error}).</translation>
    </message>
    <message>
        <source>The server has a problem. Reports stay in the outbox and are sent later.</source>
        <translation>O servidor tem um problema. Os relatórios ficam na caixa de saída e são enviados mais tarde.</translation>
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
        <source>The server is busy with too many requests. Try again in a minute.</source>
        <translation>O servidor está ocupado com demasiados pedidos. Tente de novo daqui a um minuto.</translation>
    </message>
    <message>
        <source>Syncing was stopped.</source>
        <translation>A sincronização foi interrompida.</translation>
    </message>
    <message>
        <source>This invitation is damaged or incomplete: it was cut short or changed on the way. Copy all of it again, or ask for it again.</source>
        <translation>Este convite está danificado ou incompleto: foi cortado ou alterado pelo caminho. Copie-o de novo por inteiro, ou peça-o outra vez.</translation>
    </message>
    <message>
        <source>This is not a KP Field invitation. An invitation starts with KPF1-.</source>
        <translation>Isto não é um convite do KP Field. Um convite começa por KPF1-.</translation>
    </message>
    <message>
        <source>This invitation was altered or damaged on the way: its signature does not match. Ask the server operator to send it again.</source>
        <translation>Este convite foi alterado ou danificado pelo caminho: a assinatura não corresponde. Peça ao operador do servidor que o envie de novo.</translation>
    </message>
    <message>
        <source>This invitation has expired. Ask the server operator for a new one.</source>
        <translation>Este convite expirou. Peça um novo ao operador do servidor.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>O ficheiro {name} não pode ser lido.</translation>
    </message>
    <message>
        <source>The file {name} is not an invitation.</source>
        <translation>O ficheiro {name} não é um convite.</translation>
    </message>
    <message>
        <source>A message must hold text (at most {limit} characters).</source>
        <translation>Uma mensagem tem de conter texto (no máximo {limit} caracteres).</translation>
    </message>
    <message>
        <source>The device that sent this report is revoked or unknown: the message was not sent.</source>
        <translation>O aparelho que enviou este relatório está revogado ou é desconhecido: a mensagem não foi enviada.</translation>
    </message>
    <message>
        <source>Device {device} is not a certified, unrevoked monitor of your organisation: the message was not sent.</source>
        <translation>O dispositivo {device} não é um dispositivo de monitor certificado e não revogado da sua organização: a mensagem não foi enviada.</translation>
    </message>
    <message>
        <source>This report has not been received from a verified device.</source>
        <translation>Este relatório não foi recebido de um aparelho verificado.</translation>
    </message>
    <message>
        <source>A received envelope is damaged or was altered; it was not trusted.</source>
        <translation>Um envelope recebido está danificado ou foi alterado; não foi aceite.</translation>
    </message>
    <message>
        <source>This is not a KP Field envelope.</source>
        <translation>Isto não é um envelope do KP Field.</translation>
    </message>
    <message>
        <source>This was made by a newer version of KP Field. Update KP Field to read it.</source>
        <translation>Isto foi criado por uma versão mais recente do KP Field. Atualize o KP Field para o ler.</translation>
    </message>
    <message>
        <source>This envelope is not addressed to this profile.</source>
        <translation>Este envelope não é dirigido a este perfil.</translation>
    </message>
    <message>
        <source>The envelope is incomplete: it was cut short.</source>
        <translation>O envelope está incompleto: foi cortado.</translation>
    </message>
    <message>
        <source>The envelope was altered or damaged: it does not decrypt.</source>
        <translation>O envelope foi alterado ou danificado: não se decifra.</translation>
    </message>
    <message>
        <source>The envelope opens but its contents are malformed.</source>
        <translation>O envelope abre, mas o conteúdo está mal formado.</translation>
    </message>
    <message>
        <source>The signed manifest is malformed.</source>
        <translation>O manifesto assinado está mal formado.</translation>
    </message>
    <message>
        <source>The manifest&apos;s signature does not verify with the sending device&apos;s key.</source>
        <translation>A assinatura do manifesto não se verifica com a chave do aparelho que o enviou.</translation>
    </message>
    <message>
        <source>A photo differs from what the signed manifest declares.</source>
        <translation>Uma fotografia difere do que o manifesto assinado declara.</translation>
    </message>
    <message>
        <source>A key or device identity is malformed.</source>
        <translation>Uma chave ou identidade de aparelho está mal formada.</translation>
    </message>
    <message>
        <source>A signature does not verify: the data was altered or signed by someone else.</source>
        <translation>Uma assinatura não se verifica: os dados foram alterados ou assinados por outra pessoa.</translation>
    </message>
    <message>
        <source>Signed data is not in its canonical form.</source>
        <translation>Os dados assinados não estão na sua forma canónica.</translation>
    </message>
    <message>
        <source>The server&apos;s receipt does not verify with the pinned server key.</source>
        <translation>O recibo do servidor não se verifica com a chave do servidor fixada.</translation>
    </message>
    <message>
        <source>Another coordinator changed this review meanwhile (now revision {revision}); nothing was saved. Look at their change, then try again.</source>
        <translation>Outro coordenador alterou esta revisão entretanto (agora revisão {revision}); nada foi guardado. Veja a alteração e tente de novo.</translation>
    </message>
    <message>
        <source>A duplicate must name another received report.</source>
        <translation>Um duplicado tem de indicar outro relatório recebido.</translation>
    </message>
    <message>
        <source>A note must hold text (at most {limit} characters).</source>
        <translation>Uma nota tem de conter texto (no máximo {limit} caracteres).</translation>
    </message>
    <message>
        <source>Tags must be non-empty text of at most {limit} characters.</source>
        <translation>As etiquetas têm de ser texto não vazio com no máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>it cannot be opened: {reason}</source>
        <translation>não pode ser aberto: {reason}</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>opened; structure and padding intact</source>
        <translation>aberto; estrutura e preenchimento intactos</translation>
    </message>
    <message>
        <source>the bytes the server delivered hash to {actual}, not to {expected} as the feed and receipt say: altered on the server or in transit</source>
        <translation>os bytes entregues pelo servidor têm o resumo {actual}, e não {expected} como dizem o feed e o recibo: alterados no servidor ou em trânsito</translation>
    </message>
    <message>
        <source>a photo differs from the signed manifest: {reason}</source>
        <translation>uma fotografia difere do manifesto assinado: {reason}</translation>
    </message>
    <message>
        <source>photos checked: {count}, each matching the SHA-256 in the signed manifest</source>
        <translation>fotografias verificadas: {count}, todas conformes ao SHA-256 do manifesto assinado</translation>
    </message>
    <message>
        <source>the server knows no device {device}</source>
        <translation>o servidor não conhece nenhum aparelho {device}</translation>
    </message>
    <message>
        <source>the manifest names device {named}, but device {device} uploaded it</source>
        <translation>o manifesto indica o aparelho {named}, mas foi o aparelho {device} que o enviou</translation>
    </message>
    <message>
        <source>the signature does not verify with the key device {device} enrolled with: {reason}</source>
        <translation>a assinatura não se verifica com a chave com que o aparelho {device} se inscreveu: {reason}</translation>
    </message>
    <message>
        <source>signed by device {device} ({label}) with the key it enrolled with on {enrolled_at}</source>
        <translation>assinado pelo aparelho {device} ({label}) com a chave com que se inscreveu em {enrolled_at}</translation>
    </message>
    <message>
        <source>signed by device {device} (no label) with the key it enrolled with on {enrolled_at}</source>
        <translation>assinado pelo aparelho {device} (sem nome) com a chave com que se inscreveu em {enrolled_at}</translation>
    </message>
    <message>
        <source>the server gave no receipt for this envelope</source>
        <translation>o servidor não deu recibo para este envelope</translation>
    </message>
    <message>
        <source>the receipt does not verify: {reason}</source>
        <translation>o recibo não se verifica: {reason}</translation>
    </message>
    <message>
        <source>signed by the pinned server key, naming this envelope, size and device</source>
        <translation>assinado pela chave do servidor fixada, indicando este envelope, o tamanho e o aparelho</translation>
    </message>
    <message>
        <source>device unknown to the server</source>
        <translation>aparelho desconhecido do servidor</translation>
    </message>
    <message>
        <source>device {device} was revoked on {revoked_at}</source>
        <translation>o aparelho {device} foi revogado em {revoked_at}</translation>
    </message>
    <message>
        <source>device enrolled and not revoked</source>
        <translation>aparelho inscrito e não revogado</translation>
    </message>
    <message>
        <source>this profile has pinned no organisation key, so no sending device can be checked</source>
        <translation>este perfil não fixou nenhuma chave de organização: nenhum dispositivo remetente pode ser verificado</translation>
    </message>
    <message>
        <source>This report belongs to device {owner}, which first sent it verified. Device {device} cannot add to it or replace it: its envelope stays in quarantine, even if the owner&apos;s device is revoked later.</source>
        <translation>Este relatório pertence ao dispositivo {owner}, que primeiro o enviou verificado. O dispositivo {device} não o pode completar nem substituir: o seu envelope fica em quarentena, mesmo que o dispositivo do dono seja revogado mais tarde.</translation>
    </message>
    <message>
        <source>device {device} owns this report (it first sent it verified)</source>
        <translation>o dispositivo {device} é o dono deste relatório (foi o primeiro a enviá-lo verificado)</translation>
    </message>
    <message>
        <source>envelope seq {seq} was delivered more than once (replayed)</source>
        <translation>o envelope n.º {seq} foi entregue mais de uma vez (repetido)</translation>
    </message>
    <message>
        <source>fork: device signed another envelope at seq {seq} ({others})</source>
        <translation>bifurcação: o aparelho assinou outro envelope no n.º {seq} ({others})</translation>
    </message>
    <message>
        <source>gap: envelope seq {missing} from this device has not arrived (missing or withheld)</source>
        <translation>falha: o envelope n.º {missing} deste aparelho não chegou (em falta ou retido)</translation>
    </message>
    <message>
        <source>this envelope follows {prev}, not the envelope received at seq {previous_seq} ({previous_sha256})</source>
        <translation>este envelope segue {prev}, e não o envelope recebido no n.º {previous_seq} ({previous_sha256})</translation>
    </message>
    <message>
        <source>the first envelope of the chain names a predecessor</source>
        <translation>o primeiro envelope da cadeia indica um antecessor</translation>
    </message>
    <message>
        <source>seq {seq} follows its predecessor</source>
        <translation>o n.º {seq} segue o seu antecessor</translation>
    </message>
    <message>
        <source>photo {name}: its GPS position is {km} km from the reported location</source>
        <translation>fotografia {name}: a sua posição GPS está a {km} km do local indicado</translation>
    </message>
    <message>
        <source>photo {name}: taken {hours} h from the reported incident time</source>
        <translation>fotografia {name}: tirada a {hours} h da hora indicada do incidente</translation>
    </message>
    <message>
        <source>device clock looks wrong: the envelope says it was made {hours} h after the server received it</source>
        <translation>o relógio do aparelho parece errado: o envelope diz ter sido criado {hours} h depois de o servidor o receber</translation>
    </message>
    <message>
        <source>device clock looks wrong: the envelope says it was made {hours} h before the server received it</source>
        <translation>o relógio do aparelho parece errado: o envelope diz ter sido criado {hours} h antes de o servidor o receber</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Uma palavra sozinha é fácil de adivinhar.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Acrescente mais uma ou duas palavras. Palavras pouco comuns são melhores.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Evite datas e anos associados a si.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Evite anos recentes.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evite palavras e caracteres repetidos.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evite sequências.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Evite anos associados a si.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>As maiúsculas não ajudam muito.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Nomes e apelidos comuns são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>As datas são muitas vezes fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Um nome ou apelido sozinho é fácil de adivinhar.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Não são precisos símbolos, algarismos nem maiúsculas.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Os anos recentes são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Repetições como «aaa» são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Palavras ao contrário não são muito mais difíceis de adivinhar.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Sequências como «abc» ou «6543» são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Padrões curtos de teclado são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Filas seguidas de teclas são fáceis de adivinhar.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>É uma das 10 palavras-passe mais comuns.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>É uma das 100 palavras-passe mais comuns.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>É uma palavra-passe muito comum.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>É parecida com uma palavra-passe muito usada.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Repetições como «abcabcabc» são apenas um pouco mais difíceis de adivinhar do que «abc».</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Substituições previsíveis como «@» em vez de «a» não ajudam muito.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Tudo em maiúsculas é quase tão fácil de adivinhar como tudo em minúsculas.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Use várias palavras, evite expressões comuns.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Use um padrão de teclado mais longo e com mais mudanças de direção.</translation>
    </message>
    <message>
        <source>Use at least {count} characters; several unrelated words work well.</source>
        <translation>Use pelo menos {count} caracteres; várias palavras sem relação entre si funcionam bem.</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess; add more unrelated words.</source>
        <translation>Esta frase-passe seria fácil de adivinhar; acrescente mais palavras sem relação entre si.</translation>
    </message>
    <message>
        <source>No keyring service is running on this computer (for example on a machine without a desktop).</source>
        <translation>Não há nenhum porta-chaves a funcionar neste computador (por exemplo, numa máquina sem ambiente gráfico).</translation>
    </message>
    <message>
        <source>The only keyring available ({name}) stores secrets in a plain file, so KP Field will not use it.</source>
        <translation>O único porta-chaves disponível ({name}) guarda os segredos num ficheiro sem cifra, por isso o KP Field não o usa.</translation>
    </message>
    <message>
        <source>The system keyring is installed but not running.</source>
        <translation>O porta-chaves do sistema está instalado mas não está a funcionar.</translation>
    </message>
    <message>
        <source>The keyring {name} is not known to encrypt what it stores, so KP Field will not use it.</source>
        <translation>Não se sabe se o porta-chaves {name} cifra o que guarda, por isso o KP Field não o usa.</translation>
    </message>
    <message>
        <source>The system keyring could not be loaded: {detail}</source>
        <translation>Não foi possível carregar o porta-chaves do sistema: {detail}</translation>
    </message>
    <message>
        <source>The export could not be made; nothing was written.</source>
        <translation>Não foi possível exportar; nada foi escrito.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; nothing was written.</source>
        <translation>A pasta {folder} não existe; nada foi escrito.</translation>
    </message>
    <message>
        <source>No Unicode font for the PDF: DejaVu Sans was not found. Install the fonts-dejavu package.</source>
        <translation>Não há tipo de letra Unicode para o PDF: o DejaVu Sans não foi encontrado. Instale o pacote fonts-dejavu.</translation>
    </message>
    <message>
        <source>An evidence bundle cannot leave out witnesses or photos or round locations: its signed manifests hold them. Export a PDF, CSV or map instead.</source>
        <translation>Um pacote de provas não pode omitir testemunhas ou fotografias nem arredondar localizações: os seus manifestos assinados contêm-nas. Exporte antes um PDF, um CSV ou um mapa.</translation>
    </message>
    <message>
        <source>Some reports ({count}) were never sent, so no signed manifest vouches for them. Send them first, or leave them out.</source>
        <translation>Alguns relatórios ({count}) nunca foram enviados, por isso nenhum manifesto assinado os garante. Envie-os primeiro, ou deixe-os de fora.</translation>
    </message>
    <message>
        <source>This file is not an evidence bundle, or it is unsafe to open; nothing was read.</source>
        <translation>Este ficheiro não é um pacote de provas, ou não é seguro abri-lo; nada foi lido.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s keys do not vouch for this; nothing was sent or changed.</source>
        <translation>As chaves da sua organização não garantem isto; nada foi enviado nem alterado.</translation>
    </message>
    <message>
        <source>This device does not know your organisation&apos;s key yet, so it cannot tell which coordinators are genuine and sends nothing. Ask your coordinator for the organisation fingerprint, or for a new invitation.</source>
        <translation>Este dispositivo ainda não conhece a chave da sua organização, por isso não sabe que coordenadores são genuínos e não envia nada. Peça ao seu coordenador a impressão digital da organização, ou um novo convite.</translation>
    </message>
    <message>
        <source>No coordinator has been certified by your organisation yet, so nothing can be encrypted. Reports stay ready and are sent once a coordinator is certified.</source>
        <translation>A sua organização ainda não certificou nenhum coordenador, por isso nada pode ser cifrado. Os relatórios ficam prontos e serão enviados quando um coordenador for certificado.</translation>
    </message>
    <message>
        <source>The fingerprints do not match. Nothing was signed or changed: check with the person who read it to you, and suspect the server if it is still different.</source>
        <translation>As impressões digitais não coincidem. Nada foi assinado nem alterado: confirme com a pessoa que lha leu e desconfie do servidor se continuar diferente.</translation>
    </message>
    <message>
        <source>This profile does not hold the organisation key. Restore it from shares to certify or revoke devices.</source>
        <translation>Este perfil não tem a chave da organização. Restaure-a a partir das partes para certificar ou revogar dispositivos.</translation>
    </message>
    <message>
        <source>A certificate or revocation list was not signed by your organisation&apos;s key and was refused.</source>
        <translation>Um certificado ou lista de revogação não foi assinado pela chave da sua organização e foi recusado.</translation>
    </message>
    <message>
        <source>This revocation list is older than the one already held and was ignored.</source>
        <translation>Esta lista de revogação é mais antiga do que a já guardada e foi ignorada.</translation>
    </message>
</context>
<context>
    <name>location</name>
    <message>
        <source>GPS receiver</source>
        <translation>recetor GPS</translation>
    </message>
    <message>
        <source>photo EXIF</source>
        <translation>EXIF da fotografia</translation>
    </message>
    <message>
        <source>manual entry</source>
        <translation>introdução manual</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>, ± %s m</source>
        <translation>, ± %s m</translation>
    </message>
    <message>
        <source>Waiting for data from the GPS receiver…</source>
        <translation>À espera de dados do recetor GPS…</translation>
    </message>
    <message>
        <source>The receiver is in simulator mode: its positions are not real.</source>
        <translation>O recetor está em modo de simulador: as posições não são reais.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Posição obtida</translation>
    </message>
    <message>
        <source>quality %d</source>
        <translation>qualidade %d</translation>
    </message>
    <message>
        <source>No fix yet, waiting</source>
        <translation>Ainda sem posição, à espera</translation>
    </message>
    <message>
        <source>%d satellites</source>
        <translation>%d satélites</translation>
    </message>
    <message>
        <source>accuracy about ± %s m (HDOP %s)</source>
        <translation>precisão de cerca de ± %s m (HDOP %s)</translation>
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
        <source>Mining company</source>
        <translation>Empresa mineira</translation>
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
        <source>Fetch and verify new reports, share reviews (Ctrl+Shift+S)</source>
        <translation>Obter e verificar os relatórios novos, partilhar as revisões (Ctrl+Shift+S)</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
</context>
</TS>
