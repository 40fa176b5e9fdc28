"""The attribute ruler's matches found by table look-up instead of spaCy's Matcher.

The English pipelines map every fine tag to its coarse part of speech and
morphology with an ``attribute_ruler`` of about 180 token patterns. spaCy runs
them through its general Matcher, which costs about 14 µs a token, about an
eighth of the whole pipeline on our articles. Every one of those patterns is one
or two tokens long with equality, ``IN``, ``NOT_IN`` or ``REGEX`` tests, so the
same matches can be found by looking each token's tag and lower-case form up in
a table. :func:`speed_up` swaps the ruler's ``match`` for that look-up only when
every pattern is of those shapes, and the ruler still sets the attributes itself,
so the annotations are the same; a pipeline with any other pattern keeps the
Matcher.
"""

from __future__ import annotations

import re
from typing import Any

# The token attributes the look-up reads, as columns of Doc.to_array.
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
# The columns a pattern's first token is filed under, the most selective first
# (Lookup.__call__ reads them in this order).
_INDEXED = tuple(_COLUMNS.index(name) for name in ("LOWER", "DEP", "TAG", "IS_SPACE"))

# (column, operator, operand): one test of one pattern token
Test = tuple[int, str, Any]


class Unsupported(Exception):
    """A pattern the look-up cannot reproduce exactly (the Matcher stays)."""


def _hashed(item, strings):
    if isinstance(item, bool):
        return int(item)
    return strings[item] if isinstance(item, str) else item


def _test(column: int, value: Any, strings) -> Test:
    if not isinstance(value, dict):
        return column, "==", _hashed(value, strings)
    if len(value) != 1:
        raise Unsupported(value)
    (op, operand), = value.items()
    if op in ("IN", "NOT_IN"):
        return column, op, frozenset(_hashed(v, strings) for v in operand)
    if op == "REGEX":
        return column, op, re.compile(operand)
    raise Unsupported(op)


def _holds(test: Test, row: list, strings, seen: dict) -> bool:
    column, op, operand = test
    value = row[column]
    if op == "==":
        return value == operand
    if op == "IN":
        return value in operand
    if op == "NOT_IN":
        return value not in operand
    # A regular expression over the string, remembered for each string.
    key = (operand.pattern, value)
    if key not in seen:
        seen[key] = operand.search(strings[value]) is not None
    return seen[key]


def _keys(token: dict, strings) -> tuple[int, list] | None:
    """The column the first token is filed under and the values it must have there."""
    for column in _INDEXED:
        value = token.get(_COLUMNS[column])
        if value is None:
            continue
        if not isinstance(value, dict):
            return column, [_hashed(value, strings)]
        if set(value) == {"IN"}:
            return column, [_hashed(v, strings) for v in value["IN"]]
    return None


class Lookup:
    """Find the matches of an AttributeRuler the way ``AttributeRuler.match`` returns them."""

    def __init__(self, ruler):
        strings = ruler.vocab.strings
        self.strings = strings
        self.seen: dict[tuple[str, int], bool] = {}
        self.index: list[dict[int, list]] = [{} for _ in _COLUMNS]
        self.anywhere: list = []
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            match_id = strings[key]
            for pattern in ruler.matcher.get(key)[1]:
                if not 1 <= len(pattern) <= 2 or any(set(t) - set(_COLUMNS) for t in pattern):
                    raise Unsupported(pattern)
                filed = _keys(pattern[0], strings)
                # The look-up already holds the first token to the test it is filed under.
                skip = _COLUMNS[filed[0]] if filed else None
                tests = [(k, _test(_COLUMNS.index(attr), value, strings))
                         for k, token in enumerate(pattern) for attr, value in token.items()
                         if (k, attr) != (0, skip)]
                rule = (attr_id, match_id, len(pattern), tests)
                if filed is None:
                    self.anywhere.append(rule)
                    continue
                column, values = filed
                for value in values:
                    self.index[column].setdefault(value, []).append(rule)

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        rows = doc.to_array(list(_COLUMNS)).tolist()
        size = len(rows)
        lowers, deps, tags, spaces = (self.index[c] for c in _INDEXED)
        anywhere, strings, seen = self.anywhere, self.strings, self.seen
        found = set()
        for i, row in enumerate(rows):
            tag, lower, dep, space = row
            for rules in (lowers.get(lower, ()), deps.get(dep, ()), tags.get(tag, ()),
                          spaces.get(space, ()), anywhere):
                for attr_id, match_id, length, tests in rules:
                    end = i + length
                    if end <= size and all(
                            _holds(test, rows[i + k], strings, seen) for k, test in tests):
                        found.add((attr_id, match_id, i, end))
        return sorted(found)


def speed_up(nlp) -> bool:
    """Give the pipeline's attribute ruler the look-up; False when it keeps the Matcher."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        ruler.match = Lookup(ruler)
    except Unsupported:
        return False
    return True
