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
        <source>smtp-doctor-cli: unknown command &quot;%1&quot;</source>
        <extracomment>%1 is the command the user typed</extracomment>
        <translation>smtp-doctor-cli: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Usage: smtp-doctor-cli &lt;command&gt; [options]

Commands:
  detect  find the outgoing server settings for an e-mail address
  test    check an outgoing mail server live
  check   detect, then test the best server found

Run &quot;smtp-doctor-cli &lt;command&gt; --help&quot; for the options of a command.</source>
        <extracomment>Top-level help of the command line tool. Keep the command names.</extracomment>
        <translation>Aufruf: smtp-doctor-cli &lt;Befehl&gt; [Optionen]

Befehle:
  detect  die Postausgangsserver-Einstellungen zu einer E-Mail-Adresse finden
  test    einen Postausgangsserver live prüfen
  check   erst finden, dann den besten gefundenen Server prüfen

„smtp-doctor-cli &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 10).</source>
        <translation>Nach so vielen Sekunden aufgeben (Standard 10).</translation>
    </message>
    <message>
        <source>Do not ask the online provider database (a third party).</source>
        <translation>Die Online-Anbieterdatenbank (einen Dritten) nicht fragen.</translation>
    </message>
    <message>
        <source>Base address of the online provider database.</source>
        <translation>Basisadresse der Online-Anbieterdatenbank.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Also try unencrypted HTTP for the configuration file (untrusted).</source>
        <translation>Die Konfigurationsdatei auch über unverschlüsseltes HTTP versuchen (nicht vertrauenswürdig).</translation>
    </message>
    <message>
        <source>Do not test the found servers live.</source>
        <translation>Die gefundenen Server nicht live testen.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 600.</source>
        <translation>--timeout muss eine Sekundenzahl zwischen 0 und 600 sein.</translation>
    </message>
    <message>
        <source>--ispdb-url needs an https:// address.</source>
        <translation>--ispdb-url braucht eine https://-Adresse.</translation>
    </message>
    <message>
        <source>Finds the outgoing mail server settings for an e-mail address: from the built-in provider list, the domain&apos;s configuration file, DNS and live tests, all at once. No password is needed or sent.

Exit codes: 0 settings found, 2 invalid address, 3 nothing found.</source>
        <extracomment>Description of &quot;smtp-doctor-cli detect&quot; in --help</extracomment>
        <translation>Findet die Postausgangsserver-Einstellungen zu einer E-Mail-Adresse: aus der mitgelieferten Anbieterliste, der Konfigurationsdatei der Domain, dem DNS und Live-Tests, alles gleichzeitig. Es wird kein Passwort gebraucht oder gesendet.

Exit-Codes: 0 Einstellungen gefunden, 2 ungültige Adresse, 3 nichts gefunden.</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>Die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>detect needs exactly one e-mail address.</source>
        <translation>detect braucht genau eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Looking for the outgoing server of %1</source>
        <extracomment>%1 is an e-mail address</extracomment>
        <translation>Suche den Postausgangsserver für %1</translation>
    </message>
    <message>
        <source>Finds the outgoing server for an e-mail address, then checks the best confirmed one live, with the login if a password or token is given.</source>
        <extracomment>Description of &quot;smtp-doctor-cli check&quot; in --help</extracomment>
        <translation>Findet den Postausgangsserver zu einer E-Mail-Adresse und prüft dann den besten bestätigten live, mit Anmeldung, wenn ein Passwort oder Token angegeben ist.</translation>
    </message>
    <message>
        <source>check needs exactly one e-mail address.</source>
        <translation>check braucht genau eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No confirmed server to test.</source>
        <translation>Kein bestätigter Server zum Prüfen.</translation>
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
        <extracomment>%1 is a sentence that says what went wrong, %2 a stable identifier such as AUTH_CREDENTIALS_INVALID</extracomment>
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
    <message>
        <source>Why: %1</source>
        <extracomment>%1 is the likely cause of a problem, in plain language</extracomment>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <extracomment>%1 is advice on what to do about a problem</extracomment>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <extracomment>%1 is a hint about a specific mail provider or port</extracomment>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address: %1</source>
        <extracomment>%1 explains what is wrong with the e-mail address</extracomment>
        <translation>Das ist keine gültige E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>Domain: %1 (%2)</source>
        <extracomment>%1 is a domain in Unicode, %2 the same domain in its ASCII (punycode) form</extracomment>
        <translation>Domain: %1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>%1 is a note about the mail provider</extracomment>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>No outgoing server was found. Asked:</source>
        <translation>Es wurde kein Postausgangsserver gefunden. Gefragt wurden:</translation>
    </message>
    <message>
        <source>Outgoing server settings, best first:</source>
        <translation>Postausgangsserver-Einstellungen, die besten zuerst:</translation>
    </message>
    <message>
        <source>confirmed live</source>
        <translation>live bestätigt</translation>
    </message>
    <message>
        <source>live test failed</source>
        <translation>Live-Test fehlgeschlagen</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>%1. %2 port %3, %4 (%5, %6)</source>
        <extracomment>One candidate: %1 number, %2 host, %3 port, %4 security mode, %5 trust, %6 test state</extracomment>
        <translation>%1. %2 Port %3, %4 (%5, %6)</translation>
    </message>
    <message>
        <source>belongs to: %1</source>
        <extracomment>%1 is the domain a server name belongs to</extracomment>
        <translation>gehört zu: %1</translation>
    </message>
    <message>
        <source>user name: %1</source>
        <extracomment>%1 is the login name to use</extracomment>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <source>from: %1</source>
        <extracomment>%1 is a list of where the settings came from</extracomment>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Time: %1 ms</source>
        <extracomment>%1 is a duration in milliseconds</extracomment>
        <translation>Zeit: %1 ms</translation>
    </message>
</context>
<context>
    <name>DetectNoteText</name>
    <message>
        <source>%1 offers no outgoing server for other mail programs; sending works only through the provider&apos;s bridge app on this computer.</source>
        <extracomment>%1 is the provider&apos;s name</extracomment>
        <translation>%1 bietet keinen Postausgangsserver für andere Mail-Programme an; Senden geht nur über die Bridge-App des Anbieters auf diesem Computer.</translation>
    </message>
    <message>
        <source>%1 offers no outgoing server (SMTP) for other mail programs at all.</source>
        <translation>%1 bietet überhaupt keinen Postausgangsserver (SMTP) für andere Mail-Programme an.</translation>
    </message>
    <message>
        <source>%1 accepts only sign-in through the provider&apos;s web page (OAuth 2), not a password.</source>
        <extracomment>%1 is the provider&apos;s name</extracomment>
        <translation>%1 akzeptiert nur die Anmeldung über die Webseite des Anbieters (OAuth 2), kein Passwort.</translation>
    </message>
    <message>
        <source>This provider needs an app password for mail programs.</source>
        <translation>Dieser Anbieter verlangt für Mail-Programme ein App-Passwort.</translation>
    </message>
    <message>
        <source>This provider needs a separate password for mail programs.</source>
        <translation>Dieser Anbieter verlangt für Mail-Programme ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>Access for mail programs must first be switched on in the provider&apos;s web settings.</source>
        <translation>Der Zugriff für Mail-Programme muss zuerst in den Web-Einstellungen des Anbieters eingeschaltet werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is an instruction, %2 a web address</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Provider&apos;s help page: %1</source>
        <extracomment>%1 is a web address of the provider&apos;s help page</extracomment>
        <translation>Hilfeseite des Anbieters: %1</translation>
    </message>
</context>
<context>
    <name>DetectText</name>
    <message>
        <source>Built-in provider list</source>
        <extracomment>Source of settings: the provider list that comes with the program</extracomment>
        <translation>Mitgelieferte Anbieterliste</translation>
    </message>
    <message>
        <source>Domain&apos;s configuration file</source>
        <extracomment>Source of settings: the configuration file published by the mail domain (autoconfig)</extracomment>
        <translation>Konfigurationsdatei der Domain</translation>
    </message>
    <message>
        <source>Domain&apos;s well-known configuration</source>
        <extracomment>Source of settings: the configuration file at the domain&apos;s well-known address</extracomment>
        <translation>Konfiguration der Domain (.well-known)</translation>
    </message>
    <message>
        <source>Online provider database</source>
        <extracomment>Source of settings: Thunderbird&apos;s online provider database</extracomment>
        <translation>Online-Anbieterdatenbank</translation>
    </message>
    <message>
        <source>DNS SRV record (SSL/TLS)</source>
        <extracomment>Source of settings: DNS SRV record for implicit TLS submission</extracomment>
        <translation>DNS-SRV-Eintrag (SSL/TLS)</translation>
    </message>
    <message>
        <source>DNS SRV record (STARTTLS)</source>
        <extracomment>Source of settings: DNS SRV record for STARTTLS submission</extracomment>
        <translation>DNS-SRV-Eintrag (STARTTLS)</translation>
    </message>
    <message>
        <source>Incoming mail server (MX)</source>
        <extracomment>Source of settings: derived from the domain&apos;s incoming mail server (MX record)</extracomment>
        <translation>Posteingangsserver (MX)</translation>
    </message>
    <message>
        <source>Common server names, tried live</source>
        <extracomment>Source of settings: common server names tried live</extracomment>
        <translation>Übliche Servernamen, live ausprobiert</translation>
    </message>
    <message>
        <source>Domain&apos;s configuration file (unencrypted HTTP)</source>
        <extracomment>Source of settings: configuration file fetched without encryption (HTTP)</extracomment>
        <translation>Konfigurationsdatei der Domain (unverschlüsseltes HTTP)</translation>
    </message>
    <message>
        <source>asking…</source>
        <extracomment>State of a settings source: still asking</extracomment>
        <translation>frage an …</translation>
    </message>
    <message>
        <source>found</source>
        <extracomment>State of a settings source</extracomment>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>nothing there</source>
        <extracomment>State of a settings source</extracomment>
        <translation>nichts vorhanden</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>State of a settings source</extracomment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>no answer</source>
        <extracomment>State of a settings source: no answer in time</extracomment>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>State of a settings source: not needed because a better answer was already there</extracomment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>trusted</source>
        <extracomment>How far detected settings can be trusted</extracomment>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <source>probably right</source>
        <extracomment>How far detected settings can be trusted</extracomment>
        <translation>wahrscheinlich richtig</translation>
    </message>
    <message>
        <source>guess</source>
        <extracomment>How far detected settings can be trusted</extracomment>
        <translation>Vermutung</translation>
    </message>
    <message>
        <source>No encryption: anyone on the network could read the password.</source>
        <translation>Keine Verschlüsselung: Jeder im Netzwerk könnte das Passwort mitlesen.</translation>
    </message>
    <message>
        <source>Port 25 is often blocked by internet providers for sending mail.</source>
        <translation>Port 25 wird von Internetanbietern zum Versenden oft gesperrt.</translation>
    </message>
    <message>
        <source>The server belongs to a different domain than your address.</source>
        <translation>Der Server gehört zu einer anderen Domain als Ihre Adresse.</translation>
    </message>
    <message>
        <source>These settings came over an unencrypted connection and could have been altered.</source>
        <translation>Diese Einstellungen kamen über eine unverschlüsselte Verbindung und könnten verändert worden sein.</translation>
    </message>
    <message>
        <source>The configuration file was redirected to a different domain.</source>
        <translation>Die Konfigurationsdatei wurde auf eine andere Domain umgeleitet.</translation>
    </message>
    <message>
        <source>This server accepts only OAuth 2 sign-in, not a password.</source>
        <translation>Dieser Server akzeptiert nur die Anmeldung per OAuth 2, kein Passwort.</translation>
    </message>
    <message>
        <source>A live test of this server did not succeed.</source>
        <translation>Ein Live-Test dieses Servers war nicht erfolgreich.</translation>
    </message>
</context>
<context>
    <name>DiagnosisText</name>
    <message>
        <source>Everything works: the server accepted the test message.</source>
        <translation>Alles funktioniert: Der Server hat die Testnachricht angenommen.</translation>
    </message>
    <message>
        <source>Everything works: the server accepted the sender address.</source>
        <translation>Alles funktioniert: Der Server hat die Absenderadresse angenommen.</translation>
    </message>
    <message>
        <source>Everything works: the login was successful.</source>
        <translation>Alles funktioniert: Die Anmeldung war erfolgreich.</translation>
    </message>
    <message>
        <source>Everything works: the server is reachable and the connection is encrypted.</source>
        <translation>Alles funktioniert: Der Server ist erreichbar und die Verbindung ist verschlüsselt.</translation>
    </message>
    <message>
        <source>All tested steps worked, and the connection was encrypted.</source>
        <translation>Alle geprüften Schritte haben funktioniert, und die Verbindung war verschlüsselt.</translation>
    </message>
    <message>
        <source>You can use these settings in your mail program.</source>
        <translation>Sie können diese Einstellungen in Ihrem E-Mail-Programm verwenden.</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows your password.</source>
        <translation>Der Server hat die Anmeldung angenommen, ohne nachzuweisen, dass er Ihr Passwort kennt.</translation>
    </message>
    <message>
        <source>With this login method (SCRAM) a genuine server proves its identity. This server did not, which points to a faulty server or to someone impersonating it.</source>
        <translation>Bei diesem Anmeldeverfahren (SCRAM) weist ein echter Server seine Identität nach. Dieser Server hat das nicht getan. Das deutet auf einen fehlerhaften Server hin oder darauf, dass sich jemand als dieser Server ausgibt.</translation>
    </message>
    <message>
        <source>Do not use this connection. Test again from another network and report the problem to the server administrator.</source>
        <translation>Verwenden Sie diese Verbindung nicht. Testen Sie erneut aus einem anderen Netzwerk und melden Sie das Problem dem Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server answered in a way the mail protocol does not allow.</source>
        <translation>Der Server hat auf eine Weise geantwortet, die das Mail-Protokoll nicht erlaubt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was malformed or unexpected, or the connection ended suddenly. A firewall or proxy on the way may be interfering.</source>
        <translation>Die Antwort des Servers war fehlerhaft oder unerwartet, oder die Verbindung brach plötzlich ab. Möglicherweise stört eine Firewall oder ein Proxy auf dem Weg.</translation>
    </message>
    <message>
        <source>Try again, if possible from another network. If the error remains, send the check&apos;s transcript to the server administrator.</source>
        <translation>Versuchen Sie es erneut, möglichst aus einem anderen Netzwerk. Bleibt der Fehler bestehen, senden Sie das Protokoll der Prüfung an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server %1 did not answer on port 25.</source>
        <extracomment>%1 is the server name</extracomment>
        <translation>Der Server %1 hat auf Port 25 nicht geantwortet.</translation>
    </message>
    <message>
        <source>Port 25 is very often blocked by internet providers, company networks and cloud hosts. Mail programs are not meant to use it.</source>
        <translation>Port 25 wird von Internetanbietern, Firmennetzen und Cloud-Anbietern sehr oft gesperrt. Er ist nicht für E-Mail-Programme gedacht.</translation>
    </message>
    <message>
        <source>Use port 587 (STARTTLS) or port 465 (SSL/TLS) instead of port 25.</source>
        <translation>Verwenden Sie statt Port 25 den Port 587 (STARTTLS) oder 465 (SSL/TLS).</translation>
    </message>
    <message>
        <source>The server %1 did not answer on port %2.</source>
        <extracomment>%1 is the server name, %2 the port number</extracomment>
        <translation>Der Server %1 hat auf Port %2 nicht geantwortet.</translation>
    </message>
    <message>
        <source>A firewall probably blocks this port: on your network, at your internet provider or at the server.</source>
        <translation>Wahrscheinlich sperrt eine Firewall diesen Port: in Ihrem Netzwerk, bei Ihrem Internetanbieter oder beim Server.</translation>
    </message>
    <message>
        <source>Check the server name and port. Try port 587 (STARTTLS) or 465 (SSL/TLS). If that fails too, test from another network or ask your IT department about the firewall or VPN.</source>
        <translation>Prüfen Sie Servername und Port. Versuchen Sie Port 587 (STARTTLS) oder 465 (SSL/TLS). Klappt auch das nicht, testen Sie aus einem anderen Netzwerk oder fragen Sie Ihre IT-Abteilung nach Firewall oder VPN.</translation>
    </message>
    <message>
        <source>The encryption setting does not fit port %1.</source>
        <extracomment>%1 is the port number</extracomment>
        <translation>Die Einstellung für die Verschlüsselung passt nicht zu Port %1.</translation>
    </message>
    <message>
        <source>This port expects encryption from the very first moment (SSL/TLS), but the program started without it and waited for the server&apos;s greeting.</source>
        <translation>Dieser Port erwartet Verschlüsselung vom ersten Moment an (SSL/TLS), aber das Programm hat unverschlüsselt begonnen und auf die Begrüßung des Servers gewartet.</translation>
    </message>
    <message>
        <source>Change the encryption setting to SSL/TLS and test again.</source>
        <translation>Stellen Sie die Verschlüsselung auf SSL/TLS um und testen Sie erneut.</translation>
    </message>
    <message>
        <source>This port starts without encryption and switches to it on request (STARTTLS), but the program expected encryption from the first moment.</source>
        <translation>Dieser Port beginnt unverschlüsselt und schaltet auf Anforderung auf Verschlüsselung um (STARTTLS), aber das Programm hat Verschlüsselung vom ersten Moment an erwartet.</translation>
    </message>
    <message>
        <source>Change the encryption setting to STARTTLS and test again.</source>
        <translation>Stellen Sie die Verschlüsselung auf STARTTLS um und testen Sie erneut.</translation>
    </message>
    <message>
        <source>The connection was opened, but the server did not greet.</source>
        <translation>Die Verbindung steht, aber der Server hat sich nicht gemeldet.</translation>
    </message>
    <message>
        <source>Some servers expect encryption from the first moment (SSL/TLS) and wait silently. Others pause on purpose before greeting, or a firewall or antivirus program holds the connection.</source>
        <translation>Manche Server erwarten Verschlüsselung vom ersten Moment an (SSL/TLS) und warten stumm. Andere warten absichtlich mit der Begrüßung, oder eine Firewall oder ein Virenschutzprogramm hält die Verbindung auf.</translation>
    </message>
    <message>
        <source>Try again later. If the server stays silent, ask its administrator.</source>
        <translation>Versuchen Sie es später erneut. Bleibt der Server stumm, fragen Sie seinen Administrator.</translation>
    </message>
    <message>
        <source>Try SSL/TLS as the encryption setting (usually with port 465). If that does not help, try again later.</source>
        <translation>Versuchen Sie SSL/TLS als Verschlüsselung (meist mit Port 465). Hilft das nicht, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server works, but the connection is not encrypted.</source>
        <translation>Der Server funktioniert, aber die Verbindung ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Others on the network could read your password and your messages.</source>
        <translation>Andere im Netzwerk könnten Ihr Passwort und Ihre Nachrichten mitlesen.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (port 465) or STARTTLS (port 587) as the encryption setting if the server supports it.</source>
        <translation>Wählen Sie als Verschlüsselung SSL/TLS (Port 465) oder STARTTLS (Port 587), wenn der Server das unterstützt.</translation>
    </message>
    <message>
        <source>The check succeeded, but unexpected data arrived just before encryption started.</source>
        <translation>Die Prüfung war erfolgreich, aber kurz vor Beginn der Verschlüsselung kamen unerwartete Daten an.</translation>
    </message>
    <message>
        <source>After agreeing to encrypt, the server (or something between you and the server) sent unprotected data. The program discarded it. This can be a faulty server or an attack on the connection.</source>
        <translation>Nachdem der Server der Verschlüsselung zugestimmt hatte, hat er (oder etwas zwischen Ihnen und dem Server) ungeschützte Daten gesendet. Das Programm hat sie verworfen. Ursache kann ein fehlerhafter Server oder ein Angriff auf die Verbindung sein.</translation>
    </message>
    <message>
        <source>Test again from another network. If it happens again, report it to the server administrator or your IT department.</source>
        <translation>Testen Sie erneut aus einem anderen Netzwerk. Tritt es wieder auf, melden Sie es dem Administrator des Servers oder Ihrer IT-Abteilung.</translation>
    </message>
    <message>
        <source>The settings are incomplete or contain characters that cannot be used.</source>
        <translation>Die Einstellungen sind unvollständig oder enthalten Zeichen, die nicht verwendet werden können.</translation>
    </message>
    <message>
        <source>A required field is empty, or a field contains spaces, line breaks or other characters that are not allowed there.</source>
        <translation>Ein Pflichtfeld ist leer, oder ein Feld enthält Leerzeichen, Zeilenumbrüche oder andere Zeichen, die dort nicht erlaubt sind.</translation>
    </message>
    <message>
        <source>Check the server name, port, user name, password and addresses, then test again.</source>
        <translation>Prüfen Sie Servername, Port, Benutzername, Passwort und Adressen und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The check was stopped before it could finish.</source>
        <translation>Die Prüfung wurde beendet, bevor sie fertig war.</translation>
    </message>
    <message>
        <source>Start the check again to get a result.</source>
        <translation>Starten Sie die Prüfung erneut, um ein Ergebnis zu erhalten.</translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation>Der Server hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>The server or the network is slow or overloaded, or a firewall holds the connection.</source>
        <translation>Der Server oder das Netzwerk ist langsam oder überlastet, oder eine Firewall hält die Verbindung auf.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, test from another network or contact the server administrator.</source>
        <translation>Versuchen Sie es später erneut. Passiert es immer wieder, testen Sie aus einem anderen Netzwerk oder wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <extracomment>%1 is the server name the user entered</extracomment>
        <translation>Der Servername %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The name may be misspelled or may not exist. It is also possible that this computer cannot look up names at the moment (DNS).</source>
        <translation>Der Name ist vielleicht falsch geschrieben oder existiert nicht. Möglich ist auch, dass dieser Computer gerade keine Namen auflösen kann (DNS).</translation>
    </message>
    <message>
        <source>Check the spelling, and use exactly the outgoing mail server name your provider documents.</source>
        <translation>Prüfen Sie die Schreibweise und verwenden Sie genau den Namen des Postausgangsservers, den Ihr Anbieter angibt.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection on port %2.</source>
        <extracomment>%1 is the server name, %2 the port number</extracomment>
        <translation>Der Server %1 hat die Verbindung auf Port %2 abgelehnt.</translation>
    </message>
    <message>
        <source>No mail service is listening on this port, or a firewall rejects the connection.</source>
        <translation>Auf diesem Port läuft kein Maildienst, oder eine Firewall weist die Verbindung ab.</translation>
    </message>
    <message>
        <source>Check the server name and port. Mail programs usually use port 587 (STARTTLS) or 465 (SSL/TLS).</source>
        <translation>Prüfen Sie Servername und Port. E-Mail-Programme verwenden meist Port 587 (STARTTLS) oder 465 (SSL/TLS).</translation>
    </message>
    <message>
        <source>The server&apos;s network cannot be reached from this computer.</source>
        <translation>Das Netzwerk des Servers ist von diesem Computer aus nicht erreichbar.</translation>
    </message>
    <message>
        <source>The internet connection may be down, a VPN may be in the way, or the server has only an address type (such as IPv6) that your network does not support.</source>
        <translation>Vielleicht ist die Internetverbindung unterbrochen oder ein VPN im Weg, oder der Server hat nur eine Adressart (etwa IPv6), die Ihr Netzwerk nicht unterstützt.</translation>
    </message>
    <message>
        <source>Check the internet connection and VPN of this computer, then test again.</source>
        <translation>Prüfen Sie die Internetverbindung und das VPN dieses Computers und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The server only offers outdated encryption.</source>
        <translation>Der Server bietet nur veraltete Verschlüsselung an.</translation>
    </message>
    <message>
        <source>The server supports only old TLS versions or weak ciphers. This program does not accept them, to protect your password.</source>
        <translation>Der Server unterstützt nur alte TLS-Versionen oder schwache Verschlüsselungsverfahren. Zum Schutz Ihres Passworts akzeptiert dieses Programm sie nicht.</translation>
    </message>
    <message>
        <source>The server administrator must enable TLS 1.2 or newer. Please contact your provider or IT department.</source>
        <translation>Der Administrator des Servers muss TLS 1.2 oder neuer aktivieren. Bitte wenden Sie sich an Ihren Anbieter oder Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be set up.</source>
        <translation>Eine sichere Verbindung zum Server konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>The encryption handshake was interrupted. The server&apos;s encryption may be misconfigured, or a device on the network (firewall, antivirus program, proxy) interferes with the connection.</source>
        <translation>Der Aufbau der Verschlüsselung wurde unterbrochen. Vielleicht ist die Verschlüsselung des Servers falsch eingerichtet, oder ein Gerät im Netzwerk (Firewall, Virenschutzprogramm, Proxy) stört die Verbindung.</translation>
    </message>
    <message>
        <source>Try again later or from another network. If the problem remains, report it to the server administrator.</source>
        <translation>Versuchen Sie es später oder aus einem anderen Netzwerk erneut. Bleibt das Problem bestehen, melden Sie es dem Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <source>Certificates are valid only for a limited time. Either the server&apos;s certificate has really expired, or the date and time on this computer are wrong.</source>
        <translation>Zertifikate gelten nur für begrenzte Zeit. Entweder ist das Zertifikat des Servers wirklich abgelaufen, oder Datum und Uhrzeit dieses Computers sind falsch.</translation>
    </message>
    <message>
        <source>First check the date, time and time zone of this computer. If they are correct, the server administrator must renew the certificate.</source>
        <translation>Prüfen Sie zuerst Datum, Uhrzeit und Zeitzone dieses Computers. Stimmen sie, muss der Administrator des Servers das Zertifikat erneuern.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>According to this computer&apos;s clock, the certificate&apos;s validity starts in the future. Usually this computer&apos;s date or time is wrong.</source>
        <translation>Laut der Uhr dieses Computers beginnt die Gültigkeit des Zertifikats erst in der Zukunft. Meist sind Datum oder Uhrzeit dieses Computers falsch.</translation>
    </message>
    <message>
        <source>Correct the date, time and time zone of this computer, then test again.</source>
        <translation>Korrigieren Sie Datum, Uhrzeit und Zeitzone dieses Computers und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for a different name.</source>
        <translation>Das Zertifikat des Servers wurde für einen anderen Namen ausgestellt.</translation>
    </message>
    <message>
        <source>The server name you entered is not listed in the certificate. Often the name is an alias for your provider&apos;s server; rarely, something on the network redirects the connection.</source>
        <translation>Der eingegebene Servername steht nicht im Zertifikat. Oft ist der Name nur ein Alias für den Server Ihres Anbieters; selten leitet etwas im Netzwerk die Verbindung um.</translation>
    </message>
    <message>
        <source>Use one of the names the certificate is valid for (see the details), usually the server name your provider documents.</source>
        <translation>Verwenden Sie einen der Namen, für die das Zertifikat gilt (siehe Details), meist den Servernamen, den Ihr Anbieter angibt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not trust. This happens with company-internal certificates, or when an antivirus program or proxy inspects encrypted connections.</source>
        <translation>Das Zertifikat stammt von einer Stelle, der dieser Computer nicht vertraut. Das kommt bei firmeninternen Zertifikaten vor oder wenn ein Virenschutzprogramm oder Proxy verschlüsselte Verbindungen untersucht.</translation>
    </message>
    <message>
        <source>Look at the issuer in the details. If it names your antivirus program or company proxy, switch off its mail scanning or ask your IT department. Trust the certificate only after the administrator has confirmed its fingerprint.</source>
        <translation>Sehen Sie sich den Aussteller in den Details an. Nennt er Ihr Virenschutzprogramm oder den Proxy Ihrer Firma, schalten Sie dort die E-Mail-Prüfung aus oder fragen Sie Ihre IT-Abteilung. Vertrauen Sie dem Zertifikat erst, wenn der Administrator seinen Fingerabdruck bestätigt hat.</translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate.</source>
        <translation>Der Server verwendet ein selbst signiertes Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate was not issued by a recognised authority but by the server itself. That is common on private servers, but it is also what an interception of the connection looks like.</source>
        <translation>Das Zertifikat wurde nicht von einer anerkannten Stelle ausgestellt, sondern vom Server selbst. Das ist bei privaten Servern üblich, sieht aber genauso aus, wie wenn jemand die Verbindung abfängt.</translation>
    </message>
    <message>
        <source>Ask the server administrator for the certificate&apos;s fingerprint and compare it with the one in the details. Trust the certificate only if they match.</source>
        <translation>Fragen Sie den Administrator des Servers nach dem Fingerabdruck des Zertifikats und vergleichen Sie ihn mit dem in den Details. Vertrauen Sie dem Zertifikat nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete.</source>
        <translation>Die Zertifikatskette des Servers ist unvollständig.</translation>
    </message>
    <message>
        <source>The server sends its certificate without the intermediate certificate that links it to a trusted authority.</source>
        <translation>Der Server sendet sein Zertifikat ohne das Zwischenzertifikat, das es mit einer vertrauenswürdigen Stelle verbindet.</translation>
    </message>
    <message>
        <source>The server administrator must install the intermediate certificate. Some other programs work anyway because they fetch it themselves.</source>
        <translation>Der Administrator des Servers muss das Zwischenzertifikat installieren. Manche andere Programme funktionieren trotzdem, weil sie es selbst nachladen.</translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS) on this port; your password was not sent.</source>
        <translation>Der Server bietet auf diesem Port keine Verschlüsselung (STARTTLS) an; Ihr Passwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Either this port does not support encryption, or a device on the network removed the offer, which would be an attack on the connection.</source>
        <translation>Entweder unterstützt dieser Port keine Verschlüsselung, oder ein Gerät im Netzwerk hat das Angebot entfernt – das wäre ein Angriff auf die Verbindung.</translation>
    </message>
    <message>
        <source>Try SSL/TLS on port 465 or STARTTLS on port 587. If this setting worked before, the network may be intercepting the connection: test from another network and tell your IT department.</source>
        <translation>Versuchen Sie SSL/TLS auf Port 465 oder STARTTLS auf Port 587. Hat diese Einstellung früher funktioniert, fängt das Netzwerk die Verbindung vielleicht ab: Testen Sie aus einem anderen Netzwerk und informieren Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>The server refused to start encryption.</source>
        <translation>Der Server hat es abgelehnt, die Verschlüsselung zu starten.</translation>
    </message>
    <message>
        <source>The server offers STARTTLS but rejected it, for example because its encryption is temporarily unavailable or misconfigured. Nothing secret was sent.</source>
        <translation>Der Server bietet STARTTLS an, hat es aber abgelehnt, etwa weil seine Verschlüsselung vorübergehend nicht verfügbar oder falsch eingerichtet ist. Es wurde nichts Vertrauliches gesendet.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, report it to the server administrator, or try SSL/TLS on port 465.</source>
        <translation>Versuchen Sie es später erneut. Passiert es immer wieder, melden Sie es dem Administrator des Servers oder versuchen Sie SSL/TLS auf Port 465.</translation>
    </message>
    <message>
        <source>The server is not available at the moment and closed the connection.</source>
        <translation>Der Server ist im Moment nicht verfügbar und hat die Verbindung beendet.</translation>
    </message>
    <message>
        <source>The server is overloaded, under maintenance or limits the number of connections, or it temporarily blocks your internet address.</source>
        <translation>Der Server ist überlastet, wird gewartet oder begrenzt die Zahl der Verbindungen, oder er sperrt Ihre Internetadresse vorübergehend.</translation>
    </message>
    <message>
        <source>Wait a while and try again; avoid many quick retries. If it fails only from this network, your internet address may be on a block list: ask your internet provider.</source>
        <translation>Warten Sie eine Weile und versuchen Sie es dann erneut; vermeiden Sie viele schnelle Wiederholungen. Scheitert es nur aus diesem Netzwerk, steht Ihre Internetadresse vielleicht auf einer Sperrliste: Fragen Sie Ihren Internetanbieter.</translation>
    </message>
    <message>
        <source>The server refuses connections from your network.</source>
        <translation>Der Server lehnt Verbindungen aus Ihrem Netzwerk ab.</translation>
    </message>
    <message>
        <source>The server turned the connection away at the start, usually because your internet address is blocked or because this server is not meant for mail programs.</source>
        <translation>Der Server hat die Verbindung gleich zu Beginn abgewiesen, meist weil Ihre Internetadresse gesperrt ist oder weil dieser Server nicht für E-Mail-Programme gedacht ist.</translation>
    </message>
    <message>
        <source>Use the outgoing mail server and port your provider documents for mail programs (usually port 587 or 465). If that is the right server, ask the provider whether your internet address is blocked.</source>
        <translation>Verwenden Sie den Postausgangsserver und Port, den Ihr Anbieter für E-Mail-Programme angibt (meist Port 587 oder 465). Ist das der richtige Server, fragen Sie den Anbieter, ob Ihre Internetadresse gesperrt ist.</translation>
    </message>
    <message>
        <source>The server rejected this program&apos;s greeting (EHLO).</source>
        <translation>Der Server hat die Begrüßung dieses Programms (EHLO) abgelehnt.</translation>
    </message>
    <message>
        <source>The server does not support the extended mail protocol, or a firewall with &quot;SMTP inspection&quot; alters the commands. The server may also reject the computer name the program announced.</source>
        <translation>Der Server unterstützt das erweiterte Mail-Protokoll nicht, oder eine Firewall mit „SMTP-Inspektion“ verändert die Befehle. Möglicherweise lehnt der Server auch den Computernamen ab, den das Programm genannt hat.</translation>
    </message>
    <message>
        <source>Secure sending is not possible this way. Try port 587 or 465, or another server. If you entered your own EHLO name, remove it. IT staff: check the firewall for an SMTP inspection feature.</source>
        <translation>So ist sicheres Senden nicht möglich. Versuchen Sie Port 587 oder 465 oder einen anderen Server. Haben Sie einen eigenen EHLO-Namen eingetragen, entfernen Sie ihn. IT-Personal: Prüfen Sie die Firewall auf eine SMTP-Inspektion.</translation>
    </message>
    <message>
        <source>The server does not offer a login on this connection.</source>
        <translation>Der Server bietet auf dieser Verbindung keine Anmeldung an.</translation>
    </message>
    <message>
        <source>This port is meant for mail between servers and does not accept logins from mail programs.</source>
        <translation>Dieser Port ist für Mail zwischen Servern gedacht und nimmt keine Anmeldungen von E-Mail-Programmen an.</translation>
    </message>
    <message>
        <source>Use the port for mail programs: 587 with STARTTLS or 465 with SSL/TLS.</source>
        <translation>Verwenden Sie den Port für E-Mail-Programme: 587 mit STARTTLS oder 465 mit SSL/TLS.</translation>
    </message>
    <message>
        <source>The server does not support the chosen login method.</source>
        <translation>Der Server unterstützt das gewählte Anmeldeverfahren nicht.</translation>
    </message>
    <message>
        <source>The login method set in the program is not among the methods the server offers.</source>
        <translation>Das im Programm eingestellte Anmeldeverfahren gehört nicht zu den Verfahren, die der Server anbietet.</translation>
    </message>
    <message>
        <source>Set the login method to automatic, or choose one of the methods listed in the details.</source>
        <translation>Stellen Sie das Anmeldeverfahren auf automatisch oder wählen Sie eines der Verfahren aus den Details.</translation>
    </message>
    <message>
        <source>The server considers the login method too weak.</source>
        <translation>Der Server hält das Anmeldeverfahren für zu schwach.</translation>
    </message>
    <message>
        <source>The server requires a more secure login method or an encrypted connection.</source>
        <translation>Der Server verlangt ein sichereres Anmeldeverfahren oder eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Use SSL/TLS or STARTTLS and set the login method to automatic. If your provider supports it, sign in with OAuth.</source>
        <translation>Verwenden Sie SSL/TLS oder STARTTLS und stellen Sie das Anmeldeverfahren auf automatisch. Wenn Ihr Anbieter es unterstützt, melden Sie sich mit OAuth an.</translation>
    </message>
    <message>
        <source>The server requires an app password instead of your normal password.</source>
        <translation>Der Server verlangt ein App-Passwort statt Ihres normalen Passworts.</translation>
    </message>
    <message>
        <source>Your account uses two-step verification, so mail programs cannot log in with the normal password.</source>
        <translation>Ihr Konto nutzt die Bestätigung in zwei Schritten, daher können sich E-Mail-Programme nicht mit dem normalen Passwort anmelden.</translation>
    </message>
    <message>
        <source>Create an app password in your account&apos;s security settings and enter it here instead of your normal password, or sign in with OAuth.</source>
        <translation>Erstellen Sie in den Sicherheitseinstellungen Ihres Kontos ein App-Passwort und geben Sie es hier statt Ihres normalen Passworts ein, oder melden Sie sich mit OAuth an.</translation>
    </message>
    <message>
        <source>The provider blocked this login as suspicious.</source>
        <translation>Der Anbieter hat diese Anmeldung als verdächtig blockiert.</translation>
    </message>
    <message>
        <source>The provider wants you to confirm the sign-in in a web browser first.</source>
        <translation>Der Anbieter möchte, dass Sie die Anmeldung zuerst in einem Webbrowser bestätigen.</translation>
    </message>
    <message>
        <source>Sign in to your mail account in a web browser on this computer or network and confirm the activity if asked, then test again. An app password or OAuth avoids this.</source>
        <translation>Melden Sie sich auf diesem Computer oder in diesem Netzwerk im Webbrowser bei Ihrem E-Mail-Konto an, bestätigen Sie die Aktivität, falls gefragt, und testen Sie dann erneut. Mit einem App-Passwort oder OAuth passiert das nicht.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password.</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the provider requires a special password for mail programs (an app password or a separate e-mail password).</source>
        <translation>Benutzername oder Passwort sind falsch, oder der Anbieter verlangt für E-Mail-Programme ein besonderes Passwort (ein App-Passwort oder ein eigenes E-Mail-Passwort).</translation>
    </message>
    <message>
        <source>Check that the user name is your full e-mail address and type the password again (watch Caps Lock and the keyboard layout, e.g. Y and Z). If your provider uses app passwords or a separate e-mail password, enter that.</source>
        <translation>Prüfen Sie, ob der Benutzername Ihre vollständige E-Mail-Adresse ist, und geben Sie das Passwort erneut ein (achten Sie auf die Feststelltaste und das Tastaturlayout, z. B. Y und Z). Nutzt Ihr Anbieter App-Passwörter oder ein eigenes E-Mail-Passwort, geben Sie dieses ein.</translation>
    </message>
    <message>
        <source>Login by password is switched off for your organisation.</source>
        <translation>Die Anmeldung mit Passwort ist für Ihre Organisation abgeschaltet.</translation>
    </message>
    <message>
        <source>Your Microsoft 365 organisation has turned off SMTP login (SMTP AUTH) for its mailboxes.</source>
        <translation>Ihre Microsoft-365-Organisation hat die SMTP-Anmeldung (SMTP AUTH) für ihre Postfächer abgeschaltet.</translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator to allow SMTP AUTH for your mailbox, or use a program that signs in with OAuth.</source>
        <translation>Bitten Sie Ihren Microsoft-365-Administrator, SMTP AUTH für Ihr Postfach zu erlauben, oder verwenden Sie ein Programm, das sich mit OAuth anmeldet.</translation>
    </message>
    <message>
        <source>A security policy of your organisation blocks this login.</source>
        <translation>Eine Sicherheitsrichtlinie Ihrer Organisation blockiert diese Anmeldung.</translation>
    </message>
    <message>
        <source>Rules such as security defaults or conditional access block password logins from mail programs, or SMTP login is switched off for your mailbox.</source>
        <translation>Regeln wie Sicherheitsstandards oder bedingter Zugriff blockieren Anmeldungen mit Passwort aus E-Mail-Programmen, oder die SMTP-Anmeldung ist für Ihr Postfach abgeschaltet.</translation>
    </message>
    <message>
        <source>Ask your administrator to allow authenticated SMTP for your mailbox or to exempt it from the policy, or sign in with OAuth.</source>
        <translation>Bitten Sie Ihren Administrator, authentifiziertes SMTP für Ihr Postfach zu erlauben oder es von der Richtlinie auszunehmen, oder melden Sie sich mit OAuth an.</translation>
    </message>
    <message>
        <source>The server accepts this login only over an encrypted connection.</source>
        <translation>Der Server akzeptiert diese Anmeldung nur über eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>With this login method, the password would travel over the network in readable form.</source>
        <translation>Bei diesem Anmeldeverfahren würde das Passwort lesbar über das Netzwerk gehen.</translation>
    </message>
    <message>
        <source>Choose SSL/TLS (port 465) or STARTTLS (port 587) as the encryption setting.</source>
        <translation>Wählen Sie als Verschlüsselung SSL/TLS (Port 465) oder STARTTLS (Port 587).</translation>
    </message>
    <message>
        <source>Your password must be changed before you can log in.</source>
        <translation>Ihr Passwort muss geändert werden, bevor Sie sich anmelden können.</translation>
    </message>
    <message>
        <source>The provider requires a new password for this account.</source>
        <translation>Der Anbieter verlangt ein neues Passwort für dieses Konto.</translation>
    </message>
    <message>
        <source>Log in to your webmail, change the password there, then enter the new password here.</source>
        <translation>Melden Sie sich bei Ihrem Webmail an, ändern Sie dort das Passwort und geben Sie dann hier das neue Passwort ein.</translation>
    </message>
    <message>
        <source>The login failed temporarily.</source>
        <translation>Die Anmeldung ist vorübergehend fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server&apos;s login service has a temporary problem, or it blocks logins for a while after too many failed attempts.</source>
        <translation>Der Anmeldedienst des Servers hat ein vorübergehendes Problem, oder er sperrt Anmeldungen für eine Weile nach zu vielen Fehlversuchen.</translation>
    </message>
    <message>
        <source>Wait a few minutes (up to an hour) and try again. Make sure that no other device keeps trying an old password.</source>
        <translation>Warten Sie einige Minuten (bis zu einer Stunde) und versuchen Sie es dann erneut. Achten Sie darauf, dass kein anderes Gerät immer wieder ein altes Passwort probiert.</translation>
    </message>
    <message>
        <source>The mail account is disabled.</source>
        <translation>Das E-Mail-Konto ist deaktiviert.</translation>
    </message>
    <message>
        <source>The provider or your administrator has disabled this account.</source>
        <translation>Der Anbieter oder Ihr Administrator hat dieses Konto deaktiviert.</translation>
    </message>
    <message>
        <source>Contact your provider or administrator.</source>
        <translation>Wenden Sie sich an Ihren Anbieter oder Administrator.</translation>
    </message>
    <message>
        <source>The server requires encryption before login or sending.</source>
        <translation>Der Server verlangt Verschlüsselung, bevor angemeldet oder gesendet wird.</translation>
    </message>
    <message>
        <source>The program tried to log in or send over an unencrypted connection, which the server does not allow.</source>
        <translation>Das Programm hat versucht, sich über eine unverschlüsselte Verbindung anzumelden oder zu senden; das erlaubt der Server nicht.</translation>
    </message>
    <message>
        <source>The server requires a login before it accepts mail.</source>
        <translation>Der Server verlangt eine Anmeldung, bevor er E-Mails annimmt.</translation>
    </message>
    <message>
        <source>No login took place, so the server does not accept mail from this connection.</source>
        <translation>Es hat keine Anmeldung stattgefunden, daher nimmt der Server über diese Verbindung keine E-Mails an.</translation>
    </message>
    <message>
        <source>Turn on &quot;server requires authentication&quot; and enter your user name (usually the full e-mail address) and password.</source>
        <translation>Schalten Sie „Server erfordert Authentifizierung“ ein und geben Sie Benutzernamen (meist die vollständige E-Mail-Adresse) und Passwort ein.</translation>
    </message>
    <message>
        <source>The password was not sent because the connection is not encrypted.</source>
        <translation>Das Passwort wurde nicht gesendet, weil die Verbindung nicht verschlüsselt ist.</translation>
    </message>
    <message>
        <source>Others on the network could read a password sent over this connection.</source>
        <translation>Andere im Netzwerk könnten ein über diese Verbindung gesendetes Passwort mitlesen.</translation>
    </message>
    <message>
        <source>The server does not accept this sender address.</source>
        <translation>Der Server akzeptiert diese Absenderadresse nicht.</translation>
    </message>
    <message>
        <source>The sender address does not belong to the account you logged in with, or it is not a valid address.</source>
        <translation>Die Absenderadresse gehört nicht zu dem Konto, mit dem Sie angemeldet sind, oder sie ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>Use the e-mail address of your account as the sender, or ask your provider to allow this address.</source>
        <translation>Verwenden Sie die E-Mail-Adresse Ihres Kontos als Absender oder bitten Sie Ihren Anbieter, diese Adresse zu erlauben.</translation>
    </message>
    <message>
        <source>You are not allowed to send as this sender.</source>
        <translation>Sie dürfen nicht im Namen dieses Absenders senden.</translation>
    </message>
    <message>
        <source>The sender address differs from your mailbox, and your account has no &quot;Send As&quot; permission for it.</source>
        <translation>Die Absenderadresse weicht von Ihrem Postfach ab, und Ihr Konto hat dafür keine „Senden als“-Berechtigung.</translation>
    </message>
    <message>
        <source>Send from your own address, or ask your administrator to grant &quot;Send As&quot; permission for this address.</source>
        <translation>Senden Sie von Ihrer eigenen Adresse oder bitten Sie Ihren Administrator um die „Senden als“-Berechtigung für diese Adresse.</translation>
    </message>
    <message>
        <source>The server does not forward mail to this recipient.</source>
        <translation>Der Server leitet keine E-Mails an diesen Empfänger weiter.</translation>
    </message>
    <message>
        <source>The server forwards mail to other domains only after a successful login. No login took place, or it does not allow sending.</source>
        <translation>Der Server leitet E-Mails an andere Domains nur nach erfolgreicher Anmeldung weiter. Es fand keine Anmeldung statt, oder sie berechtigt nicht zum Senden.</translation>
    </message>
    <message>
        <source>Turn on login (SMTP authentication) with your user name and password, and use port 587 or 465. If you run the mail server yourself, allow this device to relay.</source>
        <translation>Schalten Sie die Anmeldung (SMTP-Authentifizierung) mit Benutzername und Passwort ein und verwenden Sie Port 587 oder 465. Betreiben Sie den Mailserver selbst, erlauben Sie diesem Gerät das Weiterleiten (Relay).</translation>
    </message>
    <message>
        <source>The server does not accept this recipient address.</source>
        <translation>Der Server akzeptiert diese Empfängeradresse nicht.</translation>
    </message>
    <message>
        <source>The recipient does not exist, or the server refuses to deliver to it.</source>
        <translation>Den Empfänger gibt es nicht, oder der Server verweigert die Zustellung an ihn.</translation>
    </message>
    <message>
        <source>Check the recipient address for typing errors.</source>
        <translation>Prüfen Sie die Empfängeradresse auf Tippfehler.</translation>
    </message>
    <message>
        <source>The message has too many recipients.</source>
        <translation>Die Nachricht hat zu viele Empfänger.</translation>
    </message>
    <message>
        <source>The server limits the number of recipients per message.</source>
        <translation>Der Server begrenzt die Zahl der Empfänger pro Nachricht.</translation>
    </message>
    <message>
        <source>Send the message in several smaller batches.</source>
        <translation>Senden Sie die Nachricht in mehreren kleineren Gruppen.</translation>
    </message>
    <message>
        <source>The message is larger than the server allows.</source>
        <translation>Die Nachricht ist größer, als der Server erlaubt.</translation>
    </message>
    <message>
        <source>The server limits the size of messages. Attachments grow by about a third when they are sent.</source>
        <translation>Der Server begrenzt die Größe von Nachrichten. Anhänge werden beim Senden um etwa ein Drittel größer.</translation>
    </message>
    <message>
        <source>Make the attachments smaller, or share large files as a download link.</source>
        <translation>Verkleinern Sie die Anhänge oder teilen Sie große Dateien als Download-Link.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation>Das Postfach des Empfängers ist voll.</translation>
    </message>
    <message>
        <source>The recipient has no space left for new messages.</source>
        <translation>Der Empfänger hat keinen Platz mehr für neue Nachrichten.</translation>
    </message>
    <message>
        <source>The recipient must free up space; try again later.</source>
        <translation>Der Empfänger muss Platz schaffen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Your account has reached its sending limit.</source>
        <translation>Ihr Konto hat sein Sendelimit erreicht.</translation>
    </message>
    <message>
        <source>The provider limits how many messages or recipients an account may send per day.</source>
        <translation>Der Anbieter begrenzt, wie viele Nachrichten oder Empfänger ein Konto pro Tag senden darf.</translation>
    </message>
    <message>
        <source>Wait until the limit resets, usually after 24 hours. For mass mailings, use a newsletter service.</source>
        <translation>Warten Sie, bis das Limit zurückgesetzt wird, meist nach 24 Stunden. Für Massenversand verwenden Sie einen Newsletter-Dienst.</translation>
    </message>
    <message>
        <source>The server asked to try again later (greylisting).</source>
        <translation>Der Server bittet, es später erneut zu versuchen (Greylisting).</translation>
    </message>
    <message>
        <source>To fight spam, the server delays mail from senders it does not know yet. This is normal and temporary.</source>
        <translation>Zur Spam-Abwehr verzögert der Server E-Mails von Absendern, die er noch nicht kennt. Das ist normal und vorübergehend.</translation>
    </message>
    <message>
        <source>Test again in a few minutes. Mail programs and servers retry automatically.</source>
        <translation>Testen Sie in einigen Minuten erneut. E-Mail-Programme und Server versuchen es automatisch noch einmal.</translation>
    </message>
    <message>
        <source>The server has a temporary problem.</source>
        <translation>Der Server hat ein vorübergehendes Problem.</translation>
    </message>
    <message>
        <source>The server could not process the request at the moment.</source>
        <translation>Der Server konnte die Anfrage im Moment nicht bearbeiten.</translation>
    </message>
    <message>
        <source>Try again later. If the error remains, contact the server administrator.</source>
        <translation>Versuchen Sie es später erneut. Bleibt der Fehler bestehen, wenden Sie sich an den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The server rejected the message because of its rules.</source>
        <translation>Der Server hat die Nachricht aufgrund seiner Regeln abgelehnt.</translation>
    </message>
    <message>
        <source>The message or the sender did not pass the server&apos;s spam or security checks, for example the SPF, DKIM or DMARC records of the sender&apos;s domain.</source>
        <translation>Die Nachricht oder der Absender hat die Spam- oder Sicherheitsprüfungen des Servers nicht bestanden, zum Beispiel die SPF-, DKIM- oder DMARC-Einträge der Absenderdomain.</translation>
    </message>
    <message>
        <source>Ask the administrator of the sender&apos;s domain to check SPF, DKIM and DMARC. The server&apos;s answer often names the reason.</source>
        <translation>Bitten Sie den Administrator der Absenderdomain, SPF, DKIM und DMARC zu prüfen. Die Antwort des Servers nennt oft den Grund.</translation>
    </message>
    <message>
        <source>The server does not accept addresses with special characters.</source>
        <translation>Der Server akzeptiert keine Adressen mit Sonderzeichen.</translation>
    </message>
    <message>
        <source>An address contains characters outside plain ASCII (such as umlauts), and the server does not support them.</source>
        <translation>Eine Adresse enthält Zeichen außerhalb von einfachem ASCII (etwa Umlaute), und der Server unterstützt sie nicht.</translation>
    </message>
    <message>
        <source>Use an address without special characters. Domain names with umlauts can be written in their &quot;xn--&quot; form.</source>
        <translation>Verwenden Sie eine Adresse ohne Sonderzeichen. Domainnamen mit Umlauten lassen sich in ihrer „xn--“-Form schreiben.</translation>
    </message>
    <message>
        <source>The server rejected a line as too long.</source>
        <translation>Der Server hat eine Zeile als zu lang abgelehnt.</translation>
    </message>
    <message>
        <source>A command of this program was longer than the server accepts, for example because of a long OAuth token.</source>
        <translation>Ein Befehl dieses Programms war länger, als der Server akzeptiert, etwa wegen eines langen OAuth-Tokens.</translation>
    </message>
    <message>
        <source>This is a limit of the program or the server. Please report it together with the check&apos;s transcript.</source>
        <translation>Das ist eine Grenze des Programms oder des Servers. Bitte melden Sie es zusammen mit dem Protokoll der Prüfung.</translation>
    </message>
    <message>
        <source>The server did not recognise a parameter of a command.</source>
        <translation>Der Server hat einen Parameter eines Befehls nicht erkannt.</translation>
    </message>
    <message>
        <source>The program used a mail protocol extension that the server does not support.</source>
        <translation>Das Programm hat eine Erweiterung des Mail-Protokolls verwendet, die der Server nicht unterstützt.</translation>
    </message>
    <message>
        <source>Please report this together with the check&apos;s transcript.</source>
        <translation>Bitte melden Sie das zusammen mit dem Protokoll der Prüfung.</translation>
    </message>
    <message>
        <source>The server received commands in an order it did not expect.</source>
        <translation>Der Server hat Befehle in einer Reihenfolge erhalten, die er nicht erwartet hat.</translation>
    </message>
    <message>
        <source>This is usually an error in the program, sometimes a peculiarity of the server.</source>
        <translation>Meist ist das ein Fehler im Programm, manchmal eine Eigenheit des Servers.</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <extracomment>%1 is the subject of the server&apos;s certificate, as the certificate states it</extracomment>
        <translation>Ausgestellt für: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <extracomment>%1 is the issuer of the server&apos;s certificate, as the certificate states it</extracomment>
        <translation>Ausgestellt von: %1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <extracomment>%1 is a SHA-256 fingerprint in hexadecimal</extracomment>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Certificate check: %1</source>
        <extracomment>%1 is one problem found when checking the certificate (text from the TLS library)</extracomment>
        <translation>Zertifikatsprüfung: %1</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <extracomment>%1 is the technical error text of the TLS library, in English</extracomment>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n address(es): %1</source>
        <extracomment>%n is the number of IP addresses, %1 the list of addresses</extracomment>
        <translation>
            <numerusform>%n Adresse versucht: %1</numerusform>
            <numerusform>%n Adressen versucht: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server announced no extensions.</source>
        <translation>Der Server hat keine Erweiterungen angekündigt.</translation>
    </message>
    <message>
        <source>The server announced: %1</source>
        <extracomment>%1 is the list of SMTP extensions the server announced, e.g. &quot;SIZE, PIPELINING, AUTH&quot;</extracomment>
        <translation>Der Server hat angekündigt: %1</translation>
    </message>
    <message>
        <source>The certificate is valid from %1; this computer&apos;s clock says %2.</source>
        <extracomment>%1 is the date from which the certificate is valid, %2 this computer&apos;s current date and time</extracomment>
        <translation>Das Zertifikat gilt ab %1; die Uhr dieses Computers zeigt %2.</translation>
    </message>
    <message>
        <source>The certificate expired on %1; this computer&apos;s clock says %2.</source>
        <extracomment>%1 is the certificate&apos;s expiry date, %2 this computer&apos;s current date and time</extracomment>
        <translation>Das Zertifikat ist am %1 abgelaufen; die Uhr dieses Computers zeigt %2.</translation>
    </message>
    <message>
        <source>Affected certificate in the chain: %1</source>
        <extracomment>%1 is the subject of an intermediate certificate</extracomment>
        <translation>Betroffenes Zertifikat in der Kette: %1</translation>
    </message>
    <message>
        <source>The certificate was accepted because it matches the fingerprint you confirmed earlier.</source>
        <translation>Das Zertifikat wurde akzeptiert, weil es zu dem Fingerabdruck passt, den Sie früher bestätigt haben.</translation>
    </message>
    <message>
        <source>Fitting setting for port %1: SSL/TLS (encrypted from the start).</source>
        <extracomment>%1 is a port number</extracomment>
        <translation>Passende Einstellung für Port %1: SSL/TLS (von Anfang an verschlüsselt).</translation>
    </message>
    <message>
        <source>Fitting setting for port %1: STARTTLS (encryption after the greeting).</source>
        <extracomment>%1 is a port number</extracomment>
        <translation>Passende Einstellung für Port %1: STARTTLS (Verschlüsselung nach der Begrüßung).</translation>
    </message>
    <message>
        <source>You entered: %1</source>
        <extracomment>%1 is the server name the user entered</extracomment>
        <translation>Sie haben eingegeben: %1</translation>
    </message>
    <message>
        <source>The certificate is valid for: %1</source>
        <extracomment>%1 is a list of server names taken from the certificate</extracomment>
        <translation>Das Zertifikat gilt für: %1</translation>
    </message>
    <message>
        <source>The server offers no login method on this connection.</source>
        <translation>Der Server bietet auf dieser Verbindung kein Anmeldeverfahren an.</translation>
    </message>
    <message>
        <source>The server offers these login methods: %1</source>
        <extracomment>%1 is a list of login (SASL) methods such as &quot;PLAIN, LOGIN&quot;</extracomment>
        <translation>Der Server bietet diese Anmeldeverfahren an: %1</translation>
    </message>
    <message>
        <source>Login method tried: %1</source>
        <extracomment>%1 is the name of a login (SASL) method such as &quot;CRAM-MD5&quot;</extracomment>
        <translation>Versuchtes Anmeldeverfahren: %1</translation>
    </message>
    <message>
        <source>The server accepts messages up to %1.</source>
        <extracomment>%1 is a size such as &quot;25.0 MB&quot;</extracomment>
        <translation>Der Server nimmt Nachrichten bis %1 an.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <extracomment>%1 is a technical description of the problem, in English</extracomment>
        <translation>Technisches Detail: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that arrived after the server agreed to STARTTLS were discarded.</source>
        <extracomment>%n is a number of bytes</extracomment>
        <translation>
            <numerusform>%n Byte, das nach der Zustimmung des Servers zu STARTTLS ankam, wurde verworfen.</numerusform>
            <numerusform>%n Bytes, die nach der Zustimmung des Servers zu STARTTLS ankamen, wurden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft is retiring password login (Basic authentication) for SMTP. Plan to use a program that signs in with OAuth.</source>
        <translation>Microsoft schafft die Anmeldung mit Passwort (Basic Authentication) für SMTP ab. Planen Sie den Umstieg auf ein Programm, das sich mit OAuth anmeldet.</translation>
    </message>
    <message>
        <source>Gmail: use smtp.gmail.com with SSL/TLS on port 465 or STARTTLS on port 587.</source>
        <translation>Gmail: Verwenden Sie smtp.gmail.com mit SSL/TLS auf Port 465 oder STARTTLS auf Port 587.</translation>
    </message>
    <message>
        <source>With Google 2-Step Verification, Gmail accepts only an app password or OAuth sign-in, not your normal Google password. Accounts in Google&apos;s Advanced Protection Program cannot use app passwords.</source>
        <translation>Mit der Google-Bestätigung in zwei Schritten akzeptiert Gmail nur ein App-Passwort oder die Anmeldung mit OAuth, nicht Ihr normales Google-Passwort. Konten im Google-Programm „Erweiterter Schutz“ können keine App-Passwörter verwenden.</translation>
    </message>
    <message>
        <source>Microsoft 365 and Outlook.com: use smtp.office365.com with STARTTLS on port 587. Ports 465 and 25 are not meant for mail programs.</source>
        <translation>Microsoft 365 und Outlook.com: Verwenden Sie smtp.office365.com mit STARTTLS auf Port 587. Die Ports 465 und 25 sind nicht für E-Mail-Programme gedacht.</translation>
    </message>
    <message>
        <source>Microsoft 365 administrators can switch off SMTP login for the whole organisation or for single mailboxes (error 5.7.139).</source>
        <translation>Administratoren von Microsoft 365 können die SMTP-Anmeldung für die ganze Organisation oder für einzelne Postfächer abschalten (Fehler 5.7.139).</translation>
    </message>
    <message>
        <source>Microsoft 365: the sender must be the mailbox you log in with, unless you have &quot;Send As&quot; permission for the address (error 5.7.60).</source>
        <translation>Microsoft 365: Der Absender muss das Postfach sein, mit dem Sie sich anmelden, außer Sie haben für die Adresse die „Senden als“-Berechtigung (Fehler 5.7.60).</translation>
    </message>
    <message>
        <source>Microsoft 365 accepts only TLS 1.2 or newer. Older devices such as printers or scanners that fail with error 4.7.66 need an update.</source>
        <translation>Microsoft 365 akzeptiert nur TLS 1.2 oder neuer. Ältere Geräte wie Drucker oder Scanner, die mit Fehler 4.7.66 scheitern, brauchen ein Update.</translation>
    </message>
    <message>
        <source>iCloud Mail: use smtp.mail.me.com with STARTTLS on port 587.</source>
        <translation>iCloud Mail: Verwenden Sie smtp.mail.me.com mit STARTTLS auf Port 587.</translation>
    </message>
    <message>
        <source>iCloud Mail requires an app-specific password created in your Apple account settings, not your Apple account password.</source>
        <translation>iCloud Mail verlangt ein app-spezifisches Passwort, das Sie in den Einstellungen Ihres Apple-Accounts erstellen, nicht das Passwort Ihres Apple-Accounts.</translation>
    </message>
    <message>
        <source>T-Online: use securesmtp.t-online.de with SSL/TLS on port 465 or STARTTLS on port 587.</source>
        <translation>T-Online: Verwenden Sie securesmtp.t-online.de mit SSL/TLS auf Port 465 oder STARTTLS auf Port 587.</translation>
    </message>
    <message>
        <source>T-Online: mail programs need the separate e-mail password that you set in the Telekom customer centre, not your Telekom login password.</source>
        <translation>T-Online: E-Mail-Programme brauchen das eigene E-Mail-Passwort, das Sie im Telekom Kundencenter festlegen, nicht Ihr Telekom-Login-Passwort.</translation>
    </message>
    <message>
        <source>GMX and WEB.DE: access by mail programs (POP3, IMAP, SMTP) may first have to be allowed in the settings of your webmail.</source>
        <translation>GMX und WEB.DE: Der Zugriff durch E-Mail-Programme (POP3, IMAP, SMTP) muss eventuell erst in den Einstellungen Ihres Webmailers erlaubt werden.</translation>
    </message>
    <message>
        <source>Amazon SES: encryption (STARTTLS or SSL/TLS) must be active before the login, and the login uses the SMTP credentials created for SES, not your AWS console password.</source>
        <translation>Amazon SES: Die Verschlüsselung (STARTTLS oder SSL/TLS) muss vor der Anmeldung aktiv sein, und die Anmeldung verwendet die für SES erstellten SMTP-Zugangsdaten, nicht Ihr Passwort für die AWS-Konsole.</translation>
    </message>
    <message>
        <source>Port 25 is meant for mail between servers. Many internet providers, cloud hosts and guest networks block it or redirect it to their own server. To send from a mail program, use port 587 (STARTTLS) or 465 (SSL/TLS).</source>
        <translation>Port 25 ist für Mail zwischen Servern gedacht. Viele Internetanbieter, Cloud-Anbieter und Gastnetze sperren ihn oder leiten ihn auf ihren eigenen Server um. Zum Senden aus einem E-Mail-Programm verwenden Sie Port 587 (STARTTLS) oder 465 (SSL/TLS).</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Autoconfig</name>
    <message>
        <source>The configuration file is too large.</source>
        <extracomment>A downloaded mail configuration file (autoconfig) was rejected.</extracomment>
        <translation>Die Konfigurationsdatei ist zu groß.</translation>
    </message>
    <message>
        <source>The configuration file is not valid XML.</source>
        <extracomment>A downloaded mail configuration file (autoconfig) was rejected.</extracomment>
        <translation>Die Konfigurationsdatei ist kein gültiges XML.</translation>
    </message>
    <message>
        <source>The configuration file contains a document type declaration (DTD), which is refused for security reasons.</source>
        <extracomment>A downloaded mail configuration file (autoconfig) was rejected. DTD = XML document type definition.</extracomment>
        <translation>Die Konfigurationsdatei enthält eine Dokumenttyp-Deklaration (DTD), die aus Sicherheitsgründen abgelehnt wird.</translation>
    </message>
    <message>
        <source>The file is not a mail client configuration (config-v1.1).</source>
        <extracomment>A downloaded mail configuration file (autoconfig) was rejected. Keep &quot;config-v1.1&quot; untranslated.</extracomment>
        <translation>Die Datei ist keine Konfiguration für E-Mail-Programme (config-v1.1).</translation>
    </message>
    <message>
        <source>The configuration file does not describe an e-mail provider.</source>
        <extracomment>A downloaded mail configuration file (autoconfig) was rejected.</extracomment>
        <translation>Die Konfigurationsdatei beschreibt keinen E-Mail-Anbieter.</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::EmailAddress</name>
    <message>
        <source>No e-mail address was entered.</source>
        <extracomment>Error for the e-mail address field.</extracomment>
        <translation>Es wurde keine E-Mail-Adresse eingegeben.</translation>
    </message>
    <message>
        <source>The address has no @ sign.</source>
        <extracomment>Error for the e-mail address field; &quot;@&quot; is the at sign between user name and domain.</extracomment>
        <translation>Die Adresse enthält kein @-Zeichen.</translation>
    </message>
    <message>
        <source>The address contains more than one @ sign.</source>
        <extracomment>Error for the e-mail address field.</extracomment>
        <translation>Die Adresse enthält mehr als ein @-Zeichen.</translation>
    </message>
    <message>
        <source>The part before the @ is missing.</source>
        <extracomment>Error for the e-mail address field; the part before the @ is the user name (&quot;local part&quot;).</extracomment>
        <translation>Der Teil vor dem @ fehlt.</translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <extracomment>Error for the e-mail address field; the part after the @ is the domain, e.g. example.org.</extracomment>
        <translation>Der Teil nach dem @ fehlt.</translation>
    </message>
    <message>
        <source>The address contains a space.</source>
        <extracomment>Error for the e-mail address field.</extracomment>
        <translation>Die Adresse enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The address contains an invisible control character.</source>
        <extracomment>Error for the e-mail address field; e.g. a tab or line break pasted into the field.</extracomment>
        <translation>Die Adresse enthält ein unsichtbares Steuerzeichen.</translation>
    </message>
    <message>
        <source>A quotation mark in the part before the @ is not closed.</source>
        <extracomment>Error for the e-mail address field; the user name may be written in &quot;double quotes&quot;.</extracomment>
        <translation>Ein Anführungszeichen im Teil vor dem @ wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>The part before the @ must not start or end with a dot or contain two dots in a row.</source>
        <extracomment>Error for the e-mail address field.</extracomment>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed there.</source>
        <extracomment>Error for the e-mail address field; e.g. a comma or bracket before the @.</extracomment>
        <translation>Der Teil vor dem @ enthält ein Zeichen, das dort nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 bytes.</source>
        <extracomment>Error for the e-mail address field; 64 bytes is the limit of RFC 5321.</extracomment>
        <translation>Der Teil vor dem @ ist länger als 64 Bytes.</translation>
    </message>
    <message>
        <source>The domain after the @ must not start or end with a dot or contain two dots in a row.</source>
        <extracomment>Error for the e-mail address field; the domain is the part after the @, e.g. example.org.</extracomment>
        <translation>Die Domain nach dem @ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <source>The domain after the @ contains a character that is not allowed in domain names.</source>
        <extracomment>Error for the e-mail address field; e.g. an underscore, slash or comma after the @.</extracomment>
        <translation>Die Domain nach dem @ enthält ein Zeichen, das in Domainnamen nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>A part of the domain between two dots is longer than 63 characters.</source>
        <extracomment>Error for the e-mail address field; in &quot;mail.example.org&quot; the parts are &quot;mail&quot;, &quot;example&quot; and &quot;org&quot;.</extracomment>
        <translation>Ein Teil der Domain zwischen zwei Punkten ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <source>The domain after the @ is longer than 253 characters.</source>
        <extracomment>Error for the e-mail address field.</extracomment>
        <translation>Die Domain nach dem @ ist länger als 253 Zeichen.</translation>
    </message>
    <message>
        <source>The domain after the @ has no dot. Automatic detection needs a full internet domain such as example.org.</source>
        <extracomment>Error for the e-mail address field; e.g. &quot;user@localhost&quot;. Keep &quot;example.org&quot; untranslated.</extracomment>
        <translation>Die Domain nach dem @ enthält keinen Punkt. Die automatische Erkennung braucht eine vollständige Internet-Domain wie example.org.</translation>
    </message>
    <message>
        <source>The address uses an IP address instead of a domain name. Settings cannot be detected automatically for such an address.</source>
        <extracomment>Error for the e-mail address field; e.g. &quot;user@[192.0.2.1]&quot;.</extracomment>
        <translation>Die Adresse verwendet eine IP-Adresse statt eines Domainnamens. Für eine solche Adresse können die Einstellungen nicht automatisch erkannt werden.</translation>
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
</TS>
