#!/usr/bin/env python3
"""Table of the scale run: per server and number of stored instances, the ingest cost per file
(probe over one connection), /tags and /image req/s and latency, RSS and data on disk; and the
growth from the smallest to the largest size (1.00x = flat). Markdown on stdout and in --out."""
import argparse

from report import load, load_warning, machine, number

COLUMNS = [  # (header, key prefix, field)
    ("ingest ms/file", "scale_ingest", "ms_per_file"),
    ("tags req/s", "scale_tags", "value"),
    ("tags p50 ms", "scale_tags", "p50_ms"),
    ("tags p99 ms", "scale_tags", "p99_ms"),
    ("image req/s", "scale_image", "value"),
    ("image p50 ms", "scale_image", "p50_ms"),
    ("image p99 ms", "scale_image", "p99_ms"),
    ("RSS MB", "scale_rss", "value"),
    ("disk MB", "scale_disk", "value"),
]


def cell(records, server, prefix, size, field):
    group = records.get((f"{prefix}_{size}", server)) or []
    for record in group:
        if "error" in record:
            return None, "n/a (" + record["error"].split(":")[0] + ")"
        if record.get(field) is not None:
            return record[field], number(record[field])
    return None, "-"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--results", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--sizes", nargs="+", type=int, required=True)
    parser.add_argument("--meta", nargs="*", default=[])
    args = parser.parse_args()
    meta = dict(item.split("=", 1) for item in args.meta)
    records = load(args.results)
    servers = sorted({server for (_, server) in records})

    lines = [f"# Scaling, {meta.get('started', '')}", "",
             f"- Machine: {machine()}",
             f"- Load average (1/5/15 min) at start: {meta.get('load_start', '?')}, at end: {meta.get('load_end', '?')}",
             *load_warning(meta),
             f"- Ours: commit {meta.get('commit', '?')}, Release publish, "
             + (f"with `{meta['ours_env']}`" if meta.get("ours_env") else "default settings"),
             f"- Synthetic instances: {meta.get('image', '?')}, ~110 elements, written by perf/synth (toolkit writer)",
             f"- Ingest cost: {meta.get('probe', '?')} files over 1 connection (POST /instances) bringing the store to the size",
             f"- Reads: wrk {meta.get('wrk', '?')} on an instance of that probe", "",
             "| server | stored | " + " | ".join(h for h, _, _ in COLUMNS) + " |",
             "|---|---:|" + "---:|" * len(COLUMNS)]
    for server in servers:
        for size in args.sizes:
            cells = [cell(records, server, prefix, size, field)[1] for _, prefix, field in COLUMNS]
            lines.append(f"| {server} | {size} | " + " | ".join(cells) + " |")
        if len(args.sizes) > 1:
            growth = []
            for _, prefix, field in COLUMNS:
                first = cell(records, server, prefix, args.sizes[0], field)[0]
                last = cell(records, server, prefix, args.sizes[-1], field)[0]
                growth.append(f"{last / first:.2f}x" if first and last is not None else "")
            lines.append(f"| {server} | growth {args.sizes[0]} -> {args.sizes[-1]} | " + " | ".join(growth) + " |")
    lines += ["", "Growth is the figure at the largest size over the figure at the smallest (1.00x = flat).", ""]
    output = "\n".join(lines)
    print(output)
    with open(args.out, "w", encoding="utf-8") as handle:
        handle.write(output)


if __name__ == "__main__":
    main()
