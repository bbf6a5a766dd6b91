"""Ingest end to end: files in, reports, mentions and incidents out; bad files reported; crashes survived."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from notatarget.cli import _register, app
from notatarget.ingest import ingest_bytes, ingest_paths
from notatarget.store import Store, models

REPORT = """[Fictional test report]
GENEVA, 14 March 2024 - An airstrike hit the Qasr Nawa general hospital in Idlib, Syria, on Tuesday 12 March 2024,
killing two nurses and injuring five patients. The hospital's emergency ward was destroyed and the hospital
stopped operating, the fictional Northbridge Medical Relief said.
"""


def _report(n: int) -> str:
    return REPORT.replace("Qasr Nawa", f"Qasr Nawa {n}").replace("two nurses", f"{n % 5 + 1} nurses")


@pytest.fixture(scope="module")
def cli() -> CliRunner:
    _register()
    return CliRunner()


def _count(store: Store, model: type) -> int:
    with store.session(readonly=True) as session:
        return session.scalar(sa.select(sa.func.count()).select_from(model)) or 0


def test_same_bytes_twice_store_one_report(store: Store) -> None:
    first = ingest_bytes(store, REPORT.encode(), "a.txt")
    again = ingest_bytes(store, REPORT.encode(), "copy-of-a.txt")
    assert [o.status for o in first] == ["new"]
    assert [o.status for o in again] == ["duplicate"]
    assert _count(store, models.Report) == 1
    assert again[0].incidents == first[0].incidents


def test_ingest_extracts_and_links(store: Store) -> None:
    [outcome] = ingest_bytes(store, REPORT.encode(), "a.txt", published="2024-03-14")
    assert outcome.incidents, "the fictional airstrike should give an incident"
    incident = store.get_incident(outcome.incidents[0])
    assert incident.values.country == "SYR"
    assert "heavy_weapons" in incident.values.attack_types
    assert store.verify_audit().ok


def _bad_folder(root: Path) -> dict[str, Path]:
    root.mkdir()
    files = {
        "good": root / "good.txt",
        "empty": root / "empty.txt",
        "fake_pdf": root / "random.pdf",
        "bad_utf8": root / "latin.txt",
        "bomb": root / "bomb.docx",
        "huge": root / "huge.txt",
    }
    files["good"].write_text(REPORT, encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["fake_pdf"].write_bytes(os.urandom(4096))
    files["bad_utf8"].write_bytes(_report(7).encode("utf-8") + b"\xff\xfe\xfa broken bytes \xc3\x28")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (300 * 1024 * 1024))
    files["bomb"].write_bytes(buffer.getvalue())
    with files["huge"].open("wb") as handle:
        line = b"The clinic was shelled again today. " * 100 + b"\n"
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(line)
    return files


def test_bad_files_fail_alone(store_env: Store, tmp_path: Path, cli: CliRunner) -> None:
    files = _bad_folder(tmp_path / "in")
    unreadable = tmp_path / "in" / "secret.txt"
    unreadable.write_text(_report(9))
    unreadable.chmod(0)
    result = cli.invoke(app, ["ingest", str(tmp_path / "in")])
    unreadable.chmod(0o600)
    assert result.exit_code == 1, result.output
    readable = 2 + (os.geteuid() == 0)  # good.txt, the invalid UTF-8 one (decoded safely); root reads mode 000
    assert f"{readable} new reports" in result.output
    failed = {line.split(":")[1].strip() for line in result.output.splitlines() if line.startswith("failed:")}
    expected = {str(files[k]) for k in ("empty", "fake_pdf", "bomb", "huge")}
    if os.geteuid() != 0:  # root reads files whatever their mode
        expected.add(str(unreadable))
    assert expected <= failed
    assert _count(store_env, models.Report) == readable


def test_ingest_survives_sigkill(tmp_path: Path, store_url: str) -> None:
    """Kill ``notatarget ingest`` of many files halfway; the store is consistent and a re-run completes it."""
    folder = tmp_path / "many"
    folder.mkdir()
    total = 40
    for n in range(total):
        (folder / f"report-{n:03}.txt").write_text(_report(n), encoding="utf-8")
    env = {**os.environ, "NOTATARGET_DATABASE_URL": store_url, "NOTATARGET_BLOB_DIR": str(tmp_path / "blobs")}
    Store.open(store_url, tmp_path / "blobs", upgrade=True).close()
    command = [sys.executable, "-c", "from notatarget.cli import main; main()", "ingest", str(folder)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = Store.open(store_url, tmp_path / "blobs")
    try:
        deadline = time.monotonic() + 240
        while _count(store, models.Report) < total // 4 and time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail("ingest finished before it could be killed")
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        stored = _count(store, models.Report)
        assert 0 < stored < total
        with store.session(readonly=True) as session:
            for report in session.scalars(sa.select(models.Report)):
                store.blobs.verify(report.blob_sha256)
        assert store.verify_audit().ok
        summary = ingest_paths(store, [folder])
        assert summary.count("new") == total - stored
        assert summary.count("duplicate") == stored
        assert not summary.failed
        assert _count(store, models.Report) == total
        assert not store.mentions(unlinked=True), "every mention is linked after the re-run"
    finally:
        if process.poll() is None:
            process.kill()
        store.close()
