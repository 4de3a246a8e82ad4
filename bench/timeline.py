#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints a packet capture of one bench run as a timeline in RTT units.

    python3 bench/timeline.py PCAP RTT_MS START_US END_US [CLIENT_OUTPUT]

PCAP is what `tcpdump -i lo -w` wrote inside the bench namespace. The delayer
holds packets in PREROUTING, after tcpdump has seen them on lo: a packet's time
is when it was sent; it reaches its receiver RTT/2 later.
START_US/END_US are the client process's start and end (CLOCK_REALTIME, µs).
Each line: time since process start (ms and RTT), direction, ports, TCP flags,
payload length, and what the payload is (SMTP text, TLS record types, DNS).
"""
import struct
import sys

SERVER_PORTS = {25, 53, 80, 443, 465, 587}
TLS_TYPES = {20: "CCS", 21: "Alert", 22: "Handshake", 23: "AppData"}
TLS_HS = {1: "ClientHello", 2: "ServerHello", 4: "NewSessionTicket", 11: "Certificate", 16: "ClientKeyExchange"}


def packets(path):
    with open(path, "rb") as f:
        data = f.read()
    magic = struct.unpack("<I", data[:4])[0]
    endian = "<" if magic in (0xA1B2C3D4, 0xA1B23C4D) else ">"
    nano = magic in (0xA1B23C4D, 0x4D3CB2A1)
    linktype = struct.unpack(endian + "I", data[20:24])[0]
    off = 24
    while off + 16 <= len(data):
        sec, frac, incl, _orig = struct.unpack(endian + "IIII", data[off:off + 16])
        off += 16
        pkt = data[off:off + incl]
        off += incl
        ts = sec + frac / (1e9 if nano else 1e6)
        if linktype == 1:      # Ethernet (lo)
            eth_type = struct.unpack(">H", pkt[12:14])[0]
            pkt = pkt[14:]
        elif linktype == 113:  # Linux cooked
            eth_type = struct.unpack(">H", pkt[14:16])[0]
            pkt = pkt[16:]
        else:
            continue
        yield ts, eth_type, pkt


def describe_tls(payload):
    out = []
    i = 0
    while i + 5 <= len(payload):
        ctype, _ver, length = payload[i], payload[i + 1:i + 3], struct.unpack(">H", payload[i + 3:i + 5])[0]
        if ctype not in TLS_TYPES:
            return None
        name = TLS_TYPES[ctype]
        if ctype == 22 and i + 6 <= len(payload):
            name += ":" + TLS_HS.get(payload[i + 5], str(payload[i + 5]))
        out.append(f"{name}({length})")
        i += 5 + length
    return " ".join(out) if out else None


def describe(payload, sport, dport):
    if not payload:
        return ""
    if 53 in (sport, dport):
        if len(payload) >= 12:
            flags = struct.unpack(">H", payload[2:4])[0]
            qd = payload[12:]
            name, j = [], 0
            while j < len(qd) and qd[j] != 0 and len(name) < 10:
                name.append(qd[j + 1:j + 1 + qd[j]].decode("ascii", "replace"))
                j += 1 + qd[j]
            qtype = struct.unpack(">H", qd[j + 1:j + 3])[0] if j + 3 <= len(qd) else 0
            types = {1: "A", 28: "AAAA", 33: "SRV", 15: "MX", 16: "TXT", 6: "SOA"}
            kind = "response rcode=%d" % (flags & 15) if flags & 0x8000 else "query"
            return f"DNS {kind} {types.get(qtype, qtype)} {'.'.join(name)}"
        return "DNS"
    tls = describe_tls(payload)
    if tls:
        return "TLS " + tls
    text = payload[:60].decode("latin-1").replace("\r", "").split("\n")
    first = text[0]
    return "SMTP " + repr(first + (" …" if len(text) > 2 or len(payload) > 60 else ""))


def main():
    path, rtt = sys.argv[1], float(sys.argv[2])
    start = int(sys.argv[3]) / 1e6
    end = int(sys.argv[4]) / 1e6
    unit = rtt if rtt > 0 else 1.0
    print(f"    {'ms':>7} {'RTT':>5}  dir  ports        flags  len  what")
    for ts, eth_type, pkt in packets(path):
        if eth_type == 0x0800:
            ihl = (pkt[0] & 15) * 4
            proto = pkt[9]
            l4 = pkt[ihl:]
            total = struct.unpack(">H", pkt[2:4])[0]
            l4len = total - ihl
        elif eth_type == 0x86DD:
            proto = pkt[6]
            l4 = pkt[40:]
            l4len = struct.unpack(">H", pkt[4:6])[0]
        else:
            continue
        sport, dport = struct.unpack(">HH", l4[:4])
        if proto == 6:
            doff = (l4[12] >> 4) * 4
            fl = l4[13]
            flags = "".join(c for c, b in (("S", 2), ("F", 1), ("R", 4), ("P", 8), (".", 16)) if fl & b)
            plen = l4len - doff
            payload = l4[doff:]
        elif proto == 17:
            flags = "udp"
            plen = l4len - 8
            payload = l4[8:]
        else:
            continue
        # The server side: a well-known mail/DNS/HTTP port, else the lower (non-ephemeral) port.
        if (sport in SERVER_PORTS) != (dport in SERVER_PORTS):
            server_side = sport in SERVER_PORTS
        else:
            server_side = sport < dport
        direction = "S>C" if server_side else "C>S"
        ms = (ts - start) * 1000
        marker = "  (after exit)" if ts > end else ""
        what = describe(payload[:plen], sport, dport)
        print(f"    {ms:7.1f} {ms / unit:5.2f}  {direction}  {sport:>5}>{dport:<5}  {flags:<5} {plen:4d}  {what}{marker}")
    print(f"    {(end - start) * 1000:7.1f} {(end - start) * 1000 / unit:5.2f}  process exit")
    if len(sys.argv) > 5:
        try:
            import json
            with open(sys.argv[5], encoding="utf-8") as f:
                j = json.load(f)
            if "round_trips" in j:
                phases = ", ".join(f"{p['name']} {p['ms']}" for p in j.get("phases", []))
                print(f"    engine: total_ms {j['total_ms']}, round_trips {j['round_trips']}; phases ms: {phases}")
        except (OSError, ValueError, KeyError):
            pass


if __name__ == "__main__":
    main()
