"""Shared fixtures. The shared corpus and datasets live in ../shared beside the checkout; tests that
need them skip cleanly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["fixtures_store"]

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` when it exists; skips the test otherwise."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not here (the dev corpus and datasets are not part of the project)")
    return SHARED


@pytest.fixture(scope="session")
def dev_corpus(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "dev"


@pytest.fixture(scope="session")
def shcc_dir(shared_dir: Path) -> Path:
    return shared_dir / "data" / "shcc"
