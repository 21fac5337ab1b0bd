"""Load on loopback: concurrent clients for a while; requests/s, p50/p95 per route, errors, and the server's
resident memory after a warm-up and at the end (a growing server shows here).

    python benchmarks/load.py [--clients 8] [--seconds 30] [--index DIR]        # POST /api/v1/ask only
    python benchmarks/load.py --mix --clients 32 --seconds 60                    # ask, retrieve, documents, health
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
            if httpx.get(f"{url}/api/v1/health", timeout=2).json().get("status") == "ok":
                return server, url
        except httpx.HTTPError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("server did not start")


# (route, share of requests) in the mixed load; the documents route pages through the index's resolutions
MIX = [("ask", 4), ("retrieve", 3), ("documents", 2), ("health", 1)]


def request(http: httpx.Client, url: str, route: str, i: int) -> httpx.Response:
    question = QUESTIONS[i % len(QUESTIONS)]
    if route == "ask":
        return http.post(f"{url}/api/v1/ask", json={"question": question})
    if route == "retrieve":
        return http.post(f"{url}/api/v1/retrieve", json={"question": question, "k": 1 + i % 10})
    if route == "documents":
        return http.get(f"{url}/api/v1/documents", params={"q": ["", "migrants", "rights"][i % 3]})
    return http.get(f"{url}/api/v1/health")


def client(url: str, until: float, latencies: dict, errors: list[str], offset: int, routes: list[str]) -> None:
    with httpx.Client(timeout=30) as http:
        i = offset
        while time.perf_counter() < until:
            route = routes[i % len(routes)]
            start = time.perf_counter()
            try:
                response = request(http, url, route, i)
                if response.status_code != 200:
                    errors.append(f"{route} {response.status_code}")
                else:
                    latencies.setdefault(route, []).append(time.perf_counter() - start)
            except httpx.HTTPError as exc:
                errors.append(f"{route} {type(exc).__name__}")
            i += 1


def resident_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


def run(url: str, clients: int, seconds: float, routes: list[str]) -> tuple[dict, list[str], float]:
    latencies: dict[str, list[float]] = {}
    errors: list[str] = []
    until = time.perf_counter() + seconds
    threads = [threading.Thread(target=client, args=(url, until, latencies, errors, i * 7, routes))
               for i in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.perf_counter() - started


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(0.95 * len(ordered))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--mix", action="store_true", help="ask, retrieve, documents and health, 4:3:2:1")
    parser.add_argument("--index", help="index folder to serve (default: the server's own default)")
    args = parser.parse_args()
    routes = [route for route, share in MIX for _ in range(share)] if args.mix else ["ask"]
    server, url = start_server(args.index)
    try:
        run(url, args.clients, min(10.0, args.seconds / 3), routes)  # warm-up: caches filled, threads started
        warm = resident_mb(server.pid)
        latencies, errors, elapsed = run(url, args.clients, args.seconds, routes)
        after = resident_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    every = [v for values in latencies.values() for v in values]
    print(f"load: {args.clients} concurrent clients, {', '.join(sorted(set(routes)))} on loopback, {elapsed:.0f} s")
    print(f"  requests/s {len(every) / elapsed:8.1f}   p50 {statistics.median(every) * 1000:7.1f} ms   "
          f"p95 {p95(every) * 1000:7.1f} ms   ok {len(every)}   errors {len(errors)}"
          + (f" ({', '.join(sorted(set(errors)))})" if errors else ""))
    if args.mix:
        for route, values in sorted(latencies.items()):
            print(f"  {route:10} {len(values):6} ok   p50 {statistics.median(values) * 1000:7.1f} ms   "
                  f"p95 {p95(values) * 1000:7.1f} ms")
    print(f"  server resident memory: {warm:.0f} MB after warm-up, {after:.0f} MB at the end "
          f"({after / warm:.2f}x; target <= 1.1x)")


if __name__ == "__main__":
    main()
