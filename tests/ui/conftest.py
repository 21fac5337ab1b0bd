"""A real `assistant serve` process on a free port of 127.0.0.1, shared by the UI and API tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(index_dir, extra_env: dict | None = None, args: tuple[str, ...] = ()):
    port = free_port()
    env = os.environ | {"ASSISTANT_INDEX": str(index_dir), "HF_HUB_OFFLINE": "1",
                        "GRADIO_ANALYTICS_ENABLED": "False"} | (extra_env or {})
    process = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve", "--port", str(port), *args],
                               cwd=ROOT,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return process, wait_for(process, f"http://127.0.0.1:{port}", _auth(extra_env))


def wait_for(process, url: str, auth=None) -> str:
    """`url` once the server there says it is ready (401 counts: it is up, behind auth)."""
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {process.stdout.read() if process.stdout else ''}")
        try:
            health = httpx.get(f"{url}/api/v1/health", timeout=2, auth=auth)
            if health.status_code == 401 or health.json().get("status") == "ok":
                return url
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    process.kill()
    raise RuntimeError("server did not start in 120 s")


def _auth(env):
    value = (env or {}).get("ASSISTANT_AUTH")
    return tuple(value.split(":", 1)) if value else None


@pytest.fixture(scope="session")
def server(index_dir):
    process, url = start_server(index_dir)
    yield url
    process.terminate()
    process.wait(timeout=30)
