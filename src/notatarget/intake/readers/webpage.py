"""HTML pages: the main text without menus, footers, scripts or styles (trafilatura), with a plain lxml text
dump as the fallback when trafilatura finds no main text."""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING

from notatarget.intake.document import Document
from notatarget.intake.limits import Limits
from notatarget.intake.meta import parse_date
from notatarget.intake.text import bom_encoding, decode, strip_controls

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form", "iframe")
_BLOCK_TAGS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote")


def decode_html(data: bytes) -> str:
    """Decode a page: a BOM, then the ``<meta charset>`` in its first kilobytes, then :func:`decode`.

    The meta prescan is the HTML standard's own rule; charset-normalizer alone would ignore the declaration.
    """
    if bom_encoding(data) is None and (m := _META_CHARSET.search(data[:4096])):
        try:
            encoding = codecs.lookup(m.group(1).decode("ascii")).name
        except LookupError:
            encoding = None
        if encoding and not encoding.startswith("utf-16"):
            return data.decode(encoding, errors="replace")
    return decode(data)


def read(data: bytes, limits: Limits) -> list[Document]:
    """Main text, title, date, site name and canonical URL of a page."""
    import trafilatura

    html = _strip_xml_declaration(strip_controls(decode_html(data)))
    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (found.text or "") if found else ""
    page = _parse(html)
    if not text.strip():
        text = html_text(html)
    title = (found.title if found else None) or (page.findtext(".//title") if page is not None else None)
    return [
        Document(
            raw=data,
            text=text,
            media_type="text/html",
            title=title.strip() if title else None,
            publisher=found.sitename if found else None,
            published=parse_date(found.date) if found and found.date else None,
            source_url=found.url if found else None,
            declared_language=page.get("lang") if page is not None else None,
        )
    ]


def html_text(html: str) -> str:
    """All visible text of an HTML page or fragment, one line per block, without scripts, styles or menus."""
    root = _parse(strip_controls(html))
    if root is None:
        return ""
    for element in list(root.iter(*_DROP_TAGS)):
        element.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return root.text_content()


def _parse(html: str) -> HtmlElement | None:
    """The page as an lxml element (comments and processing instructions removed), or None."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None


def _strip_xml_declaration(html: str) -> str:
    """lxml refuses a str that still carries an ``<?xml encoding=...?>`` declaration."""
    return re.sub(r"\A\s*<\?xml[^>]*\?>", "", html)
