"""Load: 8 concurrent clients POST /api/v1/ask on loopback for 30 s; requests/s, p50/p95, errors.

    python benchmarks/load.py [--clients 8] [--seconds 30] [--index DIR]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ["Can migrant children be detained?", "Which treaties are States urged to ratify?",
             "What does paragraph 4 (k) say?", "What does the resolution say about remittances?",
             "What is the capital of France?", "Does the resolution mention lifelong learning?"]


def start_server(index: str | None = None) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = os.environ | {"HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False"}
    extra = ["--index", index] if index else []
    server = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port), *extra], cwd=ROOT,
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(240):
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                return server, url
        except httpx.HTTPError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("server did not start")


def client(url: str, until: float, latencies: list[float], errors: list[str], offset: int) -> None:
    with httpx.Client(timeout=30) as http:
        i = offset
        while time.perf_counter() < until:
            start = time.perf_counter()
            try:
                response = http.post(f"{url}/api/v1/ask", json={"question": QUESTIONS[i % len(QUESTIONS)]})
                if response.status_code != 200:
                    errors.append(str(response.status_code))
                else:
                    latencies.append(time.perf_counter() - start)
            except httpx.HTTPError as exc:
                errors.append(type(exc).__name__)
            i += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--index", help="index folder to serve (default: the server's own default)")
    args = parser.parse_args()
    server, url = start_server(args.index)
    try:
        httpx.post(f"{url}/api/v1/ask", json={"question": QUESTIONS[0]}, timeout=60)  # warm
        latencies: list[float] = []
        errors: list[str] = []
        until = time.perf_counter() + args.seconds
        threads = [threading.Thread(target=client, args=(url, until, latencies, errors, i)) for i in range(args.clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    ordered = sorted(latencies)
    p95 = ordered[int(0.95 * len(ordered))] if ordered else float("nan")
    print(f"load: {args.clients} concurrent clients, POST /api/v1/ask on loopback, {elapsed:.0f} s")
    print(f"  requests/s {len(latencies) / elapsed:8.1f}   p50 {statistics.median(ordered) * 1000:7.1f} ms   "
          f"p95 {p95 * 1000:7.1f} ms   ok {len(latencies)}   errors {len(errors)}"
          + (f" ({', '.join(sorted(set(errors)))})" if errors else ""))


if __name__ == "__main__":
    main()
