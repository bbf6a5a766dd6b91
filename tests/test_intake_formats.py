"""Intake readers, one format at a time, on fixture files made here (every report in them is fictional)."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
import pytest

from notatarget.domain import Report, sha256_hex
from notatarget.intake import Kind, ReadResult, read_bytes, read_path, sniff

STORY = (
    "The Verdan Valley district hospital was struck by artillery fire on Monday morning. "
    "Two nurses were injured and the maternity ward was closed while engineers checked the building."
)


def make_pdf(
    pages: list[list[str]], *, title: str | None = None, author: str | None = None, created: str = ""
) -> bytes:
    """A minimal valid PDF, written by hand: one Helvetica text line per string, one page per list."""

    def literal(text: str) -> bytes:
        return b"(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252") + b")"

    count = len(pages)
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (5 + 2 * i) for i in range(count)), count),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< "
        + (b"/Title " + literal(title) if title else b"")
        + (b" /Author " + literal(author) if author else b"")
        + (b" /CreationDate " + literal(created) if created else b"")
        + b" >>",
    ]
    for i, lines in enumerate(pages):
        content = b"BT /F1 11 Tf 72 760 Td 14 TL " + b" ".join(literal(line) + b" Tj T*" for line in lines) + b" ET"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (6 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_png(width: int = 2, height: int = 2) -> bytes:
    """A tiny valid red PNG, written with zlib (no imaging library needed)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None, **core: object) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.sections[0].footer.paragraphs[0].text = "Page footer that is not report text"
    for name, value in core.items():
        setattr(document.core_properties, name, value)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_email(*, html: bool = False, attach: bytes | None = None) -> bytes:
    message = EmailMessage()
    message["Subject"] = "Field alert: Verdan Valley hospital shelled"
    message["From"] = "Field Team North <field.north@example.org>"
    message["To"] = "monitoring@example.org"
    message["Date"] = format_datetime(datetime(2024, 3, 5, 9, 30))
    message["Message-ID"] = "<fictional-1@example.org>"
    message.set_content(STORY)
    if html:
        message.add_alternative(f"<html><body><p>{STORY}</p><script>alert(1)</script></body></html>", subtype="html")
    if attach is not None:
        message.add_attachment(attach, maintype="image", subtype="png", filename="../../etc/ward photo.png")
    return message.as_bytes()


RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Fictional Health Watch</title><link>https://example.org/</link>
<language>en</language>
<item><title>Clinic looted in Oster</title><link>https://example.org/oster</link>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><guid>oster-1</guid>
<description>&lt;p&gt;Armed men looted the Oster health post.&lt;/p&gt;
&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>Ambulance stopped at Lindar checkpoint</title><link>https://example.org/lindar</link>
<pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate><guid>lindar-1</guid>
<description>An ambulance carrying two patients was held for six hours at a checkpoint near Lindar.</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Fictional Relief Network</title><id>urn:fictional:feed</id>
<updated>2024-03-07T00:00:00Z</updated>
<entry><title>Mobile clinic burned</title><id>urn:fictional:1</id><link href="https://example.org/burned"/>
<published>2024-03-07T06:00:00Z</published><updated>2024-03-07T06:00:00Z</updated>
<content type="html">&lt;p&gt;A mobile clinic vehicle was set on fire overnight in Pallow.&lt;/p&gt;</content></entry>
</feed>"""

PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Hospital shelled | Fictional Wire</title>
<meta property="og:site_name" content="Fictional Wire">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://example.org/news/hospital-shelled">
<style>body {{ color: red }}</style><script>document.write("tracking pixel")</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<article><h1>Hospital shelled</h1><p>{STORY}</p>
<p>The district health office said repairs would take at least two weeks and asked for generators.</p></article>
<footer><p>Copyright Fictional Wire. Subscribe to our newsletter.</p></footer></body></html>"""


def only(results: list[ReadResult]) -> Report:
    assert len(results) == 1
    return results[0].report


def test_plain_text_utf8() -> None:
    data = f"Hospital shelled\n\n{STORY}\n".encode()
    report = only(read_bytes(data, "note.txt"))
    assert report.id == sha256_hex(data)
    assert report.raw == data
    assert report.text == f"Hospital shelled\n\n{STORY}"
    assert report.title == "Hospital shelled"
    assert report.language == "en"
    assert report.media_type == "text/plain"
    assert report.filename == "note.txt"
    assert report.received_at is not None


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_plain_text_unicode_with_or_without_bom(encoding: str) -> None:
    data = STORY.encode(encoding)
    report = only(read_bytes(data, "bom.txt"))
    assert report.text == STORY
    assert report.id == sha256_hex(data)


def test_plain_text_cp1252_and_cp1256() -> None:
    french = (
        "L'hôpital de Verdan a été bombardé : deux infirmières blessées, la maternité fermée « jusqu'à nouvel ordre »."
    )
    assert only(read_bytes(french.encode("cp1252"), "fr.txt")).text == french
    arabic = "تعرض مستشفى الوادي الأخضر لقصف مدفعي صباح الاثنين وأصيبت ممرضتان وأغلق قسم الولادة بعد القصف."
    report = only(read_bytes(arabic.encode("cp1256"), "ar.txt"))
    assert report.text == arabic
    assert report.language == "ar"


def test_control_characters_stripped_raw_kept() -> None:
    data = b"Clinic\x00 attacked\x07 at dawn;\x1b staff\r\nsafe.\x0c"
    report = only(read_bytes(data, "ctl.txt"))
    assert report.text == "Clinic attacked at dawn; staff\nsafe."
    assert report.raw == data


def test_invalid_utf8_decoded_safely() -> None:
    data = STORY.encode() + b" \xff\xfe\xc3( broken bytes"
    report = only(read_bytes(data, "bad.txt"))
    assert report.text.startswith(STORY[:40])


def test_html_main_text_without_menus_footer_scripts() -> None:
    data = PAGE.encode()
    report = only(read_bytes(data, "page.html"))
    assert "artillery fire" in report.text and "generators" in report.text
    for junk in ("World news menu", "Subscribe", "tracking pixel", "color: red"):
        assert junk not in report.text
    assert report.title == "Hospital shelled"
    assert report.publisher == "Fictional Wire"
    assert report.published == date(2024, 3, 5)
    assert report.source_url == "https://example.org/news/hospital-shelled"
    assert report.media_type == "text/html"


def test_html_fallback_when_no_main_text() -> None:
    data = b"<p>Clinic closed</p><script>alert(1)</script><p>Staff moved to Oster.</p>"
    report = only(read_bytes(data, "fragment.html"))
    assert report.text == "Clinic closed\nStaff moved to Oster."


def test_html_declared_charset() -> None:
    page = f'<html><head><meta charset="windows-1252"><title>Hôpital</title></head><body><p>{STORY} Médecins.</p>'
    report = only(read_bytes(page.encode("cp1252"), "cp.html"))
    assert "Médecins" in report.text


def test_pdf_text_and_info() -> None:
    data = make_pdf(
        [["Situation report 4", STORY[:80]], ["Page two: the maternity ward (closed) remains shut."]],
        title="Verdan Valley sitrep",
        author="Fictional Health Cluster",
        created="D:20240306120000Z",
    )
    report = only(read_bytes(data, "sitrep.pdf"))
    assert "Situation report 4" in report.text
    assert "maternity ward (closed)" in report.text
    assert report.title == "Verdan Valley sitrep"
    assert report.publisher == "Fictional Health Cluster"
    assert report.published == date(2024, 3, 6)
    assert report.media_type == "application/pdf"


def test_pdf_encrypted_with_empty_user_password_is_read() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([["Protected but open clinic note"]]))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert only(read_bytes(buffer.getvalue(), "open.pdf")).text == "Protected but open clinic note"


def test_docx_paragraphs_tables_properties() -> None:
    data = make_docx(
        ["Incident note", STORY],
        table=[["Facility", "Damage"], ["Verdan Valley hospital", "partial"]],
        title="Incident note 12",
        author="Fictional Medical Aid",
        created=datetime(2024, 3, 5, 12, 0),
    )
    report = only(read_bytes(data, "note.docx"))
    assert report.text.startswith("Incident note\n" + STORY)
    assert "Verdan Valley hospital | partial" in report.text
    assert "Page footer" not in report.text
    assert (report.title, report.publisher, report.published) == (
        "Incident note 12",
        "Fictional Medical Aid",
        date(2024, 3, 5),
    )


def test_email_body_metadata_attachment() -> None:
    png = make_png()
    data = make_email(html=True, attach=png)
    [result] = read_bytes(data, "alert.eml")
    report = result.report
    assert report.text == STORY
    assert report.title == "Field alert: Verdan Valley hospital shelled"
    assert report.publisher == "Field Team North"
    assert report.published == date(2024, 3, 5)
    assert report.channel == "email"
    assert report.id == sha256_hex(data)
    [attachment] = result.attachments
    assert attachment.filename == "ward photo.png"
    assert attachment.media_type == "image/png"
    assert attachment.data == png


@pytest.mark.parametrize(
    ("sender", "publisher"),
    [
        ('"Field Team, North" <north@example.org>', "Field Team, North"),
        ("<north@example.org>", "north@example.org"),
        ("Field Team,\n North <north@example.org>", "Field Team"),
        ("not an address", "not an address"),
    ],
)
def test_email_sender_is_publisher(sender: str, publisher: str) -> None:
    data = f"From: {sender}\nMessage-ID: <fictional-3@example.org>\n\n{STORY}".encode()
    assert only(read_bytes(data)).publisher == publisher


def test_email_html_only_body() -> None:
    message = EmailMessage()
    message["From"] = "relief@example.org"
    message["Subject"] = "Update"
    message["Message-ID"] = "<fictional-2@example.org>"
    message.set_content(f"<p>{STORY}</p><script>alert(1)</script>", subtype="html")
    report = only(read_bytes(message.as_bytes()))
    assert report.text == STORY
    assert report.publisher == "relief@example.org"


def test_rss_one_report_per_item() -> None:
    results = read_bytes(RSS, "feed.rss", url="https://example.org/feed")
    assert [r.report.title for r in results] == ["Clinic looted in Oster", "Ambulance stopped at Lindar checkpoint"]
    first, second = (r.report for r in results)
    assert first.source_url == "https://example.org/oster"
    assert first.published == date(2024, 3, 5)
    assert first.publisher == "Fictional Health Watch"
    assert first.channel == "feed"
    assert "looted the Oster health post" in first.text and "alert" not in first.text
    assert first.id != second.id and first.id != sha256_hex(RSS)
    assert first.id == sha256_hex(first.raw) and first.raw.startswith(b"<item")


def test_feed_item_ids_stable_across_copies() -> None:
    first = {r.report.id for r in read_bytes(RSS)}
    assert first == {r.report.id for r in read_bytes(RSS)}
    reordered = RSS.replace(b"<language>en</language>", b"<language>en</language>\n<ttl>60</ttl>")
    assert first == {r.report.id for r in read_bytes(reordered)}


def test_feed_items_keep_their_own_date_and_link() -> None:
    undated = RSS.replace(b"<pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate>", b"").replace(
        b"<link>https://example.org/lindar</link>", b""
    )
    first, second = (r.report for r in read_bytes(undated, published="2024-03-10", url="https://example.org/feed"))
    assert (first.published, first.source_url) == (date(2024, 3, 5), "https://example.org/oster")
    assert (second.published, second.source_url) == (date(2024, 3, 10), "https://example.org/feed")


def test_atom_entry() -> None:
    report = only(read_bytes(ATOM, "feed.atom"))
    assert report.title == "Mobile clinic burned"
    assert report.source_url == "https://example.org/burned"
    assert report.published == date(2024, 3, 7)
    assert "set on fire overnight in Pallow" in report.text


def test_kind_from_content_before_extension() -> None:
    assert sniff(PAGE.encode(), "misnamed.txt") is Kind.HTML
    assert sniff(RSS, "feed.html") is Kind.FEED
    assert sniff(make_pdf([["x"]]), "report.txt") is Kind.PDF
    assert sniff(make_email(), "mail.txt") is Kind.EMAIL
    assert sniff(b"Date: 2024-03-05\nFrom: field team\nLocation: Oster\n", "form.txt") is Kind.TEXT


def test_read_path_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(f"OSTER, 5 March 2024 (Fictional Wire) - {STORY}", encoding="utf-8")
    report = only(read_path(path))
    assert report.published == date(2024, 3, 5)
    assert report.filename == "wire.txt"
    report = only(read_path(path, published="2024-03-09", publisher="Someone", url="https://example.org/x"))
    assert (report.published, report.publisher, report.source_url) == (
        date(2024, 3, 9),
        "Someone",
        "https://example.org/x",
    )
