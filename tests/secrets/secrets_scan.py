#!/usr/bin/env python3
"""Helpers of secrets-scan.sh (standard library only).

  recorder LISTEN_PORT_FILE UPSTREAM_PORT TOKENS_FILE
      A reverse proxy on 127.0.0.1 in front of the sandbox that records every token the IAM API
      issues (X-Subject-Token), so the scan knows the tokens the app was given.
  sample OUT_FILE STOP_FILE EXCLUDE_PID...
      Until STOP_FILE exists: every 50 ms, the command line (and environment) of every process;
      appends the unique ones to OUT_FILE as JSON lines. EXCLUDE_PID: the sandbox cloud itself.
  scan SECRETS_FILE CMDLINES_FILE ROOT...
      Searches every file under the ROOTs (binary too) and the sampled command lines for each
      secret in its raw, base64 (three alignments), percent-encoded, JSON-escaped and UTF-16 forms.
      Prints a table; exits 1 on any hit.
"""
import base64
import http.client
import http.server
import json
import os
import socketserver
import sys
import threading
import time
import urllib.parse


def recorder(port_file, upstream_port, tokens_file):
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def forward(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("connection", "proxy-connection")}
            conn = http.client.HTTPConnection("127.0.0.1", int(upstream_port), timeout=120)
            try:
                conn.request(self.command, self.path, body=body, headers=headers)
                reply = conn.getresponse()
                data = reply.read()
            except Exception:  # the sandbox dropped the connection (a fault): do the same
                self.close_connection = True
                return
            finally:
                conn.close()
            token = reply.getheader("X-Subject-Token")
            if token:
                with lock, open(tokens_file, "a") as out:
                    out.write(token + "\n")
            self.send_response_only(reply.status, reply.reason)
            for k, v in reply.getheaders():
                if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = forward

    class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
        daemon_threads = True

    server = Server(("127.0.0.1", 0), Handler)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(server.server_address[1]))
    os.rename(port_file + ".tmp", port_file)
    server.serve_forever()


def sample(out_file, stop_file, exclude):
    exclude = set(exclude)
    seen = set()
    with open(out_file, "a") as out:
        while not os.path.exists(stop_file):
            for pid in os.listdir("/proc"):
                if not pid.isdigit() or pid in exclude:
                    continue
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as f:
                        cmd = f.read()
                    with open(f"/proc/{pid}/environ", "rb") as f:
                        env = f.read()
                except OSError:
                    continue
                key = (cmd, env)
                if key in seen or not cmd:
                    continue
                seen.add(key)
                out.write(json.dumps({"pid": int(pid),
                                      "cmdline": cmd.decode("utf-8", "replace"),
                                      "environ": env.decode("utf-8", "replace")}) + "\n")
            out.flush()
            time.sleep(0.05)


def b64_forms(raw):
    """Base64 of `raw` as it appears inside a longer base64 text, for each of the 3 alignments."""
    forms = set()
    for k in range(3):
        enc = base64.b64encode(b"\0" * k + raw + b"\0\0").decode()
        first = -(-8 * k // 6)                  # first character made only of raw's bits
        last = (8 * (k + len(raw))) // 6        # one past the last such character
        forms.add(enc[first:last])
        forms.add(base64.urlsafe_b64encode(b"\0" * k + raw + b"\0\0").decode()[first:last])
    return {f for f in forms if len(f) >= 8}


def needles(secret):
    raw = secret.encode()
    forms = {"raw": [raw],
             "base64": [f.encode() for f in b64_forms(raw)],
             "percent": [urllib.parse.quote(secret, safe="").encode(), urllib.parse.quote_plus(secret).encode()],
             "json": [json.dumps(secret)[1:-1].encode()],
             "utf16": [secret.encode("utf-16-le")]}
    return {kind: list(dict.fromkeys(v)) for kind, v in forms.items()}


def scan(secrets_file, cmdlines_file, roots):
    with open(secrets_file) as f:
        secrets = [tuple(line.rstrip("\n").split("\t", 1)) for line in f if line.strip()]
    table = []   # (what, files, bytes, hits)
    hits = []
    search = [(label, kind, n) for label, value in secrets for kind, ns in needles(value).items() for n in ns]
    for root in roots:
        files = 0
        size = 0
        root_hits = 0
        walk = [(os.path.dirname(root), [], [os.path.basename(root)])] if os.path.isfile(root) else os.walk(root)
        for dirpath, dirnames, filenames in walk:
            for name in filenames:
                path = os.path.join(dirpath, name)
                if os.path.islink(path) or not os.path.isfile(path):
                    continue
                try:
                    with open(path, "rb") as f:
                        data = f.read()
                except OSError:
                    continue
                files += 1
                size += len(data)
                for label, kind, n in search:
                    if n in data:
                        root_hits += 1
                        hits.append(f"{path}: {label} ({kind})")
        table.append((root, files, size, root_hits))
    # Command lines: every process seen while the session ran (the sandbox excluded).
    procs = 0
    cmd_hits = 0
    env_hits = []
    with open(cmdlines_file) as f:
        for line in f:
            p = json.loads(line)
            procs += 1
            cmd = p["cmdline"].encode()
            env = p["environ"].encode()
            for label, kind, n in search:
                if n in cmd:
                    cmd_hits += 1
                    hits.append(f"command line of pid {p['pid']}: {label} ({kind}): {p['cmdline'][:80]!r}")
                if n in env:
                    prog = p["cmdline"].split("\0")[0]
                    env_hits.append(f"{os.path.basename(prog)} ({label})")
    table.append(("command lines (processes sampled)", procs, 0, cmd_hits))

    print(f"{'where':<60} {'files':>7} {'bytes':>12} {'hits':>5}")
    for what, files, size, n in table:
        print(f"{what[-60:]:<60} {files:>7} {size:>12} {n:>5}")
    print(f"secrets searched: {', '.join(label for label, _ in secrets)}; forms per secret: "
          f"{', '.join(needles(secrets[0][1]).keys()) if secrets else '-'}")
    if env_hits:
        print("environments carrying a secret (allowed by design: OS_PASSWORD/OS_SECRET_KEY for the CLI, "
              "never its command line): " + ", ".join(sorted(set(env_hits))))
    if hits:
        print("HITS:")
        for h in hits:
            print("  " + h)
        return 1
    print("zero hits")
    return 0


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "recorder":
        recorder(*sys.argv[2:5])
    elif cmd == "sample":
        sample(sys.argv[2], sys.argv[3], sys.argv[4:])
    elif cmd == "scan":
        sys.exit(scan(sys.argv[2], sys.argv[3], sys.argv[4:]))
    else:
        sys.exit(f"unknown command {cmd}")
