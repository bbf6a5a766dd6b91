"""The gazetteer index file: where it lives, that it is rebuilt when its sources change, damaged files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from notatarget.geo import GeoError, build, cache_dir, default_index_path, ensure_index, index, lookup
from notatarget.geo._text import name_key


@pytest.fixture
def fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An empty NOTATARGET_HOME, and a gazetteer that will be opened anew; restores the shared one after."""
    monkeypatch.setenv("NOTATARGET_HOME", str(tmp_path))
    index.reset()
    yield tmp_path
    index.reset()


def test_cache_dir_follows_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOTATARGET_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "cache"
    monkeypatch.delenv("NOTATARGET_HOME")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "notatarget"
    assert default_index_path().parent == cache_dir()
    assert build.signature() in default_index_path().name


def test_signature_changes_with_the_format_version(monkeypatch: pytest.MonkeyPatch) -> None:
    before = build.signature()
    monkeypatch.setattr(build, "FORMAT_VERSION", build.FORMAT_VERSION + 1)
    assert build.signature() != before


def test_opened_index_matches_its_signature() -> None:
    gaz = index.gazetteer()
    assert ensure_index() == gaz.path
    assert gaz.path.name == default_index_path().name
    assert gaz.signature == build.signature()
    with sqlite3.connect(gaz.path) as db:
        meta = dict(db.execute("SELECT key, value FROM meta"))
        assert meta["format"] == str(build.FORMAT_VERSION)
        assert int(meta["names"]) > 500_000
        assert db.execute("SELECT count(*) FROM places").fetchone()[0] > 200_000
        assert db.execute("SELECT count(*) FROM admin1 WHERE country = 'SYR'").fetchone()[0] == 14


def test_known_name_prior_ranks_places_without_population() -> None:
    """A settlement GeoNames gives no population ranks by how many names it has; its Place keeps GeoNames' figure."""
    gaz = index.gazetteer()
    records = [r for r in gaz.records(name_key("Ma‘arrat an Nu‘mān")) if r.kind == build.PLACE]
    assert records and all(r.population >= 10 * build.PEOPLE_PER_KNOWN_NAME for r in records)
    assert not gaz.place(records[0]).population
    with sqlite3.connect(gaz.path) as db:  # admin1 short forms that are words stay whole
        assert db.execute("SELECT count(*) FROM admin1 WHERE name = 'Free'").fetchone()[0] == 0


def test_an_index_in_the_user_cache_serves_any_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A process with its own NOTATARGET_HOME uses the index already built in the user cache."""
    built = index.gazetteer().path
    user_cache = tmp_path / "xdg"
    (user_cache / "notatarget").mkdir(parents=True)
    (user_cache / "notatarget" / built.name).symlink_to(built)
    monkeypatch.setenv("XDG_CACHE_HOME", str(user_cache))
    monkeypatch.setenv("NOTATARGET_HOME", str(tmp_path / "home"))
    index.reset()
    try:
        assert ensure_index() == user_cache / "notatarget" / built.name
        assert not (tmp_path / "home").exists()
    finally:
        index.reset()


def test_damaged_index_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "gazetteer-bad.sqlite"
    bad.write_bytes(b"this is not an SQLite file" * 100)
    with pytest.raises(GeoError, match="unreadable"):
        index.Gazetteer(bad)
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    with pytest.raises(GeoError):
        index.Gazetteer(empty)


def test_unwritable_cache_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(GeoError, match="cannot write"):
        build.build_index(blocker / "gazetteer.sqlite")


@pytest.mark.slow
def test_index_is_rebuilt_when_the_format_changes(fresh_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new format version names a new file; first use builds it (here over a damaged file of that name, which
    must not stop it) and removes the index of the old signature. One real build: about 20 s."""
    old = default_index_path()
    old.parent.mkdir(parents=True)
    old.write_bytes(b"an index of the previous format")
    monkeypatch.setattr(build, "FORMAT_VERSION", build.FORMAT_VERSION + 1000)
    path = default_index_path()
    assert path != old
    path.write_bytes(b"half a file left by a crash")
    assert lookup("Aleppo")[0].country == "SYR"
    assert index.gazetteer().signature == build.signature()
    assert path.exists() and not old.exists()
