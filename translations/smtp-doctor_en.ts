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
        <source>Usage: smtp-doctor-cli &lt;command&gt; [options]

Commands:
  test    check an outgoing mail server live

Run &quot;smtp-doctor-cli &lt;command&gt; --help&quot; for the options of a command.</source>
        <extracomment>Top-level help of the command line tool. Keep the command names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp-doctor-cli: unknown command &quot;%1&quot;</source>
        <extracomment>%1 is the command the user typed</extracomment>
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
        <extracomment>%1 is a sentence that says what went wrong, %2 a stable identifier such as auth_failed</extracomment>
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
<context>
    <name>SmtpDoctor::Verdict</name>
    <message>
        <source>SSL/TLS</source>
        <extracomment>Name of the security mode &quot;implicit TLS&quot; (port 465) as shown to people</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <extracomment>Name of the security mode STARTTLS as shown to people</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <extracomment>Name of the security mode &quot;no encryption&quot; as shown to people</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works: the server accepted the login and the test message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works: the server accepted the login and the sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works: the server accepted the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is reachable and the connection is secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are incomplete or contain invalid characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer on this port; a firewall may be blocking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s network cannot be reached from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was opened, but the server did not say hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered in a way that does not follow the mail protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption setting does not match this port; use %1.</source>
        <extracomment>%1 is a security mode such as &quot;SSL/TLS&quot; or &quot;STARTTLS&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption setting does not match this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer encryption (STARTTLS); the password was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer a login on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support the chosen login method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not sent because the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this recipient address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the test message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not available right now or refuses this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is reachable, but the connection is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
