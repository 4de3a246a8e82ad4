<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchText</name>
    <message>
        <source>The line is not valid UTF-8 text.</source>
        <extracomment>A line of a batch file (one e-mail address per line) could not be read.</extracomment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp-doctor-cli: %1</source>
        <extracomment>%1 is what is wrong with the command line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an outgoing mail (SMTP) server live: connection, encryption, certificate, login and optionally a test message.</source>
        <extracomment>Description of &quot;smtp-doctor-cli test&quot; in --help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name, e.g. smtp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (default: 465 for tls, 587 otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls (implicit TLS), starttls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method: auto, plain, login, cram-md5, scram-sha-256, scram-sha-1, xoauth2, oauthbearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an OAuth 2 access token from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an OAuth 2 access token from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --security none: allow sending the password unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address: checks that the server accepts it (nothing is sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --from: send a real test message to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to announce in EHLO (default: our address literal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the server certificate with this SHA-256 fingerprint (hex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this IP address instead of looking up the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print the (redacted) protocol transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the output: en or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown security mode &quot;%1&quot; (use tls, starttls or none)</source>
        <extracomment>%1 is what the user typed after --security</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin and --token-stdin cannot both read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1 is not set.</source>
        <extracomment>%1 is the name of an environment variable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password or token needs --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown login method &quot;%1&quot;.</source>
        <extracomment>%1 is what the user typed after --auth</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-plaintext-auth only goes with --security none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate could be read from %1.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin-sha256 needs 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--address needs an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp-doctor-cli: unknown command &quot;%1&quot;</source>
        <extracomment>%1 is the command the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask the online provider database (a third party).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base address of the online provider database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also try unencrypted HTTP for the configuration file (untrusted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not test the found servers live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ispdb-url needs an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect needs exactly one e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the outgoing server of %1</source>
        <extracomment>%1 is an e-mail address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the outgoing server for an e-mail address, then checks the best confirmed one live, with the login if a password or token is given.</source>
        <extracomment>Description of &quot;smtp-doctor-cli check&quot; in --help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needs exactly one e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confirmed server to test.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the check, also write a report for a helpdesk ticket to this file; the format follows the extension: .txt, .html (or .htm) or .json. It never contains the password or token. The exit code stays that of the check; if the report cannot be written, that is said on standard error and the exit code is 2 when the check itself succeeded.</source>
        <extracomment>Help of --report. Keep the file extensions and the number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report: cannot tell the format from &quot;%1&quot;; use a file name ending in .txt, .html, .htm or .json.</source>
        <extracomment>%1 is the file name the user gave. Keep the extensions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report: %1 is a directory.</source>
        <extracomment>%1 is the file name the user gave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report: the directory %1 does not exist.</source>
        <extracomment>%1 is a directory name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp-doctor-cli: no report was written to %1, because no server was tested.</source>
        <extracomment>%1 is the file name given with --report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; split it into smaller files.</source>
        <extracomment>%1 is a file name, %2 a size in MiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch file has more than %L1 lines; split it into smaller files.</source>
        <extracomment>%L1 is the maximum number of lines</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n line(s) checked</source>
        <translation>
            <numerusform>%1 of %n line checked</numerusform>
            <numerusform>%1 of %n lines checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Finds the outgoing mail server settings for an e-mail address: from the built-in provider list, the domain&apos;s configuration file, DNS and live tests, all at once. No password is needed or sent.</source>
        <extracomment>Description of &quot;smtp-doctor-cli detect&quot; in --help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --batch FILE: one address per line (&quot;-&quot; reads standard input; empty lines and lines starting with # are skipped; at most %L1 lines and %2 MiB). Every domain is detected once, at most --jobs domains at a time (default %3); the output is one JSON object per line of the file, in the file&apos;s order: the one --json prints, plus &quot;line&quot; and &quot;input&quot;.</source>
        <extracomment>Part of the --help of &quot;smtp-doctor-cli detect&quot;. %L1 is a number of lines, %2 a size in MiB, %3 the default of --jobs. Keep &quot;#&quot;, &quot;-&quot;, &quot;line&quot; and &quot;input&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 settings found (with --batch: for every address), 2 invalid address or usage error, 3 nothing found (with --batch: for some address).</source>
        <extracomment>Part of the --help of &quot;smtp-doctor-cli detect&quot;. Keep the numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect every address in this file, one per line (&quot;-&quot;: standard input); prints JSON Lines.</source>
        <extracomment>Help of --batch. Keep &quot;-&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --batch: detect this many domains at once (%1 to %2).</source>
        <extracomment>Help of --jobs. %1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <extracomment>Placeholder of the value of --jobs in --help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detect takes either an e-mail address or --batch, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs works only with --batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs must be a whole number from %1 to %2.</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard input is larger than %1 MiB; split it into smaller files.</source>
        <extracomment>%1 is a size in MiB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the search for the server at most this many seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--detect-timeout must be a number of seconds between 0 and 600.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Security mode shown in the header line (implicit TLS)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <extracomment>Security mode shown in the header line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 port %2 (%3)</source>
        <extracomment>Header of the text output. %1 server name, %2 port, %3 security mode</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 %3 ms</source>
        <extracomment>One line per step: %1 mark, %2 step name, %3 milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <extracomment>%1 is a sentence that says what the result means</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1 (%2)</source>
        <extracomment>%1 is a sentence that says what went wrong, %2 a stable identifier such as AUTH_CREDENTIALS_INVALID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <extracomment>%1 is the server&apos;s reply, quoted literally</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <extracomment>%1 is a technical detail in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate accepted by its pinned fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: %1, %2, %3</source>
        <extracomment>%1 TLS version, %2 cipher, %3 how the certificate was checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problems: %1</source>
        <extracomment>%1 is a list of certificate problems</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid for: %1 (until %2)</source>
        <extracomment>%1 the names a certificate is valid for, %2 its expiry date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint: %1</source>
        <extracomment>%1 is a SHA-256 fingerprint in hex</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message accepted, queue id: %1</source>
        <extracomment>%1 is the server&apos;s identifier of the accepted message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 ms, %n round trip(s)</source>
        <extracomment>%1 milliseconds, %n number of network round trips</extracomment>
        <translation>
            <numerusform>Total: %1 ms, %n round trip</numerusform>
            <numerusform>Total: %1 ms, %n round trips</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript (passwords removed):</source>
        <extracomment>Heading above the protocol transcript</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <extracomment>%1 is the likely cause of a problem, in plain language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <extracomment>%1 is advice on what to do about a problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <extracomment>%1 is a hint about a specific mail provider or port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid e-mail address: %1</source>
        <extracomment>%1 explains what is wrong with the e-mail address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain: %1 (%2)</source>
        <extracomment>%1 is a domain in Unicode, %2 the same domain in its ASCII (punycode) form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>%1 is a note about the mail provider</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outgoing server was found. Asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server settings, best first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 port %3, %4 (%5, %6)</source>
        <extracomment>One candidate: %1 number, %2 host, %3 port, %4 security mode, %5 trust, %6 test state</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to: %1</source>
        <extracomment>%1 is the domain a server name belongs to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name: %1</source>
        <extracomment>%1 is the login name to use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from: %1</source>
        <extracomment>%1 is a list of where the settings came from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 ms</source>
        <extracomment>%1 is a duration in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectNoteText</name>
    <message>
        <source>%1 offers no outgoing server for other mail programs; sending works only through the provider&apos;s bridge app on this computer.</source>
        <extracomment>%1 is the provider&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no outgoing server (SMTP) for other mail programs at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts only sign-in through the provider&apos;s web page (OAuth 2), not a password.</source>
        <extracomment>%1 is the provider&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider needs an app password for mail programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider needs a separate password for mail programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access for mail programs must first be switched on in the provider&apos;s web settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is an instruction, %2 a web address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s help page: %1</source>
        <extracomment>%1 is a web address of the provider&apos;s help page</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectText</name>
    <message>
        <source>Built-in provider list</source>
        <extracomment>Source of settings: the provider list that comes with the program</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain&apos;s configuration file</source>
        <extracomment>Source of settings: the configuration file published by the mail domain (autoconfig)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain&apos;s well-known configuration</source>
        <extracomment>Source of settings: the configuration file at the domain&apos;s well-known address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online provider database</source>
        <extracomment>Source of settings: Thunderbird&apos;s online provider database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS SRV record (SSL/TLS)</source>
        <extracomment>Source of settings: DNS SRV record for implicit TLS submission</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS SRV record (STARTTLS)</source>
        <extracomment>Source of settings: DNS SRV record for STARTTLS submission</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail server (MX)</source>
        <extracomment>Source of settings: derived from the domain&apos;s incoming mail server (MX record)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common server names, tried live</source>
        <extracomment>Source of settings: common server names tried live</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain&apos;s configuration file (unencrypted HTTP)</source>
        <extracomment>Source of settings: configuration file fetched without encryption (HTTP)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking…</source>
        <extracomment>State of a settings source: still asking</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <extracomment>State of a settings source</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing there</source>
        <extracomment>State of a settings source</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>State of a settings source</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <extracomment>State of a settings source: no answer in time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>State of a settings source: not needed because a better answer was already there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <extracomment>How far detected settings can be trusted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably right</source>
        <extracomment>How far detected settings can be trusted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guess</source>
        <extracomment>How far detected settings can be trusted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption: anyone on the network could read the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 is often blocked by internet providers for sending mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server belongs to a different domain than your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings came over an unencrypted connection and could have been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file was redirected to a different domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server accepts only OAuth 2 sign-in, not a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live test of this server did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosisText</name>
    <message>
        <source>Everything works: the server accepted the test message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works: the server accepted the sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works: the login was successful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works: the server is reachable and the connection is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tested steps worked, and the connection was encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can use these settings in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this login method (SCRAM) a genuine server proves its identity. This server did not, which points to a faulty server or to someone impersonating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use this connection. Test again from another network and report the problem to the server administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered in a way the mail protocol does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was malformed or unexpected, or the connection ended suddenly. A firewall or proxy on the way may be interfering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, if possible from another network. If the error remains, send the check&apos;s transcript to the server administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer on port 25.</source>
        <extracomment>%1 is the server name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 is very often blocked by internet providers, company networks and cloud hosts. Mail programs are not meant to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use port 587 (STARTTLS) or port 465 (SSL/TLS) instead of port 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 did not answer on port %2.</source>
        <extracomment>%1 is the server name, %2 the port number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall probably blocks this port: on your network, at your internet provider or at the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name and port. Try port 587 (STARTTLS) or 465 (SSL/TLS). If that fails too, test from another network or ask your IT department about the firewall or VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption setting does not fit port %1.</source>
        <extracomment>%1 is the port number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port expects encryption from the very first moment (SSL/TLS), but the program started without it and waited for the server&apos;s greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the encryption setting to SSL/TLS and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port starts without encryption and switches to it on request (STARTTLS), but the program expected encryption from the first moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the encryption setting to STARTTLS and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was opened, but the server did not greet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some servers expect encryption from the first moment (SSL/TLS) and wait silently. Others pause on purpose before greeting, or a firewall or antivirus program holds the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later. If the server stays silent, ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try SSL/TLS as the encryption setting (usually with port 465). If that does not help, try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server works, but the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others on the network could read your password and your messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SSL/TLS (port 465) or STARTTLS (port 587) as the encryption setting if the server supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check succeeded, but unexpected data arrived just before encryption started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After agreeing to encrypt, the server (or something between you and the server) sent unprotected data. The program discarded it. This can be a faulty server or an attack on the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again from another network. If it happens again, report it to the server administrator or your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are incomplete or contain characters that cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required field is empty, or a field contains spaces, line breaks or other characters that are not allowed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name, port, user name, password and addresses, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped before it could finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the check again to get a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server or the network is slow or overloaded, or a firewall holds the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, test from another network or contact the server administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <extracomment>%1 is the server name the user entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may be misspelled or may not exist. It is also possible that this computer cannot look up names at the moment (DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, and use exactly the outgoing mail server name your provider documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the connection on port %2.</source>
        <extracomment>%1 is the server name, %2 the port number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail service is listening on this port, or a firewall rejects the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name and port. Mail programs usually use port 587 (STARTTLS) or 465 (SSL/TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s network cannot be reached from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The internet connection may be down, a VPN may be in the way, or the server has only an address type (such as IPv6) that your network does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection and VPN of this computer, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only offers outdated encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server supports only old TLS versions or weak ciphers. This program does not accept them, to protect your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server administrator must enable TLS 1.2 or newer. Please contact your provider or IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption handshake was interrupted. The server&apos;s encryption may be misconfigured, or a device on the network (firewall, antivirus program, proxy) interferes with the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later or from another network. If the problem remains, report it to the server administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are valid only for a limited time. Either the server&apos;s certificate has really expired, or the date and time on this computer are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First check the date, time and time zone of this computer. If they are correct, the server administrator must renew the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>According to this computer&apos;s clock, the certificate&apos;s validity starts in the future. Usually this computer&apos;s date or time is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the date, time and time zone of this computer, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name you entered is not listed in the certificate. Often the name is an alias for your provider&apos;s server; rarely, something on the network redirects the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of the names the certificate is valid for (see the details), usually the server name your provider documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by an authority this computer does not trust. This happens with company-internal certificates, or when an antivirus program or proxy inspects encrypted connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the issuer in the details. If it names your antivirus program or company proxy, switch off its mail scanning or ask your IT department. Trust the certificate only after the administrator has confirmed its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not issued by a recognised authority but by the server itself. That is common on private servers, but it is also what an interception of the connection looks like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server administrator for the certificate&apos;s fingerprint and compare it with the one in the details. Trust the certificate only if they match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate chain is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends its certificate without the intermediate certificate that links it to a trusted authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server administrator must install the intermediate certificate. Some other programs work anyway because they fetch it themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS) on this port; your password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either this port does not support encryption, or a device on the network removed the offer, which would be an attack on the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try SSL/TLS on port 465 or STARTTLS on port 587. If this setting worked before, the network may be intercepting the connection: test from another network and tell your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers STARTTLS but rejected it, for example because its encryption is temporarily unavailable or misconfigured. Nothing secret was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, report it to the server administrator, or try SSL/TLS on port 465.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not available at the moment and closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is overloaded, under maintenance or limits the number of connections, or it temporarily blocks your internet address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a while and try again; avoid many quick retries. If it fails only from this network, your internet address may be on a block list: ask your internet provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses connections from your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server turned the connection away at the start, usually because your internet address is blocked or because this server is not meant for mail programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the outgoing mail server and port your provider documents for mail programs (usually port 587 or 465). If that is the right server, ask the provider whether your internet address is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected this program&apos;s greeting (EHLO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support the extended mail protocol, or a firewall with &quot;SMTP inspection&quot; alters the commands. The server may also reject the computer name the program announced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure sending is not possible this way. Try port 587 or 465, or another server. If you entered your own EHLO name, remove it. IT staff: check the firewall for an SMTP inspection feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer a login on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port is meant for mail between servers and does not accept logins from mail programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the port for mail programs: 587 with STARTTLS or 465 with SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support the chosen login method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login method set in the program is not among the methods the server offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the login method to automatic, or choose one of the methods listed in the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server considers the login method too weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a more secure login method or an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use SSL/TLS or STARTTLS and set the login method to automatic. If your provider supports it, sign in with OAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires an app password instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account uses two-step verification, so mail programs cannot log in with the normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an app password in your account&apos;s security settings and enter it here instead of your normal password, or sign in with OAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider blocked this login as suspicious.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider wants you to confirm the sign-in in a web browser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your mail account in a web browser on this computer or network and confirm the activity if asked, then test again. An app password or OAuth avoids this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the provider requires a special password for mail programs (an app password or a separate e-mail password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the user name is your full e-mail address and type the password again (watch Caps Lock and the keyboard layout, e.g. Y and Z). If your provider uses app passwords or a separate e-mail password, enter that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login by password is switched off for your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Microsoft 365 organisation has turned off SMTP login (SMTP AUTH) for its mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your Microsoft 365 administrator to allow SMTP AUTH for your mailbox, or use a program that signs in with OAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security policy of your organisation blocks this login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules such as security defaults or conditional access block password logins from mail programs, or SMTP login is switched off for your mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your administrator to allow authenticated SMTP for your mailbox or to exempt it from the policy, or sign in with OAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts this login only over an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this login method, the password would travel over the network in readable form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SSL/TLS (port 465) or STARTTLS (port 587) as the encryption setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password must be changed before you can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider requires a new password for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to your webmail, change the password there, then enter the new password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed temporarily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s login service has a temporary problem, or it blocks logins for a while after too many failed attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes (up to an hour) and try again. Make sure that no other device keeps trying an old password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider or your administrator has disabled this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your provider or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires encryption before login or sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program tried to log in or send over an unencrypted connection, which the server does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a login before it accepts mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login took place, so the server does not accept mail from this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on &quot;server requires authentication&quot; and enter your user name (usually the full e-mail address) and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not sent because the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others on the network could read a password sent over this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address does not belong to the account you logged in with, or it is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the e-mail address of your account as the sender, or ask your provider to allow this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to send as this sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address differs from your mailbox, and your account has no &quot;Send As&quot; permission for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from your own address, or ask your administrator to grant &quot;Send As&quot; permission for this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not forward mail to this recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server forwards mail to other domains only after a successful login. No login took place, or it does not allow sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on login (SMTP authentication) with your user name and password, and use port 587 or 465. If you run the mail server yourself, allow this device to relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this recipient address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient does not exist, or the server refuses to deliver to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the recipient address for typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has too many recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server limits the number of recipients per message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message in several smaller batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than the server allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server limits the size of messages. Attachments grow by about a third when they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the attachments smaller, or share large files as a download link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient has no space left for new messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient must free up space; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has reached its sending limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider limits how many messages or recipients an account may send per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the limit resets, usually after 24 hours. For mass mailings, use a newsletter service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to try again later (greylisting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fight spam, the server delays mail from senders it does not know yet. This is normal and temporary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again in a few minutes. Mail programs and servers retry automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a temporary problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not process the request at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later. If the error remains, contact the server administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the message because of its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message or the sender did not pass the server&apos;s spam or security checks, for example the SPF, DKIM or DMARC records of the sender&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the administrator of the sender&apos;s domain to check SPF, DKIM and DMARC. The server&apos;s answer often names the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept addresses with special characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address contains characters outside plain ASCII (such as umlauts), and the server does not support them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an address without special characters. Domain names with umlauts can be written in their &quot;xn--&quot; form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected a line as too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command of this program was longer than the server accepts, for example because of a long OAuth token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a limit of the program or the server. Please report it together with the check&apos;s transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not recognise a parameter of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program used a mail protocol extension that the server does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please report this together with the check&apos;s transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server received commands in an order it did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is usually an error in the program, sometimes a peculiarity of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <extracomment>%1 is the subject of the server&apos;s certificate, as the certificate states it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <extracomment>%1 is the issuer of the server&apos;s certificate, as the certificate states it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <extracomment>%1 is a SHA-256 fingerprint in hexadecimal</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate check: %1</source>
        <extracomment>%1 is one problem found when checking the certificate (text from the TLS library)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <extracomment>%1 is the technical error text of the TLS library, in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tried %n address(es): %1</source>
        <extracomment>%n is the number of IP addresses, %1 the list of addresses</extracomment>
        <translation>
            <numerusform>Tried %n address: %1</numerusform>
            <numerusform>Tried %n addresses: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The server announced no extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announced: %1</source>
        <extracomment>%1 is the list of SMTP extensions the server announced, e.g. &quot;SIZE, PIPELINING, AUTH&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid from %1; this computer&apos;s clock says %2.</source>
        <extracomment>%1 is the date from which the certificate is valid, %2 this computer&apos;s current date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1; this computer&apos;s clock says %2.</source>
        <extracomment>%1 is the certificate&apos;s expiry date, %2 this computer&apos;s current date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected certificate in the chain: %1</source>
        <extracomment>%1 is the subject of an intermediate certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was accepted because it matches the fingerprint you confirmed earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting setting for port %1: SSL/TLS (encrypted from the start).</source>
        <extracomment>%1 is a port number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting setting for port %1: STARTTLS (encryption after the greeting).</source>
        <extracomment>%1 is a port number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered: %1</source>
        <extracomment>%1 is the server name the user entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid for: %1</source>
        <extracomment>%1 is a list of server names taken from the certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no login method on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers these login methods: %1</source>
        <extracomment>%1 is a list of login (SASL) methods such as &quot;PLAIN, LOGIN&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method tried: %1</source>
        <extracomment>%1 is the name of a login (SASL) method such as &quot;CRAM-MD5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts messages up to %1.</source>
        <extracomment>%1 is a size such as &quot;25.0 MB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <extracomment>%1 is a technical description of the problem, in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) that arrived after the server agreed to STARTTLS were discarded.</source>
        <extracomment>%n is a number of bytes</extracomment>
        <translation>
            <numerusform>%n byte that arrived after the server agreed to STARTTLS was discarded.</numerusform>
            <numerusform>%n bytes that arrived after the server agreed to STARTTLS were discarded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft is retiring password login (Basic authentication) for SMTP. Plan to use a program that signs in with OAuth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail: use smtp.gmail.com with SSL/TLS on port 465 or STARTTLS on port 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Google 2-Step Verification, Gmail accepts only an app password or OAuth sign-in, not your normal Google password. Accounts in Google&apos;s Advanced Protection Program cannot use app passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 and Outlook.com: use smtp.office365.com with STARTTLS on port 587. Ports 465 and 25 are not meant for mail programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 administrators can switch off SMTP login for the whole organisation or for single mailboxes (error 5.7.139).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365: the sender must be the mailbox you log in with, unless you have &quot;Send As&quot; permission for the address (error 5.7.60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 accepts only TLS 1.2 or newer. Older devices such as printers or scanners that fail with error 4.7.66 need an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCloud Mail: use smtp.mail.me.com with STARTTLS on port 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCloud Mail requires an app-specific password created in your Apple account settings, not your Apple account password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-Online: use securesmtp.t-online.de with SSL/TLS on port 465 or STARTTLS on port 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-Online: mail programs need the separate e-mail password that you set in the Telekom customer centre, not your Telekom login password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMX and WEB.DE: access by mail programs (POP3, IMAP, SMTP) may first have to be allowed in the settings of your webmail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES: encryption (STARTTLS or SSL/TLS) must be active before the login, and the login uses the SMTP credentials created for SES, not your AWS console password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 is meant for mail between servers. Many internet providers, cloud hosts and guest networks block it or redirect it to their own server. To send from a mail program, use port 587 (STARTTLS) or 465 (SSL/TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption has disappeared: these settings were encrypted before, now they are not. Your password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last successful test of this server and port, on %1, was encrypted. Now the server offers no encryption. Servers rarely drop encryption; a device between you and the server (a public Wi-Fi, a compromised router, a security program) removing it is an attack on your password.</source>
        <extracomment>%1 is a date and time, e.g. &quot;2026-11-29 14:05 UTC&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not switch encryption off and do not send mail over this network. Test again from another network, for example your phone&apos;s hotspot. If it works there, tell whoever runs this network; if it fails everywhere, ask your provider whether the server was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last encrypted session with these settings: %1</source>
        <extracomment>%1 is a date and time, e.g. &quot;2026-11-29 14:05 UTC&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortsText</name>
    <message>
        <source>AUTH before TLS: %1</source>
        <extracomment>%1 is a list of login methods</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH: %1</source>
        <extracomment>%1 is a list of login methods</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greets as %1</source>
        <extracomment>%1 is the host name a server announces in its greeting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says &quot;%1&quot;</source>
        <extracomment>%1 is the first line a server sent, quoted literally</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>%1 milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate for %1</source>
        <extracomment>%1 is a list of names a certificate is valid for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed</source>
        <extracomment>%1 is the name of who issued a certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <extracomment>%1 is a date (YYYY-MM-DD)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>One finding: %1 the sentence, %2 its stable identifier such as PORT25_BLOCKED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <extracomment>%1 says which port and security mode to use, and why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: none. No setting on this server is safe for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled; the results are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 ms</source>
        <extracomment>%1 milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  a secure setting was found
  2  usage error
  3  no port answered with SMTP
  4  SMTP answered, but only without encryption or with a certificate problem</source>
        <extracomment>Help of &quot;smtp-doctor-cli ports&quot;: the exit codes. Keep the numbers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks which mail submission ports (465, 587, 25, 2525) of a server answer, what they speak, how they are encrypted, and recommends the best secure setting. Needs no password.</source>
        <extracomment>Description of &quot;smtp-doctor-cli ports&quot; in --help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit of each probe in seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one server name: smtp-doctor-cli ports HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server name contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking ports %1 of %2 (no password is sent)</source>
        <extracomment>%1 a list of port numbers, %2 the server name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Security mode: implicit TLS (encrypted from the first byte), as mail programs call it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <extracomment>Security mode</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <extracomment>State of a port: nothing listens there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (timed out)</source>
        <extracomment>State of a port: the connection attempt got no answer at all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name not found</source>
        <extracomment>State of a port: the server name could not be resolved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <extracomment>State of a port: no route to the server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP with SSL/TLS</source>
        <extracomment>What a port speaks: SMTP inside TLS from the first byte</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP with STARTTLS</source>
        <extracomment>What a port speaks: plain-text SMTP that offers STARTTLS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP without encryption (no STARTTLS)</source>
        <extracomment>What a port speaks: plain-text SMTP without STARTTLS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP, but the server refuses the session</source>
        <extracomment>What a port speaks: SMTP, but the server refuses the session in its greeting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown protocol, not SMTP</source>
        <extracomment>What a port speaks: something that is not SMTP and that we cannot name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not SMTP</source>
        <extracomment>What a port speaks: %1 is a protocol name such as HTTP or SSH</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts the connection, but says nothing</source>
        <extracomment>What a port speaks: it accepts the connection but says nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate expired or not yet valid</source>
        <extracomment>The certificate is outside its validity period (expired or not valid yet)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate for another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 expects SSL/TLS from the first byte (implicit TLS), although STARTTLS is usual on this port. A mail program set to STARTTLS on port %1 fails here (it waits for a greeting that never comes); choose SSL/TLS for this port.</source>
        <extracomment>%1 is a port number such as 587</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 465 answers in plain text and offers STARTTLS, although SSL/TLS from the first byte is usual on this port. A mail program set to SSL/TLS on port 465 fails here (&quot;wrong version number&quot;); choose STARTTLS for this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 465 answers in plain text and offers no encryption at all, although SSL/TLS from the first byte is usual on this port. Do not send a password over this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate on port %1 is only valid from %2 to %3, which does not include now. Check this computer&apos;s date and time; if they are right, the server&apos;s administrator must renew the certificate.</source>
        <extracomment>%1 port, %2 and %3 dates (YYYY-MM-DD)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate on port %1 is self-signed: nobody vouches for it. Accept it only if you can compare its fingerprint with one the administrator gave you.</source>
        <extracomment>%1 port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate on port %1 was issued by &quot;%2&quot;, which this computer does not trust. This happens with private certificate authorities, with an incomplete certificate chain on the server, and when an antivirus program or a proxy intercepts encrypted connections.</source>
        <extracomment>%1 port, %2 the issuer&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate on port %1 is not valid for %2 but for: %3. Use one of these names as the server name if it belongs to your provider.</source>
        <extracomment>%1 port, %2 the server name asked for, %3 the names the certificate is valid for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 presents a self-signed certificate, while the other ports of this server present certificates issued by &quot;%2&quot;. A different certificate on one port is a sign that something intercepts the connection (an antivirus &quot;mail shield&quot;, a company proxy or an attacker).</source>
        <extracomment>%1 port, %2 the issuer of the other ports&apos; certificates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate on port %1 was issued by &quot;%2&quot;, but the other ports&apos; certificates by &quot;%3&quot;. A different issuer on one port of the same server is a sign that something intercepts the connection (an antivirus &quot;mail shield&quot;, a company proxy or an attacker).</source>
        <extracomment>%1 port, %2 the issuer on this port, %3 the issuer on the other ports</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 greets as %2, which belongs to another organisation (%3) than %4, unlike the other ports. A transparent proxy of your network provider or an antivirus program probably intercepts connections to this port.</source>
        <extracomment>%1 port, %2 the host name in the greeting, %3 its domain, %4 the domain asked for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 greets as %2, which belongs to another organisation (%3) than %4. This is normal when your server name is an alias for a hosting provider&apos;s server; otherwise a transparent proxy of your network provider or an antivirus program may intercept the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate on port %1 belongs to another organisation (%2) than %3, unlike the certificates on the other ports. A transparent proxy of your network provider or an antivirus program probably intercepts connections to this port.</source>
        <extracomment>%1 port, %2 the domain the certificate belongs to, %3 the domain asked for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate on port %1 belongs to another organisation (%2) than %3. This is normal when your server name is an alias for a hosting provider&apos;s server (then use the provider&apos;s name); otherwise a transparent proxy or an antivirus program may intercept the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 answers with HTTP: a web server or a web proxy listens there, not a mail server.</source>
        <extracomment>%1 port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 answers with SSH (remote login), not with SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 answers with POP3, the protocol for fetching mail, not for sending it. Check that you did not enter the incoming server&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 answers with IMAP, the protocol for reading mail, not for sending it. Check that you did not enter the incoming server&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 answers with something that is not SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 does not answer at all, while the submission ports do: your network or internet provider probably blocks outgoing connections to port 25. This is common and harmless for mail programs, which should use 465 or 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Port %1 does not offer STARTTLS, although the same server offers it on %n other port(s): %2. Something on the way may remove it (STARTTLS stripping, typical of some firewalls and of attacks). Never send a password over port %1.</source>
        <extracomment>%1 this port, %2 the other ports (a list of numbers), %n how many they are</extracomment>
        <translation>
            <numerusform>Port %1 does not offer STARTTLS, although the same server offers it on %n other port: %2. Something on the way may remove it (STARTTLS stripping, typical of some firewalls and of attacks). Never send a password over port %1.</numerusform>
            <numerusform>Port %1 does not offer STARTTLS, although the same server offers it on %n other ports: %2. Something on the way may remove it (STARTTLS stripping, typical of some firewalls and of attacks). Never send a password over port %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 offers login (%2) before the connection is encrypted. Well-configured servers offer it only after STARTTLS; a careless mail program could send the password in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 offers login (%2) without any encryption: a password sent there travels in plain text and can be read on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake on port %1 fails (%2). The server&apos;s encryption is broken or something on the way interferes; no setting on this port is safe.</source>
        <extracomment>%1 port, %2 a technical error message in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 speaks SMTP but refuses the session: &quot;%2&quot;. The server may block your network or be overloaded.</source>
        <extracomment>%1 port, %2 the server&apos;s greeting, quoted literally</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 accepts the connection but sends no greeting. It may be a server that greets only after a long pause, a firewall that holds connections, or a service that waits for its client to speak first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be found. Check the spelling of the server name.</source>
        <extracomment>%1 is the server name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No port answers with SMTP. Check the server name: it may be a web or other server rather than the outgoing mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the ports answers. Check the server name, and whether a firewall on your network blocks outgoing connections to mail ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Encryption is available on %n port(s) (%1), but the certificate cannot be verified, so no setting is safe for a password yet. Use the server name the certificate is valid for, or ask the administrator to fix the certificate.</source>
        <extracomment>%1 a list of port numbers, %n how many they are</extracomment>
        <translation>
            <numerusform>Encryption is available on %n port (%1), but the certificate cannot be verified, so no setting is safe for a password yet. Use the server name the certificate is valid for, or ask the administrator to fix the certificate.</numerusform>
            <numerusform>Encryption is available on %n ports (%1), but the certificate cannot be verified, so no setting is safe for a password yet. Use the server name the certificate is valid for, or ask the administrator to fix the certificate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server offers encryption on %n port(s) (%1), but the TLS handshake fails, so no setting is safe for a password. The administrator must fix the server&apos;s encryption.</source>
        <extracomment>%1 a list of port numbers, %n how many they are</extracomment>
        <translation>
            <numerusform>The server offers encryption on %n port (%1), but the TLS handshake fails, so no setting is safe for a password. The administrator must fix the server&apos;s encryption.</numerusform>
            <numerusform>The server offers encryption on %n ports (%1), but the TLS handshake fails, so no setting is safe for a password. The administrator must fix the server&apos;s encryption.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server answers only without encryption. A password sent there travels in plain text and can be read on the way, so no setting is recommended. Ask your provider for a secure setting (port 465 with SSL/TLS or 587 with STARTTLS); if another network shows encryption, this network removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use port %1 with SSL/TLS: the connection is encrypted from the first byte, and the certificate is verified.</source>
        <extracomment>%1 port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use port %1 with STARTTLS: the connection is encrypted before anything secret is sent, and the certificate is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login methods offered there: %1.</source>
        <extracomment>%1 a list of login methods such as PLAIN, LOGIN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no login on this port, so it may not accept mail from a mail program there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 is meant for mail between servers and is often blocked by internet providers; prefer another port if your provider offers one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port uses the unusual mode, so set the security mode explicitly instead of relying on the mail program&apos;s automatic choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>SMTP Doctor report: %1</source>
        <extracomment>Title of the HTML report (browser tab): %1 is the server name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The code of this translation&apos;s language (BCP 47, e.g. &quot;de&quot; for German). It is the HTML lang attribute of reports and names the report language; translate with your code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the report format from the file name %1: use a name ending in .txt, .html or .json.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <extracomment>%1 is a file name, %2 the reason from the system</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>Shown instead of a value that is empty (no user name, no sender, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Shown instead of a date that is unknown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (encrypted from the start)</source>
        <extracomment>Security mode: encrypted from the first byte (implicit TLS, usually port 465)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (encryption after the greeting)</source>
        <extracomment>Security mode: plain connection, then the STARTTLS command (keep &quot;STARTTLS&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Verdict of a check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, with a warning</source>
        <extracomment>Verdict of a check: it worked, but something deserves attention</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Verdict of a check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no login</source>
        <extracomment>How the check logged in: not at all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password (not shown)</source>
        <extracomment>How the check logged in (the password itself is never shown)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2 access token (not shown)</source>
        <extracomment>How the check logged in (the token itself is never shown)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <extracomment>The proxy setting: the connection goes straight to the server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <extracomment>Heading of the report section with the verdict and the explanation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis ID:</source>
        <extracomment>Label of the stable identifier of a diagnosis, such as AUTH_CREDENTIALS_INVALID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation:</source>
        <extracomment>Label of the sentence that explains a successful result</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause:</source>
        <extracomment>Label of the likely cause of a problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <extracomment>Label of a list of facts for the helpdesk (certificate names, offered methods, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical detail:</source>
        <extracomment>Label of a technical message in English (from the network or TLS library)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting security mode:</source>
        <extracomment>Label of the security mode that would fit the tested port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue ID:</source>
        <extracomment>Label of the server&apos;s identifier of the accepted test message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings tested</source>
        <extracomment>Heading of the report section with the settings the check used (never the password)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to address:</source>
        <extracomment>Label of the IP address the check connected to instead of looking up the name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <extracomment>The login method: chosen automatically from those the server offers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted login allowed:</source>
        <extracomment>Label: the user allowed sending the password without encryption</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender:</source>
        <extracomment>Label of the sender address of the check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient:</source>
        <extracomment>Label of the recipient address of the test message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(our own address)</source>
        <extracomment>The EHLO name when none was given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional trusted CAs:</source>
        <extracomment>Label of the number of CA certificates the user trusted in addition to the system&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned SHA-256:</source>
        <extracomment>Label of the certificate fingerprints the user accepted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <extracomment>Heading of the report section with each step of the check and its duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>Column headings of the steps table. The first column holds a check mark or a cross.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time:</source>
        <extracomment>%1 is a duration in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trips:</source>
        <extracomment>Label of the number of network round trips the check waited for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <extracomment>Heading of the report section with addresses, proxy and login</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to:</source>
        <extracomment>Label of the address of the server that answered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy used:</source>
        <extracomment>Label of the proxy the connection goes through</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy setting:</source>
        <extracomment>Label of the proxy the operating system&apos;s settings name for this server (may differ from the one used)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login methods offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not attempted</source>
        <extracomment>State of the login: no login was tried</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <extracomment>State of the login</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>State of the login</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail:</source>
        <extracomment>State of the mail transaction: the server accepted the sender (nothing was sent)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test message accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bytes received:</source>
        <extracomment>Label of the first bytes the server sent, shown literally (tells other protocols apart)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <extracomment>Heading of the report section about encryption</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encrypted connection was attempted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake:</source>
        <extracomment>Label of the state of the TLS handshake</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: trusted, valid and issued for this server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified, accepted by its pinned fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake error:</source>
        <extracomment>Label of the TLS library&apos;s own error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded after STARTTLS:</source>
        <extracomment>Label of the number of bytes dropped because they arrived unencrypted after STARTTLS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates</source>
        <extracomment>Heading of the report section with the server&apos;s certificate chain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n certificate(s), its own first.</source>
        <translation>
            <numerusform>The server sent %n certificate.</numerusform>
            <numerusform>The server sent %n certificates, its own first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate %1 of %2</source>
        <extracomment>Heading of one certificate: %1 its position in the chain, %2 the length of the chain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for names:</source>
        <extracomment>Label of the names (DNS names, IP addresses) a certificate is valid for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM:</source>
        <extracomment>Caption of a certificate in PEM text form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <extracomment>Heading of the report section with the extensions the server announced after EHLO</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name:</source>
        <extracomment>Label of the name the server gives itself in its EHLO reply</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before TLS:</source>
        <extracomment>Capabilities before TLS with implicit TLS: there is no unencrypted part</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: encrypted from the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After TLS:</source>
        <extracomment>Capabilities after TLS when the check did not get that far</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <extracomment>Heading of the report section with the SMTP dialogue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: sent by SMTP Doctor, S: sent by the server, *: what happened. Passwords and tokens are replaced by %1.</source>
        <extracomment>%1 is the marker that stands where a password was (keep C:, S: and *)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>Column headings of the transcript: milliseconds since the start, direction, the line itself</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <extracomment>Heading of the report section about this computer and program</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report created (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program:</source>
        <extracomment>%1 is a version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Doctor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <extracomment>%1 the Qt version in use, %2 the Qt version the program was built with</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Doctor report</source>
        <extracomment>Title of a report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 (%3), %4</source>
        <extracomment>Subtitle of a report: %1 server name, %2 port, %3 security mode, %4 date and time in UTC (ISO 8601, ends in Z)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Autoconfig</name>
    <message>
        <source>The configuration file is too large.</source>
        <extracomment>A downloaded mail configuration file (autoconfig) was rejected.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file is not valid XML.</source>
        <extracomment>A downloaded mail configuration file (autoconfig) was rejected.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file contains a document type declaration (DTD), which is refused for security reasons.</source>
        <extracomment>A downloaded mail configuration file (autoconfig) was rejected. DTD = XML document type definition.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a mail client configuration (config-v1.1).</source>
        <extracomment>A downloaded mail configuration file (autoconfig) was rejected. Keep &quot;config-v1.1&quot; untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file does not describe an e-mail provider.</source>
        <extracomment>A downloaded mail configuration file (autoconfig) was rejected.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::EmailAddress</name>
    <message>
        <source>No e-mail address was entered.</source>
        <extracomment>Error for the e-mail address field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no @ sign.</source>
        <extracomment>Error for the e-mail address field; &quot;@&quot; is the at sign between user name and domain.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains more than one @ sign.</source>
        <extracomment>Error for the e-mail address field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ is missing.</source>
        <extracomment>Error for the e-mail address field; the part before the @ is the user name (&quot;local part&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <extracomment>Error for the e-mail address field; the part after the @ is the domain, e.g. example.org.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a space.</source>
        <extracomment>Error for the e-mail address field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains an invisible control character.</source>
        <extracomment>Error for the e-mail address field; e.g. a tab or line break pasted into the field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quotation mark in the part before the @ is not closed.</source>
        <extracomment>Error for the e-mail address field; the user name may be written in &quot;double quotes&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ must not start or end with a dot or contain two dots in a row.</source>
        <extracomment>Error for the e-mail address field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed there.</source>
        <extracomment>Error for the e-mail address field; e.g. a comma or bracket before the @.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 bytes.</source>
        <extracomment>Error for the e-mail address field; 64 bytes is the limit of RFC 5321.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ must not start or end with a dot or contain two dots in a row.</source>
        <extracomment>Error for the e-mail address field; the domain is the part after the @, e.g. example.org.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ contains a character that is not allowed in domain names.</source>
        <extracomment>Error for the e-mail address field; e.g. an underscore, slash or comma after the @.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the domain between two dots is longer than 63 characters.</source>
        <extracomment>Error for the e-mail address field; in &quot;mail.example.org&quot; the parts are &quot;mail&quot;, &quot;example&quot; and &quot;org&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ is longer than 253 characters.</source>
        <extracomment>Error for the e-mail address field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ has no dot. Automatic detection needs a full internet domain such as example.org.</source>
        <extracomment>Error for the e-mail address field; e.g. &quot;user@localhost&quot;. Keep &quot;example.org&quot; untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address uses an IP address instead of a domain name. Settings cannot be detected automatically for such an address.</source>
        <extracomment>Error for the e-mail address field; e.g. &quot;user@[192.0.2.1]&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Phase</name>
    <message>
        <source>Resolve</source>
        <extracomment>Step of a check: looking up the server&apos;s address in DNS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Step of a check: opening the network connection</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <extracomment>Step of a check: setting up encryption (TLS handshake)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <extracomment>Step of a check: the server&apos;s first message (SMTP greeting)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO</source>
        <extracomment>Step of a check: the EHLO command (keep &quot;EHLO&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <extracomment>Step of a check: the STARTTLS command (keep &quot;STARTTLS&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO (encrypted)</source>
        <extracomment>Step of a check: EHLO again, now encrypted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Step of a check: logging in (SMTP AUTH)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <extracomment>Step of a check: announcing the sender (MAIL FROM)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <extracomment>Step of a check: announcing the recipient (RCPT TO)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Step of a check: transferring the test message (DATA)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>Step of a check: cancelling the mail transaction (RSET)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <extracomment>Step of a check: saying goodbye (QUIT)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::SmtpCheck</name>
    <message>
        <source>SMTP Doctor test message via %1</source>
        <extracomment>Subject of the test message SMTP Doctor sends; %1 is the server name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent by SMTP Doctor to check that %1 port %2 accepts mail.
Sent: %3
</source>
        <extracomment>Body of the test message. %1 server, %2 port, %3 date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::AboutDialog</name>
    <message>
        <source>About SMTP Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Doctor %1</source>
        <extracomment>%1 is the version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds out why e-mail cannot be sent and what the outgoing-server settings are.

Copyright © the SMTP Doctor authors. SMTP Doctor is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY.

The built-in provider database is a copy of Thunderbird&apos;s ISPDB and is licensed under the Mozilla Public License 2.0 (MPL-2.0); see the second tab.

Qt %1 (built with %2), %3.</source>
        <extracomment>%1 and %2 are version numbers of Qt, %3 the TLS library&apos;s name and version</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider database licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Doctor is licensed under the GNU General Public License, version 3 or later (SPDX: GPL-3.0-or-later).

This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.

This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.

You should have received a copy of the GNU General Public License along with this program. If not, see https://www.gnu.org/licenses/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::AccountBar</name>
    <message>
        <source>Looking for the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are kept only in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so passwords are not saved. You will have to enter the password again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;account:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved)</source>
        <extracomment>Entry of the account list for settings that have not been saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these settings as an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password (in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::AddressPage</name>
    <message>
        <source>Enter your e-mail address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the settings for sending e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail address. SMTP Doctor looks up your provider&apos;s outgoing mail server (SMTP) and checks it, without sending your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;address:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is only needed to test the login later. It is sent to no one but the server you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter settings &amp;manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter settings manually</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::CandidateList</name>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Encryption of a connection: TLS from the first byte (keep &quot;SSL/TLS&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <extracomment>Encryption of a connection: none at all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a host name in its technical (ACE) form, %2 the same name with its special characters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 port %2</source>
        <extracomment>Accessible name of a button; %1 is a server name, %2 a port number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to:</source>
        <extracomment>Label before the domain a server belongs to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same domain as your e-mail address</source>
        <extracomment>The server&apos;s domain is the same as the domain of the user&apos;s e-mail address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the domain of your e-mail address (%1): use it only if you know this name as your provider&apos;s</source>
        <extracomment>%1 is a domain such as example.com</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 · %2</source>
        <extracomment>%1 is a port number, %2 the kind of encryption (&quot;SSL/TLS&quot;, &quot;STARTTLS&quot;, &quot;no encryption&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust: %1</source>
        <extracomment>Accessible name of the trust badge; %1 is &quot;trusted&quot;, &quot;probably right&quot; or &quot;guess&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works (tested in %1 ms)</source>
        <extracomment>A live test reached the server; %1 is a duration in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match</source>
        <extracomment>Badge on the first, recommended candidate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: %1</source>
        <extracomment>%1 is the login name the provider wants</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, belongs to %2, port %3, %4, trust: %5</source>
        <extracomment>Accessible description of a found server; %1 host, %2 domain, %3 port, %4 encryption, %5 trust</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use these settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings were not confirmed by your provider. The server %1 belongs to %2.</source>
        <extracomment>%1 is a server name, %2 the domain it belongs to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use them only if you recognise this name as your e-mail provider&apos;s. A wrong server could read your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far these settings can be trusted, judged by where they were found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in:</source>
        <extracomment>Label before the badges naming where settings were found</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::CertificateTab</name>
    <message>
        <source>Property</source>
        <extracomment>Column headers of the certificate details</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was not encrypted, so there is no certificate to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test ended before the server sent its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be verified, but it is exactly the one you chose to trust for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid for this server and issued by a trusted authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1</source>
        <extracomment>%1 is a list of problems with the certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption could not be set up: %1</source>
        <extracomment>%1 is the technical error from the encryption library</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <extracomment>The first certificate of a chain: the server&apos;s own</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to trust this certificate for %1, although it could not be verified?</source>
        <extracomment>%1 is a server name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only do this if the server&apos;s administrator has confirmed this SHA-256 fingerprint to you:

%1

SMTP Doctor will then accept exactly this certificate for this server and no other. If the certificate changes, the test fails again.</source>
        <extracomment>%1 is the certificate&apos;s SHA-256 fingerprint (several lines of hex pairs)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::CheckPage</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <extracomment>Button with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the report to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy settings as te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the settings as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::DetectView</name>
    <message>
        <source>%1 ms</source>
        <extracomment>Time in milliseconds, e.g. &quot;120 ms&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <extracomment>Accessible text of a row in the list of places searched; %1 source, %2 state, %3 details</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in every place at once. The first results appear as soon as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still looking. %n possible setting(s) found so far; the first one is the best match.</source>
        <translation>
            <numerusform>Still looking. %n possible setting found so far; it is the best match.</numerusform>
            <numerusform>Still looking. %n possible settings found so far; the first one is the best match.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search was cancelled. You can start it again or enter the settings manually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings were found. Enter them manually: your provider&apos;s help pages list them as &quot;outgoing server&quot; or &quot;SMTP&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible setting(s) found in %1 s. The first one is the best match.</source>
        <extracomment>%n is the number of settings found, %1 a duration in seconds such as &quot;1.2&quot;</extracomment>
        <translation>
            <numerusform>%n possible setting found in %1 s.</numerusform>
            <numerusform>%n possible settings found in %1 s. The first one is the best match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your e-mail address above and choose &quot;Find settings&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SMTP Doctor looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column headers of the list of places searched</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places searched for settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>Menu with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <extracomment>Language choice: follow the operating system&apos;s language</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::MainWindow</name>
    <message>
        <source>SMTP Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be read from the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s technical error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; the password is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved, but the password could not be stored in the keychain: %1</source>
        <extracomment>%1 is the keychain&apos;s technical error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Find settings</source>
        <extracomment>Tab of the main window: step 1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Settings</source>
        <extracomment>Tab of the main window: step 2</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Test and answer</source>
        <extracomment>Tab of the main window: steps 3 and 4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Menu with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <extracomment>Menu with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;settings as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <extracomment>Menu with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional trusted &amp;CA file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;trusting the additional CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the &amp;online provider database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also look up the address&apos;s domain in Thunderbird&apos;s online database (a third party learns the domain, not the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <extracomment>Menu with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – SMTP Doctor</source>
        <extracomment>Window title; %1 is the name of the saved account that is open</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for %1 filled in. Check them and choose &quot;Test settings&quot;.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the password without encryption?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With encryption &quot;None&quot;, your password travels to %1 as readable text. Anyone on the network between you and the server can read it.</source>
        <extracomment>%1 is a server name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this only for a server in your own, trusted network. Otherwise choose SSL/TLS or STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is now trusted in the account &quot;%1&quot;.</source>
        <extracomment>%1 is the name of a saved account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is trusted until you close SMTP Doctor. Save the account to keep this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of %1 trusted. Testing again…</source>
        <extracomment>%1 is a server name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is on the clipboard. It contains no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no test result to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are on the clipboard (without the password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional trusted CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <extracomment>File type filter; keep the patterns in parentheses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; without the password.</source>
        <extracomment>%1 is the name of a saved account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;. The password was not saved: there is no system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <extracomment>%1 is the name of a saved account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved account &quot;%1&quot; and its password in the keychain?</source>
        <extracomment>%1 is the name of a saved account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::PasswordField</name>
    <message>
        <source>Hide</source>
        <extracomment>Button next to a password field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::ReportExport</name>
    <message>
        <source>Text report (*.txt)</source>
        <extracomment>File type filters of the &quot;save report&quot; dialog; keep the patterns in parentheses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON for programs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Encryption in the settings text (keep &quot;SSL/TLS&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (normal password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <extracomment>Lines of the settings text; %1 is the value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: (not included)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::ResultView</name>
    <message>
        <source>Not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the settings and choose &quot;Test settings&quot;. The answer appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1 port %2…</source>
        <extracomment>%1 is a server name, %2 a port number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps on the left fill in as the test goes on. You can cancel at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>Accessible summary of the answer; %1 verdict, %2 cause, %3 advice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <extracomment>Heading before the likely cause of a problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said:</source>
        <extracomment>Heading before the server&apos;s literal reply</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>Tab with the server&apos;s certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>Tab with facts about the server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <extracomment>Tab with the protocol transcript</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timings</source>
        <extracomment>Tab with the timing chart</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step:</source>
        <extracomment>Heading before the advice</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::ServerTab</name>
    <message>
        <source>Property</source>
        <extracomment>Column headers of the server details</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <extracomment>%1 is a server name, %2 a port number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All addresses of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <extracomment>%1 is a TLS version such as TLSv1.3, %2 a cipher name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the server gives itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fixed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities before encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities after encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::SettingsForm</name>
    <message>
        <source>Enter the name of the outgoing server, for example smtp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an e-mail address. Enter the name of the server, for example smtp.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the server name, without &quot;%1&quot;.</source>
        <extracomment>%1 is what the user typed before the server name, e.g. &quot;smtp://&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the port in the Port field, not after the server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address: the server&apos;s certificate usually names a host, so its check may fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to: %1</source>
        <extracomment>%1 is the domain a server belongs to, e.g. &quot;example.com&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network can read everything, including the password. Use this only for a server inside your own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 465 normally uses SSL/TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 587 normally uses STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2 access token from your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to test without logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name that belongs to this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name that belongs to this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a token only the connection is tested, not the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a password only the connection is tested, not the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sender address to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the test message should go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ncryption:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Encryption choice: TLS from the first byte, usually port 465 (keep &quot;SSL/TLS&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <extracomment>Encryption choice: STARTTLS, usually port 587 (keep &quot;STARTTLS&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (insecure)</source>
        <extracomment>Encryption choice that turns encryption off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &amp;method:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <extracomment>Login method: let the program pick the best one the server offers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2 access token</source>
        <extracomment>Login method: an OAuth 2 access token instead of a password</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection and the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check that the server accepts the sender address (nothing is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;der address:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ipient:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient of the test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional trusted certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (only the system&apos;s certificate store is trusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file name, %2 the reason it could not be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n certificate(s))</source>
        <extracomment>%1 is a file name, %n the number of certificates in it</extracomment>
        <translation>
            <numerusform>%1 (%n certificate)</numerusform>
            <numerusform>%1 (%n certificates)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an additional trusted CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting the additional CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::StepList</name>
    <message>
        <source>Find the server (DNS)</source>
        <extracomment>Step of a check: looking up the server name in DNS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>Step of a check: opening the network connection</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption (SSL/TLS)</source>
        <extracomment>Step of a check: setting up implicit TLS (keep &quot;SSL/TLS&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server greeting</source>
        <extracomment>Step of a check: the server&apos;s first message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction (EHLO)</source>
        <extracomment>Step of a check: the EHLO command (keep &quot;EHLO&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption (STARTTLS)</source>
        <extracomment>Step of a check: switching on encryption with STARTTLS (keep &quot;STARTTLS&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <extracomment>Step of a check: verifying the server&apos;s certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <extracomment>Step of a check: logging in with user name and password</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <extracomment>Step of a check: the optional sender check or test message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>Column headers of the step list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <extracomment>State of a step in the step list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 %4</source>
        <extracomment>Accessible text of a step; %1 step name, %2 state, %3 time, %4 details</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered</source>
        <extracomment>Detail of the STARTTLS step: the server did not offer encryption</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::TimingChart</name>
    <message>
        <source>Time taken by each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ms</source>
        <extracomment>Accessible chart text; %1 step name, %2 milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Axis label of the timing chart, milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::TimingsTab</name>
    <message>
        <source>The time each step took appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 ms, with %n round trip(s) to the server.</source>
        <extracomment>%1 is a duration in milliseconds; %n the number of times SMTP Doctor waited for the server</extracomment>
        <translation>
            <numerusform>Total: %1 ms, with %n round trip to the server.</numerusform>
            <numerusform>Total: %1 ms, with %n round trips to the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpDoctor::Ui::TranscriptTab</name>
    <message>
        <source>Protocol transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: lines were sent by SMTP Doctor, S: lines by the server, * lines are notes. Passwords are replaced by %1.</source>
        <extracomment>%1 is the marker that stands where a password was, e.g. &quot;[redacted]&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
