#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints the tables of a bench/run.sh results directory.

    python3 bench/summarize.py RESULTS_DIR

Reads results.tsv (id, rtt, run, wall_us, exit code), cases.txt, calibration.tsv,
meta.txt and the raw outputs of our CLI (raw/ID-RTT-RUN.out, JSON) for the
engine's own numbers (total_ms, round_trips, phase times).
"""
import json
import os
import statistics
import sys
from collections import defaultdict


def median(values):
    return statistics.median(values) if values else None


def fmt(v, digits=0):
    if v is None:
        return "—"
    return f"{v:.{digits}f}"


def table(headers, rows, right=None):
    right = right or set()
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(str(h)) for i, h in enumerate(headers)]
    def line(cells):
        out = []
        for i, c in enumerate(cells):
            c = str(c)
            out.append(c.rjust(widths[i]) if i in right else c.ljust(widths[i]))
        return "| " + " | ".join(out) + " |"
    print(line(headers))
    print("|" + "|".join(("-" * (w + 1) + ":") if i in right else ("-" * (w + 2)) for i, w in enumerate(widths)) + "|")
    for r in rows:
        print(line(r))


def main():
    out = sys.argv[1]
    cases = []  # (id, tool, description)
    with open(os.path.join(out, "cases.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("|", 3)
            if len(parts) == 4:
                cases.append(tuple(parts[:3]))

    wall = defaultdict(list)       # (id, rtt) -> [ms] of successful runs
    failed = defaultdict(int)
    engine = defaultdict(list)     # (id, rtt) -> [json]
    with open(os.path.join(out, "results.tsv"), encoding="utf-8") as f:
        for line in f:
            cid, rtt, run, us, rc = line.rstrip("\n").split("\t")
            if not rtt.isdigit():
                continue  # warm-up
            key = (cid, int(rtt))
            if rc != "0":
                failed[key] += 1
                continue
            wall[key].append(int(us) / 1000.0)
            path = os.path.join(out, "raw", f"{cid}-{rtt}-{run}.out")
            if cid.startswith(("sdoc-", "detect-")):
                try:
                    with open(path, encoding="utf-8") as j:
                        engine[key].append(json.load(j))
                except (OSError, ValueError):
                    pass

    rtts = sorted({k[1] for k in wall} | {k[1] for k in failed})
    meta = open(os.path.join(out, "meta.txt"), encoding="utf-8").read() if os.path.exists(os.path.join(out, "meta.txt")) else ""
    print("## Benchmark results\n")
    for line in meta.splitlines():
        print(f"    {line}")
    print()

    cal = os.path.join(out, "calibration.tsv")
    if os.path.exists(cal):
        print("### Calibration (median of 7; min..max)\n")
        rows = []
        with open(cal, encoding="utf-8") as f:
            for line in f:
                rtt, what, med, lo, hi = line.rstrip("\n").split("\t")
                r = int(rtt)
                ratio = f"{float(med) / r:.3f}" if r else "—"
                rows.append([rtt, what.replace("_", " "), f"{med} ({lo}..{hi})", ratio])
        table(["RTT ms", "what", "ms", "÷ RTT"], rows, right={0, 3})
        print()

    # Process start: `TOOL --version` at RTT 0, and for our CLI also wall - total_ms.
    start = {}
    for cid in sorted({k[0] for k in wall if k[0].startswith("start-")}):
        start[cid[len("start-"):]] = median(wall[(cid, 0)])
    print("### Process start (RTT 0)\n")
    rows = [[tool, "`--version`", fmt(ms, 1)] for tool, ms in sorted(start.items())]
    for cid, tool, desc in cases:
        if tool != "smtp-doctor" or not engine.get((cid, 0)):
            continue
        outside = [w - e.get("total_ms", e.get("ms", 0)) for w, e in zip(wall[(cid, 0)], engine[(cid, 0)])]
        rows.append([tool, f"wall − engine total_ms, {desc}", fmt(median(outside), 1)])
    table(["tool", "how", "median ms"], rows, right={2})
    print()

    print("### Wall time (median of the runs)\n")
    print("ms/RTT: median ÷ RTT. net RTTs: (median − the tool's process start) ÷ RTT.\n"
          "Δ RTTs: (median − the same case at RTT 0) ÷ RTT, i.e. the round trips the network\n"
          "added. round_trips: our engine's own count (median).\n")
    rows = []
    for cid, tool, desc in cases:
        base = median(wall.get((cid, 0), []))
        for rtt in rtts:
            m = median(wall.get((cid, rtt), []))
            n_ok = len(wall.get((cid, rtt), []))
            n_bad = failed.get((cid, rtt), 0)
            if m is None and n_bad == 0:
                continue
            st = start.get(tool)
            rt = [e.get("round_trips") for e in engine.get((cid, rtt), []) if e.get("round_trips") is not None]
            rows.append([
                tool, desc, rtt, fmt(m),
                fmt(m / rtt, 2) if rtt and m is not None else "—",
                fmt(st, 0),
                fmt((m - st) / rtt, 2) if rtt and m is not None and st is not None else "—",
                fmt((m - base) / rtt, 2) if rtt and m is not None and base is not None else "—",
                fmt(median(rt), 0) if rt else "—",
                f"{n_ok}/{n_ok + n_bad}",
            ])
    table(["tool", "case", "RTT", "median ms", "ms/RTT", "start ms", "net RTTs", "Δ RTTs", "round_trips", "ok"],
          rows, right={2, 3, 4, 5, 6, 7, 8})
    print()

    # Where our engine's time goes: median phase durations, in RTTs.
    phase_order = []
    rows = []
    for cid, tool, desc in cases:
        if not cid.startswith("sdoc-"):
            continue
        for rtt in rtts:
            runs = engine.get((cid, rtt), [])
            if not runs or rtt == 0:
                continue
            per = defaultdict(list)
            for e in runs:
                for p in e.get("phases", []):
                    name = p.get("phase") or p.get("name") or "?"
                    if name not in phase_order:
                        phase_order.append(name)
                    per[name].append(p.get("ms", 0))
            total = median([e.get("total_ms", 0) for e in runs])
            # Time from the start of the check to its first phase (settings, TLS setup).
            pre = median([e["phases"][0].get("start_ms", 0) for e in runs if e.get("phases")])
            cells = [f"{median(per[n]) / rtt:.2f}" if per.get(n) else "—" for n in phase_order]
            rows.append((desc, rtt, pre, cells, total / rtt))
    if rows:
        print("### Our engine's phases (median ms ÷ RTT)\n")
        print("before: from the start of the check to its first phase (resolve), in ms.\n")
        headers = ["case", "RTT", "before"] + phase_order + ["total"]
        table(headers, [[d, r, fmt(pre)] + (c + ["—"] * (len(phase_order) - len(c))) + [f"{t:.2f}"]
                        for d, r, pre, c, t in rows],
              right=set(range(1, len(headers))))
        print()


if __name__ == "__main__":
    main()
