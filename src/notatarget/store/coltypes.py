"""Column types that behave the same on SQLite and PostgreSQL.

- :class:`UTCDateTime`: timezone-aware UTC datetimes in and out. SQLite has no time zones, so values are
  stored as naive UTC there and given back their UTC zone on the way out; naive input is refused.
- :class:`Str` / :class:`LongText`: strings that PostgreSQL would reject are made safe instead of failing
  mid-transaction: NUL characters become U+FFFD and lone surrogates become ``?`` (one character for one, so
  character offsets of spans stay valid).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    """Now, timezone-aware in UTC."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """``value`` in UTC; a naive datetime is refused because its zone is unknown."""
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value.isoformat()} has no time zone; give an aware datetime (UTC)")
    return value.astimezone(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp with time zone, always returned in UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        value = as_utc(value)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def safe_text(value: str) -> str:
    """``value`` with the characters PostgreSQL cannot store replaced one for one."""
    if "\x00" in value:
        value = value.replace("\x00", "\ufffd")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "replace").decode("utf-8")
    return value


class _SafeMixin:
    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return safe_text(value) if isinstance(value, str) else value


class Str(_SafeMixin, TypeDecorator[str]):
    """A bounded string column (VARCHAR) with :func:`safe_text` on the way in."""

    impl = String
    cache_ok = True


class LongText(_SafeMixin, TypeDecorator[str]):
    """An unbounded text column with :func:`safe_text` on the way in."""

    impl = Text
    cache_ok = True
