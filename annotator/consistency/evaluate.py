"""Scoring conflict candidates against hand-found conflict pairs
(``X.conflicts.jsonl`` beside ``X.units.jsonl``; format in tests/data/README.md):
where each pair ranks in the candidate list, and recall at 10 and 25.

A gold pair quotes two statements of the article; each maps to the unit that
covers most of its quote, so a pair is found when the candidate list pairs
those two units, whatever the reason given.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from annotator.consistency.repeats import unit_value
from annotator.errors import InputError
from annotator.nlp.evaluate import aligned_table

CUTOFFS = (10, 25)
STRENGTHS = ("clear", "tension")


def conflicts_path(units_gold: str | Path) -> Path:
    """``X.conflicts.jsonl`` beside ``X.units.jsonl``."""
    path = Path(units_gold)
    return path.with_name(path.name.removesuffix(".units.jsonl") + ".conflicts.jsonl")


def load_pairs(path: str | Path, text: str) -> list[dict]:
    """The gold pairs of one article, each quote checked against `text`."""
    pairs = []
    raw = Path(path).read_text("utf-8")
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            pair = json.loads(line)
            for side in ("a", "b"):
                start, quote = int(pair[f"{side}_start"]), str(pair[side])
                if text[start : start + len(quote)] != quote:
                    raise InputError(f"{where}: quote {side!r} is not in the article at {start}")
            if pair.get("strength", "tension") not in STRENGTHS:
                raise InputError(f"{where}: strength must be one of {', '.join(STRENGTHS)}")
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            raise InputError(f"{where}: not a conflict pair ({error})") from None
        pairs.append(pair)
    return pairs


def _covering(units: Sequence[Any], start: int, end: int) -> int | None:
    """The unit sharing most characters with ``[start, end)``."""
    best, most = None, 0
    for index, unit in enumerate(units):
        shared = min(end, unit_value(unit, "end")) - max(start, unit_value(unit, "start"))
        if shared > most:
            best, most = index, shared
    return best


def score_conflicts(pairs: list[dict], units: Sequence[Any], candidates: Sequence[Any]) -> dict:
    """Where each gold pair ranks among `candidates` (``a``/``b`` indexes into
    `units`, best first), and recall at each of CUTOFFS, overall and on clear
    pairs. Candidates are listed with their units' text."""
    rank = {}
    for position, candidate in enumerate(candidates, 1):
        rank.setdefault(frozenset((candidate.a, candidate.b)), position)
    scored = []
    for pair in pairs:
        a = _covering(units, pair["a_start"], pair["a_start"] + len(pair["a"]))
        b = _covering(units, pair["b_start"], pair["b_start"] + len(pair["b"]))
        found = rank.get(frozenset((a, b))) if a is not None and b is not None and a != b else None
        scored.append({"topic": pair.get("topic", ""), "strength": pair.get("strength", "tension"),
                       "a": pair["a"], "b": pair["b"], "rank": found})
    clear = [p for p in scored if p["strength"] == "clear"]
    return {
        "pairs": len(scored),
        "clear": len(clear),
        "found": {str(k): sum(1 for p in scored if p["rank"] and p["rank"] <= k) for k in CUTOFFS},
        "clear_found": {str(k): sum(1 for p in clear if p["rank"] and p["rank"] <= k)
                        for k in CUTOFFS},
        "recall": {str(k): (sum(1 for p in scored if p["rank"] and p["rank"] <= k) / len(scored)
                            if scored else None) for k in CUTOFFS},
        "candidates": [
            {"rank": n, "reason": c.reason, "detail": c.detail, "score": c.score,
             "a": unit_value(units[c.a], "text"), "b": unit_value(units[c.b], "text")}
            for n, c in enumerate(candidates, 1)
        ],
        "gold": scored,
    }


def format_conflict_table(rows: list[tuple[str, dict]]) -> str:
    """One line per article: pairs, clear pairs, found in the top 10 and 25,
    clear found in the top 25; then the totals."""
    header = ["article", "pairs", "clear", "@10", "@25", "clear@25", "candidates"]
    lines = [header]
    totals = [0, 0, 0, 0, 0, 0]
    for name, result in rows:
        values = [result["pairs"], result["clear"], result["found"]["10"], result["found"]["25"],
                  result["clear_found"]["25"], len(result["candidates"])]
        totals = [t + v for t, v in zip(totals, values, strict=True)]
        lines.append([name, *map(str, values)])
    lines.append(["total", *map(str, totals)])
    out = aligned_table(lines)
    out += ["", "Conflict pairs (X.conflicts.jsonl): @10, @25: gold pairs among the first",
            "10 and 25 candidates; clear@25: pairs marked clear among the first 25."]
    return "\n".join(out)


def format_conflict_details(result: dict) -> str:
    lines = []
    for pair in result["gold"]:
        where = f"#{pair['rank']}" if pair["rank"] else "missed"
        lines.append(f"  {where:>7} [{pair['strength']}] {pair['topic']}")
    lines.append("  candidates:")
    for c in result["candidates"]:
        lines.append(f"  {c['rank']:>4} {c['score']:.2f} {c['reason']}: "
                     f"{c['a'][:60]} || {c['b'][:60]}")
    return "\n".join(lines)
