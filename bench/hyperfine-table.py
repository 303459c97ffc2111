#!/usr/bin/env python3
"""Prints hyperfine --export-json results as a markdown table with the median (hyperfine's own
markdown export has mean and min/max only), in milliseconds."""
import json
import sys

print("| command | median ms | min ms | max ms | mean ± σ ms | runs |")
print("|---|---:|---:|---:|---:|---:|")
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        for r in json.load(f)["results"]:
            ms = lambda s: f"{s * 1000:.1f}"
            print(f"| `{r['command']}` | {ms(r['median'])} | {ms(r['min'])} | {ms(r['max'])} "
                  f"| {ms(r['mean'])} ± {ms(r['stddev'] or 0)} | {len(r['times'])} |")
