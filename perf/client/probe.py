#!/usr/bin/env python3
"""Small HTTP probes for the harness.

  port                                  print a free loopback TCP port
  wait URL SINCE_NS TIMEOUT_S           poll URL every 5 ms until it answers 200; print the
                                        milliseconds since SINCE_NS (a `date +%s%N` taken just
                                        before the server was launched); exit 1 on timeout
  check URL                             GET once; print "status<TAB>content-type<TAB>bytes<TAB>detail"
  count orthanc|ours BASE               print the number of stored instances
"""
import http.client
import json
import socket
import sys
import time
import urllib.parse


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url, timeout=10):
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        target = parts.path + ("?" + parts.query if parts.query else "")
        conn.request("GET", target or "/")
        response = conn.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read()
    finally:
        conn.close()


def wait(url, since_ns, timeout_s):
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        try:
            status, _, _ = get(url, timeout=2)
            if status == 200:
                print(f"{(time.time_ns() - since_ns) / 1e6:.0f}")
                return 0
        except OSError:
            pass
        time.sleep(0.005)
    print(f"no 200 from {url} within {timeout_s} s", file=sys.stderr)
    return 1


def check(url):
    status, content_type, body = get(url, timeout=120)
    detail = ""
    if status != 200 and "json" in content_type:
        try:
            doc = json.loads(body)
            detail = doc.get("detail") or doc.get("title") or doc.get("Message") or ""
        except ValueError:
            pass
    print(f"{status}\t{content_type}\t{len(body)}\t{detail}")
    return 0


def count(server, base):
    if server == "orthanc":
        _, _, body = get(base + "/statistics")
        print(json.loads(body)["CountInstances"])
    else:
        _, _, body = get(base + "/instances?page=1&pageSize=1")
        print(json.loads(body)["totalCount"])
    return 0


def main(argv):
    commands = {
        "port": lambda: print(free_port()) or 0,
        "wait": lambda: wait(argv[1], int(argv[2]), float(argv[3])),
        "check": lambda: check(argv[1]),
        "count": lambda: count(argv[1], argv[2]),
    }
    if not argv or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
