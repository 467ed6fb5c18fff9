#!/usr/bin/env python3
"""Scaling plot for docs/benchmarks.md: time against interests, log-log, engine and baseline.

Reads the BenchmarkDotNet CSV report of ScaleBenchmarks and writes an SVG. Standard library only.

    python3 eng/plot-scaling.py \
        [benchmarks/Clems.Rules.Benchmarks/BenchmarkDotNet.Artifacts/results/Clems.Rules.Benchmarks.ScaleBenchmarks-report.csv] \
        [docs/benchmarks-scaling.svg]
"""

import csv
import glob
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_GLOB = os.path.join(ROOT, "benchmarks", "Clems.Rules.Benchmarks", "BenchmarkDotNet.Artifacts", "results",
                            "*ScaleBenchmarks*-report.csv")
DEFAULT_OUT = os.path.join(ROOT, "docs", "benchmarks-scaling.svg")

# Interests of the named synthetic sizes (docs/simulation.md).
INTERESTS = {"S": 1_000, "M": 100_000, "L": 1_000_000}
UNITS = {"ns": 1e-9, "us": 1e-6, "μs": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "min": 60.0}
SERIES = [("Engine", "NRules engine", "#c0392b"), ("Baseline", "plain C# baseline", "#2471a3")]


def seconds(cell, header):
    """A BenchmarkDotNet time cell ('19,876.5 ms', '1.234 s', or a bare number under 'Mean [ms]') in seconds."""
    text = cell.strip().replace(",", "")
    parts = text.split()
    if len(parts) == 2:
        return float(parts[0]) * UNITS[parts[1]]
    unit = header[header.index("[") + 1:header.index("]")] if "[" in header else "ns"
    return float(text) * UNITS[unit]


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    mean = next(h for h in rows[0] if h.split(" ")[0] == "Mean")
    points, missing = {}, {}
    for row in rows:
        size, method = row["Size"].strip(), row["Method"].strip()
        if size not in INTERESTS:
            continue
        if row[mean].strip() in ("", "NA", "?"):
            missing.setdefault(method, []).append(size)
        else:
            points.setdefault(method, []).append((INTERESTS[size], seconds(row[mean], mean)))
    return {m: sorted(p) for m, p in points.items()}, missing


def label_time(t):
    if t >= 1:
        return f"{t:g} s"
    if t >= 1e-3:
        return f"{t * 1e3:g} ms"
    return f"{t * 1e6:g} µs"


def label_count(n):
    return f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1_000}k" if n >= 1_000 else str(n)


def svg(points, missing, title):
    width, height = 700, 420
    left, right, top, bottom = 80, 220, 50, 60
    xs = [x for p in points.values() for x, _ in p]
    ys = [y for p in points.values() for _, y in p]
    x0, x1 = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    if x0 == x1:
        x1 += 1
    if y0 == y1:
        y1 += 1
    pw, ph = width - left - right, height - top - bottom

    def px(x):
        return left + (math.log10(x) - x0) / (x1 - x0) * pw

    def py(y):
        return top + ph - (math.log10(y) - y0) / (y1 - y0) * ph

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left + pw / 2}" y="24" text-anchor="middle" font-size="14" font-weight="bold">{title}</text>']
    for d in range(x0, x1 + 1):
        x = px(10 ** d)
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + ph}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{top + ph + 18}" text-anchor="middle">{label_count(10 ** d)}</text>')
    for d in range(y0, y1 + 1):
        y = py(10 ** d)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + pw}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{label_time(10 ** d)}</text>')
    out.append(f'<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="none" stroke="#333"/>')
    out.append(f'<text x="{left + pw / 2}" y="{height - 18}" text-anchor="middle">interests (log)</text>')
    out.append(f'<text x="20" y="{top + ph / 2}" text-anchor="middle" transform="rotate(-90 20 {top + ph / 2})">'
               'mean time per evaluation (log)</text>')
    legend_y = top + 10
    for method, name, colour in SERIES:
        pts = points.get(method)
        if not pts:
            continue
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in pts)
        out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y in pts:
            out.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="4" fill="{colour}">'
                       f'<title>{name}: {label_count(x)} interests, {y:.4g} s</title></circle>')
            # Labels right of their point, except at the right edge, where the legend begins.
            lx, anchor = (px(x) - 7, "end") if x == max(xs) else (px(x) + 7, "start")
            out.append(f'<text x="{lx:.1f}" y="{py(y) - 7:.1f}" fill="{colour}" font-size="10" text-anchor="{anchor}">'
                       f'{label_time(float(f"{y:.3g}"))}</text>')
        lx = left + pw + 15
        out.append(f'<line x1="{lx}" y1="{legend_y}" x2="{lx + 24}" y2="{legend_y}" stroke="{colour}" stroke-width="2"/>')
        out.append(f'<circle cx="{lx + 12}" cy="{legend_y}" r="4" fill="{colour}"/>')
        out.append(f'<text x="{lx + 30}" y="{legend_y + 4}">{name}</text>')
        legend_y += 22
    # Sizes without a result (the benchmark failed or was stopped) are named under the legend.
    for method, name, colour in SERIES:
        if missing.get(method):
            sizes = ", ".join(sorted(missing[method], key=INTERESTS.get))
            out.append(f'<text x="{left + pw + 15}" y="{legend_y + 4}" fill="{colour}" font-size="10">'
                       f'{name}: no result at {sizes}</text>')
            legend_y += 18
    legend_y += 4
    # A slope-1 guide through the engine's smallest point: linear growth.
    base = points.get("Engine") or next(iter(points.values()))
    gx, gy = base[0]
    end = min(x1, math.log10(gx) + (y1 - math.log10(gy)))
    ex, ey = 10 ** end, gy * 10 ** end / gx
    out.append(f'<line x1="{px(gx):.1f}" y1="{py(gy):.1f}" x2="{px(ex):.1f}" y2="{py(ey):.1f}" '
               'stroke="#999" stroke-dasharray="4 4"/>')
    lx = left + pw + 15
    out.append(f'<line x1="{lx}" y1="{legend_y}" x2="{lx + 24}" y2="{legend_y}" stroke="#999" stroke-dasharray="4 4"/>')
    out.append(f'<text x="{lx + 30}" y="{legend_y + 4}">linear growth</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) > 1:
        source = argv[1]
    else:
        found = sorted(glob.glob(DEFAULT_GLOB))
        if not found:
            sys.exit(f"no ScaleBenchmarks CSV report under {os.path.dirname(DEFAULT_GLOB)}; run the benchmarks first")
        source = found[-1]
    target = argv[2] if len(argv) > 2 else DEFAULT_OUT
    points, missing = read(source)
    if not points:
        sys.exit(f"no S/M/L rows in {source}")
    with open(target, "w", encoding="utf-8") as f:
        f.write(svg(points, missing, "ScaleBenchmarks: Evaluate at S, M, L (seed 7)"))
    print(f"{source} -> {target}")


if __name__ == "__main__":
    main(sys.argv)
