#!/usr/bin/env python3
"""Turns the harness's JSON lines into one table (Orthanc, ours, ours/Orthanc, target) printed as
Markdown on stdout and written to --out, with the machine and the run's parameters above it.

Several records with the same key and server (repeats) are summarised by their median and
their range. Targets are issue 7's ratios, ours/Orthanc.
"""
import argparse
import json
import os
import platform
import statistics

# (label, key, field, unit, higher_is_better, orthanc_key, target)
ROWS = [
    ("Start to first 200 (Orthanc /system, ours /health)", "startup", "value", "ms", False, None, None),
    ("Ingest MR study, 1 connection, POST /instances", "ingest_body_1", "value", "files/s", True, None, 2.0),
    ("Ingest MR study, {par} connections, POST /instances", "ingest_body_par", "value", "files/s", True, None, 2.0),
    ("Ingest MR study, 1 connection, ours POST /dicom by path (vs Orthanc upload)", "ingest_path_1", "value", "files/s", True, "ingest_body_1", 2.0),
    ("Ingest MR study, {par} connections, ours POST /dicom by path (vs Orthanc upload)", "ingest_path_par", "value", "files/s", True, "ingest_body_par", 2.0),
    ("RSS after the MR ingest (1 connection)", "rss_after_ingest", "value", "MB", False, None, 1.0),
    ("Image MR 512x512 (Orthanc /preview, ours /image?id=)", "image_mr", "value", "req/s", True, None, 20.0),
    ("  p50", "image_mr", "p50_ms", "ms", False, None, None),
    ("  p99", "image_mr", "p99_ms", "ms", False, None, None),
    ("Image MR, ours /instances/{id}/image", "image_mr_resource", "value", "req/s", True, "image_mr", 20.0),
    ("  p50", "image_mr_resource", "p50_ms", "ms", False, "image_mr", None),
    ("  p99", "image_mr_resource", "p99_ms", "ms", False, "image_mr", None),
    ("Image DX 1537x1184 (Orthanc /preview, ours /image?id=)", "image_dx", "value", "req/s", True, None, 50.0),
    ("  p50", "image_dx", "p50_ms", "ms", False, None, None),
    ("  p99", "image_dx", "p99_ms", "ms", False, None, None),
    ("Image DX, ours /instances/{id}/image", "image_dx_resource", "value", "req/s", True, "image_dx", 50.0),
    ("  p50", "image_dx_resource", "p50_ms", "ms", False, "image_dx", None),
    ("  p99", "image_dx_resource", "p99_ms", "ms", False, "image_dx", None),
    ("Tags MR (Orthanc /tags?simplify, ours /tags?id=)", "tags_mr", "value", "req/s", True, None, 2.0),
    ("  p50", "tags_mr", "p50_ms", "ms", False, None, None),
    ("  p99", "tags_mr", "p99_ms", "ms", False, None, None),
    ("Original file MR, 0.6 MB (/instances/{id}/file)", "file_mr", "value", "req/s", True, None, None),
    ("  p50", "file_mr", "p50_ms", "ms", False, None, None),
    ("  p99", "file_mr", "p99_ms", "ms", False, None, None),
    ("Original file DX, 3.6 MB (/instances/{id}/file)", "file_dx", "value", "req/s", True, None, None),
    ("  p50", "file_dx", "p50_ms", "ms", False, None, None),
    ("  p99", "file_dx", "p99_ms", "ms", False, None, None),
    ("RSS after the reads", "rss_after_load", "value", "MB", False, None, None),
]


def load(path):
    records = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                records.setdefault((record["key"], record["server"]), []).append(record)
    return records


def number(value):
    if value >= 100:
        return f"{value:.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def summary(records, field):
    """(median, cell text) or (None, reason)."""
    if not records:
        return None, "-"
    values = [r[field] for r in records if r.get(field) is not None and "error" not in r]
    if not values:
        reason = next((r["error"] for r in records if "error" in r), "no value")
        return None, "n/a: " + (reason if len(reason) <= 70 else reason[:67] + "...")
    median = statistics.median(values)
    text = number(median)
    if len(values) > 1:
        text += f" ({number(min(values))}-{number(max(values))}, n={len(values)})"
    warned = any(r.get("errors") for r in records)
    return median, text + (" (!)" if warned else "")


def table(records, parallel):
    lines = ["| measure | unit | Orthanc | ours | ours/Orthanc | target | met |",
             "|---|---|---:|---:|---:|---|---|"]
    for label, key, field, unit, higher, orthanc_key, target in ROWS:
        o_med, o_text = summary(records.get((orthanc_key or key, "orthanc")), field)
        u_med, u_text = summary(records.get((key, "ours")), field)
        if label.startswith("  "):  # latency lines: the reason is already on the line above
            o_text, u_text = (("n/a" if t.startswith("n/a") else t) for t in (o_text, u_text))
        ratio, met, goal = "", "", ""
        if o_med and u_med is not None:
            value = u_med / o_med
            ratio = f"{value:.2f}x" if value >= 0.1 else f"{value:.3f}x"
        if target is not None:
            goal = (">= " if higher else "<= ") + f"{target:g}x"
            if ratio:
                met = "yes" if (u_med / o_med >= target if higher else u_med / o_med <= target) else "no"
        better = "higher is better" if higher else "lower is better"
        label = label.replace("{par}", str(parallel))
        lines.append(f"| {label} | {unit} ({better}) | {o_text} | {u_text} | {ratio} | {goal} | {met} |")
    return lines


def machine():
    model = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as handle:
        mem_kb = int(handle.readline().split()[1])
    return (f"{model}, {os.cpu_count()} logical cores ({len(os.sched_getaffinity(0))} usable), "
            f"{mem_kb / 1024 / 1024:.1f} GiB RAM, {platform.system()} {platform.release()}")


def load_warning(meta):
    """A line warning that other work shared the machine, when the load average says so."""
    try:
        busiest = max(float(meta.get(k, "0").split()[0]) for k in ("load_start", "load_end"))
    except (ValueError, IndexError):
        return []
    if busiest <= os.cpu_count():
        return []
    return [f"- **Loaded machine**: load average up to {busiest:g} on {os.cpu_count()} cores while this ran;"
            " other work shared the CPUs and the figures are noisy (ratios more than absolute values)."]


def notes(records):
    lines = []
    for (key, server), group in sorted(records.items()):
        if key.startswith("ingest"):
            statuses = {}
            for record in group:
                for status, count in record["statuses"].items():
                    statuses[status] = statuses.get(status, 0) + count
            errors = sum(r["errors"] for r in group)
            lines.append(f"- `{key}` {server}: HTTP statuses over {len(group)} run(s) {statuses}"
                         + (f", **{errors} failed**" if errors else ""))
    for (key, server), group in sorted(records.items()):
        for record in group:
            if record.get("route"):
                lines.append(f"- `{key}` {server}: `{record['route']}`"
                             + (f" ({record['error']})" if record.get("error") else ""))
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--results", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--meta", nargs="*", default=[], help="key=value pairs")
    args = parser.parse_args()
    meta = dict(item.split("=", 1) for item in args.meta)
    records = load(args.results)

    text = [f"# Orthanc vs Dicom.Clean, {meta.get('started', '')}", "",
            f"- Machine: {machine()}",
            f"- Load average (1/5/15 min) at start: {meta.get('load_start', '?')}, at end: {meta.get('load_end', '?')}",
            *load_warning(meta),
            f"- Orthanc: {meta.get('orthanc', '?')} (Debian package, defaults except the harness's config)",
            f"- Ours: commit {meta.get('commit', '?')}, .NET SDK {meta.get('dotnet', '?')}, Release publish, "
            + (f"with `{meta['ours_env']}`" if meta.get("ours_env") else "default settings"),
            f"- Ingest: seed MR study (`test-mri`), each run on a fresh server, {meta.get('repeats', '?')} repeats: median (min-max, n)",
            f"- Reads: wrk {meta.get('wrk', '?')}; MR image `{meta.get('mr_file', '?')}`, DX `{meta.get('dx_file', '?')}`",
            "", *table(records, meta.get("parallel", "4")), "",
            "Ratios are ours/Orthanc for every line; `(!)` marks a figure from a run where some files failed",
            "(see Details); `n/a` a route that did not answer 200, with its status and reason.", "",
            "## Details", "", *notes(records), ""]
    output = "\n".join(text)
    print(output)
    with open(args.out, "w", encoding="utf-8") as handle:
        handle.write(output)


if __name__ == "__main__":
    main()
