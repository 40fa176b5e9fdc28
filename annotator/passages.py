"""Finding a quoted passage in an article: shared by review imports (which
units a reviewer's quote covers) and reports (the quote a verdict was given on).
Pure; standard library only."""

from __future__ import annotations

import re

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
