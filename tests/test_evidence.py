"""Evidence and the blob store: hashes equal ``sha256sum``, bytes are never altered, tampering is reported."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import typer
from PIL import Image
from pypdf import PdfWriter
from typer.testing import CliRunner

from notatarget.cli import commands_store
from notatarget.domain import Mention
from notatarget.errors import IntegrityError, NotFound, StoreError
from notatarget.store import BlobStore, Store


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    commands_store.register(app)
    return app


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A PNG photo, an animated GIF, a PDF and 3 MiB of random bytes named as a video, generated here."""
    out = tmp_path / "media"
    out.mkdir()
    pdf = PdfWriter()
    pdf.add_blank_page(width=200, height=200)
    pdf.add_metadata({"/Title": "Fictional evidence"})
    with open(out / "statement.pdf", "wb") as stream:
        pdf.write(stream)
    (out / "clip.mp4").write_bytes(os.urandom(3 << 20))  # larger than one read chunk: exercises streaming
    image = Image.linear_gradient("L").resize((64, 48)).convert("RGB")
    image.save(out / "photo.png")
    frames = [Image.new("RGB", (32, 32), colour) for colour in ("red", "green", "blue")]
    frames[0].save(out / "clip.gif", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return {name: out / name for name in ("statement.pdf", "clip.mp4", "photo.png", "clip.gif")}


def _sha256sum(path: Path) -> str:
    return subprocess.run(["sha256sum", path], check=True, capture_output=True, text=True).stdout.split()[0]


def _incident(store: Store) -> str:
    return store.create_incident(Mention(country="Freedonia"), [], actor="t", id="NT-TEST000001")


def test_evidence_hash_equals_sha256sum(store_env: Store, cli: typer.Typer, files: dict[str, Path]) -> None:
    incident_id = _incident(store_env)
    for path in files.values():
        result = CliRunner().invoke(cli, ["evidence", "add", str(path), "--incident", incident_id, "--actor", "ana"])
        assert result.exit_code == 0, result.output
        assert result.output.split()[0] == _sha256sum(path)
        assert store_env.blobs.path(_sha256sum(path)).read_bytes() == path.read_bytes()
    kept = store_env.evidence(incident_id=incident_id)
    assert {e.sha256 for e in kept} == {_sha256sum(p) for p in files.values()}
    assert {e.filename: e.media_type for e in kept} == {
        "statement.pdf": "application/pdf",  # from the bytes
        "photo.png": "image/png",
        "clip.gif": "image/gif",
        "clip.mp4": "video/mp4",  # random bytes: from the name
    }
    assert all(e.added_by == "ana" for e in kept)


def test_same_file_again_changes_nothing(store: Store, files: dict[str, Path]) -> None:
    incident_id = _incident(store)
    item, created = store.add_evidence(files["statement.pdf"], incident_id=incident_id, actor="ana")
    again, created_again = store.add_evidence(files["statement.pdf"].read_bytes(), incident_id=incident_id, actor="bob")
    assert (created, created_again, again.added_by) == (True, False, "ana")
    assert [c["action"] for c in store.custody(item.sha256)] == ["added"]
    other = store.create_incident(Mention(), [], actor="t", id="NT-TEST000002")
    with pytest.raises(StoreError, match="already attached"):
        store.add_evidence(files["statement.pdf"], incident_id=other, actor="bob")
    with pytest.raises(NotFound):
        store.add_evidence(b"x", incident_id="NT-NONE", actor="bob")
    with pytest.raises(StoreError, match="not a file"):
        store.add_evidence(files["statement.pdf"].parent, incident_id=incident_id, actor="bob")


def test_custody_chain_logs_views(store: Store, files: dict[str, Path]) -> None:
    item, _ = store.add_evidence(files["statement.pdf"], incident_id=_incident(store), actor="ana")
    assert store.read_evidence(item.sha256, actor="bob") == files["statement.pdf"].read_bytes()
    store.record_custody(item.sha256, actor="carol", action="exported", note="court bundle")
    assert [(c["actor"], c["action"]) for c in store.custody(item.sha256)] == [
        ("ana", "added"),
        ("bob", "viewed"),
        ("carol", "exported"),
    ]
    with pytest.raises(StoreError, match="custody action"):
        store.record_custody(item.sha256, actor="x", action="deleted")


def test_altered_and_missing_files_are_reported(store_env: Store, cli: typer.Typer, files: dict[str, Path]) -> None:
    incident_id = _incident(store_env)
    pdf, _ = store_env.add_evidence(files["statement.pdf"], incident_id=incident_id, actor="ana")
    video, _ = store_env.add_evidence(files["clip.mp4"], incident_id=incident_id, actor="ana")
    ok = CliRunner().invoke(cli, ["evidence", "verify"])
    assert ok.exit_code == 0 and "2 of 2 evidence files intact" in ok.output
    blob = store_env.blobs.path(pdf.sha256)
    blob.chmod(0o644)
    blob.write_bytes(blob.read_bytes().replace(b"Fictional", b"Falsified"))
    store_env.blobs.path(video.sha256).unlink()
    result = CliRunner().invoke(cli, ["evidence", "verify"])
    assert result.exit_code == 1
    assert f"ALTERED: {pdf.sha256}" in result.output and f"MISSING: {video.sha256}" in result.output
    assert "0 of 2" in result.output
    assert store_env.custody(pdf.sha256)[-1]["note"] == "altered"
    with pytest.raises(IntegrityError, match=pdf.sha256):
        store_env.read_evidence(pdf.sha256, actor="bob")


def test_blob_store_is_write_once(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "blobs")
    sha = blobs.put(b"fictional bytes")
    path = blobs.path(sha)
    assert path.relative_to(blobs.root).parts == (sha[:2], sha[2:4], sha)
    assert not os.access(path, os.W_OK) or os.geteuid() == 0
    assert blobs.put(b"fictional bytes") == sha and list(blobs) == [sha]
    assert not list(blobs.root.glob(".incoming-*"))
    path.chmod(0o644)
    path.write_bytes(b"tampered")
    with pytest.raises(IntegrityError, match=sha):
        blobs.put(b"fictional bytes")  # never overwritten, even to repair: the altered copy is kept as found
    assert path.read_bytes() == b"tampered"
    with pytest.raises(IntegrityError, match=sha):
        blobs.get(sha)
    with pytest.raises(StoreError, match="not a SHA-256"):
        blobs.path("../../etc/passwd")
    with pytest.raises(NotFound):
        blobs.get("0" * 64)
    with pytest.raises(StoreError, match="cannot read"):
        blobs.put_file(tmp_path / "absent")
    with pytest.raises(IntegrityError, match=sha):
        blobs.copy_to(BlobStore(tmp_path / "copy"))  # an altered blob is never copied
    assert list(BlobStore(tmp_path / "copy")) == []


def test_empty_file_is_kept(store: Store, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    item, _ = store.add_evidence(empty, incident_id=None, actor="ana")
    assert (item.sha256, item.size, item.media_type) == (_sha256sum(empty), 0, "text/plain")
    assert store.verify_evidence(record=False)[0].state == "ok"
