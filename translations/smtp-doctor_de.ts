<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BatchText</name>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <extracomment>A line of a batch file (one e-mail address per line) could not be read.</extracomment>
        <translation>Die Zeile ist kein gültiger UTF-8-Text.</translation>
    </message>
</context>
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
    <message>
        <source>Usage: smtp-doctor-cli &lt;command&gt; [options]

Commands:
  detect  find the outgoing server settings for an e-mail address
  test    check an outgoing mail server live
  check   detect, then test the best server found
  ports   check which ports of a server answer and how (no password)

Run &quot;smtp-doctor-cli &lt;command&gt; --help&quot; for the options of a command.</source>
        <extracomment>Top-level help of the command line tool. Keep the command names.</extracomment>
        <translation>Aufruf: smtp-doctor-cli &lt;Befehl&gt; [Optionen]

Befehle:
  detect  die Postausgangsserver-Einstellungen zu einer E-Mail-Adresse finden
  test    einen Postausgangsserver live prüfen
  check   erst finden, dann den besten gefundenen Server prüfen
  ports   prüfen, welche Ports eines Servers antworten und wie (ohne Passwort)

„smtp-doctor-cli &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>After the check, also write a report for a helpdesk ticket to this file; the format follows the extension: .txt, .html (or .htm) or .json. It never contains the password or token. The exit code stays that of the check; if the report cannot be written, that is said on standard error and the exit code is 2 when the check itself succeeded.</source>
        <extracomment>Help of --report. Keep the file extensions and the number.</extracomment>
        <translation>Nach der Prüfung zusätzlich einen Bericht für ein Helpdesk-Ticket in diese Datei schreiben; das Format richtet sich nach der Endung: .txt, .html (oder .htm) oder .json. Er enthält nie das Passwort oder Token. Der Exit-Code bleibt der der Prüfung; lässt sich der Bericht nicht schreiben, wird das auf der Standardfehlerausgabe gemeldet, und der Exit-Code ist 2, wenn die Prüfung selbst erfolgreich war.</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--report: cannot tell the format from &quot;%1&quot;; use a file name ending in .txt, .html, .htm or .json.</source>
        <extracomment>%1 is the file name the user gave. Keep the extensions.</extracomment>
        <translation>--report: Das Format lässt sich an „%1“ nicht erkennen; verwenden Sie einen Dateinamen, der auf .txt, .html, .htm oder .json endet.</translation>
    </message>
    <message>
        <source>--report: %1 is a directory.</source>
        <extracomment>%1 is the file name the user gave</extracomment>
        <translation>--report: %1 ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>--report: the directory %1 does not exist.</source>
        <extracomment>%1 is a directory name</extracomment>
        <translation>--report: Das Verzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>smtp-doctor-cli: no report was written to %1, because no server was tested.</source>
        <extracomment>%1 is the file name given with --report</extracomment>
        <translation>smtp-doctor-cli: Es wurde kein Bericht nach %1 geschrieben, weil kein Server geprüft wurde.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it into smaller files.</source>
        <extracomment>%1 is a file name, %2 a size in MiB</extracomment>
        <translation>%1 ist größer als %2 MiB; bitte in kleinere Dateien aufteilen.</translation>
    </message>
    <message>
        <source>the batch file has more than %L1 lines; split it into smaller files.</source>
        <extracomment>%L1 is the maximum number of lines</extracomment>
        <translation>die Datei hat mehr als %L1 Zeilen; bitte in kleinere Dateien aufteilen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) checked</source>
        <translation>
            <numerusform>%1 von %n Zeile geprüft</numerusform>
            <numerusform>%1 von %n Zeilen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Finds the outgoing mail server settings for an e-mail address: from the built-in provider list, the domain&apos;s configuration file, DNS and live tests, all at once. No password is needed or sent.</source>
        <extracomment>Description of &quot;smtp-doctor-cli detect&quot; in --help</extracomment>
        <translation>Findet die Postausgangsserver-Einstellungen zu einer E-Mail-Adresse: aus der mitgelieferten Anbieterliste, der Konfigurationsdatei der Domain, dem DNS und Live-Tests, alles gleichzeitig. Es wird kein Passwort gebraucht oder gesendet.</translation>
    </message>
    <message>
        <source>With --batch FILE: one address per line (&quot;-&quot; reads standard input; empty lines and lines starting with # are skipped; at most %L1 lines and %2 MiB). Every domain is detected once, at most --jobs domains at a time (default %3); the output is one JSON object per line of the file, in the file&apos;s order: the one --json prints, plus &quot;line&quot; and &quot;input&quot;.</source>
        <extracomment>Part of the --help of &quot;smtp-doctor-cli detect&quot;. %L1 is a number of lines, %2 a size in MiB, %3 the default of --jobs. Keep &quot;#&quot;, &quot;-&quot;, &quot;line&quot; and &quot;input&quot;.</extracomment>
        <translation>Mit --batch DATEI: eine Adresse pro Zeile (&quot;-&quot; liest die Standardeingabe; leere Zeilen und Zeilen, die mit # beginnen, werden übersprungen; höchstens %L1 Zeilen und %2 MiB). Jede Domain wird einmal untersucht, höchstens --jobs Domains gleichzeitig (Vorgabe %3); die Ausgabe ist ein JSON-Objekt pro Zeile der Datei, in der Reihenfolge der Datei: das, das --json ausgibt, dazu &quot;line&quot; und &quot;input&quot;.</translation>
    </message>
    <message>
        <source>Exit codes: 0 settings found (with --batch: for every address), 2 invalid address or usage error, 3 nothing found (with --batch: for some address).</source>
        <extracomment>Part of the --help of &quot;smtp-doctor-cli detect&quot;. Keep the numbers.</extracomment>
        <translation>Exit-Codes: 0 Einstellungen gefunden (mit --batch: für jede Adresse), 2 ungültige Adresse oder Bedienfehler, 3 nichts gefunden (mit --batch: für mindestens eine Adresse).</translation>
    </message>
    <message>
        <source>Detect every address in this file, one per line (&quot;-&quot;: standard input); prints JSON Lines.</source>
        <extracomment>Help of --batch. Keep &quot;-&quot;.</extracomment>
        <translation>Jede Adresse dieser Datei untersuchen, eine pro Zeile (&quot;-&quot;: Standardeingabe); gibt JSON Lines aus.</translation>
    </message>
    <message>
        <source>With --batch: detect this many domains at once (%1 to %2).</source>
        <extracomment>Help of --jobs. %1 and %2 are numbers</extracomment>
        <translation>Mit --batch: so viele Domains gleichzeitig untersuchen (%1 bis %2).</translation>
    </message>
    <message>
        <source>count</source>
        <extracomment>Placeholder of the value of --jobs in --help</extracomment>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>detect takes either an e-mail address or --batch, not both.</source>
        <translation>detect nimmt entweder eine E-Mail-Adresse oder --batch, nicht beides.</translation>
    </message>
    <message>
        <source>--jobs works only with --batch.</source>
        <translation>--jobs geht nur zusammen mit --batch.</translation>
    </message>
    <message>
        <source>--jobs must be a whole number from %1 to %2.</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation>--jobs muss eine ganze Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <source>the standard input is larger than %1 MiB; split it into smaller files.</source>
        <extracomment>%1 is a size in MiB</extracomment>
        <translation>die Standardeingabe ist größer als %1 MiB; bitte in kleinere Dateien aufteilen.</translation>
    </message>
    <message>
        <source>Give the search for the server at most this many seconds (default 10).</source>
        <translation>Der Suche nach dem Server höchstens so viele Sekunden geben (Standard 10).</translation>
    </message>
    <message>
        <source>--detect-timeout must be a number of seconds between 0 and 600.</source>
        <translation>--detect-timeout muss eine Zahl von Sekunden zwischen 0 und 600 sein.</translation>
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
    <message>
        <source>Encryption has disappeared: these settings were encrypted before, now they are not. Your password was not sent.</source>
        <translation>Die Verschlüsselung ist verschwunden: Mit diesen Einstellungen war die Verbindung bisher verschlüsselt, jetzt nicht mehr. Ihr Passwort wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The last successful test of this server and port, on %1, was encrypted. Now the server offers no encryption. Servers rarely drop encryption; a device between you and the server (a public Wi-Fi, a compromised router, a security program) removing it is an attack on your password.</source>
        <extracomment>%1 is a date and time, e.g. &quot;2026-11-29 14:05 UTC&quot;</extracomment>
        <translation>Der letzte erfolgreiche Test dieses Servers und Ports am %1 war verschlüsselt. Jetzt bietet der Server keine Verschlüsselung an. Server schalten Verschlüsselung selten ab; entfernt sie ein Gerät zwischen Ihnen und dem Server (ein öffentliches WLAN, ein manipulierter Router, ein Sicherheitsprogramm), ist das ein Angriff auf Ihr Passwort.</translation>
    </message>
    <message>
        <source>Do not switch encryption off and do not send mail over this network. Test again from another network, for example your phone&apos;s hotspot. If it works there, tell whoever runs this network; if it fails everywhere, ask your provider whether the server was changed.</source>
        <translation>Schalten Sie die Verschlüsselung nicht ab und senden Sie über dieses Netz keine E-Mails. Testen Sie erneut aus einem anderen Netz, zum Beispiel über den Hotspot Ihres Handys. Klappt es dort, informieren Sie den Betreiber dieses Netzes; scheitert es überall, fragen Sie Ihren Anbieter, ob der Server geändert wurde.</translation>
    </message>
    <message>
        <source>Last encrypted session with these settings: %1</source>
        <extracomment>%1 is a date and time, e.g. &quot;2026-11-29 14:05 UTC&quot;</extracomment>
        <translation>Letzte verschlüsselte Verbindung mit diesen Einstellungen: %1</translation>
    </message>
</context>
<context>
    <name>PortsText</name>
    <message>
        <source>AUTH before TLS: %1</source>
        <extracomment>%1 is a list of login methods</extracomment>
        <translation>AUTH vor TLS: %1</translation>
    </message>
    <message>
        <source>AUTH: %1</source>
        <extracomment>%1 is a list of login methods</extracomment>
        <translation>AUTH: %1</translation>
    </message>
    <message>
        <source>no AUTH</source>
        <translation>kein AUTH</translation>
    </message>
    <message>
        <source>greets as %1</source>
        <extracomment>%1 is the host name a server announces in its greeting</extracomment>
        <translation>meldet sich als %1</translation>
    </message>
    <message>
        <source>says &quot;%1&quot;</source>
        <extracomment>%1 is the first line a server sent, quoted literally</extracomment>
        <translation>sagt „%1“</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>certificate for %1</source>
        <extracomment>%1 is a list of names a certificate is valid for</extracomment>
        <translation>Zertifikat für %1</translation>
    </message>
    <message>
        <source>self-signed</source>
        <extracomment>%1 is the name of who issued a certificate</extracomment>
        <translation>selbst signiert</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <extracomment>%1 is a date (YYYY-MM-DD)</extracomment>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation>Befunde: keine</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>One finding: %1 the sentence, %2 its stable identifier such as PORT25_BLOCKED</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <extracomment>%1 says which port and security mode to use, and why</extracomment>
        <translation>Empfehlung: %1</translation>
    </message>
    <message>
        <source>Recommendation: none. No setting on this server is safe for a password.</source>
        <translation>Empfehlung: keine. Keine Einstellung dieses Servers ist sicher für ein Passwort.</translation>
    </message>
    <message>
        <source>The check was cancelled; the results are incomplete.</source>
        <translation>Die Prüfung wurde abgebrochen; die Ergebnisse sind unvollständig.</translation>
    </message>
    <message>
        <source>Total: %1 ms</source>
        <extracomment>%1 milliseconds</extracomment>
        <translation>Gesamt: %1 ms</translation>
    </message>
    <message>
        <source>Exit codes:
  0  a secure setting was found
  2  usage error
  3  no port answered with SMTP
  4  SMTP answered, but only without encryption or with a certificate problem</source>
        <extracomment>Help of &quot;smtp-doctor-cli ports&quot;: the exit codes. Keep the numbers.</extracomment>
        <translation>Exit-Codes:
  0  eine sichere Einstellung wurde gefunden
  2  Aufruffehler
  3  kein Port hat mit SMTP geantwortet
  4  SMTP hat geantwortet, aber nur ohne Verschlüsselung oder mit einem Zertifikatsproblem</translation>
    </message>
    <message>
        <source>Checks which mail submission ports (465, 587, 25, 2525) of a server answer, what they speak, how they are encrypted, and recommends the best secure setting. Needs no password.</source>
        <extracomment>Description of &quot;smtp-doctor-cli ports&quot; in --help</extracomment>
        <translation>Prüft, welche Mail-Ports (465, 587, 25, 2525) eines Servers antworten, was sie sprechen und wie sie verschlüsselt sind, und empfiehlt die beste sichere Einstellung. Braucht kein Passwort.</translation>
    </message>
    <message>
        <source>Time limit of each probe in seconds (default 10).</source>
        <translation>Zeitlimit jeder Einzelprüfung in Sekunden (Standard 10).</translation>
    </message>
    <message>
        <source>give exactly one server name: smtp-doctor-cli ports HOST</source>
        <translation>geben Sie genau einen Servernamen an: smtp-doctor-cli ports HOST</translation>
    </message>
    <message>
        <source>the server name contains spaces or control characters.</source>
        <translation>der Servername enthält Leerzeichen oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>Checking ports %1 of %2 (no password is sent)</source>
        <extracomment>%1 a list of port numbers, %2 the server name</extracomment>
        <translation>Prüfe die Ports %1 von %2 (es wird kein Passwort gesendet)</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Security mode: implicit TLS (encrypted from the first byte), as mail programs call it</extracomment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <extracomment>Security mode</extracomment>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>connection refused</source>
        <extracomment>State of a port: nothing listens there</extracomment>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>no answer (timed out)</source>
        <extracomment>State of a port: the connection attempt got no answer at all</extracomment>
        <translation>keine Antwort (Zeit abgelaufen)</translation>
    </message>
    <message>
        <source>name not found</source>
        <extracomment>State of a port: the server name could not be resolved</extracomment>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <source>unreachable</source>
        <extracomment>State of a port: no route to the server</extracomment>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>SMTP with SSL/TLS</source>
        <extracomment>What a port speaks: SMTP inside TLS from the first byte</extracomment>
        <translation>SMTP mit SSL/TLS</translation>
    </message>
    <message>
        <source>SMTP with STARTTLS</source>
        <extracomment>What a port speaks: plain-text SMTP that offers STARTTLS</extracomment>
        <translation>SMTP mit STARTTLS</translation>
    </message>
    <message>
        <source>SMTP without encryption (no STARTTLS)</source>
        <extracomment>What a port speaks: plain-text SMTP without STARTTLS</extracomment>
        <translation>SMTP ohne Verschlüsselung (kein STARTTLS)</translation>
    </message>
    <message>
        <source>SMTP, but the server refuses the session</source>
        <extracomment>What a port speaks: SMTP, but the server refuses the session in its greeting</extracomment>
        <translation>SMTP, aber der Server lehnt die Sitzung ab</translation>
    </message>
    <message>
        <source>an unknown protocol, not SMTP</source>
        <extracomment>What a port speaks: something that is not SMTP and that we cannot name</extracomment>
        <translation>ein unbekanntes Protokoll, kein SMTP</translation>
    </message>
    <message>
        <source>%1, not SMTP</source>
        <extracomment>What a port speaks: %1 is a protocol name such as HTTP or SSH</extracomment>
        <translation>%1, kein SMTP</translation>
    </message>
    <message>
        <source>accepts the connection, but says nothing</source>
        <extracomment>What a port speaks: it accepts the connection but says nothing</extracomment>
        <translation>nimmt die Verbindung an, sagt aber nichts</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>Zertifikat geprüft</translation>
    </message>
    <message>
        <source>certificate expired or not yet valid</source>
        <extracomment>The certificate is outside its validity period (expired or not valid yet)</extracomment>
        <translation>Zertifikat abgelaufen oder noch nicht gültig</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>certificate for another name</source>
        <translation>Zertifikat für einen anderen Namen</translation>
    </message>
    <message>
        <source>Port %1 expects SSL/TLS from the first byte (implicit TLS), although STARTTLS is usual on this port. A mail program set to STARTTLS on port %1 fails here (it waits for a greeting that never comes); choose SSL/TLS for this port.</source>
        <extracomment>%1 is a port number such as 587</extracomment>
        <translation>Port %1 erwartet SSL/TLS vom ersten Byte an (implizites TLS), obwohl auf diesem Port STARTTLS üblich ist. Ein E-Mail-Programm, das auf Port %1 STARTTLS verwendet, scheitert hier (es wartet auf eine Begrüßung, die nie kommt); wählen Sie für diesen Port SSL/TLS.</translation>
    </message>
    <message>
        <source>Port 465 answers in plain text and offers STARTTLS, although SSL/TLS from the first byte is usual on this port. A mail program set to SSL/TLS on port 465 fails here (&quot;wrong version number&quot;); choose STARTTLS for this port.</source>
        <translation>Port 465 antwortet unverschlüsselt und bietet STARTTLS an, obwohl auf diesem Port SSL/TLS vom ersten Byte an üblich ist. Ein E-Mail-Programm, das auf Port 465 SSL/TLS verwendet, scheitert hier („wrong version number“); wählen Sie für diesen Port STARTTLS.</translation>
    </message>
    <message>
        <source>Port 465 answers in plain text and offers no encryption at all, although SSL/TLS from the first byte is usual on this port. Do not send a password over this port.</source>
        <translation>Port 465 antwortet unverschlüsselt und bietet überhaupt keine Verschlüsselung an, obwohl auf diesem Port SSL/TLS vom ersten Byte an üblich ist. Senden Sie über diesen Port kein Passwort.</translation>
    </message>
    <message>
        <source>The certificate on port %1 is only valid from %2 to %3, which does not include now. Check this computer&apos;s date and time; if they are right, the server&apos;s administrator must renew the certificate.</source>
        <extracomment>%1 port, %2 and %3 dates (YYYY-MM-DD)</extracomment>
        <translation>Das Zertifikat auf Port %1 ist nur vom %2 bis zum %3 gültig, also nicht jetzt. Prüfen Sie Datum und Uhrzeit dieses Computers; stimmen sie, muss der Administrator des Servers das Zertifikat erneuern.</translation>
    </message>
    <message>
        <source>The certificate on port %1 is self-signed: nobody vouches for it. Accept it only if you can compare its fingerprint with one the administrator gave you.</source>
        <extracomment>%1 port</extracomment>
        <translation>Das Zertifikat auf Port %1 ist selbst signiert: Niemand bürgt dafür. Akzeptieren Sie es nur, wenn Sie seinen Fingerabdruck mit einem vergleichen können, den Ihnen der Administrator gegeben hat.</translation>
    </message>
    <message>
        <source>The certificate on port %1 was issued by &quot;%2&quot;, which this computer does not trust. This happens with private certificate authorities, with an incomplete certificate chain on the server, and when an antivirus program or a proxy intercepts encrypted connections.</source>
        <extracomment>%1 port, %2 the issuer&apos;s name</extracomment>
        <translation>Das Zertifikat auf Port %1 wurde von „%2“ ausgestellt, dem dieser Computer nicht vertraut. Das kommt bei privaten Zertifizierungsstellen vor, bei einer unvollständigen Zertifikatskette auf dem Server und wenn ein Virenschutzprogramm oder ein Proxy verschlüsselte Verbindungen abfängt.</translation>
    </message>
    <message>
        <source>The certificate on port %1 is not valid for %2 but for: %3. Use one of these names as the server name if it belongs to your provider.</source>
        <extracomment>%1 port, %2 the server name asked for, %3 the names the certificate is valid for</extracomment>
        <translation>Das Zertifikat auf Port %1 gilt nicht für %2, sondern für: %3. Verwenden Sie einen dieser Namen als Servernamen, wenn er zu Ihrem Anbieter gehört.</translation>
    </message>
    <message>
        <source>Port %1 presents a self-signed certificate, while the other ports of this server present certificates issued by &quot;%2&quot;. A different certificate on one port is a sign that something intercepts the connection (an antivirus &quot;mail shield&quot;, a company proxy or an attacker).</source>
        <extracomment>%1 port, %2 the issuer of the other ports&apos; certificates</extracomment>
        <translation>Port %1 zeigt ein selbst signiertes Zertifikat, während die anderen Ports dieses Servers Zertifikate zeigen, die „%2“ ausgestellt hat. Ein abweichendes Zertifikat auf einem Port ist ein Zeichen dafür, dass etwas die Verbindung abfängt (ein „Mail-Schutz“ eines Virenschutzprogramms, ein Firmen-Proxy oder ein Angreifer).</translation>
    </message>
    <message>
        <source>The certificate on port %1 was issued by &quot;%2&quot;, but the other ports&apos; certificates by &quot;%3&quot;. A different issuer on one port of the same server is a sign that something intercepts the connection (an antivirus &quot;mail shield&quot;, a company proxy or an attacker).</source>
        <extracomment>%1 port, %2 the issuer on this port, %3 the issuer on the other ports</extracomment>
        <translation>Das Zertifikat auf Port %1 wurde von „%2“ ausgestellt, die Zertifikate der anderen Ports aber von „%3“. Ein anderer Aussteller auf einem Port desselben Servers ist ein Zeichen dafür, dass etwas die Verbindung abfängt (ein „Mail-Schutz“ eines Virenschutzprogramms, ein Firmen-Proxy oder ein Angreifer).</translation>
    </message>
    <message>
        <source>Port %1 greets as %2, which belongs to another organisation (%3) than %4, unlike the other ports. A transparent proxy of your network provider or an antivirus program probably intercepts connections to this port.</source>
        <extracomment>%1 port, %2 the host name in the greeting, %3 its domain, %4 the domain asked for</extracomment>
        <translation>Port %1 meldet sich als %2 und gehört damit, anders als die übrigen Ports, zu einer anderen Organisation (%3) als %4. Wahrscheinlich fängt ein transparenter Proxy Ihres Netzanbieters oder ein Virenschutzprogramm die Verbindungen zu diesem Port ab.</translation>
    </message>
    <message>
        <source>Port %1 greets as %2, which belongs to another organisation (%3) than %4. This is normal when your server name is an alias for a hosting provider&apos;s server; otherwise a transparent proxy of your network provider or an antivirus program may intercept the connection.</source>
        <translation>Port %1 meldet sich als %2 und gehört damit zu einer anderen Organisation (%3) als %4. Das ist normal, wenn Ihr Servername nur ein anderer Name für den Server eines Hosting-Anbieters ist; andernfalls fängt vielleicht ein transparenter Proxy Ihres Netzanbieters oder ein Virenschutzprogramm die Verbindung ab.</translation>
    </message>
    <message>
        <source>The certificate on port %1 belongs to another organisation (%2) than %3, unlike the certificates on the other ports. A transparent proxy of your network provider or an antivirus program probably intercepts connections to this port.</source>
        <extracomment>%1 port, %2 the domain the certificate belongs to, %3 the domain asked for</extracomment>
        <translation>Das Zertifikat auf Port %1 gehört, anders als die Zertifikate der übrigen Ports, zu einer anderen Organisation (%2) als %3. Wahrscheinlich fängt ein transparenter Proxy Ihres Netzanbieters oder ein Virenschutzprogramm die Verbindungen zu diesem Port ab.</translation>
    </message>
    <message>
        <source>The certificate on port %1 belongs to another organisation (%2) than %3. This is normal when your server name is an alias for a hosting provider&apos;s server (then use the provider&apos;s name); otherwise a transparent proxy or an antivirus program may intercept the connection.</source>
        <translation>Das Zertifikat auf Port %1 gehört zu einer anderen Organisation (%2) als %3. Das ist normal, wenn Ihr Servername nur ein anderer Name für den Server eines Hosting-Anbieters ist (verwenden Sie dann den Namen des Anbieters); andernfalls fängt vielleicht ein transparenter Proxy oder ein Virenschutzprogramm die Verbindung ab.</translation>
    </message>
    <message>
        <source>Port %1 answers with HTTP: a web server or a web proxy listens there, not a mail server.</source>
        <extracomment>%1 port</extracomment>
        <translation>Port %1 antwortet mit HTTP: Dort wartet ein Webserver oder Web-Proxy, kein Mailserver.</translation>
    </message>
    <message>
        <source>Port %1 answers with SSH (remote login), not with SMTP.</source>
        <translation>Port %1 antwortet mit SSH (Fernanmeldung), nicht mit SMTP.</translation>
    </message>
    <message>
        <source>Port %1 answers with POP3, the protocol for fetching mail, not for sending it. Check that you did not enter the incoming server&apos;s port.</source>
        <translation>Port %1 antwortet mit POP3, dem Protokoll zum Abholen von E-Mails, nicht zum Senden. Prüfen Sie, ob Sie nicht den Port des Posteingangsservers eingegeben haben.</translation>
    </message>
    <message>
        <source>Port %1 answers with IMAP, the protocol for reading mail, not for sending it. Check that you did not enter the incoming server&apos;s port.</source>
        <translation>Port %1 antwortet mit IMAP, dem Protokoll zum Lesen von E-Mails, nicht zum Senden. Prüfen Sie, ob Sie nicht den Port des Posteingangsservers eingegeben haben.</translation>
    </message>
    <message>
        <source>Port %1 answers with something that is not SMTP.</source>
        <translation>Port %1 antwortet mit etwas, das kein SMTP ist.</translation>
    </message>
    <message>
        <source>Port 25 does not answer at all, while the submission ports do: your network or internet provider probably blocks outgoing connections to port 25. This is common and harmless for mail programs, which should use 465 or 587.</source>
        <translation>Port 25 antwortet überhaupt nicht, die Ports für E-Mail-Programme dagegen schon: Wahrscheinlich sperrt Ihr Netzwerk oder Internetanbieter ausgehende Verbindungen zu Port 25. Das ist üblich und für E-Mail-Programme harmlos, denn diese sollten 465 oder 587 verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>Port %1 does not offer STARTTLS, although the same server offers it on %n other port(s): %2. Something on the way may remove it (STARTTLS stripping, typical of some firewalls and of attacks). Never send a password over port %1.</source>
        <extracomment>%1 this port, %2 the other ports (a list of numbers), %n how many they are</extracomment>
        <translation>
            <numerusform>Port %1 bietet kein STARTTLS an, obwohl derselbe Server es auf %n anderen Port anbietet: %2. Vielleicht entfernt es etwas auf dem Weg (STARTTLS-Stripping, typisch für manche Firewalls und für Angriffe). Senden Sie über Port %1 niemals ein Passwort.</numerusform>
            <numerusform>Port %1 bietet kein STARTTLS an, obwohl derselbe Server es auf %n anderen Ports anbietet: %2. Vielleicht entfernt es etwas auf dem Weg (STARTTLS-Stripping, typisch für manche Firewalls und für Angriffe). Senden Sie über Port %1 niemals ein Passwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 offers login (%2) before the connection is encrypted. Well-configured servers offer it only after STARTTLS; a careless mail program could send the password in plain text.</source>
        <translation>Port %1 bietet die Anmeldung (%2) an, bevor die Verbindung verschlüsselt ist. Gut eingerichtete Server bieten sie erst nach STARTTLS an; ein unvorsichtiges E-Mail-Programm könnte das Passwort unverschlüsselt senden.</translation>
    </message>
    <message>
        <source>Port %1 offers login (%2) without any encryption: a password sent there travels in plain text and can be read on the way.</source>
        <translation>Port %1 bietet die Anmeldung (%2) ganz ohne Verschlüsselung an: Ein dorthin gesendetes Passwort geht im Klartext über das Netz und kann unterwegs mitgelesen werden.</translation>
    </message>
    <message>
        <source>The TLS handshake on port %1 fails (%2). The server&apos;s encryption is broken or something on the way interferes; no setting on this port is safe.</source>
        <extracomment>%1 port, %2 a technical error message in English</extracomment>
        <translation>Der TLS-Verbindungsaufbau auf Port %1 scheitert (%2). Die Verschlüsselung des Servers ist fehlerhaft, oder etwas auf dem Weg stört; keine Einstellung auf diesem Port ist sicher.</translation>
    </message>
    <message>
        <source>Port %1 speaks SMTP but refuses the session: &quot;%2&quot;. The server may block your network or be overloaded.</source>
        <extracomment>%1 port, %2 the server&apos;s greeting, quoted literally</extracomment>
        <translation>Port %1 spricht SMTP, lehnt die Sitzung aber ab: „%2“. Vielleicht sperrt der Server Ihr Netzwerk, oder er ist überlastet.</translation>
    </message>
    <message>
        <source>Port %1 accepts the connection but sends no greeting. It may be a server that greets only after a long pause, a firewall that holds connections, or a service that waits for its client to speak first.</source>
        <translation>Port %1 nimmt die Verbindung an, sendet aber keine Begrüßung. Vielleicht ist es ein Server, der erst nach einer langen Pause grüßt, eine Firewall, die Verbindungen festhält, oder ein Dienst, der darauf wartet, dass sein Gegenüber zuerst spricht.</translation>
    </message>
    <message>
        <source>The name %1 could not be found. Check the spelling of the server name.</source>
        <extracomment>%1 is the server name</extracomment>
        <translation>Der Name %1 wurde nicht gefunden. Prüfen Sie die Schreibweise des Servernamens.</translation>
    </message>
    <message>
        <source>No port answers with SMTP. Check the server name: it may be a web or other server rather than the outgoing mail server.</source>
        <translation>Kein Port antwortet mit SMTP. Prüfen Sie den Servernamen: Vielleicht ist es ein Webserver oder ein anderer Server und nicht der Postausgangsserver.</translation>
    </message>
    <message>
        <source>None of the ports answers. Check the server name, and whether a firewall on your network blocks outgoing connections to mail ports.</source>
        <translation>Keiner der Ports antwortet. Prüfen Sie den Servernamen und ob eine Firewall in Ihrem Netzwerk ausgehende Verbindungen zu Mail-Ports sperrt.</translation>
    </message>
    <message numerus="yes">
        <source>Encryption is available on %n port(s) (%1), but the certificate cannot be verified, so no setting is safe for a password yet. Use the server name the certificate is valid for, or ask the administrator to fix the certificate.</source>
        <extracomment>%1 a list of port numbers, %n how many they are</extracomment>
        <translation>
            <numerusform>Verschlüsselung gibt es auf %n Port (%1), aber das Zertifikat lässt sich nicht prüfen, deshalb ist noch keine Einstellung sicher für ein Passwort. Verwenden Sie den Servernamen, für den das Zertifikat gilt, oder bitten Sie den Administrator, das Zertifikat in Ordnung zu bringen.</numerusform>
            <numerusform>Verschlüsselung gibt es auf %n Ports (%1), aber das Zertifikat lässt sich nicht prüfen, deshalb ist noch keine Einstellung sicher für ein Passwort. Verwenden Sie den Servernamen, für den das Zertifikat gilt, oder bitten Sie den Administrator, das Zertifikat in Ordnung zu bringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server offers encryption on %n port(s) (%1), but the TLS handshake fails, so no setting is safe for a password. The administrator must fix the server&apos;s encryption.</source>
        <extracomment>%1 a list of port numbers, %n how many they are</extracomment>
        <translation>
            <numerusform>Der Server bietet Verschlüsselung auf %n Port an (%1), aber der TLS-Verbindungsaufbau scheitert, deshalb ist keine Einstellung sicher für ein Passwort. Der Administrator muss die Verschlüsselung des Servers in Ordnung bringen.</numerusform>
            <numerusform>Der Server bietet Verschlüsselung auf %n Ports an (%1), aber der TLS-Verbindungsaufbau scheitert, deshalb ist keine Einstellung sicher für ein Passwort. Der Administrator muss die Verschlüsselung des Servers in Ordnung bringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server answers only without encryption. A password sent there travels in plain text and can be read on the way, so no setting is recommended. Ask your provider for a secure setting (port 465 with SSL/TLS or 587 with STARTTLS); if another network shows encryption, this network removes it.</source>
        <translation>Dieser Server antwortet nur ohne Verschlüsselung. Ein dorthin gesendetes Passwort geht im Klartext über das Netz und kann unterwegs mitgelesen werden, deshalb wird keine Einstellung empfohlen. Fragen Sie Ihren Anbieter nach einer sicheren Einstellung (Port 465 mit SSL/TLS oder 587 mit STARTTLS); zeigt ein anderes Netzwerk Verschlüsselung, entfernt dieses Netzwerk sie.</translation>
    </message>
    <message>
        <source>Use port %1 with SSL/TLS: the connection is encrypted from the first byte, and the certificate is verified.</source>
        <extracomment>%1 port</extracomment>
        <translation>Verwenden Sie Port %1 mit SSL/TLS: Die Verbindung ist vom ersten Byte an verschlüsselt, und das Zertifikat ist geprüft.</translation>
    </message>
    <message>
        <source>Use port %1 with STARTTLS: the connection is encrypted before anything secret is sent, and the certificate is verified.</source>
        <translation>Verwenden Sie Port %1 mit STARTTLS: Die Verbindung wird verschlüsselt, bevor etwas Geheimes gesendet wird, und das Zertifikat ist geprüft.</translation>
    </message>
    <message>
        <source>Login methods offered there: %1.</source>
        <extracomment>%1 a list of login methods such as PLAIN, LOGIN</extracomment>
        <translation>Dort angebotene Anmeldeverfahren: %1.</translation>
    </message>
    <message>
        <source>The server offers no login on this port, so it may not accept mail from a mail program there.</source>
        <translation>Der Server bietet auf diesem Port keine Anmeldung an, nimmt dort also vielleicht keine E-Mails von E-Mail-Programmen an.</translation>
    </message>
    <message>
        <source>Port 25 is meant for mail between servers and is often blocked by internet providers; prefer another port if your provider offers one.</source>
        <translation>Port 25 ist für E-Mails zwischen Servern gedacht und wird von Internetanbietern oft gesperrt; nehmen Sie lieber einen anderen Port, wenn Ihr Anbieter einen hat.</translation>
    </message>
    <message>
        <source>This port uses the unusual mode, so set the security mode explicitly instead of relying on the mail program&apos;s automatic choice.</source>
        <translation>Dieser Port verwendet die unübliche Betriebsart; stellen Sie die Verschlüsselung deshalb ausdrücklich ein, statt sich auf die automatische Wahl des E-Mail-Programms zu verlassen.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>SMTP Doctor report: %1</source>
        <extracomment>Title of the HTML report (browser tab): %1 is the server name</extracomment>
        <translation>SMTP-Doctor-Bericht: %1</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The code of this translation&apos;s language (BCP 47, e.g. &quot;de&quot; for German). It is the HTML lang attribute of reports and names the report language; translate with your code.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Cannot tell the report format from the file name %1: use a name ending in .txt, .html or .json.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Das Format des Berichts lässt sich am Dateinamen %1 nicht erkennen: Verwenden Sie einen Namen, der auf .txt, .html oder .json endet.</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <extracomment>%1 is a file name, %2 the reason from the system</extracomment>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Shown instead of a value that is empty (no user name, no sender, ...)</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Shown instead of a date that is unknown</extracomment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <extracomment>Security mode: encrypted from the first byte (implicit TLS, usually port 465)</extracomment>
        <translation>SSL/TLS (von Anfang an verschlüsselt)</translation>
    </message>
    <message>
        <source>STARTTLS (encryption after the greeting)</source>
        <extracomment>Security mode: plain connection, then the STARTTLS command (keep &quot;STARTTLS&quot;)</extracomment>
        <translation>STARTTLS (Verschlüsselung nach der Begrüßung)</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Verdict of a check</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, with a warning</source>
        <extracomment>Verdict of a check: it worked, but something deserves attention</extracomment>
        <translation>OK, mit einer Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Verdict of a check</extracomment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>no login</source>
        <extracomment>How the check logged in: not at all</extracomment>
        <translation>keine Anmeldung</translation>
    </message>
    <message>
        <source>password (not shown)</source>
        <extracomment>How the check logged in (the password itself is never shown)</extracomment>
        <translation>Passwort (nicht angezeigt)</translation>
    </message>
    <message>
        <source>OAuth 2 access token (not shown)</source>
        <extracomment>How the check logged in (the token itself is never shown)</extracomment>
        <translation>OAuth-2-Zugriffstoken (nicht angezeigt)</translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <extracomment>The proxy setting: the connection goes straight to the server</extracomment>
        <translation>keiner (direkte Verbindung)</translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Heading of the report section with the verdict and the explanation</extracomment>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Diagnosis ID:</source>
        <extracomment>Label of the stable identifier of a diagnosis, such as AUTH_CREDENTIALS_INVALID</extracomment>
        <translation>Diagnose-ID:</translation>
    </message>
    <message>
        <source>Failed step:</source>
        <translation>Fehlgeschlagener Schritt:</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <extracomment>Label of the sentence that explains a successful result</extracomment>
        <translation>Erklärung:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <extracomment>Label of the likely cause of a problem</extracomment>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was tun:</translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation>Antwort des Servers:</translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Details:</source>
        <extracomment>Label of a list of facts for the helpdesk (certificate names, offered methods, ...)</extracomment>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Technical detail:</source>
        <extracomment>Label of a technical message in English (from the network or TLS library)</extracomment>
        <translation>Technisches Detail:</translation>
    </message>
    <message>
        <source>Fitting security mode:</source>
        <extracomment>Label of the security mode that would fit the tested port</extracomment>
        <translation>Passende Verschlüsselungsart:</translation>
    </message>
    <message>
        <source>Queue ID:</source>
        <extracomment>Label of the server&apos;s identifier of the accepted test message</extracomment>
        <translation>Queue-ID:</translation>
    </message>
    <message>
        <source>Settings tested</source>
        <extracomment>Heading of the report section with the settings the check used (never the password)</extracomment>
        <translation>Geprüfte Einstellungen</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <source>Connect to address:</source>
        <extracomment>Label of the IP address the check connected to instead of looking up the name</extracomment>
        <translation>Verbinden mit Adresse:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Login with:</source>
        <translation>Anmeldung mit:</translation>
    </message>
    <message>
        <source>Login method:</source>
        <translation>Anmeldeverfahren:</translation>
    </message>
    <message>
        <source>automatic</source>
        <extracomment>The login method: chosen automatically from those the server offers</extracomment>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Unencrypted login allowed:</source>
        <extracomment>Label: the user allowed sending the password without encryption</extracomment>
        <translation>Unverschlüsselte Anmeldung erlaubt:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <extracomment>Label of the sender address of the check</extracomment>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <extracomment>Label of the recipient address of the test message</extracomment>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>EHLO-Name:</translation>
    </message>
    <message>
        <source>(our own address)</source>
        <extracomment>The EHLO name when none was given</extracomment>
        <translation>(unsere eigene Adresse)</translation>
    </message>
    <message>
        <source>Additional trusted CAs:</source>
        <extracomment>Label of the number of CA certificates the user trusted in addition to the system&apos;s</extracomment>
        <translation>Zusätzlich vertraute CAs:</translation>
    </message>
    <message>
        <source>Pinned SHA-256:</source>
        <extracomment>Label of the certificate fingerprints the user accepted</extracomment>
        <translation>Hinterlegte SHA-256:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Heading of the report section with each step of the check and its duration</extracomment>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>No step was run.</source>
        <translation>Es wurde kein Schritt ausgeführt.</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>Column headings of the steps table. The first column holds a check mark or a cross.</extracomment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Start (ms)</source>
        <translation>Beginn (ms)</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Total time:</source>
        <extracomment>%1 is a duration in milliseconds</extracomment>
        <translation>Gesamtdauer:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Round trips:</source>
        <extracomment>Label of the number of network round trips the check waited for</extracomment>
        <translation>Netzwerk-Umläufe:</translation>
    </message>
    <message>
        <source>Connection</source>
        <extracomment>Heading of the report section with addresses, proxy and login</extracomment>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Resolved addresses:</source>
        <translation>Aufgelöste Adressen:</translation>
    </message>
    <message>
        <source>Connected to:</source>
        <extracomment>Label of the address of the server that answered</extracomment>
        <translation>Verbunden mit:</translation>
    </message>
    <message>
        <source>Proxy used:</source>
        <extracomment>Label of the proxy the connection goes through</extracomment>
        <translation>Verwendeter Proxy:</translation>
    </message>
    <message>
        <source>System proxy setting:</source>
        <extracomment>Label of the proxy the operating system&apos;s settings name for this server (may differ from the one used)</extracomment>
        <translation>Proxy-Einstellung des Systems:</translation>
    </message>
    <message>
        <source>Login methods offered:</source>
        <translation>Angebotene Anmeldeverfahren:</translation>
    </message>
    <message>
        <source>Login method used:</source>
        <translation>Verwendetes Anmeldeverfahren:</translation>
    </message>
    <message>
        <source>not attempted</source>
        <extracomment>State of the login: no login was tried</extracomment>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>succeeded</source>
        <extracomment>State of the login</extracomment>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>State of the login</extracomment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Mail:</source>
        <extracomment>State of the mail transaction: the server accepted the sender (nothing was sent)</extracomment>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>test message accepted</source>
        <translation>Testnachricht angenommen</translation>
    </message>
    <message>
        <source>sender accepted</source>
        <translation>Absender angenommen</translation>
    </message>
    <message>
        <source>First bytes received:</source>
        <extracomment>Label of the first bytes the server sent, shown literally (tells other protocols apart)</extracomment>
        <translation>Erste empfangene Bytes:</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <extracomment>Heading of the report section about encryption</extracomment>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>No encrypted connection was attempted.</source>
        <translation>Es wurde keine verschlüsselte Verbindung versucht.</translation>
    </message>
    <message>
        <source>Handshake:</source>
        <extracomment>Label of the state of the TLS handshake</extracomment>
        <translation>Handshake:</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Verschlüsselungsverfahren:</translation>
    </message>
    <message>
        <source>verified: trusted, valid and issued for this server name</source>
        <translation>geprüft: vertrauenswürdig, gültig und für diesen Servernamen ausgestellt</translation>
    </message>
    <message>
        <source>not verified, accepted by its pinned fingerprint</source>
        <translation>nicht geprüft, über den hinterlegten Fingerabdruck akzeptiert</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Certificate check:</source>
        <translation>Zertifikatsprüfung:</translation>
    </message>
    <message>
        <source>Certificate problems:</source>
        <translation>Probleme mit dem Zertifikat:</translation>
    </message>
    <message>
        <source>Handshake error:</source>
        <extracomment>Label of the TLS library&apos;s own error message</extracomment>
        <translation>Handshake-Fehler:</translation>
    </message>
    <message>
        <source>Discarded after STARTTLS:</source>
        <extracomment>Label of the number of bytes dropped because they arrived unencrypted after STARTTLS</extracomment>
        <translation>Nach STARTTLS verworfen:</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>Heading of the report section with the server&apos;s certificate chain</extracomment>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n certificate(s), its own first.</source>
        <translation>
            <numerusform>Der Server hat %n Zertifikat gesendet.</numerusform>
            <numerusform>Der Server hat %n Zertifikate gesendet, sein eigenes zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 of %2</source>
        <extracomment>Heading of one certificate: %1 its position in the chain, %2 the length of the chain</extracomment>
        <translation>Zertifikat %1 von %2</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid for names:</source>
        <extracomment>Label of the names (DNS names, IP addresses) a certificate is valid for</extracomment>
        <translation>Gültig für die Namen:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Self-signed:</source>
        <translation>Selbst signiert:</translation>
    </message>
    <message>
        <source>PEM:</source>
        <extracomment>Caption of a certificate in PEM text form</extracomment>
        <translation>PEM:</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <extracomment>Heading of the report section with the extensions the server announced after EHLO</extracomment>
        <translation>Fähigkeiten des Servers</translation>
    </message>
    <message>
        <source>Server name:</source>
        <extracomment>Label of the name the server gives itself in its EHLO reply</extracomment>
        <translation>Servername:</translation>
    </message>
    <message>
        <source>Before TLS:</source>
        <extracomment>Capabilities before TLS with implicit TLS: there is no unencrypted part</extracomment>
        <translation>Vor TLS:</translation>
    </message>
    <message>
        <source>(none: encrypted from the start)</source>
        <translation>(keine: von Anfang an verschlüsselt)</translation>
    </message>
    <message>
        <source>After TLS:</source>
        <extracomment>Capabilities after TLS when the check did not get that far</extracomment>
        <translation>Nach TLS:</translation>
    </message>
    <message>
        <source>(not reached)</source>
        <translation>(nicht erreicht)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <extracomment>Heading of the report section with the SMTP dialogue</extracomment>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>No transcript was recorded.</source>
        <translation>Es wurde kein Protokoll aufgezeichnet.</translation>
    </message>
    <message>
        <source>C: sent by SMTP Doctor, S: sent by the server, *: what happened. Passwords and tokens are replaced by %1.</source>
        <extracomment>%1 is the marker that stands where a password was (keep C:, S: and *)</extracomment>
        <translation>C: von SMTP Doctor gesendet, S: vom Server gesendet, *: was geschah. Passwörter und Tokens sind durch %1 ersetzt.</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>Column headings of the transcript: milliseconds since the start, direction, the line itself</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Environment</source>
        <extracomment>Heading of the report section about this computer and program</extracomment>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Report created (UTC):</source>
        <translation>Bericht erstellt (UTC):</translation>
    </message>
    <message>
        <source>Program:</source>
        <extracomment>%1 is a version number</extracomment>
        <translation>Programm:</translation>
    </message>
    <message>
        <source>SMTP Doctor %1</source>
        <translation>SMTP Doctor %1</translation>
    </message>
    <message>
        <source>Qt:</source>
        <extracomment>%1 the Qt version in use, %2 the Qt version the program was built with</extracomment>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>TLS library:</source>
        <translation>TLS-Bibliothek:</translation>
    </message>
    <message>
        <source>TLS backend:</source>
        <translation>TLS-Backend:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <source>CPU architecture:</source>
        <translation>Prozessorarchitektur:</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Sprache des Berichts:</translation>
    </message>
    <message>
        <source>SMTP Doctor report</source>
        <extracomment>Title of a report</extracomment>
        <translation>SMTP-Doctor-Bericht</translation>
    </message>
    <message>
        <source>%1 port %2 (%3), %4</source>
        <extracomment>Subtitle of a report: %1 server name, %2 port, %3 security mode, %4 date and time in UTC (ISO 8601, ends in Z)</extracomment>
        <translation>%1 Port %2 (%3), %4</translation>
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
    <name>SmtpDoctor::Ui::AboutDialog</name>
    <message>
        <source>About SMTP Doctor</source>
        <translation>Über SMTP Doctor</translation>
    </message>
    <message>
        <source>SMTP Doctor %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation>SMTP Doctor %1</translation>
    </message>
    <message>
        <source>Finds out why e-mail cannot be sent and what the outgoing-server settings are.

Copyright © the SMTP Doctor authors. SMTP Doctor is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.

The built-in provider database is a copy of Thunderbird&apos;s ISPDB and is licensed under the Mozilla Public License 2.0 (MPL-2.0); see the second tab.

Qt %1 (built with %2), %3.</source>
        <extracomment>%1 and %2 are version numbers of Qt, %3 the TLS library&apos;s name and version</extracomment>
        <translation>Findet heraus, warum keine E-Mails verschickt werden können, und wie die Einstellungen für den Postausgangsserver lauten.

Copyright © die Autoren von SMTP Doctor. SMTP Doctor ist freie Software: Sie können das Programm unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), weitergeben und/oder verändern. Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.

Die mitgelieferte Anbieterdatenbank ist eine Kopie der ISPDB von Thunderbird und steht unter der Mozilla Public License 2.0 (MPL-2.0); siehe die zweite Registerkarte.

Qt %1 (erstellt mit %2), %3.</translation>
    </message>
    <message>
        <source>Program licence</source>
        <translation>Lizenz des Programms</translation>
    </message>
    <message>
        <source>Provider database licence</source>
        <translation>Lizenz der Anbieterdatenbank</translation>
    </message>
    <message>
        <source>SMTP Doctor is licensed under the GNU General Public License, version 3 or later (SPDX: GPL-3.0-or-later).

This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.

This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.

You should have received a copy of the GNU General Public License along with this program. If not, see https://www.gnu.org/licenses/.</source>
        <translation>SMTP Doctor steht unter der GNU General Public License, Version 3 oder später (SPDX: GPL-3.0-or-later).

Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version.

Dieses Programm wird in der Hoffnung verbreitet, dass es nützlich ist, aber OHNE JEDE GEWÄHRLEISTUNG; sogar ohne die implizite Gewährleistung der MARKTFÄHIGKEIT oder EIGNUNG FÜR EINEN BESTIMMTEN ZWECK. Einzelheiten finden Sie in der GNU General Public License.

Sie sollten eine Kopie der GNU General Public License zusammen mit diesem Programm erhalten haben. Wenn nicht, siehe https://www.gnu.org/licenses/. (Rechtlich verbindlich ist nur der englische Originaltext der Lizenz.)</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::AccountBar</name>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Suche den Schlüsselbund des Systems …</translation>
    </message>
    <message>
        <source>Passwords are kept only in the system keychain, never in the settings file.</source>
        <translation>Passwörter werden nur im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>No system keychain is available, so passwords are not saved. You will have to enter the password again next time.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, deshalb werden Passwörter nicht gespeichert. Sie müssen das Passwort beim nächsten Mal erneut eingeben.</translation>
    </message>
    <message>
        <source>Saved &amp;account:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation>Gespeichertes &amp;Konto:</translation>
    </message>
    <message>
        <source>Saved account</source>
        <translation>Gespeichertes Konto</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <extracomment>Entry of the account list for settings that have not been saved</extracomment>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Save these settings as an account</source>
        <translation>Diese Einstellungen als Konto speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the saved account</source>
        <translation>Das gespeicherte Konto löschen</translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keychain)</source>
        <translation>Passwort &amp;merken (im Schlüsselbund des Systems)</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::AddressPage</name>
    <message>
        <source>Enter your e-mail address first.</source>
        <translation>Geben Sie zuerst Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Find the settings for sending e-mail</source>
        <translation>Die Einstellungen zum Versenden von E-Mails finden</translation>
    </message>
    <message>
        <source>Enter your e-mail address. SMTP Doctor looks up your provider&apos;s outgoing mail server (SMTP) and checks it, without sending your password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein. SMTP Doctor sucht den Postausgangsserver (SMTP) Ihres Anbieters und prüft ihn, ohne Ihr Passwort zu senden.</translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation>E-Mail-&amp;Adresse:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Password (optional):</source>
        <translation>&amp;Passwort (optional):</translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation>Passwort (optional)</translation>
    </message>
    <message>
        <source>The password is only needed to test the login later. It is sent to no one but the server you choose.</source>
        <translation>Das Passwort wird nur gebraucht, um später die Anmeldung zu testen. Es wird an niemanden außer dem Server gesendet, den Sie wählen.</translation>
    </message>
    <message>
        <source>Fin&amp;d settings</source>
        <translation>Einstellungen &amp;finden</translation>
    </message>
    <message>
        <source>Find settings</source>
        <translation>Einstellungen finden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Cancel the search</source>
        <translation>Die Suche abbrechen</translation>
    </message>
    <message>
        <source>Enter settings &amp;manually</source>
        <translation>Einstellungen &amp;manuell eingeben</translation>
    </message>
    <message>
        <source>Enter settings manually</source>
        <translation>Einstellungen manuell eingeben</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::CandidateList</name>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Encryption of a connection: TLS from the first byte (keep &quot;SSL/TLS&quot;)</extracomment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <extracomment>Encryption of a connection: none at all</extracomment>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a host name in its technical (ACE) form, %2 the same name with its special characters</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation>Diese Einstellungen verwenden</translation>
    </message>
    <message>
        <source>Use %1 port %2</source>
        <extracomment>Accessible name of a button; %1 is a server name, %2 a port number</extracomment>
        <translation>%1 Port %2 verwenden</translation>
    </message>
    <message>
        <source>Belongs to:</source>
        <extracomment>Label before the domain a server belongs to</extracomment>
        <translation>Gehört zu:</translation>
    </message>
    <message>
        <source>the same domain as your e-mail address</source>
        <extracomment>The server&apos;s domain is the same as the domain of the user&apos;s e-mail address</extracomment>
        <translation>dieselbe Domain wie Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>not the domain of your e-mail address (%1): use it only if you know this name as your provider&apos;s</source>
        <extracomment>%1 is a domain such as example.com</extracomment>
        <translation>nicht die Domain Ihrer E-Mail-Adresse (%1): nur verwenden, wenn Sie diesen Namen als den Ihres Anbieters kennen</translation>
    </message>
    <message>
        <source>Port %1 · %2</source>
        <extracomment>%1 is a port number, %2 the kind of encryption (&quot;SSL/TLS&quot;, &quot;STARTTLS&quot;, &quot;no encryption&quot;)</extracomment>
        <translation>Port %1 · %2</translation>
    </message>
    <message>
        <source>Trust: %1</source>
        <extracomment>Accessible name of the trust badge; %1 is &quot;trusted&quot;, &quot;probably right&quot; or &quot;guess&quot;</extracomment>
        <translation>Vertrauen: %1</translation>
    </message>
    <message>
        <source>Works (tested in %1 ms)</source>
        <extracomment>A live test reached the server; %1 is a duration in milliseconds</extracomment>
        <translation>Funktioniert (getestet in %1 ms)</translation>
    </message>
    <message>
        <source>Live test failed</source>
        <translation>Test fehlgeschlagen</translation>
    </message>
    <message>
        <source>Best match</source>
        <extracomment>Badge on the first, recommended candidate</extracomment>
        <translation>Beste Wahl</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <extracomment>%1 is the login name the provider wants</extracomment>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <source>%1, belongs to %2, port %3, %4, trust: %5</source>
        <extracomment>Accessible description of a found server; %1 host, %2 domain, %3 port, %4 encryption, %5 trust</extracomment>
        <translation>%1, gehört zu %2, Port %3, %4, Vertrauen: %5</translation>
    </message>
    <message>
        <source>Use these settings?</source>
        <translation>Diese Einstellungen verwenden?</translation>
    </message>
    <message>
        <source>These settings were not confirmed by your provider. The server %1 belongs to %2.</source>
        <extracomment>%1 is a server name, %2 the domain it belongs to</extracomment>
        <translation>Diese Einstellungen wurden nicht von Ihrem Anbieter bestätigt. Der Server %1 gehört zu %2.</translation>
    </message>
    <message>
        <source>Use them only if you recognise this name as your e-mail provider&apos;s. A wrong server could read your password.</source>
        <translation>Verwenden Sie sie nur, wenn Sie diesen Namen als den Ihres E-Mail-Anbieters erkennen. Ein falscher Server könnte Ihr Passwort mitlesen.</translation>
    </message>
    <message>
        <source>Not tested live</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>How far these settings can be trusted, judged by where they were found</source>
        <translation>Wie weit diesen Einstellungen zu trauen ist, beurteilt danach, wo sie gefunden wurden</translation>
    </message>
    <message>
        <source>Found in:</source>
        <extracomment>Label before the badges naming where settings were found</extracomment>
        <translation>Gefunden in:</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::CertificateTab</name>
    <message>
        <source>Property</source>
        <extracomment>Column headers of the certificate details</extracomment>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation>Diesem Zertifikat vertrauen …</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>No test has run yet.</source>
        <translation>Es wurde noch nicht getestet.</translation>
    </message>
    <message>
        <source>The connection was not encrypted, so there is no certificate to check.</source>
        <translation>Die Verbindung war nicht verschlüsselt, daher gibt es kein Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>The test ended before the server sent its certificate.</source>
        <translation>Der Test endete, bevor der Server sein Zertifikat geschickt hat.</translation>
    </message>
    <message>
        <source>The certificate could not be verified, but it is exactly the one you chose to trust for this server.</source>
        <translation>Das Zertifikat konnte nicht bestätigt werden, ist aber genau das, dem Sie für diesen Server vertrauen.</translation>
    </message>
    <message>
        <source>The certificate is valid for this server and issued by a trusted authority.</source>
        <translation>Das Zertifikat gilt für diesen Server und stammt von einer vertrauenswürdigen Stelle.</translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1</source>
        <extracomment>%1 is a list of problems with the certificate</extracomment>
        <translation>Das Zertifikat konnte nicht bestätigt werden: %1</translation>
    </message>
    <message>
        <source>Encryption could not be set up: %1</source>
        <extracomment>%1 is the technical error from the encryption library</extracomment>
        <translation>Die Verschlüsselung konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat geschickt.</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <extracomment>The first certificate of a chain: the server&apos;s own</extracomment>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>Intermediate certificate</source>
        <translation>Zwischenzertifikat</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid for the names</source>
        <translation>Gültig für die Namen</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbst signiert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>Verschlüsselungsverfahren</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Do you want to trust this certificate for %1, although it could not be verified?</source>
        <extracomment>%1 is a server name</extracomment>
        <translation>Möchten Sie diesem Zertifikat für %1 vertrauen, obwohl es nicht bestätigt werden konnte?</translation>
    </message>
    <message>
        <source>Only do this if the server&apos;s administrator has confirmed this SHA-256 fingerprint to you:

%1

SMTP Doctor will then accept exactly this certificate for this server and no other. If the certificate changes, the test fails again.</source>
        <extracomment>%1 is the certificate&apos;s SHA-256 fingerprint (several lines of hex pairs)</extracomment>
        <translation>Tun Sie das nur, wenn der Administrator des Servers Ihnen diesen SHA-256-Fingerabdruck bestätigt hat:

%1

SMTP Doctor akzeptiert dann genau dieses Zertifikat für diesen Server und kein anderes. Ändert sich das Zertifikat, schlägt der Test wieder fehl.</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::CheckPage</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <extracomment>Button with mnemonic</extracomment>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Den Test abbrechen</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>&amp;Noch einmal testen</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Noch einmal testen</translation>
    </message>
    <message>
        <source>Change se&amp;ttings</source>
        <translation>&amp;Zurück zu den Einstellungen</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Zurück zu den Einstellungen</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation>Den Bericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>Save the report to a file</source>
        <translation>Den Bericht in einer Datei speichern</translation>
    </message>
    <message>
        <source>Copy settings as te&amp;xt</source>
        <translation>Einstellungen als Te&amp;xt kopieren</translation>
    </message>
    <message>
        <source>Copy the settings as text</source>
        <translation>Die Einstellungen als Text kopieren</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::DetectView</name>
    <message>
        <source>%1 ms</source>
        <extracomment>Time in milliseconds, e.g. &quot;120 ms&quot;</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <extracomment>Accessible text of a row in the list of places searched; %1 source, %2 state, %3 details</extracomment>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>Looking in every place at once. The first results appear as soon as they arrive.</source>
        <translation>Alle Quellen werden gleichzeitig gefragt. Die ersten Ergebnisse erscheinen, sobald sie eintreffen.</translation>
    </message>
    <message numerus="yes">
        <source>Still looking. %n possible setting(s) found so far; the first one is the best match.</source>
        <translation>
            <numerusform>Die Suche läuft noch. Bisher %n mögliche Einstellung gefunden; die erste ist die beste Wahl.</numerusform>
            <numerusform>Die Suche läuft noch. Bisher %n mögliche Einstellungen gefunden; die erste ist die beste Wahl.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search was cancelled. You can start it again or enter the settings manually.</source>
        <translation>Die Suche wurde abgebrochen. Sie können sie neu starten oder die Einstellungen manuell eingeben.</translation>
    </message>
    <message>
        <source>No settings were found. Enter them manually: your provider&apos;s help pages list them as &quot;outgoing server&quot; or &quot;SMTP&quot;.</source>
        <translation>Es wurden keine Einstellungen gefunden. Geben Sie sie manuell ein: Die Hilfeseiten Ihres Anbieters nennen sie „Postausgangsserver“ oder „SMTP“.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible setting(s) found in %1 s. The first one is the best match.</source>
        <extracomment>%n is the number of settings found, %1 a duration in seconds such as &quot;1.2&quot;</extracomment>
        <translation>
            <numerusform>%n mögliche Einstellung in %1 s gefunden. Die erste ist die beste Wahl.</numerusform>
            <numerusform>%n mögliche Einstellungen in %1 s gefunden. Die erste ist die beste Wahl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your e-mail address above and choose &quot;Find settings&quot;.</source>
        <translation>Geben Sie oben Ihre E-Mail-Adresse ein und wählen Sie „Einstellungen finden“.</translation>
    </message>
    <message>
        <source>Where SMTP Doctor looked</source>
        <translation>Wo SMTP Doctor gesucht hat</translation>
    </message>
    <message>
        <source>Settings found</source>
        <translation>Gefundene Einstellungen</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column headers of the list of places searched</extracomment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Places searched for settings</source>
        <translation>Durchsuchte Quellen für Einstellungen</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu with mnemonic</extracomment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <extracomment>Language choice: follow the operating system&apos;s language</extracomment>
        <translation>&amp;Systemsprache</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::MainWindow</name>
    <message>
        <source>SMTP Doctor</source>
        <translation>SMTP Doctor</translation>
    </message>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s technical error message</extracomment>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; the password is in the system keychain.</source>
        <translation>„%1“ gespeichert; das Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The settings were saved, but the password could not be stored in the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s technical error message</extracomment>
        <translation>Die Einstellungen wurden gespeichert, aber das Passwort konnte nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>No saved accounts</source>
        <translation>Keine gespeicherten Konten</translation>
    </message>
    <message>
        <source>1 · Find settings</source>
        <extracomment>Tab of the main window: step 1</extracomment>
        <translation>1 · Einstellungen finden</translation>
    </message>
    <message>
        <source>2 · Settings</source>
        <extracomment>Tab of the main window: step 2</extracomment>
        <translation>2 · Einstellungen</translation>
    </message>
    <message>
        <source>3 · Test and answer</source>
        <extracomment>Tab of the main window: steps 3 and 4</extracomment>
        <translation>3 · Test und Antwort</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu with mnemonic</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>Konto ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Save account…</source>
        <translation>Konto &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation>Konto &amp;löschen</translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation>&amp;Bericht speichern …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu with mnemonic</extracomment>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>&amp;Bericht kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;settings as text</source>
        <translation>&amp;Einstellungen als Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <extracomment>Menu with mnemonic</extracomment>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Additional trusted &amp;CA file…</source>
        <translation>Zusätzliche vertrauenswürdige &amp;CA-Datei …</translation>
    </message>
    <message>
        <source>Stop &amp;trusting the additional CA file</source>
        <translation>Der zusätzlichen CA-Datei nicht mehr &amp;vertrauen</translation>
    </message>
    <message>
        <source>Ask the &amp;online provider database</source>
        <translation>&amp;Online-Anbieterdatenbank fragen</translation>
    </message>
    <message>
        <source>Also look up the address&apos;s domain in Thunderbird&apos;s online database (a third party learns the domain, not the address).</source>
        <translation>Die Domain der Adresse auch in der Online-Datenbank von Thunderbird nachschlagen (ein Dritter erfährt die Domain, nicht die Adresse).</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Menu with mnemonic</extracomment>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation>Ü&amp;ber SMTP Doctor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 – SMTP Doctor</source>
        <extracomment>Window title; %1 is the name of the saved account that is open</extracomment>
        <translation>%1 – SMTP Doctor</translation>
    </message>
    <message>
        <source>Settings for %1 filled in. Check them and choose &quot;Test settings&quot;.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation>Einstellungen für %1 eingetragen. Prüfen Sie sie und wählen Sie „Einstellungen testen“.</translation>
    </message>
    <message>
        <source>Send the password without encryption?</source>
        <translation>Das Passwort unverschlüsselt senden?</translation>
    </message>
    <message>
        <source>With encryption &quot;None&quot;, your password travels to %1 as readable text. Anyone on the network between you and the server can read it.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation>Mit der Verschlüsselung „Keine“ geht Ihr Passwort als lesbarer Text an %1. Jeder im Netz zwischen Ihnen und dem Server kann es mitlesen.</translation>
    </message>
    <message>
        <source>Do this only for a server in your own, trusted network. Otherwise choose SSL/TLS or STARTTLS.</source>
        <translation>Tun Sie das nur bei einem Server in Ihrem eigenen, vertrauenswürdigen Netz. Wählen Sie sonst SSL/TLS oder STARTTLS.</translation>
    </message>
    <message>
        <source>Send without encryption</source>
        <translation>Unverschlüsselt senden</translation>
    </message>
    <message>
        <source>The certificate is now trusted in the account &quot;%1&quot;.</source>
        <extracomment>%1 is the name of a saved account</extracomment>
        <translation>Dem Zertifikat wird jetzt im Konto „%1“ vertraut.</translation>
    </message>
    <message>
        <source>The certificate is trusted until you close SMTP Doctor. Save the account to keep this decision.</source>
        <translation>Dem Zertifikat wird vertraut, bis Sie SMTP Doctor schließen. Speichern Sie das Konto, um diese Entscheidung zu behalten.</translation>
    </message>
    <message>
        <source>Certificate of %1 trusted. Testing again…</source>
        <extracomment>%1 is a server name</extracomment>
        <translation>Dem Zertifikat von %1 wird vertraut. Erneuter Test …</translation>
    </message>
    <message>
        <source>The report is on the clipboard. It contains no password.</source>
        <translation>Der Bericht ist in der Zwischenablage. Er enthält kein Passwort.</translation>
    </message>
    <message>
        <source>There is no test result to save yet.</source>
        <translation>Es gibt noch kein Testergebnis zum Speichern.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>Der Bericht konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The settings are on the clipboard (without the password).</source>
        <translation>Die Einstellungen sind in der Zwischenablage (ohne das Passwort).</translation>
    </message>
    <message>
        <source>no PEM certificate in this file</source>
        <translation>kein PEM-Zertifikat in dieser Datei</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Additional trusted CA file</source>
        <translation>Zusätzliche vertrauenswürdige CA-Datei</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <extracomment>File type filter; keep the patterns in parentheses</extracomment>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <source>Name of the account:</source>
        <translation>Name des Kontos:</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert …</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; without the password.</source>
        <extracomment>%1 is the name of a saved account</extracomment>
        <translation>„%1“ ohne das Passwort gespeichert.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;. The password was not saved: there is no system keychain.</source>
        <translation>„%1“ gespeichert. Das Passwort wurde nicht gespeichert: Es gibt keinen Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <extracomment>%1 is the name of a saved account</extracomment>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Delete the saved account &quot;%1&quot; and its password in the keychain?</source>
        <extracomment>%1 is the name of a saved account</extracomment>
        <translation>Das gespeicherte Konto „%1“ und sein Passwort im Schlüsselbund löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::PasswordField</name>
    <message>
        <source>Hide</source>
        <extracomment>Button next to a password field</extracomment>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Das Passwort verbergen</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Das Passwort anzeigen</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::ReportExport</name>
    <message>
        <source>Text report (*.txt)</source>
        <extracomment>File type filters of the &quot;save report&quot; dialog; keep the patterns in parentheses</extracomment>
        <translation>Bericht als Text (*.txt)</translation>
    </message>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>Bericht als HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>JSON for programs (*.json)</source>
        <translation>JSON für Programme (*.json)</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Encryption in the settings text (keep &quot;SSL/TLS&quot;)</extracomment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>none (insecure)</source>
        <translation>keine (unsicher)</translation>
    </message>
    <message>
        <source>automatic (normal password)</source>
        <translation>automatisch (normales Passwort)</translation>
    </message>
    <message>
        <source>OAuth 2</source>
        <translation>OAuth 2</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>Lines of the settings text; %1 is the value</extracomment>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Port: %1</translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation>Verschlüsselung: %1</translation>
    </message>
    <message>
        <source>Login method: %1</source>
        <translation>Anmeldeverfahren: %1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Password: (not included)</source>
        <translation>Passwort: (nicht enthalten)</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::ResultView</name>
    <message>
        <source>Not tested yet.</source>
        <translation>Noch nicht getestet.</translation>
    </message>
    <message>
        <source>Fill in the settings and choose &quot;Test settings&quot;. The answer appears here.</source>
        <translation>Tragen Sie die Einstellungen ein und wählen Sie „Einstellungen testen“. Die Antwort erscheint hier.</translation>
    </message>
    <message>
        <source>Testing %1 port %2…</source>
        <extracomment>%1 is a server name, %2 a port number</extracomment>
        <translation>Teste %1 Port %2 …</translation>
    </message>
    <message>
        <source>The steps on the left fill in as the test goes on. You can cancel at any time.</source>
        <translation>Die Schritte links füllen sich, während der Test läuft. Sie können jederzeit abbrechen.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>Accessible summary of the answer; %1 verdict, %2 cause, %3 advice</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Why:</source>
        <extracomment>Heading before the likely cause of a problem</extracomment>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was tun:</translation>
    </message>
    <message>
        <source>The server said:</source>
        <extracomment>Heading before the server&apos;s literal reply</extracomment>
        <translation>Der Server sagte:</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>Tab with the server&apos;s certificate</extracomment>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>Tab with facts about the server</extracomment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Transcript</source>
        <extracomment>Tab with the protocol transcript</extracomment>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Timings</source>
        <extracomment>Tab with the timing chart</extracomment>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Details of the test</source>
        <translation>Einzelheiten des Tests</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Next step:</source>
        <extracomment>Heading before the advice</extracomment>
        <translation>Nächster Schritt:</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::ServerTab</name>
    <message>
        <source>Property</source>
        <extracomment>Column headers of the server details</extracomment>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Server details</source>
        <translation>Angaben zum Server</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>%1 is a server name, %2 a port number</extracomment>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <source>Address used</source>
        <translation>Verwendete Adresse</translation>
    </message>
    <message>
        <source>All addresses of the name</source>
        <translation>Alle Adressen des Namens</translation>
    </message>
    <message>
        <source>Encryption</source>
        <extracomment>%1 is a TLS version such as TLSv1.3, %2 a cipher name</extracomment>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Name the server gives itself</source>
        <translation>Name, den sich der Server gibt</translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation>Größte Nachricht</translation>
    </message>
    <message>
        <source>no fixed limit</source>
        <translation>keine feste Grenze</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Methods offered</source>
        <translation>Angebotene Verfahren</translation>
    </message>
    <message>
        <source>Method used</source>
        <translation>Verwendetes Verfahren</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>nicht erhalten</translation>
    </message>
    <message>
        <source>Capabilities before encryption</source>
        <translation>Fähigkeiten vor der Verschlüsselung</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Capabilities after encryption</source>
        <translation>Fähigkeiten nach der Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::SettingsForm</name>
    <message>
        <source>Enter the name of the outgoing server, for example smtp.example.com.</source>
        <translation>Geben Sie den Namen des Postausgangsservers ein, zum Beispiel smtp.beispiel.de.</translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the name of the server, for example smtp.example.com.</source>
        <translation>Das sieht aus wie eine E-Mail-Adresse. Geben Sie den Namen des Servers ein, zum Beispiel smtp.beispiel.de.</translation>
    </message>
    <message>
        <source>Enter only the server name, without &quot;%1&quot;.</source>
        <extracomment>%1 is what the user typed before the server name, e.g. &quot;smtp://&quot;</extracomment>
        <translation>Geben Sie nur den Servernamen ein, ohne „%1“.</translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation>Ein Servername darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the port in the Port field, not after the server name.</source>
        <translation>Geben Sie den Port im Feld „Port“ ein, nicht hinter dem Servernamen.</translation>
    </message>
    <message>
        <source>This is not a valid server name.</source>
        <translation>Das ist kein gültiger Servername.</translation>
    </message>
    <message>
        <source>An IP address: the server&apos;s certificate usually names a host, so its check may fail.</source>
        <translation>Eine IP-Adresse: Das Zertifikat des Servers nennt meist einen Namen, daher kann seine Prüfung fehlschlagen.</translation>
    </message>
    <message>
        <source>Belongs to: %1</source>
        <extracomment>%1 is the domain a server belongs to, e.g. &quot;example.com&quot;</extracomment>
        <translation>Gehört zu: %1</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read everything, including the password. Use this only for a server inside your own network.</source>
        <translation>Nicht verschlüsselt: Jeder im Netz kann alles mitlesen, auch das Passwort. Nur für einen Server in Ihrem eigenen Netz verwenden.</translation>
    </message>
    <message>
        <source>Port 465 normally uses SSL/TLS.</source>
        <translation>Port 465 verwendet normalerweise SSL/TLS.</translation>
    </message>
    <message>
        <source>Port 587 normally uses STARTTLS.</source>
        <translation>Port 587 verwendet normalerweise STARTTLS.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation>Zugr&amp;iffstoken:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>OAuth 2 access token from your provider</source>
        <translation>OAuth-2-Zugriffstoken Ihres Anbieters</translation>
    </message>
    <message>
        <source>leave empty to test without logging in</source>
        <translation>leer lassen, um ohne Anmeldung zu testen</translation>
    </message>
    <message>
        <source>Enter the user name that belongs to this token.</source>
        <translation>Geben Sie den Benutzernamen zu diesem Token ein.</translation>
    </message>
    <message>
        <source>Enter the user name that belongs to this password.</source>
        <translation>Geben Sie den Benutzernamen zu diesem Passwort ein.</translation>
    </message>
    <message>
        <source>Without a token only the connection is tested, not the login.</source>
        <translation>Ohne Token wird nur die Verbindung getestet, nicht die Anmeldung.</translation>
    </message>
    <message>
        <source>Without a password only the connection is tested, not the login.</source>
        <translation>Ohne Passwort wird nur die Verbindung getestet, nicht die Anmeldung.</translation>
    </message>
    <message>
        <source>The sender address is not a valid e-mail address.</source>
        <translation>Die Absenderadresse ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter the sender address to check.</source>
        <translation>Geben Sie die zu prüfende Absenderadresse ein.</translation>
    </message>
    <message>
        <source>The recipient address is not a valid e-mail address.</source>
        <translation>Die Empfängeradresse ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter the address the test message should go to.</source>
        <translation>Geben Sie die Adresse ein, an die die Testnachricht gehen soll.</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.beispiel.de</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation>Versch&amp;lüsselung:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Encryption choice: TLS from the first byte, usually port 465 (keep &quot;SSL/TLS&quot;)</extracomment>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <extracomment>Encryption choice: STARTTLS, usually port 587 (keep &quot;STARTTLS&quot;)</extracomment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (insecure)</source>
        <extracomment>Encryption choice that turns encryption off</extracomment>
        <translation>Keine (unsicher)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Login &amp;method:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation>Anmeldever&amp;fahren:</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <extracomment>Login method: let the program pick the best one the server offers</extracomment>
        <translation>Automatisch (empfohlen)</translation>
    </message>
    <message>
        <source>OAuth 2 access token</source>
        <extracomment>Login method: an OAuth 2 access token instead of a password</extracomment>
        <translation>OAuth-2-Zugriffstoken</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>meist Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>What to test</source>
        <translation>Was getestet wird</translation>
    </message>
    <message>
        <source>The connection and the login</source>
        <translation>Die Verbindung und die Anmeldung</translation>
    </message>
    <message>
        <source>Also check that the server accepts the sender address (nothing is sent)</source>
        <translation>Außerdem prüfen, ob der Server die Absenderadresse annimmt (es wird nichts gesendet)</translation>
    </message>
    <message>
        <source>Also send a test message</source>
        <translation>Außerdem eine Testnachricht senden</translation>
    </message>
    <message>
        <source>Sen&amp;der address:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation>Absender&amp;adresse:</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Rec&amp;ipient:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation>Empfän&amp;ger:</translation>
    </message>
    <message>
        <source>Recipient of the test message</source>
        <translation>Empfänger der Testnachricht</translation>
    </message>
    <message>
        <source>Additional trusted certificate authorities</source>
        <translation>Zusätzliche vertrauenswürdige Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>none (only the system&apos;s certificate store is trusted)</source>
        <translation>keine (nur dem Zertifikatsspeicher des Systems wird vertraut)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 the reason it could not be used</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n certificate(s))</source>
        <extracomment>%1 is a file name, %n the number of certificates in it</extracomment>
        <translation>
            <numerusform>%1 (%n Zertifikat)</numerusform>
            <numerusform>%1 (%n Zertifikate)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Choose an additional trusted CA file</source>
        <translation>Eine zusätzliche vertrauenswürdige CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Stop trusting the additional CA file</source>
        <translation>Der zusätzlichen CA-Datei nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>&amp;Test settings</source>
        <translation>Einstellungen &amp;testen</translation>
    </message>
    <message>
        <source>Test settings</source>
        <translation>Einstellungen testen</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::StepList</name>
    <message>
        <source>Find the server (DNS)</source>
        <extracomment>Step of a check: looking up the server name in DNS</extracomment>
        <translation>Server finden (DNS)</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Step of a check: opening the network connection</extracomment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Encryption (SSL/TLS)</source>
        <extracomment>Step of a check: setting up implicit TLS (keep &quot;SSL/TLS&quot;)</extracomment>
        <translation>Verschlüsselung (SSL/TLS)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <extracomment>Step of a check: the server&apos;s first message</extracomment>
        <translation>Begrüßung des Servers</translation>
    </message>
    <message>
        <source>Introduction (EHLO)</source>
        <extracomment>Step of a check: the EHLO command (keep &quot;EHLO&quot;)</extracomment>
        <translation>Vorstellung (EHLO)</translation>
    </message>
    <message>
        <source>Encryption (STARTTLS)</source>
        <extracomment>Step of a check: switching on encryption with STARTTLS (keep &quot;STARTTLS&quot;)</extracomment>
        <translation>Verschlüsselung (STARTTLS)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>Step of a check: verifying the server&apos;s certificate</extracomment>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Step of a check: logging in with user name and password</extracomment>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sender address</source>
        <extracomment>Step of a check: the optional sender check or test message</extracomment>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>Column headers of the step list</extracomment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Steps of the test</source>
        <translation>Schritte des Tests</translation>
    </message>
    <message>
        <source>waiting</source>
        <extracomment>State of a step in the step list</extracomment>
        <translation>wartet</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>nicht gewünscht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2 %3 %4</source>
        <extracomment>Accessible text of a step; %1 step name, %2 state, %3 time, %4 details</extracomment>
        <translation>%1: %2 %3 %4</translation>
    </message>
    <message>
        <source>trusted by you</source>
        <translation>von Ihnen vertraut</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>kein Passwort</translation>
    </message>
    <message>
        <source>not offered</source>
        <extracomment>Detail of the STARTTLS step: the server did not offer encryption</extracomment>
        <translation>nicht angeboten</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::TimingChart</name>
    <message>
        <source>Time taken by each step</source>
        <translation>Dauer jedes Schritts</translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <extracomment>Accessible chart text; %1 step name, %2 milliseconds</extracomment>
        <translation>%1: %2 ms</translation>
    </message>
    <message>
        <source>No timings yet.</source>
        <translation>Noch keine Zeiten.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Axis label of the timing chart, milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::TimingsTab</name>
    <message>
        <source>The time each step took appears here.</source>
        <translation>Hier erscheint, wie lange jeder Schritt gedauert hat.</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 ms, with %n round trip(s) to the server.</source>
        <extracomment>%1 is a duration in milliseconds; %n the number of times SMTP Doctor waited for the server</extracomment>
        <translation>
            <numerusform>Gesamt: %1 ms, mit %n Rundreise zum Server.</numerusform>
            <numerusform>Gesamt: %1 ms, mit %n Rundreisen zum Server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::TranscriptTab</name>
    <message>
        <source>Protocol transcript</source>
        <translation>Protokollmitschrift</translation>
    </message>
    <message>
        <source>C: lines were sent by SMTP Doctor, S: lines by the server, * lines are notes. Passwords are replaced by %1.</source>
        <extracomment>%1 is the marker that stands where a password was, e.g. &quot;[redacted]&quot;</extracomment>
        <translation>C:-Zeilen hat SMTP Doctor gesendet, S:-Zeilen der Server, *-Zeilen sind Anmerkungen. Passwörter sind durch %1 ersetzt.</translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation>Protokoll kopieren</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Das Protokoll kopieren</translation>
    </message>
</context>
</TS>
