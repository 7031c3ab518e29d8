"""The HTTP run: gunicorn (2 workers) on PostgreSQL on loopback, loaded by wrk for a fixed
time at fixed concurrency, while the workers' memory is sampled. Bounded and local only."""

import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request

DURATION = os.environ.get("BENCH_HTTP_DURATION", "30s")
CONNECTIONS = int(os.environ.get("BENCH_HTTP_CONNECTIONS", "8"))


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _unit_ms(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def _parse_wrk(text):
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))}
    for pct in ("50", "90", "99"):
        match = re.search(rf"^\s+{pct}%\s+(\S+)", text, re.M)
        result[f"p{pct}"] = _unit_ms(match.group(1)) if match else float("nan")
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text
    )
    result["errors"] = (int(errors.group(1)) if errors else 0) + (
        sum(int(g) for g in socket_errors.groups()) if socket_errors else 0
    )
    return result


def _worker_rss_mb(master_pid):
    total = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            status = open(f"/proc/{pid}/status").read()
        except OSError:
            continue
        if re.search(rf"^PPid:\s+{master_pid}$", status, re.M):
            total.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
    return max(total, default=0.0)


def ensure_wrk():
    """wrk comes from Debian's packages; installed on the spot where we may (root with apt)."""
    if shutil.which("wrk"):
        return True
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing Debian's wrk for the HTTP run", file=sys.stderr)
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], env=env, **quiet)
    return bool(shutil.which("wrk"))


def run_load(database_url):
    """The HTTP run's rows, or None (said on stderr) when wrk cannot be had."""
    if not ensure_wrk():
        print("Skipping the HTTP run: wrk is not installed (apt-get install wrk).", file=sys.stderr)
        return None
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        # Persistent connections, as in production; a new connection per request costs more
        # than most pages.
        "DB_CONN_MAX_AGE": os.environ.get("DB_CONN_MAX_AGE", "60"),
        "DJANGO_SETTINGS_MODULE": "tests.benchmarks.settings",
    }
    server = subprocess.Popen(
        [
            os.path.join(os.path.dirname(os.sys.executable), "gunicorn"),
            "cms.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        env=env,
    )
    rows = []
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        # The uncached ones are built on every request (see tests/benchmarks/middleware.py).
        targets = {
            "directory": (base + "/pilot/find-a-mentor/", []),
            "directory, cached": (
                base + "/pilot/find-a-mentor/",
                ["-H", "X-Bench-Cached: 1"],
            ),
            "API list": (base + "/api/v1/mentors/", []),
        }
        for name, (url, headers) in targets.items():
            peak = [0.0]
            done = threading.Event()

            def sample(peak=peak, done=done):
                while not done.is_set():
                    peak[0] = max(peak[0], _worker_rss_mb(server.pid))
                    time.sleep(0.5)

            sampler = threading.Thread(target=sample)
            sampler.start()
            output = subprocess.run(
                ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", *headers, url],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            done.set()
            sampler.join()
            rows.append({"target": name, "rss_mb": peak[0], **_parse_wrk(output)})
    finally:
        server.terminate()
        server.wait(timeout=10)
    return rows
