"""Settings of the web app, with safe defaults; ``WebSettings.from_env()`` reads ``NOTATARGET_WEB_*``."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field

from notatarget.config import data_dir

MB = 1 << 20


def _persistent_secret() -> str:
    """The session-signing key kept in the data folder (created once, readable by its owner only)."""
    path = data_dir() / "web_secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


@dataclass(slots=True)
class WebSettings:
    """How the web app behaves. ``secret_key=None`` means a fresh random key (sessions end on restart)."""

    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(48))
    https_only: bool = False
    max_upload_bytes: int = 25 * MB
    max_text_chars: int = 500_000
    max_files: int = 20
    login_attempts: int = 5
    login_window_seconds: float = 300.0
    page_size: int = 50
    map_point_limit: int = 3000
    session_max_age: int = 12 * 3600

    @classmethod
    def from_env(cls) -> WebSettings:
        """Settings for ``notatarget serve``: a key persisted in the data folder, HTTPS cookies on request."""
        return cls(
            secret_key=os.environ.get("NOTATARGET_WEB_SECRET_KEY") or _persistent_secret(),
            https_only=os.environ.get("NOTATARGET_WEB_HTTPS", "").lower() in ("1", "true", "yes"),
        )
