"""One error hierarchy for notatarget. Every error says what went wrong and what to do about it."""

from __future__ import annotations

from collections.abc import Sequence


class NotatargetError(Exception):
    """Base of every error notatarget raises on purpose."""

    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        base = super().__str__()
        return f"{base} ({self.hint})" if self.hint else base


class ConfigError(NotatargetError):
    """A setting is missing or wrong."""


class IntakeError(NotatargetError):
    """A file could not be read into a report (unsupported, corrupt, empty, too large)."""


class ExtractError(NotatargetError):
    """The extractor was given something it cannot work on."""


class GeoError(NotatargetError):
    """The gazetteer cannot answer: its index is missing, broken or cannot be built, or the input is unusable."""


class StoreError(NotatargetError):
    """The database or blob store refused an operation."""


class IntegrityError(StoreError):
    """Stored bytes or the audit chain do not match their hashes."""


class NotFound(StoreError):
    """No record with that id."""


class ImportRowError(NotatargetError):
    """A row of an imported dataset is invalid; names the row and the reason."""

    def __init__(self, row_number: int, reason: str) -> None:
        super().__init__(f"row {row_number}: {reason}")
        self.row_number = row_number
        self.reason = reason


class RejectedRows(NotatargetError):
    """Rows of an import were invalid, so nothing was imported. ``errors`` names every row and reason."""

    def __init__(self, errors: Sequence[ImportRowError], *, shown: int = 20) -> None:
        self.errors = list(errors)
        lines = "; ".join(str(e) for e in self.errors[:shown])
        more = f"; and {len(self.errors) - shown} more" if len(self.errors) > shown else ""
        super().__init__(
            f"{len(self.errors)} row(s) rejected, nothing imported: {lines}{more}",
            hint="fix those rows and import the file again",
        )


class PermissionDenied(NotatargetError):
    """The user may not do this."""
