#!/usr/bin/env python3
"""Reads `wrk --latency` output on stdin and appends one JSON line (req/s, p50, p99 in ms,
requests, non-2xx and socket errors) to the file named by the first argument.

usage: wrk --latency ... | wrkparse.py OUT KEY SERVER [ROUTE]
"""
import json
import re
import sys

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def to_ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match.group(1)) * UNITS_MS[match.group(2)] if match else None


def parse(output):
    result = {"non2xx": 0, "socket_errors": 0}
    for line in output.splitlines():
        line = line.strip()
        if match := re.fullmatch(r"(50|99)(?:\.0+)?%\s+(\S+)", line):
            result["p" + match.group(1) + "_ms"] = to_ms(match.group(2))
        elif match := re.match(r"Requests/sec:\s+([\d.]+)", line):
            result["value"] = float(match.group(1))
        elif match := re.match(r"(\d+) requests in ([\d.]+\w+)", line):
            result["requests"] = int(match.group(1))
        elif match := re.match(r"Non-2xx or 3xx responses:\s+(\d+)", line):
            result["non2xx"] = int(match.group(1))
        elif line.startswith("Socket errors:"):
            result["socket_errors"] = sum(int(n) for n in re.findall(r"\d+", line))
    return result


def main(argv):
    out, key, server = argv[0], argv[1], argv[2]
    output = sys.stdin.read()
    record = {"key": key, "server": server, "unit": "req/s", "route": argv[3] if len(argv) > 3 else ""}
    record.update(parse(output))
    if "value" not in record:
        print(output, file=sys.stderr)
        record["error"] = "wrk printed no Requests/sec"
    elif record["non2xx"] or record["socket_errors"]:
        record["error"] = f"{record['non2xx']} non-2xx answers, {record['socket_errors']} socket errors"
    with open(out, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
    p50, p99 = record.get("p50_ms"), record.get("p99_ms")
    print(f"  {server:8} {key:24} {record.get('value', 0):8.1f} req/s   p50 {p50 or 0:.2f} ms  p99 {p99 or 0:.2f} ms"
          + (f"   ({record['error']})" if "error" in record else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
