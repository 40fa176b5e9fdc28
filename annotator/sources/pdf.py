"""PDF to plain text for segmentation, with pypdf.

pypdf reports every run of text it extracts together with its position, font and
size (``extract_text(visitor_text=...)``); the page layout is rebuilt from those:

* reading order: lines top to bottom; a page set in two columns (at least three
  lines starting at one x in the middle of the page, with a gutter on their
  left) is read left column, then right column, band by band, where a line
  crossing the gutter (a title, a full-width figure caption) closes one band and
  opens the next;
* blocks: a paragraph ends at a vertical gap wider than the usual line spacing
  (a smaller one after a sentence), at an indented first line, after a sentence
  that stops short of the margin, or where the font size or weight changes; a
  short large or bold line is a heading, and so is a short line standing alone
  in the body font; a line starting with a bullet (``•``, ``-``, ``1.``) opens a
  list item, which keeps its bullet (``•`` or ``1.``); a paragraph running on
  into the next column or page is joined unless its last line ended a sentence
  short of the margin;
* lines of a paragraph are joined with spaces; a word hyphenated across a line
  break is joined (``treat-`` + ``ment``), a real hyphen kept (``COVID-`` +
  ``19``, ``self-`` + ``reported``, ``well-`` + ``known`` when the document writes
  ``well-known`` elsewhere);
* running headers and footers (lines in the top or bottom margin whose text,
  digits aside, repeats on many pages) and page numbers are dropped, and so is
  rotated text (margin stamps, watermarks).

The result is the block format of :mod:`annotator.sources.html`: blocks separated
by a blank line. A scanned PDF without a text layer, an encrypted PDF that cannot
be opened and a damaged PDF are refused with a one-line :class:`InputError`.
Not handled: three or more columns, tables (read row by row), footnotes (kept
where they stand), text in annotations and form fields; where a run of text ends
is estimated from its characters, pypdf giving only where it starts.
"""

from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from pypdf import PdfReader
from pypdf.errors import DependencyError, DeprecationError, FileNotDecryptedError, PyPdfError

from annotator.errors import InputError

SCANNED = "a scanned PDF with no text layer: run OCR first (e.g. ocrmypdf) and ingest the result"
# pypdf and the libraries under it raise many kinds of error on a damaged file.
# NotImplementedError and DeprecationError: a stream compressed with a filter pypdf
# does not know (or no longer knows: abbreviated names such as /Fl).
PARSE_ERRORS = (PyPdfError, DeprecationError, ValueError, TypeError, LookupError,
                AttributeError, AssertionError, RecursionError, ArithmeticError, OSError,
                EOFError, NotImplementedError)
IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# A page whose text has fewer characters than this, under an image covering half
# of it, is a scanned page (a stamp such as "Downloaded from ..." is not a text layer).
SCANNED_PAGE_CHARS = 200
# The top and bottom of a page, as a share of its height, where running headers,
# footers and page numbers stand.
MARGIN_BAND = 0.12
# A paragraph break: a gap between lines this much wider than the usual spacing.
PARAGRAPH_GAP = 1.35
# Larger than the body text by this factor: a heading (when the line is short).
HEADING_SCALE = 1.15
HEADING_MAX_WORDS = 20

LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl",
                           "ﬅ": "st", "ﬆ": "st", "\u00a0": " ", "\u2002": " ", "\u2003": " ",
                           "\u2009": " ", "\t": " ", "\n": " ", "\r": " "})
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
SPACES = re.compile(r" {2,}")
# Bullet glyphs, Word's private-use Symbol/Wingdings bullets included; "-", "–"
# and "*" count only when a space follows and the line before ended a sentence.
GLYPH_BULLET = re.compile(
    r"^[•◦▪▫●○■□‣⁃∙►▸➢➤✓✔\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8]\s*(?=\S)")
DASH_BULLET = re.compile(r"^[-–—*·]\s+(?=\S)")
NUMBERED = re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")
TERMINAL = re.compile(r"[.!?:;…][\"'”’)\]]*$")
PAGE_NUMBER = re.compile(
    r"^(?:page|p\.|pg\.?)?\s*[-–—|(\[]?\s*"
    r"(?:\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))\s*[-–—|)\]]?"
    r"(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)
HYPHENATED = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")
# Words that head or end compounds in health writing far more often than they
# are the first or last syllables of one word broken by hyphenation (not "ex-",
# "so-" or "-known": ex-ercise, so-cial and un-known are such breaks).
COMPOUND_HEADS = {
    "self", "well", "long", "short", "half", "double", "single", "triple", "placebo",
    "evidence", "peer", "follow", "cross", "dose", "three", "four", "five", "year", "age",
    "first", "large", "small", "middle", "non",
}
COMPOUND_TAILS = {
    "based", "related", "term", "controlled", "blind", "induced", "dependent", "specific",
    "reported", "being", "free", "funded", "sectional", "risk", "income", "analysis",
}
# Endings that hyphenation splits off a word (well-ness), and prefixes it splits
# off before one of COMPOUND_TAILS (pre-term is "preterm", one word).
SUFFIXES = {"ness", "ment", "ments", "tion", "sion", "ing", "ings", "less", "ful", "ish",
            "ity", "ism", "ist", "able", "ible", "ive", "ous", "ally", "age", "ering", "ered"}
PREFIXES = {"dis", "mis", "pre", "pro", "con", "com", "sub", "per", "trans", "inter",
            "under", "over", "out"}
BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
JUNK_TITLE = re.compile(r"^(untitled|document\d*|slide \d+)$|\.(docx?|pdf|indd|tex|rtf|odt|qxd)$",
                        re.IGNORECASE)
CREATION_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")


def pdf_to_text(data: bytes, name: str) -> tuple[str, dict]:
    """The article text of a PDF, as blocks separated by a blank line ("\\n\\n"),
    and its metadata {"title", "author", "published"} (published: the ISO date of
    the document's CreationDate). Raises :class:`InputError` (one line) for an
    encrypted PDF it cannot open, a damaged PDF, or one with no text layer."""
    with _quiet_pypdf():
        reader = _open(data, name)
        pages = [_read_page(page, number, name)
                 for number, page in enumerate(_pages(reader, name))]
        meta = _metadata(reader)
    _refuse_scans(pages, name)
    _drop_running_lines(pages)
    lines = [line for page in pages for line in _reading_order(page)]
    blocks = _Paragraphs(lines).blocks()
    text = "\n\n".join(blocks) + "\n" if blocks else ""
    return text, meta


# Opening ------------------------------------------------------------------------


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs what it repairs in a damaged file ("incorrect startxref
    pointer"); that is no news to a fact-checker, and a file it cannot read is
    reported as an error anyway."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


@contextmanager
def _refusals(name: str):
    """pypdf's errors on opening or walking a file, as one line naming it."""
    try:
        yield
    except DependencyError:
        raise InputError(f"{name}: {_aes()}") from None
    except FileNotDecryptedError:
        raise InputError(f"{name}: {_locked()}") from None
    except PARSE_ERRORS as error:
        raise InputError(f"{name}: {_damaged(error)}") from None


def _open(data: bytes, name: str) -> PdfReader:
    with _refusals(name):
        return PdfReader(io.BytesIO(data))


def _pages(reader: PdfReader, name: str) -> list:
    # pypdf tries the empty password itself (PDFs "protected" only against
    # printing or copying open without one); a user password shows up here.
    with _refusals(name):
        pages = list(reader.pages)
    if not pages:
        raise InputError(f"{name}: a PDF without pages")
    return pages


def _locked() -> str:
    return ("an encrypted PDF that needs a password to open; "
            "save or print an unprotected copy and ingest that")


def _aes() -> str:
    return ("an encrypted PDF (AES) that pypdf cannot decrypt without the 'cryptography' "
            "package; save or print an unprotected copy and ingest that")


def _damaged(error: Exception) -> str:
    message = " ".join(str(error).split())[:160] or type(error).__name__
    return f"a damaged PDF that cannot be read ({message})"


# Pages: text runs with their positions --------------------------------------------


@dataclass
class _Piece:
    """A run of text on one baseline, as pypdf reports it: where it starts
    (x, y: the baseline, in points from the page's lower left corner), its size
    and how many of its characters are bold."""

    seq: int  # order in the content stream
    x: float
    y: float
    size: float
    text: str
    chars: int = 0
    bold: int = 0
    scale: float = 1.0  # the font's width relative to Helvetica's

    @property
    def width(self) -> float:
        """An estimate: pypdf gives where a run starts, not where it ends."""
        return _em_width(self.text) * self.size * self.scale

    @property
    def end(self) -> float:
        return self.x + self.width


@dataclass
class _Page:
    number: int
    left: float
    bottom: float
    width: float
    height: float
    pieces: list[_Piece] = field(default_factory=list)
    image_area: float = 0.0  # the share of the page the largest image covers
    chars: int = 0

    @property
    def top(self) -> float:
        return self.bottom + self.height


def _mult(m: tuple | list, n: tuple | list) -> tuple:
    """The product of two PDF matrices [a b c d e f]."""
    return (m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
            m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
            m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5])


def _read_page(page, number: int, name: str) -> _Page:
    result = _box(page, number)
    # Text inside a form XObject is reported in the form's own space: keep the
    # transformation to the page of every form being drawn (and its resources,
    # to tell forms from images).
    frames: list[tuple[tuple, object]] = [(IDENTITY, _get(page, "/Resources"))]
    fonts: dict[int, tuple[object, bool, float]] = {}  # the font (kept alive), bold, width
    seq = 0

    def before(operator: bytes, operands, cm, tm) -> None:
        if operator == b"Do":
            transform, resources = frames[-1]
            placed = _mult(cm, transform)
            xobject = _xobject(resources, operands)
            kind = _get(xobject, "/Subtype")
            if kind == "/Form":
                try:
                    matrix = [float(v) for v in (_get(xobject, "/Matrix") or IDENTITY)][:6]
                    placed = _mult(matrix, placed) if len(matrix) == 6 else placed
                except (TypeError, ValueError):
                    pass
                frames.append((placed, _get(xobject, "/Resources") or resources))
                return
            if kind == "/Image":
                _note_image(result, placed)
            frames.append(frames[-1])  # kept in step with the pop after the Do
        elif operator == b"INLINE IMAGE":
            _note_image(result, _mult(cm, frames[-1][0]))

    def after(operator: bytes, operands, cm, tm) -> None:
        if operator == b"Do" and len(frames) > 1:
            frames.pop()

    def visit(text: str, cm, tm, font, size) -> None:
        nonlocal seq
        if not text or text.isspace():
            return
        m = _mult(_mult(tm, cm), frames[-1][0])
        # Upright text only: rotated or mirrored runs are margin stamps
        # ("Downloaded from ..."), watermarks and axis labels.
        if m[0] <= 0 or m[3] <= 0 or abs(m[1]) > 0.05 * m[0] or abs(m[2]) > 0.05 * m[3]:
            return
        text = CONTROL.sub("", text.translate(LIGATURES))
        chars = sum(1 for c in text if not c.isspace())
        if not chars:
            return
        key = id(font)
        if key not in fonts:
            fonts[key] = font, _is_bold(font), _width_scale(font)
        _, bold, scale = fonts[key]
        seq += 1
        result.pieces.append(_Piece(seq, m[4], m[5], float(size or 0) * m[3] or 10.0, text,
                                    chars, chars if bold else 0, scale * m[0] / m[3]))

    try:
        page.extract_text(orientations=(0,), visitor_operand_before=before,
                          visitor_operand_after=after, visitor_text=visit)
    except DependencyError:
        raise InputError(f"{name}: {_aes()}") from None
    except PARSE_ERRORS as error:
        raise InputError(f"{name}: page {number + 1}: {_damaged(error)}") from None
    result.chars = sum(piece.chars for piece in result.pieces)
    result.pieces = _merge_runs(result.pieces)
    return result


def _box(page, number: int) -> _Page:
    """The page's visible area (crop box, else media box, else US Letter)."""
    for which in ("cropbox", "mediabox"):
        try:
            box = getattr(page, which)
            left, bottom = float(box.left), float(box.bottom)
            width, height = abs(float(box.width)), abs(float(box.height))
        except PARSE_ERRORS:
            continue
        if width > 1 and height > 1:
            return _Page(number, min(left, left + float(box.width)),
                         min(bottom, bottom + float(box.height)), width, height)
    return _Page(number, 0.0, 0.0, 612.0, 792.0)


def _get(dictionary, key: str):
    """``dictionary[key]`` resolved, or None (``DictionaryObject.get`` returns
    indirect references as they are)."""
    try:
        value = dictionary.get(key) if dictionary is not None else None
        return value.get_object() if value is not None else None
    except (AttributeError, TypeError, *PARSE_ERRORS):
        return None


def _xobject(resources, operands):
    names = _get(resources, "/XObject")
    return _get(names, operands[0]) if names is not None and operands else None


def _note_image(page: _Page, placed: tuple) -> None:
    # An image is drawn into the unit square: its size on the page is the scale
    # of the transformation in force.
    area = abs(placed[0] * placed[3] - placed[1] * placed[2])
    page.image_area = max(page.image_area, min(1.0, area / (page.width * page.height)))


def _is_bold(font) -> bool:
    try:
        name = str(_get(font, "/BaseFont") or "")
        descriptor = _get(font, "/FontDescriptor")
        weight = float(_get(descriptor, "/FontWeight") or 0)
        flags = int(_get(descriptor, "/Flags") or 0)
    except (TypeError, ValueError):
        return False
    # A subset font is named "ABCDEF+Helvetica-Bold"; flag bit 19 is ForceBold.
    return bool(BOLD_NAME.search(name.partition("+")[2] or name)) or weight >= 600 or bool(
        flags & (1 << 18))


def _width_scale(font) -> float:
    """How wide the font's lower-case letters are next to Helvetica's, from its
    /Widths array (every font but the standard 14 has one); 1 when unknown."""
    name = str(_get(font, "/BaseFont") or "")
    try:
        widths = [float(w) for w in (_get(font, "/Widths") or [])]
        first = int(_get(font, "/FirstChar") or 0)
    except (TypeError, ValueError):
        widths, first = [], 0
    letters = [widths[code - first] for code in range(ord("a"), ord("z") + 1)
               if 0 <= code - first < len(widths) and widths[code - first] > 0]
    if len(letters) >= 20:
        return min(2.0, max(0.5, statistics.mean(letters) / 1000 / HELVETICA_LOWER))
    if "Courier" in name:
        return 0.6 / HELVETICA_LOWER
    return 0.9 if "Times" in name else 1.0


def _merge_runs(pieces: list[_Piece]) -> list[_Piece]:
    """Joins a run to the one before when it continues the same line without a
    positioning operator: pypdf then reports the start of the line again (after
    a font change, a bold word say), not where the run really starts."""
    merged: list[_Piece] = []
    for piece in pieces:
        last = merged[-1] if merged else None
        if (last is not None and abs(piece.y - last.y) < 0.3 * max(piece.size, last.size)
                and piece.x <= last.x + 0.5 and piece.seq == last.seq + 1):
            last.text += piece.text
            last.chars += piece.chars
            last.bold += piece.bold
            last.seq = piece.seq
            last.size = max(last.size, piece.size) if last.chars > piece.chars else piece.size
        else:
            merged.append(piece)
    return merged


# A rough advance width (in ems) per character, Helvetica-like: enough to tell a
# line that crosses the gutter between two columns from one that stops before it.
_NARROW = set("iljtfrI.,;:'!|()[]/ \"`")
_WIDE = set("mwMW@%")
HELVETICA_LOWER = 0.49  # its mean lower-case advance width, in ems


def _em_width(text: str) -> float:
    return sum(0.3 if c in _NARROW else 0.85 if c in _WIDE else 0.66 if c.isupper() else 0.52
               for c in text.strip())


# No text layer --------------------------------------------------------------------


def _refuse_scans(pages: list[_Page], name: str) -> None:
    if not any(page.chars for page in pages):
        if any(page.image_area for page in pages):
            raise InputError(f"{name}: {SCANNED}")
        raise InputError(f"{name}: a PDF without text (no text layer; if its text is drawn as "
                         "shapes, run OCR first, e.g. ocrmypdf, and ingest the result)")
    # Most pages scanned, a few typed (a cover page, a stamp): the article is in
    # the images. One full-page figure in a typed article is not a scan.
    scanned = [page for page in pages
               if page.image_area >= 0.5 and page.chars < SCANNED_PAGE_CHARS]
    if len(scanned) * 2 > len(pages):
        raise InputError(f"{name}: a scanned PDF with no text layer on {len(scanned)} of "
                         f"{len(pages)} pages: run OCR first (e.g. ocrmypdf) and ingest the result")


# Running headers, footers and page numbers ---------------------------------------


def _rows(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Pieces grouped by baseline, top row first, each row left to right."""
    rows: list[list[_Piece]] = []
    for piece in sorted(pieces, key=lambda p: (-p.y, p.x, p.seq)):
        row = rows[-1] if rows else None
        if row and row[0].y - piece.y < 0.5 * max(piece.size, row[0].size):
            row.append(piece)
        else:
            rows.append([piece])
    return [sorted(row, key=lambda p: (p.x, p.seq)) for row in rows]


def _key(text: str, size: float) -> tuple[str, int]:
    """A margin line as compared across pages: page and volume numbers aside,
    with its size (a document's title often stands on its first page in large
    type, and on every later page as a small running header)."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split())), round(size)


def _margin_rows(page: _Page) -> Iterator[tuple[str, list[_Piece]]]:
    band = MARGIN_BAND * page.height
    for row in _rows(page.pieces):
        if row[0].y >= page.top - band:
            yield "top", row
        elif row[0].y <= page.bottom + band:
            yield "bottom", row


def _drop_running_lines(pages: list[_Page]) -> None:
    """Drops from every page the margin lines that repeat on many pages, and
    page numbers. Whole rows are compared first; then single runs of a row (a
    running title on the left, a section name that changes on the right)."""
    rows: Counter = Counter()
    runs: Counter = Counter()
    for page in pages:
        seen_rows, seen_runs = set(), set()
        for band, row in _margin_rows(page):
            seen_rows.add((band, _key(_row_text(row), row[0].size)))
            seen_runs.update((band, _key(piece.text, piece.size)) for piece in row)
        rows.update(seen_rows)
        runs.update(seen_runs)
    needed = max(2, 0.4 * len(pages))
    for page in pages:
        dropped: set[int] = set()
        for band, row in _margin_rows(page):
            text = _row_text(row)
            if rows[band, _key(text, row[0].size)] >= needed or PAGE_NUMBER.match(text):
                dropped.update(id(piece) for piece in row)
                continue
            for piece in row:
                words = piece.text.strip()
                if PAGE_NUMBER.match(words) or (
                        runs[band, _key(words, piece.size)] >= needed
                        and sum(c.isalnum() for c in words) >= 3):
                    dropped.add(id(piece))
        page.pieces = [piece for piece in page.pieces if id(piece) not in dropped]


def _row_text(row: list[_Piece]) -> str:
    text = ""
    for before, piece in zip([None, *row], row, strict=False):
        glue = "" if before is not None and piece.seq == before.seq + 1 else " "
        text = text + glue + piece.text if text else piece.text
    return SPACES.sub(" ", text).strip()


# Reading order ----------------------------------------------------------------------


@dataclass
class _Line:
    page: int
    region: tuple  # (page, band, column): lines of one column of one band
    x: float
    y: float
    end: float  # estimated
    size: float
    bold: bool
    text: str


def _reading_order(page: _Page) -> list[_Line]:
    split = _column_split(page)
    if split is None:
        return _lines(page.number, (page.number, 0, 0), page.pieces)
    # Right-column width, for telling a left-column line from one across the gutter.
    right_edge = max((p.end for p in page.pieces if p.x >= split - 2), default=page.width)
    crossing = split + 0.5 * max(right_edge - split, 0.25 * page.width)
    out: list[_Line] = []
    band = 0
    left: list[_Piece] = []
    right: list[_Piece] = []

    def flush() -> None:
        nonlocal band, left, right
        out.extend(_lines(page.number, (page.number, band, 0), left))
        out.extend(_lines(page.number, (page.number, band, 1), right))
        band += 1
        left, right = [], []

    for row in _rows(page.pieces):
        if any(p.x < split - 2 and p.end > crossing for p in row):
            flush()
            out.extend(_lines(page.number, (page.number, band, 0), row))
            band += 1
            continue
        for piece in row:
            (right if piece.x >= split - 2 else left).append(piece)
    flush()
    return out


def _column_split(page: _Page) -> float | None:
    """Where the right column starts, if the page is set in two columns: an x in
    the middle of the page where at least three lines start, with a gutter on
    their left. Words that happen to line up in a page of single-column text,
    each positioned on its own, fail the gutter test: a word ends a space
    before them, and in the lines between them words run across."""
    pieces = page.pieces
    low, high = page.left + 0.3 * page.width, page.left + 0.7 * page.width
    starts = Counter(round(p.x) for p in pieces if low < p.x < high)
    candidates = sorted(((sum(n for s, n in starts.items() if abs(s - x) <= 2), -x)
                         for x in starts), reverse=True)
    for count, x in candidates[:3]:
        if count < 3:
            break
        if (split := _gutter_left_of(page, -x)) is not None:
            return split
    return None


def _gutter_left_of(page: _Page, x: float) -> float | None:
    pieces = page.pieces
    column = [p for p in pieces if abs(p.x - x) <= 2.5]
    split = min(p.x for p in column)
    top, bottom = max(p.y for p in column), min(p.y for p in column)
    rows = aligned = adjacent = crossing = 0
    lengths: tuple[list[int], list[int]] = ([], [])  # characters left and right of the gutter
    for row in _rows(pieces):
        if not bottom - 1 <= row[0].y <= top + 1:
            continue
        rows += 1
        before = [p for p in row if p.x < split - 1]
        lengths[0].append(sum(p.chars for p in before))
        lengths[1].append(sum(p.chars for p in row) - lengths[0][-1])
        if any(p.x < split - 3 and p.x + 0.9 * p.width > split + 2 for p in before):
            crossing += 1
        if any(abs(p.x - x) <= 2.5 for p in row):
            aligned += 1
            # The estimated end of a long line is off by up to about a tenth of it.
            last = max(before, key=lambda p: p.x, default=None)
            if last is not None and split - last.end + 0.12 * last.width < 0.8 * last.size:
                adjacent += 1
    if aligned < 3 or adjacent > 0.2 * aligned or crossing > 0.3 * rows:
        return None
    # Columns hold running text, not the semicolons after a list of short items.
    if min(statistics.median(side) for side in lengths) < 12:
        return None
    left = sum(1 for p in pieces if p.x < split - 3 and p.end < split + 0.2 * page.width)
    return split if left >= 3 else None


def _lines(page: int, region: tuple, pieces: list[_Piece]) -> list[_Line]:
    lines = []
    for row in _rows(pieces):
        chars = sum(p.chars for p in row) or 1
        main = max(row, key=lambda p: p.chars)  # its baseline and size, not a superscript's
        lines.append(_Line(
            page=page, region=region, x=row[0].x, y=main.y,
            end=max(p.end for p in row), size=round(main.size, 1),
            bold=sum(p.bold for p in row) >= 0.9 * chars, text=_row_text(row),
        ))
    return [line for line in lines if line.text]


# Paragraphs -------------------------------------------------------------------------


class _Paragraphs:
    """Lines in reading order → blocks (paragraphs, headings, list items)."""

    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        sizes: Counter = Counter()
        for line in lines:
            sizes[line.size] += len(line.text)
        self.body = sizes.most_common(1)[0][0] if sizes else 10.0
        self.body_bold = sum(len(line.text) for line in lines if line.bold) > 0.5 * sum(
            len(line.text) for line in lines)
        self.spacing = self._spacing()
        self.margins = self._margins()
        self.hyphenated = {
            word for line in lines for word in HYPHENATED.findall(line.text.lower())}
        self.words = {word for line in lines for word in re.findall(r"[a-z]+", line.text.lower())}

    def _spacing(self) -> dict[float, float]:
        """The usual distance between two lines of one paragraph, per font size."""
        gaps = defaultdict(list)
        for a, b in zip(self.lines, self.lines[1:], strict=False):
            gap = a.y - b.y
            if a.region == b.region and a.size == b.size and 0.6 * a.size < gap < 3 * a.size:
                gaps[a.size].append(gap)
        return {size: min(statistics.median(values), statistics.median_low(values))
                for size, values in gaps.items()}

    def _margins(self) -> dict[tuple, tuple[float, float]]:
        """Each region's left edge (where most of its lines start) and right edge
        (where its longer lines end; for a region of a line or two, where the
        lines of all regions starting at the same x end)."""
        starts: dict[tuple, Counter] = defaultdict(Counter)
        ends: dict[tuple, list[float]] = defaultdict(list)
        for line in self.lines:
            starts[line.region][round(line.x)] += 1
            ends[line.region].append(line.end)
        lefts = {}
        pooled: dict[int, list[float]] = defaultdict(list)
        for region, counter in starts.items():
            common, n = counter.most_common(1)[0]
            lefts[region] = float(common if n >= 2 else min(counter))
            pooled[round(lefts[region] / 6)].extend(ends[region])
        margins = {}
        for region, left in lefts.items():
            values = sorted(ends[region] if len(ends[region]) >= 3
                            else pooled[round(left / 6)])
            margins[region] = (left, values[int(0.9 * (len(values) - 1))])
        return margins

    def heading_like(self, line: _Line) -> bool:
        if len(line.text.split()) > HEADING_MAX_WORDS:
            return False
        return line.size >= HEADING_SCALE * self.body or (line.bold and not self.body_bold)

    def blocks(self) -> list[str]:
        blocks: list[list[str]] = []
        item = False  # the open block is a list item
        previous: _Line | None = None
        for line in self.lines:
            text, bullet = self._bullet(line, previous)
            if previous is None or bullet or self._breaks(
                    previous, line, item, alone=len(blocks[-1]) == 1):
                blocks.append([])
                item = bullet is not None
                text = (bullet or "") + text
            blocks[-1].append(text)
            previous = line
        return [text for lines in blocks if (text := self._join(lines))]

    def _bullet(self, line: _Line, previous: _Line | None) -> tuple[str, str | None]:
        """The line without its list marker, and the marker as written in a block."""
        text = line.text
        if match := GLYPH_BULLET.match(text):
            return text[match.end():], "• "
        # "- " or "3. " opening a line in the middle of a sentence is a dash or a
        # number wrapped there, not a list item.
        after_sentence = previous is None or bool(TERMINAL.search(previous.text)) or bool(
            GLYPH_BULLET.match(previous.text) or NUMBERED.match(previous.text)
            or DASH_BULLET.match(previous.text)) or previous.region != line.region
        if after_sentence and (match := DASH_BULLET.match(text)):
            return text[match.end():], "• "
        if after_sentence and (match := NUMBERED.match(text)):
            return text[match.end():], f"{match.group(1)}. "
        return text, None

    def _breaks(self, a: _Line, b: _Line, item: bool, alone: bool) -> bool:
        """Whether line ``b`` starts a new block after line ``a`` (``alone``: the
        first line of its block; ``item``: of a list item)."""
        heading_a, heading_b = self.heading_like(a), self.heading_like(b)
        if heading_a != heading_b or abs(a.size - b.size) > 0.1 * max(a.size, b.size):
            return True
        if heading_a and a.bold != b.bold:
            return True
        left = self.margins[b.region][0]
        em = b.size
        if a.region != b.region:
            # Into the next column or page: a paragraph runs on unless its last
            # line ended a sentence short of the column's edge.
            if b.x > left + 0.6 * em and not item:
                return True
            full = a.end >= self.margins[a.region][1] - 3 * a.size
            return bool(TERMINAL.search(a.text)) and not full
        gap = a.y - b.y
        usual = self.spacing.get(b.size, 1.2 * b.size)
        if gap <= 0.3 * b.size or gap > PARAGRAPH_GAP * usual + 0.5:
            return True
        # A little extra space ends a paragraph too after a sentence, or where the
        # indentation changes (text after an indented example); so does a line
        # that ends a sentence well short of the margin. At worst two paragraphs
        # are cut apart, never a sentence.
        sentence = bool(TERMINAL.search(a.text))
        if gap > 1.12 * usual + 0.5 and (sentence or abs(b.x - a.x) > 0.5 * em):
            return True
        right = self.margins[a.region][1]
        short = a.end < right - max(4 * em, 0.15 * (right - left))
        if sentence and short:
            return True
        # A short line standing alone without end punctuation, before a capital:
        # a heading in the body font ("INTRODUCTION"), as annotator.nlp.blocks
        # would see it on a line of its own.
        if (alone and short and not item and len(a.text.split()) <= HEADING_MAX_WORDS
                and (b.text[:1].isupper() or b.text[:1].isdigit())):
            return True
        if item:
            # A list item wraps under its own text; a line back at the margin
            # after a finished sentence is the paragraph after the list.
            return (b.x <= left + 0.3 * em and bool(TERMINAL.search(a.text))
                    and b.text[:1].isupper())
        # A first line indented deeper than the line before opens a paragraph.
        return b.x > a.x + 0.8 * em and b.x < left + 8 * em and a.x <= left + 0.3 * em

    def _real_hyphen(self, left: str, right: str) -> bool:
        """Whether ``left-`` at a line end and ``right`` on the next line are a
        compound (well-known) rather than one word broken (treat-ment). The
        document's own spelling decides; failing that, the parts: hyphenation
        leaves at least two letters before the break and three after it, and
        some words mostly head or end compounds (self-, long-, -based)."""
        if left + right in self.words:
            return False
        if f"{left}-{right}" in self.hyphenated:
            return True
        if len(left) < 2 or len(right) < 3:
            return True
        if left in COMPOUND_HEADS:
            return right not in SUFFIXES
        return right in COMPOUND_TAILS and len(left) >= 3 and left not in PREFIXES

    def _join(self, lines: list[str]) -> str:
        text = ""
        for line in lines:
            line = line.strip()
            if not text:
                text = line
            elif not line:
                continue
            else:
                text = self._glue(text, line)
        text = text.replace("\u00ad", "")  # soft hyphens left inside a line
        return SPACES.sub(" ", text).strip()

    def _glue(self, text: str, line: str) -> str:
        """Two lines of one paragraph joined: a space, or nothing when the first
        ends with a hyphen that breaks a word (or a real hyphen or dash)."""
        if text.endswith("\u00ad"):
            return text[:-1] + line
        if text.endswith(("-", "\u2010")) and len(text) > 1 and not text[-2].isspace():
            head = re.search(r"([A-Za-z]+)[-\u2010]$", text)
            tail = re.match(r"[A-Za-z]+", line)
            if head and tail and head.group(1)[-1].islower() and tail.group(0)[0].islower():
                if self._real_hyphen(head.group(1).lower(), tail.group(0).lower()):
                    return text + line
                return text[:-1] + line
            return text + line  # COVID-19, HIV-positive, 5-year: a real hyphen
        if text.endswith(("—", "–", "/")) and not text[-2:-1].isspace():
            return text + line
        return text + " " + line


# Metadata ---------------------------------------------------------------------------


def _metadata(reader: PdfReader) -> dict:
    try:
        info = reader.metadata
        title, author, created = (_clean(_get(info, key))
                                  for key in ("/Title", "/Author", "/CreationDate"))
    except (DependencyError, *PARSE_ERRORS):
        return {"title": None, "author": None, "published": None}
    if title:
        # "Microsoft Word - draft3.docx" names a file, not the article.
        title = re.sub(r"^microsoft (word|powerpoint) - ", "", title, flags=re.IGNORECASE)
        title = None if JUNK_TITLE.search(title) else title
    return {"title": title or None, "author": author, "published": _iso_date(created)}


def _clean(value) -> str | None:
    if value is None:
        return None
    text = " ".join(CONTROL.sub("", str(value)).split())
    return text or None


def _iso_date(value: str | None) -> str | None:
    match = CREATION_DATE.match(value or "")
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups())).isoformat()
    except ValueError:
        return None

