"""RSS and Atom feed files: one document per item (feedparser, given the bytes only, never a URL).

Each item's raw bytes are its canonical XML (C14N of its ``<item>``/``<entry>`` element), so the same item
read again, from this file or from a later copy of the feed, gets the same id. When lxml cannot pair the
elements with feedparser's entries (a badly broken feed), the item's canonical JSON is used instead.
"""

from __future__ import annotations

import io
import json
from datetime import date
from typing import Any

from notatarget.errors import IntakeError
from notatarget.intake.document import Document
from notatarget.intake.limits import Limits
from notatarget.intake.readers.webpage import html_text


def read(data: bytes, limits: Limits) -> list[Document]:
    """One document per feed item that has a title or text; the feed's title is each item's publisher."""
    import feedparser

    # A stream, never the bytes themselves: feedparser opens a str or bytes argument as a path or URL.
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    except (UnicodeError, ValueError, LookupError) as exc:  # feedparser's loose parser trips on broken encodings
        raise IntakeError(
            f"not a readable feed ({type(exc).__name__}: {exc})", hint="the file is damaged; fetch the feed again"
        ) from exc
    entries = parsed.entries
    if not entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise IntakeError(f"no items in this feed{reason}", hint="check that the file is a complete RSS or Atom feed")
    if len(entries) > limits.max_feed_items:
        raise IntakeError(
            f"feed has {len(entries):,} items, the limit is {limits.max_feed_items:,}", hint="split the feed"
        )
    raws = _item_bytes(data, len(entries)) or [_canonical_json(entry) for entry in entries]
    feed = parsed.get("feed", {})
    documents = [
        Document(
            raw=raw,
            text=_entry_text(entry),
            media_type="application/xml" if raw.startswith(b"<") else "application/json",
            title=entry.get("title") or None,
            publisher=feed.get("title") or None,
            published=_entry_date(entry),
            source_url=entry.get("link") or None,
            declared_language=feed.get("language"),
            channel="feed",
        )
        for raw, entry in zip(raws, entries, strict=True)
    ]
    with_text = [document for document in documents if document.text.strip()]
    if not with_text:
        raise IntakeError("no item of this feed has a title or text", hint="check that the feed is complete")
    return with_text


def _item_bytes(data: bytes, expected: int) -> list[bytes] | None:
    """The C14N bytes of every item or entry element, or None unless there are exactly ``expected``."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
        items = root.xpath("//*[local-name()='item' or local-name()='entry']") if root is not None else []
        return [etree.tostring(item, method="c14n") for item in items] if len(items) == expected else None
    except (etree.LxmlError, ValueError):  # a tree recovered from broken XML may not serialise canonically
        return None


def _canonical_json(entry: dict[str, Any]) -> bytes:
    return json.dumps(entry, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


def _entry_text(entry: dict[str, Any]) -> str:
    """The item's title and its fullest body (content, else summary) as text."""
    bodies = [c.get("value") or "" for c in entry.get("content") or []] or [entry.get("summary") or ""]
    body = max(bodies, key=len)
    parts = [entry.get("title") or "", html_text(body) if "<" in body else body]
    return "\n\n".join(part.strip() for part in parts if part and part.strip())


def _entry_date(entry: dict[str, Any]) -> date | None:
    """The item's published (else updated) day, as feedparser normalised it to UTC."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
    except ValueError:
        return None
