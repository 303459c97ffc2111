#!/usr/bin/env python3
"""Ingest client: stores a list of files in Orthanc or in our service over keep-alive connections.

Modes:
  body  POST /instances with the file as the body (application/dicom), both servers
  path  POST /dicom {"path": <path relative to the import root>}, ours only

The files are read into memory before the clock starts, so disk reads are not measured. With N
connections, N threads take files from one shared queue, each over its own keep-alive connection.
Appends one JSON line (the measurement) to --out and writes "relative_path<TAB>id" lines to --ids.
"""
import argparse
import http.client
import json
import os
import queue
import sys
import threading
import time
import urllib.parse

# Answers that mean "the server read and judged the file": a new instance, the same bytes again,
# or (ours) another file with an already stored SOP Instance UID.
HANDLED = {200, 201, 409}


def read_files(root, list_file):
    with open(list_file, encoding="utf-8") as handle:
        paths = [line.strip() for line in handle if line.strip()]
    files = []
    for rel_path in paths:
        with open(os.path.join(root, rel_path), "rb") as handle:
            files.append((rel_path, handle.read()))
    return files


def request_for(mode, rel_path, data):
    if mode == "body":
        return "/instances", data, {"Content-Type": "application/dicom"}
    body = json.dumps({"path": rel_path}).encode()
    return "/dicom", body, {"Content-Type": "application/json"}


def instance_id(status, payload):
    try:
        doc = json.loads(payload)
    except ValueError:
        return None
    if status == 409:
        return doc.get("existingId")
    return doc.get("ID") or doc.get("id")


def worker(base, mode, jobs, results, errors):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=300)
    while True:
        try:
            rel_path, data = jobs.get_nowait()
        except queue.Empty:
            break
        path, body, headers = request_for(mode, rel_path, data)
        try:
            conn.request("POST", path, body=body, headers=headers)
            response = conn.getresponse()
            payload = response.read()
        except (OSError, http.client.HTTPException) as error:
            errors.append(f"{rel_path}: {error}")
            conn.close()
            conn = http.client.HTTPConnection(url.hostname, url.port, timeout=300)
            continue
        results.append((rel_path, response.status, instance_id(response.status, payload), payload[:300]))
    conn.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True, help="server base URL, e.g. http://127.0.0.1:8001")
    parser.add_argument("--server", required=True, help="label: orthanc or ours")
    parser.add_argument("--mode", choices=["body", "path"], default="body")
    parser.add_argument("--root", required=True, help="folder the listed paths are relative to")
    parser.add_argument("--files", required=True, help="file with one relative path per line")
    parser.add_argument("--connections", type=int, default=1)
    parser.add_argument("--key", required=True, help="measurement key written to --out")
    parser.add_argument("--out", required=True, help="JSON lines file to append the measurement to")
    parser.add_argument("--ids", help="file to write 'path<TAB>id' lines to")
    args = parser.parse_args()

    files = read_files(args.root, args.files)
    jobs = queue.Queue()
    for item in files:
        jobs.put(item)
    results, errors = [], []
    threads = [threading.Thread(target=worker, args=(args.base, args.mode, jobs, results, errors))
               for _ in range(args.connections)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started

    statuses = {}
    for _, status, _, _ in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    unhandled = [r for r in results if r[1] not in HANDLED]
    record = {
        "key": args.key, "server": args.server, "unit": "files/s",
        "value": len(files) / elapsed, "files": len(files), "seconds": elapsed,
        "ms_per_file": 1000.0 * elapsed / len(files), "connections": args.connections,
        "statuses": statuses, "errors": len(errors) + len(unhandled),
    }
    with open(args.out, "a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")
    if args.ids:
        with open(args.ids, "w", encoding="utf-8") as out:
            for rel_path, _, ident, _ in sorted(results):
                out.write(f"{rel_path}\t{ident or ''}\n")

    print(f"  {args.server:8} {args.key:24} {record['value']:8.1f} files/s  "
          f"({len(files)} files in {elapsed:.2f} s, {args.connections} conn, statuses {statuses})")
    for line in errors[:5]:
        print(f"    transport error: {line}", file=sys.stderr)
    for rel_path, status, _, payload in unhandled[:5]:
        print(f"    {rel_path}: HTTP {status} {payload.decode(errors='replace')}", file=sys.stderr)
    # Failed files are reported in the measurement; only a run where nothing was handled stops the harness.
    return 1 if len(results) == len(unhandled) else 0


if __name__ == "__main__":
    sys.exit(main())
