"""Word (``.docx``) to plain text for segmentation: python-docx opens the package
and finds its parts; the body, styles and numbering are then read as XML (lxml),
because python-docx's ``Paragraph.text`` misses tracked insertions, content
controls and fields, and has no notion of list numbers.

Same block format as :mod:`annotator.sources.html`: every paragraph, heading and
list item is a block, blocks are separated by a blank line. List items keep their
marker as Word shows it: ``•`` for bullets, ``1.``, ``2.`` … for numbered lists
(counted the way Word counts, see :class:`_Numbering`). Table cells are not joined
into rows: each paragraph of a cell is a block of its own, as ``<td>`` is in HTML,
so an article converted to Word segments like the page it came from. Soft line
breaks and tabs become spaces. Left out: headers and footers, footnotes,
endnotes, comments, deleted text of tracked changes, hidden text, text boxes and
drawings, a table of contents.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from annotator.errors import InputError

SPACES = re.compile(r"[ \t\n\r\f\v\u00a0]+")
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Word's "Strict Open XML Document" format: other namespaces, which python-docx
# does not know.
STRICT = b"http://purl.oclc.org/ooxml/"
STRICT_ADVICE = ("a Strict Open XML Word document, which cannot be read; "
                 "save it as an ordinary Word Document (.docx)")
# python-docx reads every part into memory; the sizes a ZIP declares bound what
# zipfile will inflate, so checking them first stops a small bomb from filling RAM.
MAX_UNZIPPED = 250_000_000

P, R, T = qn("w:p"), qn("w:r"), qn("w:t")
# Block containers walked for paragraphs, in document order: tables (cells hold
# paragraphs and nested tables) and content controls / custom XML around blocks.
CONTAINERS = {qn(tag) for tag in ("w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent",
                                  "w:customXml")}
# Inside a paragraph: where Word shows a space, a hyphen, or nothing at all.
AS_SPACE = {qn(tag) for tag in ("w:tab", "w:ptab", "w:br", "w:cr")}
NOT_SHOWN = {qn(tag) for tag in (
    "w:pPr", "w:rPr", "w:del", "w:moveFrom", "w:delText", "w:instrText", "w:sdtPr",
    "w:drawing", "w:pict", "w:object", "w:rt",
)} | {MC_FALLBACK}
HEADING_ONE = {"title", "heading 1"}
TOC = re.compile(r"toc( \d| heading)")


def is_docx(data: bytes) -> bool:
    """A ZIP whose entries include ``word/document.xml`` (only the archive's
    directory is read). A ZIP too damaged to list whose first bytes still name
    that entry counts too, so that it is reported as a damaged Word file rather
    than as binary data."""
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(name.lower() == "word/document.xml" for name in archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return data.startswith(b"PK\x03\x04") and b"word/document.xml" in data


def docx_to_text(data: bytes, name: str) -> tuple[str, dict]:
    """The article text of a .docx, as blocks separated by a blank line, and its
    metadata (``title``, ``author``, ``published``). Raises :class:`InputError`
    for a file python-docx cannot open."""
    document = _open(data, name)
    styles = _Styles(document)
    writer = _BlockWriter(styles, _Numbering(document, styles))
    body = document.element.body
    if body is not None:
        writer.walk(body)
    text = "\n\n".join(writer.blocks) + "\n" if writer.blocks else ""
    return text, _metadata(document, writer.heading)


# Opening ------------------------------------------------------------------------


def _open(data: bytes, name: str):
    unzipped = _unzipped_size(data)
    if unzipped is not None and unzipped > MAX_UNZIPPED:
        raise InputError(f"{name}: a ZIP that expands to {unzipped // 1_000_000} MB; "
                         "refused as damaged or malicious")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # zipfile, lxml and python-docx each raise their own kinds
        raise InputError(f"{name}: {_why_not(data, error)}") from None
    if document.element.tag != qn("w:document"):
        raise InputError(f"{name}: {STRICT_ADVICE}")
    return document


def _unzipped_size(data: bytes) -> int | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None  # python-docx will fail on it too, and _why_not says why


def _why_not(data: bytes, error: Exception) -> str:
    """One line on why a file is not a readable .docx."""
    if data.startswith(OLE_MAGIC):
        return ("an old Word .doc (or a password-protected Office file), not a .docx; "
                "save it as .docx without a password")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {entry.lower() for entry in archive.namelist()}
            strict = _is_strict(archive)
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        if data.startswith(b"PK"):
            return "a damaged ZIP archive (truncated?), cannot open it as a Word document"
        return "not a Word .docx file"
    if "word/document.xml" not in names:
        others = {"xl/workbook.xml": "an Excel workbook", "ppt/presentation.xml":
                  "a PowerPoint presentation", "content.xml": "an OpenDocument file"}
        what = next((kind for part, kind in others.items() if part in names), "a ZIP archive")
        return f"{what}, not a Word document (no word/document.xml)"
    if strict:
        return STRICT_ADVICE
    message = " ".join(str(error).split())
    if "macroEnabled" in message:
        return "a macro-enabled Word document (.docm); save it as .docx"
    if "template" in message:
        return "a Word template (.dotx); save it as .docx"
    if "content type is" in message:  # python-docx: another kind of main part
        return f"not a Word document (its main part is {message.rpartition(' ')[2]})"
    return f"a damaged Word document ({type(error).__name__}: {message[:200]})"


def _is_strict(archive: zipfile.ZipFile) -> bool:
    try:
        return STRICT in archive.read("_rels/.rels")
    except Exception:  # missing or damaged: then it is not Strict but broken
        return False


# Styles -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    name: str  # lower case: built-in names are stored so ("heading 1"), whatever the UI language
    outline: int | None  # 0 for a level-1 heading; 9 is body text
    num_id: str | None
    ilvl: str | None


class _Styles:
    """Paragraph styles by id, with what they inherit (``w:basedOn``) resolved."""

    def __init__(self, document) -> None:
        self.elements = {}
        self.default: str | None = None
        for style in document.styles.element.findall(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            self.elements[style_id] = style
            if style.get(qn("w:type")) == "paragraph" and style.get(qn("w:default")) in (
                    "1", "true", "on"):
                self.default = style_id
        self.cache: dict[str | None, _Style] = {}

    def get(self, style_id: str | None) -> _Style:
        style_id = style_id if style_id in self.elements else self.default
        if style_id not in self.cache:
            self.cache[style_id] = self._resolve(style_id)
        return self.cache[style_id]

    def _resolve(self, style_id: str | None) -> _Style:
        chain, seen = [], set()
        while style_id in self.elements and style_id not in seen and len(chain) < 20:
            seen.add(style_id)
            chain.append(self.elements[style_id])
            style_id = _val(self.elements[style_id].find(qn("w:basedOn")))
        name = _val(chain[0].find(qn("w:name"))) if chain else None
        ppr = [style.find(qn("w:pPr")) for style in chain]
        ppr = [element for element in ppr if element is not None]
        return _Style(
            name=(name or "").strip().lower(),
            outline=_int(_first(ppr, "w:outlineLvl")),
            num_id=_first(ppr, "w:numPr/w:numId"),
            ilvl=_first(ppr, "w:numPr/w:ilvl"),
        )


def _val(element) -> str | None:
    return None if element is None else element.get(qn("w:val"))


def _first(elements: list, path: str) -> str | None:
    """The ``w:val`` of ``path`` in the first element that has it (a paragraph's
    own properties first, then its style's, then the styles it is based on)."""
    path = "/".join(qn(step) for step in path.split("/"))
    for element in elements:
        value = _val(element.find(path))
        if value is not None:
            return value
    return None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


# Numbering ----------------------------------------------------------------------


class _Numbering:
    """List markers as Word shows them. As in Word (ECMA-376 §17.9), the count
    belongs to the abstract numbering definition: a list interrupted by a
    paragraph and resumed with the same definition continues (1, 2, … 3), a new
    list restarts when its numbering instance says so (``w:startOverride``,
    which Word writes for "Restart at 1"), and an item resets the deeper levels
    below it."""

    def __init__(self, document, styles: _Styles) -> None:
        self.styles = styles
        self.nums: dict[str, object] = {}
        self.abstracts: dict[str, object] = {}
        # The numbering part is looked up, not document.part.numbering_part, which
        # would try to create one in a document without lists.
        for rel in document.part.rels.values():
            root = None if rel.is_external else getattr(rel.target_part, "element", None)
            if rel.reltype == RT.NUMBERING and root is not None:
                self.nums = {num.get(qn("w:numId")): num for num in root.findall(qn("w:num"))}
                self.abstracts = {a.get(qn("w:abstractNumId")): a
                                  for a in root.findall(qn("w:abstractNum"))}
        self.counts: dict[str, dict[int, int]] = {}
        self.started: set[tuple[str, int]] = set()
        self.by_style: dict[str, int] = {}

    def marker(self, num_id: str | None, ilvl: int, style: str) -> str | None:
        """``"• "``, ``"3. "``, ``""`` (numbered with no visible marker), or None
        for a paragraph that is not a list item."""
        if num_id == "0":  # numbering explicitly removed from a list style
            return None
        if num_id is not None and (level := self._level(num_id, ilvl)) is not None:
            return self._count(num_id, ilvl, *level)
        if style.startswith("list number"):
            self.by_style[style] = self.by_style.get(style, 0) + 1
            return f"{self.by_style[style]}. "
        if num_id is not None or style.startswith("list bullet") or style == "list paragraph":
            return "• "
        return None

    def end_list(self) -> None:
        """A paragraph that is no list item: lists known only by their style name
        (no numbering definition) restart after it."""
        self.by_style.clear()

    def _level(self, num_id: str, ilvl: int):
        """(counter key, number format, start, start override) for a level of a
        numbering instance, following a list style's ``w:numStyleLink`` once."""
        num = self.nums.get(num_id)
        abstract_id = _val(num.find(qn("w:abstractNumId"))) if num is not None else None
        abstract = self.abstracts.get(abstract_id)
        if abstract is None:
            return None
        link = _val(abstract.find(qn("w:numStyleLink")))
        if link is not None:
            linked = self.nums.get(self.styles.get(link).num_id or "")
            abstract_id = _val(linked.find(qn("w:abstractNumId"))) if linked is not None else None
            abstract = self.abstracts.get(abstract_id)
            if abstract is None:
                return None
        override = next((o for o in num.findall(qn("w:lvlOverride"))
                         if o.get(qn("w:ilvl")) == str(ilvl)), None)
        lvl = override.find(qn("w:lvl")) if override is not None else None
        if lvl is None:
            lvl = next((lvl for lvl in abstract.findall(qn("w:lvl"))
                        if lvl.get(qn("w:ilvl")) == str(ilvl)), None)
        if lvl is None:
            return None
        number_format = _val(lvl.find(qn("w:numFmt"))) or "decimal"
        # The standard's default start is 0, but a definition that leaves it out
        # comes from a tool whose author meant 1.
        start = _int(_val(lvl.find(qn("w:start"))))
        restart = None if override is None else _int(_val(override.find(qn("w:startOverride"))))
        return abstract_id, number_format, 1 if start is None else start, restart

    def _count(self, num_id: str, ilvl: int, key: str, number_format: str, start: int,
               restart: int | None) -> str:
        counts = self.counts.setdefault(key, {})
        for deeper in [level for level in counts if level > ilvl]:
            del counts[deeper]
        if (num_id, ilvl) not in self.started:
            self.started.add((num_id, ilvl))
            if restart is not None:
                counts[ilvl] = restart - 1
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        if number_format == "bullet":
            return "• "
        if number_format == "none":
            return ""
        # Letters and roman numerals too: the segmenter knows digits and bullets.
        return f"{counts[ilvl]}. "


# Body ---------------------------------------------------------------------------


class _BlockWriter:
    def __init__(self, styles: _Styles, numbering: _Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.blocks: list[str] = []
        self.heading: str | None = None  # the first Title or level-1 heading

    def walk(self, container) -> None:
        for child in container:
            if child.tag == P:
                self.paragraph(child)
            elif child.tag in CONTAINERS:
                self.walk(child)

    def paragraph(self, p) -> None:
        ppr = p.find(qn("w:pPr"))
        own = [ppr] if ppr is not None else []
        style = self.styles.get(_first(own, "w:pStyle"))
        # A table of contents repeats the headings (and page numbers).
        if TOC.fullmatch(style.name):
            return
        num_id = _first(own, "w:numPr/w:numId") or style.num_id
        ilvl = _int(_first(own, "w:numPr/w:ilvl") or style.ilvl) or 0
        # Counted before the emptiness check: Word numbers an empty item too.
        marker = self.numbering.marker(num_id, ilvl, style.name)
        text = SPACES.sub(" ", "".join(_runs_text(p))).strip()
        if not text:
            return
        if marker is None:
            self.numbering.end_list()
        outline = _int(_first(own, "w:outlineLvl"))
        outline = style.outline if outline is None else outline
        if self.heading is None and (style.name in HEADING_ONE or outline == 0):
            self.heading = text
        self.blocks.append((marker or "") + text)


def _runs_text(element) -> Iterator[str]:
    """The text Word shows for a paragraph: runs, hyperlinks, fields' results,
    content controls, tracked insertions; not deletions, field codes, hidden runs
    or text boxes (inside drawings, and duplicated in their fallback)."""
    for child in element:
        tag = child.tag
        if tag == T:
            yield child.text or ""
        elif tag in AS_SPACE:
            yield " "
        elif tag == qn("w:noBreakHyphen"):
            yield "-"
        elif tag in NOT_SHOWN or (tag == R and _hidden(child)):
            continue
        else:
            yield from _runs_text(child)


def _hidden(run) -> bool:
    vanish = run.find(f"{qn('w:rPr')}/{qn('w:vanish')}")
    return vanish is not None and _val(vanish) not in ("0", "false", "off")


# Metadata -----------------------------------------------------------------------

# What python-docx's own template carries: a file it made says nothing about its
# article unless the script that made it set these.
TEMPLATE_AUTHOR = "python-docx"
TEMPLATE_CREATED = dt.datetime(2013, 12, 23, 23, 15, tzinfo=dt.UTC)


def _metadata(document, heading: str | None) -> dict:
    try:
        core = document.part.package.part_related_by(RT.CORE_PROPERTIES).core_properties
    except (KeyError, AttributeError):  # no docProps/core.xml (python-docx would invent one)
        core = None
    title = (core.title or "").strip() if core is not None else ""
    author = (core.author or "").strip() if core is not None else ""
    created = core.created if core is not None else None
    if created is not None and created.tzinfo is None:
        created = created.replace(tzinfo=dt.UTC)
    return {
        "title": title or heading,
        "author": author if author and author != TEMPLATE_AUTHOR else None,
        "published": (created.date().isoformat()
                      if created is not None and created != TEMPLATE_CREATED else None),
    }
