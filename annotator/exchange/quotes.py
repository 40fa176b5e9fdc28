"""Finding what a reviewer quoted: the span of article text, and the units it covers."""

from __future__ import annotations

from annotator.passages import locate

__all__ = ["MIN_OVERLAP", "covered_units", "locate", "shared_length"]

# A quote maps to a unit when they share at least half of the shorter of the two:
# a quote of two clause units covers both, a unit holding the quote is covered,
# a unit the quote merely touches is not.
MIN_OVERLAP = 0.5


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
