<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CliText</name>
    <message>
        <source>Exit codes:
  0  the check succeeded
  2  usage error or invalid input
  3  DNS or network problem
  4  TLS or certificate problem
  5  authentication problem
  6  the server rejected something, or a protocol error
  7  timeout</source>
        <extracomment>Help text of the command line tool: the exit codes. Keep the numbers.</extracomment>
        <translation>Exit-Codes:
  0  die Prüfung war erfolgreich
  2  falscher Aufruf oder ungültige Eingabe
  3  DNS- oder Netzwerkproblem
  4  TLS- oder Zertifikatsproblem
  5  Anmeldeproblem
  6  der Server hat etwas abgelehnt, oder ein Protokollfehler
  7  Zeitüberschreitung</translation>
    </message>
    <message>
        <source>smtp-doctor-cli: %1</source>
        <extracomment>%1 is what is wrong with the command line</extracomment>
        <translation>smtp-doctor-cli: %1</translation>
    </message>
    <message>
        <source>Checks an outgoing mail (SMTP) server live: connection, encryption, certificate, login and optionally a test message.</source>
        <extracomment>Description of &quot;smtp-doctor-cli test&quot; in --help</extracomment>
        <translation>Prüft einen Postausgangsserver (SMTP) live: Verbindung, Verschlüsselung, Zertifikat, Anmeldung und auf Wunsch eine Testnachricht.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Server name, e.g. smtp.example.com.</source>
        <translation>Servername, z. B. smtp.example.com.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Port (default: 465 for tls, 587 otherwise).</source>
        <translation>Port (Standard: 465 bei tls, sonst 587).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>tls (implicit TLS), starttls or none.</source>
        <translation>tls (implizites TLS), starttls oder none.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>User name for the login.</source>
        <translation>Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Passwort aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Login method: auto, plain, login, cram-md5, scram-sha-256, scram-sha-1, xoauth2, oauthbearer.</source>
        <translation>Anmeldeverfahren: auto, plain, login, cram-md5, scram-sha-256, scram-sha-1, xoauth2, oauthbearer.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Read an OAuth 2 access token from standard input.</source>
        <translation>OAuth-2-Zugriffstoken von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read an OAuth 2 access token from this environment variable.</source>
        <translation>OAuth-2-Zugriffstoken aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>With --security none: allow sending the password unencrypted.</source>
        <translation>Mit --security none: erlauben, das Passwort unverschlüsselt zu senden.</translation>
    </message>
    <message>
        <source>Sender address: checks that the server accepts it (nothing is sent).</source>
        <translation>Absenderadresse: prüft, ob der Server sie annimmt (es wird nichts gesendet).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>With --from: send a real test message to this address.</source>
        <translation>Mit --from: eine echte Testnachricht an diese Adresse senden.</translation>
    </message>
    <message>
        <source>Name to announce in EHLO (default: our address literal).</source>
        <translation>Name für EHLO (Standard: unsere IP-Adresse in eckigen Klammern).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint (hex).</source>
        <translation>Das Serverzertifikat mit diesem SHA-256-Fingerabdruck (hex) akzeptieren.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>Connect to this IP address instead of looking up the name.</source>
        <translation>Mit dieser IP-Adresse verbinden, statt den Namen aufzulösen.</translation>
    </message>
    <message>
        <source>ip</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 60).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard 60).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Ein JSON-Objekt statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Also print the (redacted) protocol transcript.</source>
        <translation>Auch das Protokoll (ohne Passwörter) ausgeben.</translation>
    </message>
    <message>
        <source>Language of the output: en or de.</source>
        <translation>Sprache der Ausgabe: en oder de.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation>--host fehlt.</translation>
    </message>
    <message>
        <source>unknown security mode &quot;%1&quot; (use tls, starttls or none)</source>
        <extracomment>%1 is what the user typed after --security</extracomment>
        <translation>unbekannter Sicherheitsmodus „%1“ (tls, starttls oder none verwenden)</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--password-stdin and --token-stdin cannot both read standard input.</source>
        <translation>--password-stdin und --token-stdin können nicht beide die Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>no password on standard input.</source>
        <translation>kein Passwort auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set.</source>
        <extracomment>%1 is the name of an environment variable</extracomment>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Token: </source>
        <translation>Token: </translation>
    </message>
    <message>
        <source>no token on standard input.</source>
        <translation>kein Token auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>a password or token needs --user.</source>
        <translation>ein Passwort oder Token braucht --user.</translation>
    </message>
    <message>
        <source>unknown login method &quot;%1&quot;.</source>
        <extracomment>%1 is what the user typed after --auth</extracomment>
        <translation>unbekanntes Anmeldeverfahren „%1“.</translation>
    </message>
    <message>
        <source>--allow-plaintext-auth only goes with --security none.</source>
        <translation>--allow-plaintext-auth geht nur zusammen mit --security none.</translation>
    </message>
    <message>
        <source>--to needs --from.</source>
        <translation>--to braucht --from.</translation>
    </message>
    <message>
        <source>no PEM certificate could be read from %1.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>aus %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits.</source>
        <translation>--pin-sha256 braucht 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>--address needs an IP address.</source>
        <translation>--address braucht eine IP-Adresse.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation>--timeout muss eine Sekundenzahl zwischen 0 und 3600 sein.</translation>
    </message>
    <message>
        <source>Usage: smtp-doctor-cli &lt;command&gt; [options]

Commands:
  test    check an outgoing mail server live

Run &quot;smtp-doctor-cli &lt;command&gt; --help&quot; for the options of a command.</source>
        <extracomment>Top-level help of the command line tool. Keep the command names.</extracomment>
        <translation>Aufruf: smtp-doctor-cli &lt;Befehl&gt; [Optionen]

Befehle:
  test    einen Postausgangsserver live prüfen

„smtp-doctor-cli &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>smtp-doctor-cli: unknown command &quot;%1&quot;</source>
        <extracomment>%1 is the command the user typed</extracomment>
        <translation>smtp-doctor-cli: unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Security mode shown in the header line (implicit TLS)</extracomment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <extracomment>Security mode shown in the header line</extracomment>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Checking %1 port %2 (%3)</source>
        <extracomment>Header of the text output. %1 server name, %2 port, %3 security mode</extracomment>
        <translation>Prüfe %1 Port %2 (%3)</translation>
    </message>
    <message>
        <source>  %1 %2 %3 ms</source>
        <extracomment>One line per step: %1 mark, %2 step name, %3 milliseconds</extracomment>
        <translation>  %1 %2 %3 ms</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <extracomment>%1 is a sentence that says what the result means</extracomment>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Problem: %1 (%2)</source>
        <extracomment>%1 is a sentence that says what went wrong, %2 a stable identifier such as auth_failed</extracomment>
        <translation>Problem: %1 (%2)</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <extracomment>%1 is the server&apos;s reply, quoted literally</extracomment>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <extracomment>%1 is a technical detail in English</extracomment>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>certificate accepted by its pinned fingerprint</source>
        <translation>Zertifikat über den hinterlegten Fingerabdruck akzeptiert</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>Zertifikat geprüft</translation>
    </message>
    <message>
        <source>Encryption: %1, %2, %3</source>
        <extracomment>%1 TLS version, %2 cipher, %3 how the certificate was checked</extracomment>
        <translation>Verschlüsselung: %1, %2, %3</translation>
    </message>
    <message>
        <source>Certificate problems: %1</source>
        <extracomment>%1 is a list of certificate problems</extracomment>
        <translation>Zertifikatsprobleme: %1</translation>
    </message>
    <message>
        <source>The certificate is valid for: %1 (until %2)</source>
        <extracomment>%1 the names a certificate is valid for, %2 its expiry date</extracomment>
        <translation>Das Zertifikat gilt für: %1 (bis %2)</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint: %1</source>
        <extracomment>%1 is a SHA-256 fingerprint in hex</extracomment>
        <translation>Sein SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Message accepted, queue id: %1</source>
        <extracomment>%1 is the server&apos;s identifier of the accepted message</extracomment>
        <translation>Nachricht angenommen, Queue-ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 ms, %n round trip(s)</source>
        <extracomment>%1 milliseconds, %n number of network round trips</extracomment>
        <translation>
            <numerusform>Gesamt: %1 ms, %n Netzwerk-Rundreise</numerusform>
            <numerusform>Gesamt: %1 ms, %n Netzwerk-Rundreisen</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript (passwords removed):</source>
        <extracomment>Heading above the protocol transcript</extracomment>
        <translation>Protokoll (ohne Passwörter):</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Phase</name>
    <message>
        <source>Resolve</source>
        <extracomment>Step of a check: looking up the server&apos;s address in DNS</extracomment>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Step of a check: opening the network connection</extracomment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <extracomment>Step of a check: setting up encryption (TLS handshake)</extracomment>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>Greeting</source>
        <extracomment>Step of a check: the server&apos;s first message (SMTP greeting)</extracomment>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>EHLO</source>
        <extracomment>Step of a check: the EHLO command (keep &quot;EHLO&quot;)</extracomment>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <extracomment>Step of a check: the STARTTLS command (keep &quot;STARTTLS&quot;)</extracomment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>EHLO (encrypted)</source>
        <extracomment>Step of a check: EHLO again, now encrypted</extracomment>
        <translation>EHLO (verschlüsselt)</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Step of a check: logging in (SMTP AUTH)</extracomment>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sender</source>
        <extracomment>Step of a check: announcing the sender (MAIL FROM)</extracomment>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Recipient</source>
        <extracomment>Step of a check: announcing the recipient (RCPT TO)</extracomment>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Step of a check: transferring the test message (DATA)</extracomment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>Step of a check: cancelling the mail transaction (RSET)</extracomment>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Step of a check: saying goodbye (QUIT)</extracomment>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::SmtpCheck</name>
    <message>
        <source>SMTP Doctor test message via %1</source>
        <extracomment>Subject of the test message SMTP Doctor sends; %1 is the server name</extracomment>
        <translation>SMTP-Doctor-Testnachricht über %1</translation>
    </message>
    <message>
        <source>This message was sent by SMTP Doctor to check that %1 port %2 accepts mail.
Sent: %3
</source>
        <extracomment>Body of the test message. %1 server, %2 port, %3 date and time</extracomment>
        <translation>Diese Nachricht hat SMTP Doctor gesendet, um zu prüfen, ob %1 Port %2 E-Mails annimmt.
Gesendet: %3
</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::MainWindow</name>
    <message>
        <source>SMTP Doctor</source>
        <translation>SMTP Doctor</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (insecure)</source>
        <extracomment>Encryption choice that turns encryption off</extracomment>
        <translation>Keine (unsicher)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe …</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Verdict</name>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Name of the security mode &quot;implicit TLS&quot; (port 465) as shown to people</extracomment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <extracomment>Name of the security mode STARTTLS as shown to people</extracomment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <extracomment>Name of the security mode &quot;no encryption&quot; as shown to people</extracomment>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Everything works: the server accepted the login and the test message.</source>
        <translation>Alles funktioniert: Der Server hat die Anmeldung und die Testnachricht angenommen.</translation>
    </message>
    <message>
        <source>Everything works: the server accepted the login and the sender address.</source>
        <translation>Alles funktioniert: Der Server hat die Anmeldung und die Absenderadresse angenommen.</translation>
    </message>
    <message>
        <source>Everything works: the server accepted the login.</source>
        <translation>Alles funktioniert: Der Server hat die Anmeldung angenommen.</translation>
    </message>
    <message>
        <source>The server is reachable and the connection is secure.</source>
        <translation>Der Server ist erreichbar und die Verbindung ist sicher.</translation>
    </message>
    <message>
        <source>The settings are incomplete or contain invalid characters.</source>
        <translation>Die Einstellungen sind unvollständig oder enthalten ungültige Zeichen.</translation>
    </message>
    <message>
        <source>The server name could not be found.</source>
        <translation>Der Servername wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server refused the connection on this port.</source>
        <translation>Der Server hat die Verbindung auf diesem Port abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not answer on this port; a firewall may be blocking it.</source>
        <translation>Der Server hat auf diesem Port nicht geantwortet; vielleicht blockiert eine Firewall ihn.</translation>
    </message>
    <message>
        <source>The server&apos;s network cannot be reached from here.</source>
        <translation>Das Netzwerk des Servers ist von hier aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>The connection was opened, but the server did not say hello.</source>
        <translation>Die Verbindung steht, aber der Server hat sich nicht gemeldet.</translation>
    </message>
    <message>
        <source>The server answered in a way that does not follow the mail protocol.</source>
        <translation>Der Server hat auf eine Weise geantwortet, die nicht dem Mail-Protokoll entspricht.</translation>
    </message>
    <message>
        <source>The encryption setting does not match this port; use %1.</source>
        <extracomment>%1 is a security mode such as &quot;SSL/TLS&quot; or &quot;STARTTLS&quot;</extracomment>
        <translation>Die Verschlüsselungseinstellung passt nicht zu diesem Port; verwenden Sie %1.</translation>
    </message>
    <message>
        <source>The encryption setting does not match this port.</source>
        <translation>Die Verschlüsselungseinstellung passt nicht zu diesem Port.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up.</source>
        <translation>Es konnte keine sichere Verbindung aufgebaut werden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for a different name.</source>
        <translation>Das Zertifikat des Servers wurde für einen anderen Namen ausgestellt.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS); the password was not sent.</source>
        <translation>Der Server bietet keine Verschlüsselung (STARTTLS) an; das Passwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The server does not offer a login on this port.</source>
        <translation>Der Server bietet auf diesem Port keine Anmeldung an.</translation>
    </message>
    <message>
        <source>The login was rejected.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server does not support the chosen login method.</source>
        <translation>Der Server unterstützt das gewählte Anmeldeverfahren nicht.</translation>
    </message>
    <message>
        <source>The password was not sent because the connection is not encrypted.</source>
        <translation>Das Passwort wurde nicht gesendet, weil die Verbindung nicht verschlüsselt ist.</translation>
    </message>
    <message>
        <source>The server does not accept this sender address.</source>
        <translation>Der Server nimmt diese Absenderadresse nicht an.</translation>
    </message>
    <message>
        <source>The server does not accept this recipient address.</source>
        <translation>Der Server nimmt diese Empfängeradresse nicht an.</translation>
    </message>
    <message>
        <source>The server rejected the test message.</source>
        <translation>Der Server hat die Testnachricht abgelehnt.</translation>
    </message>
    <message>
        <source>The server is not available right now or refuses this connection.</source>
        <translation>Der Server ist gerade nicht verfügbar oder lehnt diese Verbindung ab.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange für eine Antwort gebraucht.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server is reachable, but the connection is not encrypted.</source>
        <translation>Der Server ist erreichbar, aber die Verbindung ist nicht verschlüsselt.</translation>
    </message>
</context>
</TS>
