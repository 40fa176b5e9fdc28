"""Reading articles: files, folders and stdin; encodings; HTML to text blocks;
metadata (title, URL, publication date).

Nothing here imports spaCy: reading is separate from segmenting, so a bad file
is refused before any model loads and before anything is written.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import unescape
from itertools import islice
from pathlib import Path
from urllib.parse import unquote, urlsplit

from annotator.errors import InputError

MARKDOWN_SUFFIXES = {".md", ".markdown"}
TEXT_SUFFIXES = {".txt"} | MARKDOWN_SUFFIXES
HTML_SUFFIXES = {".html", ".htm"}
DOCUMENT_SUFFIXES = {".pdf", ".docx"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCUMENT_SUFFIXES
# Folder walks skip these; naming such a file explicitly still ingests it.
SKIPPED_NAMES = re.compile(r"^(readme|license|licence|changelog)(\.|$)", re.IGNORECASE)

MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]
DATELINE = re.compile(
    r"^\s*(?P<month>" + "|".join(MONTHS) + r")\s+(?P<day>\d{1,2}),\s+(?P<year>\d{4})\b",
    re.IGNORECASE,
)
HTML_START = re.compile(r"\s*<(!doctype|html|head|body|p|div)\b", re.IGNORECASE)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Source:
    """One article read from disk or stdin, not yet segmented."""

    text: str
    slug: str
    source_path: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None  # who wrote it (a person or an organisation)
    publisher: str | None = None  # the site or organisation that published it
    # Where it came from: the content type read, the file's modification or the
    # fetch's time, and the sha256 of the bytes as received.
    source_type: str | None = None
    source_modified: str | None = None
    source_sha256: str | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def expand_paths(paths: list[str]) -> list[str]:
    """Files as given, folders walked recursively for known extensions, ``-`` kept."""
    found: list[str] = []
    for name in paths:
        path = Path(name)
        if name == "-":
            found.append(name)
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                # A link that leads nowhere (or round in a loop) is listed too,
                # so that reading it names it as a bad input.
                if (
                    (child.is_file() or (child.is_symlink() and not child.exists()))
                    and child.suffix.lower() in SUFFIXES
                    and not SKIPPED_NAMES.match(child.name)
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                ):
                    found.append(str(child))
        elif path.is_file():
            found.append(name)
        else:
            raise InputError(f"{name}: no such file or folder")
    return found


# Letters of any script, digits, '.', '-' and '_'; it starts with a letter or digit.
SLUG = re.compile(r"[^\W_][\w.-]*")


def check_slug(slug: str) -> str:
    """A slug names an article on the command line: letters (any script, ``café``),
    digits, ``.-_``, not only digits (those are ids)."""
    slug = unicodedata.normalize("NFC", slug.strip())
    if not SLUG.fullmatch(slug) or slug.isdigit():
        raise InputError(
            f"--slug {slug!r}: use letters, digits, '.', '-' and '_', not only digits "
            "(e.g. ketamine-2022)"
        )
    return slug


# Far above any article (the seed is 13 kB; 1 MB takes about 20 s and 400 MB of
# memory to segment), below what would hold a machine for an hour.
DEFAULT_MAX_BYTES = 5_000_000
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?", re.IGNORECASE)
_UNITS = {"b": 1, "kb": 1_000, "mb": 1_000_000, "gb": 1_000_000_000}


def parse_size(text: str) -> int:
    """``5MB``, ``500kB``, ``2.5 MB`` or a number of bytes."""
    found = _SIZE.fullmatch(text.strip())
    if not found:
        raise InputError(f"--max-size {text!r}: give a size such as 5MB, 500kB or 20000000")
    return int(float(found.group(1)) * _UNITS[(found.group(2) or "b").lower()])


# A PDF or Word file carries its images and fonts: its limit is this many times
# the text limit.
DOCUMENT_LIMIT_FACTOR = 10


def read_bytes(name: str, limit: int = DEFAULT_MAX_BYTES) -> bytes:
    """The raw bytes of a file, or of stdin for ``-``; a file over ``limit``
    bytes (ten times that for a .pdf or .docx) is refused before it is read."""
    if Path(name).suffix.lower() in DOCUMENT_SUFFIXES:
        limit *= DOCUMENT_LIMIT_FACTOR
    try:
        if name == "-":
            data = sys.stdin.buffer.read(limit + 1)
            size = len(data)
        else:
            size = Path(name).stat().st_size
            data = b"" if size > limit else Path(name).read_bytes()
    except OSError as error:
        raise InputError(f"{name}: cannot read it ({error.strerror or error})") from None
    if size > limit:
        raise InputError(
            f"{name}: {_megabytes(size)} is over the {_megabytes(limit)} limit for one article "
            "(split it, or raise --max-size)")
    return data


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size:,} bytes"


BOMS = (  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def decode(
    data: bytes, name: str, html: bool = False, charset: str | None = None
) -> tuple[str, list[str]]:
    """UTF-8 (BOM or not) as is; UTF-16/32 with a byte-order mark; the charset a
    web server declared; HTML in the charset it declares; anything else as
    cp1252, with a warning."""
    if not data.strip():
        raise InputError(f"{name}: empty input")
    for mark, codec in BOMS:
        if data.startswith(mark):
            try:
                return _not_empty(data.decode(codec), name), []
            except UnicodeDecodeError:
                raise InputError(f"{name}: not valid {codec.upper()} text") from None
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    if charset:
        try:
            return _not_empty(data.decode(charset), name), []
        except (LookupError, UnicodeDecodeError):
            pass  # the server was wrong: read the bytes as for a file
    try:
        return _not_empty(data.decode("utf-8-sig"), name), []
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.end == len(data):
            # Valid UTF-8 cut off mid-character: a file copied or saved part way.
            raise InputError(
                f"{name}: UTF-8 that stops in the middle of a character at byte "
                f"{error.start:,}: the file looks truncated, so it was not ingested"
            ) from None
    declared = HTML_CHARSET.search(data[:4096]) if html else None
    if declared:
        codec = declared.group(1).decode("ascii").lower()
        try:
            return _not_empty(data.decode(codec), name), []
        except (LookupError, UnicodeDecodeError):
            pass  # an unknown or wrong declaration: fall back like any other text
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(f"{name}: neither UTF-8 nor cp1252 text") from None
    if sum(ch < " " and ch not in "\t\n\r\f" for ch in text) > len(text) // 100:
        raise InputError(f"{name}: looks like a binary file, not text")
    return _not_empty(text, name), [f"{name}: not UTF-8, decoded as cp1252"]


def _not_empty(text: str, name: str) -> str:
    if not text.replace("\ufeff", "").strip():  # e.g. a byte-order mark and nothing else
        raise InputError(f"{name}: empty input")
    return text


# Text copied from a web page's source keeps its character references: "didn&#39;t",
# "sardines &amp; mackerel", "disease.&nbsp;The". Named ones are those such text has.
_REFERENCE = re.compile(r"&(?:#[0-9]{2,7}|#x[0-9a-fA-F]{2,6}|amp|nbsp|quot|apos|lt|gt|rsquo"
                        r"|lsquo|rdquo|ldquo|mdash|ndash|hellip|eacute|middot|bull|copy|reg"
                        r"|trade|deg|frac12|times);")


def _decode_references(text: str) -> str:
    """`text` with each HTML character reference replaced by its character (a no-break
    space by a space, so that "disease.&nbsp;The" stays two sentences)."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(lambda m: unescape(m.group()).replace("\u00a0", " "), text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def slugify(text: str) -> str:
    """``Café Ünïcode Article (v2)`` → ``café-ünïcode-article-v2``: letters of
    any script kept (NFC), everything else a single ``-``."""
    lowered = unicodedata.normalize("NFC", text).lower()
    slug = re.sub(r"(?:[^\w]|_)+", "-", lowered).strip("-")
    return slug[:80].rstrip("-")


# Formats recognised by their first bytes (magic numbers), not by the file name.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a Word .docx or an EPUB is one)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def sniff_binary(data: bytes) -> str | None:
    """What a file is when its first bytes name a format that is not text."""
    head = data.lstrip(codecs.BOM_UTF8)[:16]
    return next((what for magic, what in _MAGIC if head.startswith(magic)), None)


CONTENT_TYPES = {
    "html": "text/html", "txt": "text/plain", "md": "text/markdown", "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def document_kind(data: bytes) -> str | None:
    """``pdf`` or ``docx`` when the first bytes say so, whatever the name says."""
    head = data[:8]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        from annotator.sources.docx import is_docx

        return "docx" if is_docx(data) else None
    return None


def read_source(
    name: str, data: bytes, *, slug: str | None = None, kind: str | None = None,
    charset: str | None = None, url: str | None = None, modified: str | None = None,
) -> Source:
    """Turn raw bytes into a :class:`Source`. A PDF or Word document is known by
    its first bytes; otherwise ``kind`` is ``txt``, ``md`` or ``html``, by default
    from the file name (stdin: sniffed). ``charset`` is what a web server declared,
    ``url`` where the bytes were fetched from (the article's URL, and its slug
    when none is given), ``modified`` the file's or the fetch's time."""
    suffix = Path(name).suffix.lower()
    document = document_kind(data)
    if document:
        kind = document
    elif kind is None and name == "-":
        head = data.lstrip(codecs.BOM_UTF8)[:512].decode("latin-1")
        kind = "html" if HTML_START.match(head) else "txt"
    elif suffix in DOCUMENT_SUFFIXES and kind is None:
        raise InputError(f"{name}: not a {suffix[1:].upper()} file, whatever its name says "
                         "(its first bytes are not those of one)")
    elif kind is None or kind in ("pdf", "docx"):  # a server's type is no proof either
        kind = "html" if suffix in HTML_SUFFIXES else "md" if suffix in MARKDOWN_SUFFIXES else "txt"
    warnings: list[str] = []
    meta: dict = {}
    if kind == "pdf":
        from annotator.sources.pdf import pdf_to_text

        text, meta = pdf_to_text(data, name)
        text = normalise_newlines(text)
    elif kind == "docx":
        from annotator.sources.docx import docx_to_text

        text, meta = docx_to_text(data, name)
        text = normalise_newlines(text)
    else:
        if (what := sniff_binary(data)) is not None:
            raise InputError(f"{name}: {what}, not text, whatever its name says; annotator "
                             "reads plain text, Markdown, HTML, PDF and Word (.docx)")
        text, warnings = decode(data, name, html=kind == "html", charset=charset)
        text = normalise_newlines(text)
        if kind != "html" and (decoded := _decode_references(text)) != text:
            text = decoded
            warnings.append(f"{name}: HTML character references (&amp;, &nbsp;, &#39; …) "
                            "read as the characters they stand for")
        if kind == "html":
            from annotator.sources.html import html_to_text

            text, meta = html_to_text(text)
            if not text.strip():
                raise InputError(f"{name}: the HTML has no readable text")
    if not text.strip():
        raise InputError(f"{name}: no readable text")
    meta = {key: value for key, value in meta.items() if value}
    if url:
        meta["url"] = url  # where it was fetched from, after redirects
    title = meta.get("title") or first_heading(text, markdown=kind == "md")
    published = meta.get("published") or leading_date(text) or byline_date(text)
    if name != "-" and not url:
        # A sidecar NAME.meta.json is the curator's word: it wins over the page.
        sidecar = {k: v for k, v in sidecar_metadata(Path(name)).items() if v}
        meta = {**meta, **sidecar}
        title = sidecar.get("title") or title
        published = sidecar.get("published") or published
    if slug is None:
        if url:
            slug = url_slug(url)
        else:
            slug = slugify(Path(name).stem) if name != "-" else slugify(title or "")
        if slug.isdigit():  # "2024.txt": digits alone would be read as an article id
            slug = f"article-{slug}"
    if not slug:
        raise InputError(f"{name}: cannot derive a slug; pass --slug")
    return Source(
        text=text,
        slug=slug,
        source_path="<stdin>" if name == "-" else str(name),
        title=title,
        url=meta.get("url"),
        published=published,
        author=meta.get("author"),
        publisher=meta.get("publisher"),
        source_type=CONTENT_TYPES[kind],
        source_modified=modified,
        source_sha256=hashlib.sha256(data).hexdigest(),
        warnings=tuple(warnings),
    )


def url_slug(url: str) -> str:
    """A slug from a URL: its last path segment without extension
    (``…/2024/ketamine-hopes.html`` → ``ketamine-hopes``), else its host."""
    parts = urlsplit(url)
    segments = [part for part in parts.path.split("/") if part]
    if segments:
        slug = slugify(Path(unquote(segments[-1])).stem)
        if slug and not slug.isdigit():
            return slug
        if len(segments) > 1:
            return slugify("-".join(unquote(s) for s in segments[-2:]))
    return slugify(parts.hostname or "")


def file_modified(name: str) -> str | None:
    """A file's modification time (UTC, ISO 8601); None for stdin."""
    if name == "-":
        return None
    try:
        moment = Path(name).stat().st_mtime
    except OSError:
        return None
    return datetime.fromtimestamp(moment, UTC).isoformat(timespec="seconds")


def sidecar_metadata(path: Path) -> dict:
    """``NAME.meta.json`` beside ``NAME.txt`` (title, source_url, date_published,
    author, publisher)."""
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (ValueError, OSError) as error:
        raise InputError(f"{sidecar}: unreadable metadata ({error})") from None
    return {
        "title": data.get("title"),
        "url": data.get("source_url") or data.get("url"),
        "published": data.get("date_published") or data.get("published"),
        "author": data.get("author") if isinstance(data.get("author"), str) else None,
        "publisher": data.get("publisher") if isinstance(data.get("publisher"), str) else None,
    }


def first_heading(text: str, markdown: bool = False) -> str | None:
    """The first short line that stands alone and does not end a sentence; the
    very first line may ask (``Does Melatonin Really Help You Sleep?``)."""
    first = True
    for line in text.split("\n"):
        stripped = line.strip()
        if markdown and stripped.startswith("#"):
            return stripped.lstrip("#").strip() or None
        if not stripped or DATELINE.match(stripped):
            continue
        ends = (".", ":", ";", ",") if first else (".", "!", "?", ":", ";", ",")
        if len(stripped) <= 150 and not stripped.endswith(ends):
            return stripped
        first = False
    return None


def leading_date(text: str) -> str | None:
    """A dateline such as ``November 8, 2022`` at the very start, as ISO 8601."""
    match = DATELINE.match(text)
    return _iso_date(match["year"], match["month"], match["day"]) if match else None


def _iso_date(year: str, month: str, day: str) -> str | None:
    """``2022-11-08`` for ("2022", "November", "8"); None for no such day."""
    try:
        return datetime(int(year), MONTHS.index(month.lower()) + 1, int(day)).date().isoformat()
    except ValueError:
        return None


# A date anywhere in a line: "By Chris Tan | March 10, 2026", "Updated 3 June 2024".
_DATE_IN_LINE = re.compile(
    r"\b(?:(?P<month>" + "|".join(MONTHS) + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"|(?P<day2>\d{1,2})\s+(?P<month2>" + "|".join(MONTHS) + r")\.?,?\s+)(?P<year>\d{4})\b",
    re.IGNORECASE,
)
# A press release's dateline: "TITUSVILLE, N.J., May 5, 2018 /PRNewswire/ --".
_WIRE_DATELINE = re.compile(r"\s*(?:/[\w .-]{2,30}/)?\s*(?:--|—|–)")
_REVISED = re.compile(r"\b(?:updated|reviewed|revised|modified)\b", re.IGNORECASE)
# A line's text, as str.splitlines() cuts them (empty lines left out).
_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
BYLINE_LINES = 8
BYLINE_WORDS = 20


def byline_date(text: str) -> str | None:
    """The date of a byline or dateline among the article's first lines, as ISO
    8601: a short line holding a date (``By Chris Tan | March 10, 2026``), or a
    press release's dateline (``TITUSVILLE, N.J., May 5, 2018 /PRNewswire/ --``).
    A line saying when the article was published wins over one saying when it was
    updated or reviewed."""
    found = []
    # Read line by line: a long article is not split whole for its first lines.
    lines = (m.group(0) for m in _LINE.finditer(text) if m.group(0).strip())
    for line in islice(lines, BYLINE_LINES):
        match = _DATE_IN_LINE.search(line)
        if not match:
            continue
        if len(line.split()) > BYLINE_WORDS and not _WIRE_DATELINE.match(line, match.end()):
            continue
        day = _iso_date(match["year"], match["month"] or match["month2"],
                        match["day"] or match["day2"])
        if day is not None:
            found.append((bool(_REVISED.search(line[: match.start()])), day))
    return min(found)[1] if found else None


def check_date(value: str) -> str:
    """``--published`` takes ISO 8601 (``2022-11-08``) or ``November 8, 2022``."""
    value = value.strip()
    if ISO_DATE.match(value):
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
            return value
        except ValueError:
            pass
    parsed = leading_date(value)
    if parsed and DATELINE.match(value).end() == len(value):
        return parsed
    raise InputError(f"--published: {value!r} is not a date (use 2022-11-08)")
