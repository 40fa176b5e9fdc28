"""Text helpers for reports: Markdown escaping, evidence links, dates. Pure.

Article text and reviewers' notes are untrusted: an article may contain
``*``, ``|``, ``[1]`` or ``<script>``, and an imported review may carry any
"URL". Markdown output escapes every character that could start markup, and only
``http``/``https`` URLs ever become links.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from markupsafe import Markup

from annotator.evidence import Evidence

# Inline Markdown punctuation (CommonMark lets any ASCII punctuation be
# backslash-escaped). `<` and `>` stop raw HTML and autolinks; `|` table cells.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# `&` only when it would start an entity (`&amp;`, `&#38;`): `R&D` stays readable.
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What makes a line a heading, quote, list item, rule or setext underline.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))")
_BREAKS = re.compile(r"\s*[\r\n]+\s*")
# Characters a Markdown link destination cannot hold unescaped.
_URL_UNSAFE = {" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", '"': "%22",
               "\\": "%5C", "`": "%60"}


class MarkdownText(Markup):
    """Already escaped Markdown: the Markdown environment's ``finalize`` (see
    :mod:`annotator.report.formats`) escapes every other string it outputs. Subclassing
    ``Markup`` also stops Jinja2's HTML autoescape from touching it."""


def md_line(text: str) -> str:
    """Text escaped for use inside a Markdown line (line breaks become spaces).
    Does not escape what only matters at the start of a line: see :func:`md_lines`."""
    flat = _BREAKS.sub(" ", str(text))
    return _ENTITY.sub(r"\\&", _INLINE.sub(r"\\\1", flat))


def md_lines(text: str, prefix: str = "") -> MarkdownText:
    """Multi-line text escaped line by line, each line after the first starting
    with ``prefix`` (the indent of a list item, or ``> `` in a blockquote). Every
    line is also kept from starting a heading, list, quote or code block."""
    lines = [_LINE_START.sub(_escape_marker, md_line(line.strip()))
             for line in str(text).strip().splitlines()]
    # A blank line keeps only the prefix's visible part (">" in a blockquote).
    rest = [prefix + line if line else prefix.rstrip() for line in lines[1:]]
    return MarkdownText("\n".join(lines[:1] + rest))


def md_quote(text: str) -> MarkdownText:
    """A blockquote of the text, every line escaped."""
    # str() first: adding a plain string to Markup would HTML-escape the "> ".
    return MarkdownText("> " + str(md_lines(text, "> ")))


def _escape_marker(match: re.Match) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker.isdigit():  # "1." starts an ordered list; "1\." does not
        return f"{indent}{marker}\\"
    return f"{indent}\\{marker}"


def web_url(value: str | None) -> str | None:
    """``value`` if it is an absolute http(s) URL fit for a link, else ``None``:
    ``javascript:`` or a value with spaces never becomes an ``href``."""
    if not value or any(ch.isspace() or ord(ch) < 32 for ch in value):
        return None
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return value


def md_url(url: str) -> str:
    """A URL safe inside ``[text](url)``."""
    return "".join(_URL_UNSAFE.get(ch, ch) for ch in url)


def evidence_item(item: dict) -> dict:
    """Evidence as the store gives it (``{kind, value, note}``) with ``label``
    (``PMID 123``, ``doi:10.1/x``, the URL or citation) and ``url`` (a link for
    PMIDs, DOIs and web URLs; ``None`` for text citations)."""
    kind, value = item.get("kind"), str(item.get("value") or "")
    url = None
    if kind == "pmid" and value.isdigit():
        url = f"https://pubmed.ncbi.nlm.nih.gov/{value}/"
    elif kind == "doi":
        # doi.org resolves percent-encoded DOIs; `#`, `?` and spaces must be encoded.
        url = "https://doi.org/" + quote(value, safe="/:;.-_")
    elif kind == "url":
        url = web_url(value)
    name = Evidence(kind, value).name()
    return {"kind": kind, "value": value, "note": item.get("note"), "label": name, "url": url}


def evidence_label(item: dict) -> str:
    """One line for CSV and citations as text: :meth:`Evidence.label` of an
    :func:`evidence_item` (its label, with the note in brackets)."""
    return Evidence(item["kind"], item["value"], item.get("note")).label()


def day(timestamp: str | None) -> str | None:
    """``2025-03-03`` from an ISO timestamp (all stored times are UTC)."""
    return timestamp[:10] if timestamp else None


def minute(timestamp: str | None) -> str | None:
    """``2025-03-03 09:07`` from an ISO timestamp."""
    return timestamp[:16].replace("T", " ") if timestamp else None


def percent(part: int, whole: int) -> int:
    """A whole percentage, rounded half up (``round`` rounds 66.5 to 66)."""
    return int(100 * part / whole + 0.5) if whole else 100
