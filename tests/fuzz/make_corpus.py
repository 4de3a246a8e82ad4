#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the seed corpus tests/fuzz/corpus/<target>/ from the project's own unit-test
# data and RFC examples. Run it after changing the input layout of a target; the output
# is committed. Every target reads its parameters from the END of the input
# (FuzzedDataProvider), so each seed is "payload + trailer"; see the target's header
# comment for the layout.
import os
import shutil
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
out = os.path.join(here, "corpus")


def write(target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def rfdp_trailer(*values):
    """Bytes a FuzzedDataProvider consumes from the end, in consumption order (1 byte each)."""
    return bytes(reversed(values))


def fdp_string(s):
    """A ConsumeRandomLengthString() chunk: backslashes doubled, ended by '\\' + other byte."""
    if isinstance(s, str):
        s = s.encode()
    return s.replace(b"\\", b"\\\\") + b"\\x"


if os.path.isdir(out):
    shutil.rmtree(out)

# --- reply: stream + [chunk sizes..., chunk count, mode] --------------------------------
replies = {
    "greeting": b"220 mail.example.com ESMTP Postfix\r\n",
    "ehlo": b"250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 8BITMIME\r\n",
    "mixed-line-ends": b"250-a\n250-b\r\n250 c\n",
    "bare-code": b"250\r\n354\n",
    "enhanced": b"535 5.7.8 Authentication credentials invalid\r\n550-5.1.1 no such user\r\n550 5.1.1 see docs\r\n",
    "utf8": b"250 caf\xc3\xa9 \xe2\x9c\x93\r\n250 caf\xe9!\r\n250 \xe2\x9c\r\n",
    "cr-nul": b"250 a\rb\r\n250 a\x00b\r\n",
    "pipelined": b"250-first\r\n250 done\r\n354 go ahead\r\n221 2.0.0 bye",
    "malformed-http": b"HTTP/1.1 400 Bad Request\r\n",
    "malformed-tls": b"\x16\x03\x01\x02\x00\x01",
    "inconsistent": b"250-a\r\n250-b\r\n550 c\r\n",
    "after-good": b"250 ok\r\nxyz\r\n",
    "cr-separator": b"250\rx\r\n",
}
for name, stream in replies.items():
    write("reply", name, stream + rfdp_trailer(0, 0))  # default limits, all at once
    write("reply", name + "-chunked", stream + rfdp_trailer(0, 3, 1, 7, 2))
# Small limits (mode bit 0): line 10, lines 3, reply 40 bytes; chunk sizes 3, 1.
small = rfdp_trailer(1, 10, 3, 40, 0, 2, 3, 1)
write("reply", "limits-line", b"250 abcdef\r\n250 abcdefg\r\n250 abcdef\r\r\n" + small)
write("reply", "limits-lines", b"250-a\r\n250-b\r\n250-c\r\n250 d\r\n" + small)
write("reply", "limits-size", b"250-abcdef\r\n250-abcdef\r\n250-abcdef\r\n" + small)
# Found by fuzz_reply: the error must not depend on the chunking (ReplyTooLarge vs MalformedCode).
write("reply", "regression-error-order", bytes.fromhex("a2a21041a2abab ffffff".replace(" ", "")))

# --- capabilities: EHLO lines (without "250-") + [mode] ----------------------------------
ehlos = {
    "postfix": "mail.example.com\nPIPELINING\nSIZE 10240000\nVRFY\nETRN\nSTARTTLS\nAUTH PLAIN LOGIN\n"
               "AUTH=PLAIN LOGIN\nENHANCEDSTATUSCODES\n8BITMIME\nDSN\nSMTPUTF8\nCHUNKING",
    "auth-forms": "host\nAUTH PLAIN LOGIN\nAUTH=LOGIN PLAIN\nauth plain Login scram-sha-256\nAUTH  PLAIN\t LOGIN ",
    "auth-garbage": "host\nAUTH PLAIN <script> \u00e9t\u00e9 LOGIN\nAUTHX PLAIN\nAUTH=\nAUTH",
    "size-forms": "host\nSIZE 9223372036854775807\nsize 1000\nSIZE -1\nSIZE 99999999999999999999999\nSIZE 10M",
    "flags": "host\nSTARTTLS\nPIPELINING\n8BITMIME\nSMTPUTF8\nCHUNKING\nDSN\nENHANCEDSTATUSCODES\nREQUIRETLS",
    "gmail": "smtp.gmail.com at your service, [192.0.2.1]\nSIZE 35882577\n8BITMIME\n"
             "AUTH LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH\nENHANCEDSTATUSCODES\nPIPELINING\n"
             "CHUNKING\nSMTPUTF8",
    "empty-lines": "\n\n \t\nSTARTTLS\n",
}
for name, text in ehlos.items():
    write("capabilities", name, text.encode() + b"\x00")
write("capabilities", "not-250", b"host\nSTARTTLS\x0e")
write("capabilities", "utf16", "host\nAUTH PLAIN\u017f".encode("utf-16-le") + b"\x01")

# --- autoconfig: document + [mode: address index, 0x80 = extensions] ---------------------
for f in sorted(os.listdir(os.path.join(root, "tests/data/autoconfig"))):
    with open(os.path.join(root, "tests/data/autoconfig", f), "rb") as fh:
        doc = fh.read()
    write("autoconfig", f, doc + b"\x01")
with open(os.path.join(root, "resources/providers/overlay.xml"), "rb") as fh:
    write("autoconfig", "overlay.xml", fh.read() + b"\x82")
for f in ["1und1.de.xml", "a1.net.xml", "126.com.xml"]:
    p = os.path.join(root, "resources/ispdb", f)
    if os.path.exists(p):
        with open(p, "rb") as fh:
            write("autoconfig", "ispdb-" + f, fh.read() + b"\x03")

# --- emailaddress / hostname: text + [mode: 1 = UTF-16] -----------------------------------
addresses = [
    "john@example.org", "  \tjohn@example.org \n", "a!#$%&'*+-/=?^_`{|}~z@example.org", "user+tag@example.co.uk",
    "j\u00fcrgen@b\u00fccher.de", "J\u00fcrgen@B\u00dcCHER.DE", "j@xn--bcher-kva.de", "j@\u4f8b\u3048\u3002jp",
    "\"john doe\"@example.org", "\"a@b\"@example.org", "\"a\\\"b\\\\c\"@example.org", "\"john\"@example.org",
    "a" * 64 + "@example.org", "a@" + "b" * 63 + ".org", "john@example.org.", "john@[192.0.2.1]",
    "john@192.0.2.1", "john@localhost", "\"john", "john..doe@example.org", "john@ex_ample.org",
]
for i, a in enumerate(addresses):
    write("emailaddress", "seed-%02d" % i, a.encode() + b"\x00")
# Found by fuzz_emailaddress: a non-canonical A-label, displayed as another domain (exact input).
write("emailaddress", "regression-noncanonical-alabel", b"\x9cser@xn---m-chgn-6y.de\x00")
write("emailaddress", "utf16-lone-surrogate", "a\ud800b@example.org".encode("utf-16-le", "surrogatepass") + b"\x01")
hosts = [
    "smtp.example.com", "SMTP.Example.com.", "smtp.b\u00fccher.de", "example.com..", "smtp.example.com/evil",
    "https://smtp.example.com", "smtp.example.com:465", "me@smtp.example.com", "smtp\u200b.example.com",
    "localhost", "127.0.0.1", "::1", "[192.0.2.1]", "xn--bcher-kva.de", "xn---m-chgn-6y.de",
    "\u4f8b\u3048\u3002\u30c6\u30b9\u30c8", "\uff45\uff58\uff41\uff4d\uff50\uff4c\uff45.com", "a-.example", "1.2.3.4.5",
    "x" * 63 + ".example",
]
for i, h in enumerate(hosts):
    write("hostname", "seed-%02d" % i, h.encode() + b"\x00")
# Found by fuzz_hostname: "0.0x0." was accepted, and "0.0x0" is the IPv4 address 0.0.0.0 (exact input).
write("hostname", "regression-hex-ipv4-trailing-dot", b"0.0x0.0")
write("hostname", "regression-fullwidth-hex-ipv4", "\uff11\uff12\uff17\uff0e\uff10\uff58\uff11".encode() + b"\x00")

# --- sasl: strings (user, host, challenges...) + [mechanism, flags, port] ----------------
# mechanisms: 0 PLAIN, 1 LOGIN, 2 CRAM-MD5, 3 SCRAM-SHA-1, 4 SCRAM-SHA-256, 5 XOAUTH2, 6 OAUTHBEARER
# flags: 1 initial response, 2 server-first prefixed with our nonce, 4 right server signature,
#        8 RFC 5802 nonce (else RFC 7677's), 0x18 random nonce
def sasl(name, mech, flags, user, host, challenges):
    data = fdp_string(user) + fdp_string(host) + b"".join(fdp_string(c) for c in challenges)
    write("sasl", name, data + rfdp_trailer(mech, flags, 0x02, 0x4b))


rfc5802_first = "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096"
rfc7677_first = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"
sasl("scram-sha1-rfc5802", 3, 1 | 8, "user", "", [rfc5802_first, "v=rmF9pqV8S7suAoZWja4dJRkFsKQ="])
sasl("scram-sha1-verified", 3, 1 | 4 | 8, "user", "", [rfc5802_first, "v=x", "again"])
sasl("scram-sha256-rfc7677", 4, 1, "user", "", [rfc7677_first, "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="])
sasl("scram-sha256-verified", 4, 1 | 4, "u,s=er", "", [rfc7677_first, "v=x,ext=1"])
sasl("scram-no-ir", 4, 4, "user", "", ["", rfc7677_first, "v="])
sasl("scram-resend", 4, 1, "user", "", ["", "", rfc7677_first])
sasl("scram-helped", 4, 1 | 2, "user", "", ["xyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1", "e=other-error"])
sasl("scram-mext", 3, 1 | 8, "user", "", ["m=foo," + rfc5802_first])
sasl("scram-bad-iterations", 4, 1, "user", "", [rfc7677_first.replace("i=4096", "i=0"),
                                                rfc7677_first.replace("i=4096", "i=4294967296")])
sasl("scram-bad-salt", 4, 1, "user", "", [rfc7677_first.replace("s=W22ZaJ0SNY7soEsUEjb6gQ==", "s=@@@@")])
sasl("plain", 0, 1, "tim", "", ["", "x"])
sasl("plain-no-ir", 0, 0, "j\u00fcrgen@example.org", "", ["", ""])
sasl("login", 1, 0, "tim", "", ["Username:", "Password:", "Password:"])
sasl("cram-md5-rfc2195", 2, 0, "tim", "", ["<1896.697170952@postoffice.reston.mci.net>", "again"])
sasl("xoauth2", 5, 1, "someuser@example.com", "", ['{"status":"401","schemes":"bearer","scope":"mail"}', ""])
sasl("oauthbearer", 6, 1, "user@example.com", "server.example.com",
     ['{"status":"invalid_token","scope":"example_scope"}', "", ""])
sasl("oauthbearer-no-ir", 6, 0, "a,b=c", "", ["", "", "x"])

# --- testmessage: strings (from, to, subject, message-id) + body + [flags, date] ---------
def message(name, flags, frm, to, subject, mid, body, date=()):
    if isinstance(body, str):
        body = body.encode()
    data = fdp_string(frm) + fdp_string(to) + fdp_string(subject) + fdp_string(mid) + body
    # flags is consumed first (last byte), then the date (6 + 3 bytes) when flags & 1.
    write("testmessage", name, data + bytes(reversed((flags,) + tuple(date))))


date = (0x01, 0x8e, 0x0f, 0x3a, 0x55, 0x00, 0x00, 0x8c, 0xa0)
message("simple", 1, "alice@example.org", "bob@example.org", "SMTP Doctor test", "abc@example.org",
        "Hello Bob,\nthis is a test.\n", date)
message("line-ends", 0, "a@x.example", "b@x.example", "Hi", "", "a\r\nb\nc\rd\n\re\r\r\nf")
message("dots", 0, "a@x.example", "b@x.example", "Hi", "<id@x>", "a\n.\nb\r\n.\r\n..x\n.")
message("terminator", 0, "a@x.example", "b@x.example", "Hi", "", "a\r\n.\r\nb")
message("qp", 0, "a@x.example", "b@x.example", "Hi", "", "a=b \x01\x7f =\n=3D\tblank at end \n\x00")
message("long-line", 0, "a@x.example", "b@x.example", "Hi", "", "x" * 75 + "." * 300 + "\n" + "=" * 200)
message("non-ascii", 0, "j\u00fcrgen@b\u00fccher.de", "b@x.example", "Gr\u00fc\u00dfe aus K\u00f6ln \U0001F600",
        "", "Gr\u00fc\u00dfe \U0001F600\n\u65e5\u672c\u8a9e")
message("subject-encodedlike", 0, "a@x.example", "b@x.example", "=?UTF-8?B?SGk=?=", "", "b")
message("subject-words", 0, "a@x.example", "b@x.example", "lorem ipsum " * 40, "", "b")
message("subject-unbreakable", 0, "a@x.example", "b@x.example", "z" * 1200, "", "b")
message("subject-breaks", 0, "a@x.example", "b@x.example", "a\r\nb\rc\nd\tBcc: evil@example.org", "", "b")
message("header-injection", 0, "a@x.example\r\nBcc: evil@example.org", "b@x.example\nX-Evil: 1", "s",
        "id\r\n.\r\nMAIL FROM:<x>", "b")
message("long-from", 0, "a" * 1000 + "\u00e9@x.example", "b@x.example", "s", "x" * 1000, "b")
message("empty", 0, "", "", "", "", "")
message("utf16-surrogates", 2 | 8 | 32, "a\x00@\x00x\x00", "b\x00@\x00x\x00", b"\x00\xd8a\x00", "",
        b"\x00\xdc\r\x00\n\x00")

# --- dnsmessage: a DNS response as is (no trailer) ------------------------------------------
import struct


def dns_name(dotted, pointer=None):
    out = b"".join(bytes([len(l)]) + l for l in dotted.encode().split(b".") if l)
    return out + (struct.pack(">H", 0xC000 | pointer) if pointer is not None else b"\x00")


def dns_rr(owner, rtype, rdata, rclass=1):
    return owner + struct.pack(">HHIH", rtype, rclass, 300, len(rdata)) + rdata


def dns_header(flags, qd, an, ns, ar, ident=0x1234):
    return struct.pack(">HHHHHH", ident, flags, qd, an, ns, ar)


question = dns_name("_submissions._tcp.example.org") + struct.pack(">HH", 33, 1)
example_org = 12 + 13 + 5
# Like dnsmasq: SRV with compressed target, A and AAAA of the target in the additional section.
msg = dns_header(0x8180, 1, 2, 0, 3) + question
srv1 = dns_rr(struct.pack(">H", 0xC00C), 33, struct.pack(">HHH", 0, 1, 465) + dns_name("mail", example_org))
target = len(msg) + 2 + 10 + 6
msg += srv1 + dns_rr(struct.pack(">H", 0xC00C), 33, struct.pack(">HHH", 10, 1, 587) + dns_name("SMTP.Example.ORG"))
msg += dns_rr(struct.pack(">H", 0xC000 | target), 1, bytes([192, 0, 2, 25]))
msg += dns_rr(struct.pack(">H", 0xC000 | target), 28, bytes.fromhex("20010db8000000000000000000000025"))
msg += dns_rr(dns_name("evil.example.org"), 1, bytes([203, 0, 113, 66]))
write("dnsmessage", "srv-additional", msg)
# Root target: service not offered; TC bit, OPT record, NS in the authority section.
write("dnsmessage", "srv-dot-tc-opt", dns_header(0x8780, 1, 1, 1, 1) + question
      + dns_rr(struct.pack(">H", 0xC00C), 33, struct.pack(">HHH", 0, 0, 0) + b"\x00")
      + dns_rr(dns_name("example.org"), 2, dns_name("ns.example.org"))
      + dns_rr(b"\x00", 41, b"", 1232))
write("dnsmessage", "nxdomain", dns_header(0x8183, 1, 0, 0, 0) + question)
write("dnsmessage", "mx", dns_header(0x8180, 1, 1, 0, 0) + dns_name("example.org") + struct.pack(">HH", 15, 1)
      + dns_rr(struct.pack(">H", 0xC00C), 15, struct.pack(">H", 10) + dns_name("mx", 12)))
write("dnsmessage", "pointer-loop", dns_header(0x8180, 1, 0, 0, 0) + b"\x01a\xc0\x0c" + struct.pack(">HH", 33, 1))
write("dnsmessage", "oversized-counts", dns_header(0x8180, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF) + question)

print("corpus written to", out)
