"""``notatarget user add``, ``token create`` and ``serve`` on a real SQLite store."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from notatarget.cli import _register, app
from notatarget.store import Store
from notatarget.web.security import verify_password

_register()


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    values = {
        "NOTATARGET_HOME": str(tmp_path / "home"),
        "NOTATARGET_DATABASE_URL": f"sqlite:///{tmp_path / 'web.db'}",
        "NOTATARGET_BLOB_DIR": str(tmp_path / "blobs"),
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return values


def test_user_add_and_token_create(env: dict[str, str]) -> None:
    runner = CliRunner()
    added = runner.invoke(
        app, ["user", "add", "rita", "--role", "reviewer", "--password-stdin"], input="a long enough secret\n"
    )
    assert added.exit_code == 0, added.output
    with Store.open() as store:
        user = store.get_user("rita")
        assert user.role == "reviewer" and verify_password(user.password_hash, "a long enough secret")
        assert "secret" not in str(store.audit_events(entity="user"))
    token = runner.invoke(app, ["token", "create", "rita", "--label", "nightly export"])
    assert token.exit_code == 0 and token.output.startswith("nt_")
    from fastapi.testclient import TestClient

    from notatarget.web import create_app

    with Store.open() as store:
        me = TestClient(create_app(store)).get("/api/me", headers={"authorization": f"Bearer {token.output.strip()}"})
        assert me.json()["username"] == "rita"
    short = runner.invoke(app, ["user", "add", "sam", "--password-stdin"], input="short\n")
    assert short.exit_code != 0
    bad_role = runner.invoke(app, ["user", "add", "sam", "--role", "king", "--password-stdin"], input="x" * 10)
    assert bad_role.exit_code != 0


def test_serve_answers_on_loopback(env: dict[str, str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-c", "from notatarget.cli import main; main()", "serve", "--port", str(port)],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/public", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read().decode() if process.stdout else ""
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.3)
        assert answer.status_code == 200 and "published incidents" in answer.text
        assert "script-src 'self'" in answer.headers["content-security-policy"]
        assert (Path(env["NOTATARGET_HOME"]) / "web_secret_key").stat().st_mode & 0o077 == 0
    finally:
        process.terminate()
        process.wait(timeout=20)
