"""Finding what a reviewer quoted: the span of article text, and the units it covers."""

from __future__ import annotations

import re

# A quote maps to a unit when they share at least half of the shorter of the two:
# a quote of two clause units covers both, a unit holding the quote is covered,
# a unit the quote merely touches is not.
MIN_OVERLAP = 0.5
_PLAIN = str.maketrans("‘’‚‛“”„‟–—‑", "''''\"\"\"\"---")


def locate(
    text: str, quote: str | None, start: int | None = None, end: int | None = None
) -> tuple[int, int] | None:
    """Where a quote sits in the article: its offsets if they still hold, else the
    occurrence nearest to them, else a match ignoring white space, quote and dash
    styles (text copied from a browser rarely keeps them)."""
    has_offsets = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
    if has_offsets and (quote is None or text[start:end] == quote):
        return start, end
    if not quote or not quote.strip():
        return None
    hits, at = [], text.find(quote)
    while at >= 0:
        hits.append(at)
        at = text.find(quote, at + 1)
    if hits:
        best = min(hits, key=lambda hit: abs(hit - (start or 0)))
        return best, best + len(quote)
    flat_text, index = _flatten(text)
    flat_quote, _ = _flatten(quote.strip())
    at = flat_text.find(flat_quote)
    if at < 0 or not flat_quote:
        return None
    return index[at], index[at + len(flat_quote) - 1] + 1


def _flatten(text: str) -> tuple[str, list[int]]:
    """Text with runs of white space as one space and curly quotes and dashes
    made plain, plus the original offset of every kept character."""
    chars, index = [], []
    for match in re.finditer(r"\s+|\S", text):
        chars.append(" " if match.group().isspace() else match.group().translate(_PLAIN))
        index.append(match.start())
    return "".join(chars), index


def shared_length(unit: dict, span: tuple[int, int]) -> int:
    """How many characters of ``unit`` the span covers."""
    return max(min(span[1], unit["end"]) - max(span[0], unit["start"]), 0)


def covered_units(units: list[dict], span: tuple[int, int]) -> list[dict]:
    """The units a quoted span covers (see :data:`MIN_OVERLAP`), in article order."""
    start, end = span
    found = []
    for unit in units:
        shared = shared_length(unit, span)
        if shared > 0 and shared >= MIN_OVERLAP * min(unit["end"] - unit["start"], end - start):
            found.append(unit)
    return found
