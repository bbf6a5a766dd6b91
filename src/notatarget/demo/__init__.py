"""``notatarget demo``: a fresh SQLite database built from the fictional sample reports in ``samples/``.

The samples (see ``samples/MANIFEST.json``) are written for this project: press releases, a wire story, a UN
statement, a field form, an e-mail with a photo, a feed, a PDF situation report, French and Spanish reports,
two reports of the same attack, a strike near a hospital, an aggregate statistic and hostile markup.
"""

from __future__ import annotations

import json
import secrets
import shutil
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from notatarget import config

SAMPLES = "samples"
DEMO_USER = "demo-reviewer"


@dataclass(slots=True)
class DemoResult:
    """The demo database and what went into it."""

    store: Any
    home: Path
    outcomes: list[Any] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    username: str = DEMO_USER
    password: str = ""

    def describe(self) -> str:
        """A short account of the demo for the terminal."""
        lines = [f"Demo database: {self.store.display_url}"]
        for o in self.outcomes:
            found = f"{len(o.incidents)} incident(s)" if o.status != "failed" else f"failed: {o.reason}"
            lines.append(f"  {o.source:<48} {o.status:<9} {found}")
        incidents = self.store.list_incidents()
        lines.append(f"{len(incidents)} incidents from {len(self.outcomes)} reports; {len(self.published)} published:")
        for incident in incidents:
            v = incident.values
            kinds = ", ".join(v.attack_types) or "attack"
            lines.append(
                f"  {incident.id}  {v.date or 'undated':<10}  {v.country or '---'}  {v.facility_type or '-':<12} "
                f"{kinds}  [{incident.status}]"
            )
        lines.append("Try: notatarget incidents, notatarget show ID  (with NOTATARGET_HOME=" + str(self.home) + ")")
        return "\n".join(lines)


def samples() -> list[tuple[Path, dict[str, Any]]]:
    """The sample files with their manifest entries, in manifest order."""
    folder = Path(str(resources.files(__package__).joinpath(SAMPLES)))
    manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
    return [(folder / entry["file"], entry) for entry in manifest["files"]]


def build_demo(home: Path | None = None) -> DemoResult:
    """Build the demo database in ``home`` (default: ``demo/`` in the data folder), replacing an older one."""
    from notatarget.ingest import ingest_paths
    from notatarget.store import Store
    from notatarget.web.security import hash_password

    home = Path(home) if home else config.data_dir() / "demo"
    if home.exists():
        shutil.rmtree(home)
    home.mkdir(parents=True)
    store = Store.open(f"sqlite:///{home / 'notatarget.db'}", home / "blobs")
    result = DemoResult(store=store, home=home)
    for path, entry in samples():
        summary = ingest_paths(
            store,
            [path],
            published=entry.get("published"),
            publisher=entry.get("publisher"),
            url=entry.get("url"),
            actor="demo",
        )
        result.outcomes.extend(summary.outcomes)
    result.password = secrets.token_urlsafe(9)
    store.add_user(DEMO_USER, hash_password(result.password), role="reviewer", actor="demo")
    result.published = _publish_examples(store)
    return result


def _publish_examples(store: Any) -> list[str]:
    """Publish the dated, placed incidents so the public view has something to show; the rest stay drafts."""
    published = []
    for incident in store.list_incidents():
        values = incident.values
        if values.date and values.country and not values.background:
            store.update_incident(
                incident.id,
                {"status": "published", "certainty": "possible"},
                actor="demo",
                reason="demo: published to show the public view",
            )
            published.append(incident.id)
    return published
