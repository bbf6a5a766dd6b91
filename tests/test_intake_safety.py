"""Bad input to intake: every failure is an IntakeError that says what to do, never a crash or a hang."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notatarget.errors import IntakeError
from notatarget.intake import Limits, read_bytes, read_path
from notatarget.intake.readers import feed

STORY = "The Oster health post was looted by armed men on Sunday night; the nurse on duty was unharmed."


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def assert_refused(data: bytes, filename: str | None, message: str, **kwargs: Any) -> IntakeError:
    with pytest.raises(IntakeError, match=message) as caught:
        read_bytes(data, filename, **kwargs)
    assert caught.value.hint, "every intake error says what to do"
    return caught.value


def test_empty_file() -> None:
    assert_refused(b"", "empty.txt", "empty file")


def test_whitespace_only_text() -> None:
    assert_refused(b" \n\t \r\n", "blank.txt", "no text")


def test_random_bytes_named_pdf() -> None:
    assert_refused(os.urandom(4096), "report.pdf", "not a readable PDF")


def test_damaged_pdf() -> None:
    assert_refused(b"%PDF-1.4\n" + os.urandom(2048), "damaged.pdf", "not a readable PDF")


def test_pdf_without_text_layer() -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    buffer = io.BytesIO()
    writer.write(buffer)
    assert_refused(buffer.getvalue(), "scan.pdf", "no text layer")


def test_password_protected_pdf() -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert_refused(buffer.getvalue(), "locked.pdf", "password-protected")


def test_random_bytes_named_txt() -> None:
    assert_refused(bytes(range(256)) * 64, "notes.txt", "does not look like text")


def test_image_is_evidence_not_report() -> None:
    assert_refused(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "photo.txt", "PNG image")


@pytest.mark.parametrize("name", ["MANIFEST.json", "incidents.csv", "export.xlsx"])
def test_datasets_are_imported_not_read(name: str) -> None:
    assert_refused(b'{"files": []}', name, "dataset, not a report")


def test_old_word_file() -> None:
    assert_refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "old.doc", "old binary Office")


def test_docx_zip_bomb_rejected_before_decompressing() -> None:
    bomb = zip_bytes({"word/document.xml": b"\x00" * (20 * 1024 * 1024)})
    assert len(bomb) < 100_000
    assert_refused(bomb, "bomb.docx", "zip bomb")


def test_docx_total_size_limit() -> None:
    archive = zip_bytes({"word/document.xml": os.urandom(300_000)})
    assert_refused(archive, "big.docx", "would expand", limits=Limits(max_unzipped_bytes=100_000))


def test_zip_that_is_not_docx() -> None:
    assert_refused(zip_bytes({"data.csv": b"a,b\n1,2\n"}), "archive.docx", "not a Word document")


def test_truncated_docx() -> None:
    archive = zip_bytes({"word/document.xml": b"<w:document>" * 100, "[Content_Types].xml": b"<Types/>"})
    assert_refused(archive, "broken.docx", "not a readable DOCX")


def test_random_bytes_named_docx() -> None:
    assert_refused(os.urandom(1024), "report.docx", "not a readable DOCX")


def test_too_large_bytes() -> None:
    assert_refused(b"x" * 2000, "big.txt", "too large", limits=Limits(max_raw_bytes=1000))


def test_text_too_long() -> None:
    assert_refused(("word " * 100).encode(), "long.txt", "text too long", limits=Limits(max_text_chars=100))


def test_fifty_megabyte_file_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: nothing is written, and nothing may be read
    with pytest.raises(IntakeError, match="too large"):
        read_path(path)


def test_size_limit_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOTATARGET_INTAKE_MAX_BYTES", "50")
    assert_refused(STORY.encode(), "story.txt", "too large")
    monkeypatch.setenv("NOTATARGET_INTAKE_MAX_BYTES", "fifty")
    with pytest.raises(IntakeError, match="NOTATARGET_INTAKE_MAX_BYTES"):
        Limits()


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(IntakeError, match="no such file"):
        read_path(tmp_path / "absent.txt")
    with pytest.raises(IntakeError, match="folder"):
        read_path(tmp_path)


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(STORY)
    path.chmod(0)
    as_root = os.geteuid() == 0
    if as_root:
        os.seteuid(65534)  # root reads any file: check as the unprivileged user "nobody", then switch back
    try:
        with pytest.raises(IntakeError, match="permission denied"):
            read_path(path)
    finally:
        if as_root:
            os.seteuid(0)


def test_bad_published_override() -> None:
    assert_refused(STORY.encode(), "story.txt", "not a date", published="last week")


def test_hostile_html_never_reaches_text() -> None:
    page = (
        "<html><body><article><p>" + STORY + "</p>"
        "<script>alert('script')</script><img src=x onerror=\"alert('img')\">"
        "<a href=\"javascript:alert('link')\">details</a><style>p{}</style>"
        "<iframe src='https://example.org/frame'>frame text</iframe></article></body></html>"
    )
    [result] = read_bytes(page.encode(), "hostile.html")
    assert STORY in result.report.text
    assert "alert" not in result.report.text and "p{}" not in result.report.text


def test_document_links_must_be_web_urls() -> None:
    rss = (
        b'<rss version="2.0"><channel><title>F</title><item><title>Clinic closed</title>'
        b"<link>javascript:alert(1)</link></item></channel></rss>"
    )
    assert read_bytes(rss)[0].report.source_url is None
    page = (
        b'<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><p>Clinic closed.</p></body></html>'
    )
    assert read_bytes(page)[0].report.source_url is None


def test_feed_reader_never_opens_paths_or_urls(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_text('<rss version="2.0"><channel><item><title>leaked</title></item></channel></rss>')
    for data in (str(secret).encode(), b"https://example.org/feed.xml", b"file:///etc/hostname"):
        with pytest.raises(IntakeError, match="no items"):
            feed.read(data, Limits())


def test_feed_entity_expansion_is_bounded() -> None:
    lol = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
    for i in range(1, 9):
        lol += b'<!ENTITY a%d "%s">' % (i, (b"&a%d;" % (i - 1) if i > 1 else b"&a;") * 10)
    lol += b']><rss version="2.0"><channel><item><title>&a8;</title><description>x</description></item></channel></rss>'
    try:
        results = read_bytes(lol, "lol.rss")
    except IntakeError:
        return
    assert all(len(r.report.text) < 10_000_000 for r in results)


def test_html_with_control_characters() -> None:
    [result] = read_bytes(b"<html><body><p>Clinic\x00 closed\x01 after\x1b shelling.</p></body></html>", "ctl.html")
    assert result.report.text == "Clinic closed after shelling."


def test_feed_items_without_text_are_skipped() -> None:
    rss = (
        b'<rss version="2.0"><channel><title>Fictional</title><item><link>https://example.org/empty</link></item>'
        b"<item><title>Clinic closed in Oster</title><description></description></item></channel></rss>"
    )
    assert [r.report.title for r in read_bytes(rss, "f.rss")] == ["Clinic closed in Oster"]
    with pytest.raises(IntakeError, match="no item of this feed"):
        read_bytes(b'<rss version="2.0"><channel><item><link>https://example.org/x</link></item></channel></rss>')


def test_malformed_email_headers() -> None:
    data = b"From: =?utf-8?q?broken\nSubject: =?bogus?x?zz?=\nDate: not a date\nMessage-ID: <x>\n\n" + STORY.encode()
    [result] = read_bytes(data, "odd.eml")
    assert result.report.text == STORY
    assert result.report.published is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(min_size=0, max_size=3000)
    | st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    name=st.sampled_from(["x.txt", "x.html", "x.pdf", "x.docx", "x.eml", "x.rss", "x.xml", None]),
)
def test_any_bytes_give_reports_or_intake_error(data: bytes, name: str | None) -> None:
    try:
        results = read_bytes(data, name)
    except IntakeError as error:
        assert str(error)
        return
    for result in results:
        assert result.report.text and result.report.id == __import__("hashlib").sha256(result.report.raw).hexdigest()


@pytest.mark.parametrize(
    "prefix", [b"<html><body><p>", b"<?xml version='1.0'?><rss><channel><item><description>", b"From: a@b\nTo: c\n\n"]
)
def test_truncated_documents(prefix: bytes) -> None:
    try:
        results = read_bytes(prefix + STORY.encode()[:40])
    except IntakeError:
        return
    assert all(r.report.text for r in results)
