"""Safety limits of intake: how big a file, a text or an archive may be before it is refused.

Reports are untrusted input. Every limit is checked before the expensive step it protects: the raw size
before a file is read into memory, an archive's declared member sizes before anything is decompressed.
The raw-size limit can be raised for a whole installation with ``NOTATARGET_INTAKE_MAX_BYTES``.
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass, field

from notatarget.errors import IntakeError

#: Default largest raw file accepted: 25 MB.
MAX_RAW_BYTES = 25 * 1024 * 1024
#: Default longest text kept from one report, in characters (about 300,000 words).
MAX_TEXT_CHARS = 2_000_000
#: Default largest total uncompressed size of an archive (DOCX) and largest member compression ratio.
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 200
#: Default most members in an archive and most pages read from a PDF.
MAX_ZIP_MEMBERS = 5_000
MAX_PDF_PAGES = 2_000
#: Default most items read from one feed and most attachments kept from one e-mail.
MAX_FEED_ITEMS = 5_000
MAX_ATTACHMENTS = 100


def _env_max_raw_bytes() -> int:
    value = os.environ.get("NOTATARGET_INTAKE_MAX_BYTES")
    if not value:
        return MAX_RAW_BYTES
    try:
        return int(value)
    except ValueError:
        raise IntakeError(
            f"NOTATARGET_INTAKE_MAX_BYTES={value!r} is not a number of bytes",
            hint="set it to an integer such as 52428800 for 50 MB, or unset it",
        ) from None


@dataclass(frozen=True, slots=True)
class Limits:
    """The limits one read works under; the defaults are the module constants."""

    max_raw_bytes: int = field(default_factory=_env_max_raw_bytes)
    max_text_chars: int = MAX_TEXT_CHARS
    max_unzipped_bytes: int = MAX_UNZIPPED_BYTES
    max_zip_ratio: int = MAX_ZIP_RATIO
    max_zip_members: int = MAX_ZIP_MEMBERS
    max_pdf_pages: int = MAX_PDF_PAGES
    max_feed_items: int = MAX_FEED_ITEMS
    max_attachments: int = MAX_ATTACHMENTS

    def check_raw_size(self, size: int, what: str = "file") -> None:
        """Refuse ``size`` bytes of raw input if it is over the limit or empty."""
        if size == 0:
            raise IntakeError(f"empty {what}", hint="nothing to read: check that the right file was given")
        if size > self.max_raw_bytes:
            raise IntakeError(
                f"{what} too large: {size:,} bytes, the limit is {self.max_raw_bytes:,}",
                hint="split the document, or raise the limit with NOTATARGET_INTAKE_MAX_BYTES",
            )

    def check_text_length(self, length: int) -> None:
        """Refuse a text of ``length`` characters if it is over the text limit."""
        if length > self.max_text_chars:
            raise IntakeError(
                f"text too long: {length:,} characters, the limit is {self.max_text_chars:,}",
                hint="split the document into smaller reports",
            )

    def open_zip(self, data: bytes) -> zipfile.ZipFile:
        """Open an archive after checking its declared member sizes, before decompressing anything.

        A member's declared size could lie, so readers must also read members with a bounded read;
        python-docx reads whole members, which is safe here because zipfile stops at the declared size
        and raises on a CRC mismatch.
        """
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise IntakeError(
                f"not a readable archive: {exc}", hint="the file is damaged or not really a DOCX/ZIP"
            ) from exc
        infos = archive.infolist()
        if len(infos) > self.max_zip_members:
            raise IntakeError(
                f"archive has {len(infos):,} members, the limit is {self.max_zip_members:,}",
                hint="this does not look like an ordinary document; open it in an office program and re-save it",
            )
        total = sum(info.file_size for info in infos)
        if total > self.max_unzipped_bytes:
            raise IntakeError(
                f"archive would expand to {total:,} bytes, the limit is {self.max_unzipped_bytes:,} "
                "(possible zip bomb)",
                hint="re-save the document without embedded media, or split it",
            )
        for info in infos:
            if info.file_size > 1024 * 1024 and info.file_size > self.max_zip_ratio * max(info.compress_size, 1):
                raise IntakeError(
                    f"archive member {info.filename!r} expands {info.file_size // max(info.compress_size, 1)}-fold "
                    "(possible zip bomb)",
                    hint="this file is not an ordinary document; do not open it",
                )
        return archive
