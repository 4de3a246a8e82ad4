<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Usage: smtp-doctor-cli &lt;command&gt; [options]

Commands:
  detect  find the outgoing server settings for an e-mail address
  test    check an outgoing mail server live
  check   detect, then test the best server found

Run &quot;smtp-doctor-cli &lt;command&gt; --help&quot; for the options of a command.</source>
        <extracomment>Top-level help of the command line tool. Keep the command names.</extracomment>
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
        <source>Finds the outgoing mail server settings for an e-mail address: from the built-in provider list, the domain&apos;s configuration file, DNS and live tests, all at once. No password is needed or sent.

Exit codes: 0 settings found, 2 invalid address, 3 nothing found.</source>
        <extracomment>Description of &quot;smtp-doctor-cli detect&quot; in --help</extracomment>
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
    <name>SmtpDoctor::Ui::MainWindow</name>
    <message>
        <source>SMTP Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <extracomment>Form label with mnemonic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (insecure)</source>
        <extracomment>Encryption choice that turns encryption off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
