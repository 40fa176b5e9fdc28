"""Scoring an article's units against a gold segmentation (pure; no spaCy, no database).

Gold and predicted units are dicts with ``start``, ``end``, ``kind``, ``hedged``
and ``text`` (the format of ``gold/*.units.jsonl``; ``dataclasses.asdict(unit)``
gives the same keys).

Two span matches are scored:

* exact: same ``start`` and ``end``;
* relaxed: word overlap >= ``RELAXED_OVERLAP``, where the words of a unit are its
  maximal runs of word characters (``\\w+``) identified by their offset in the
  article, and ``overlap(a, b) = |words(a) ∩ words(b)| / max(|words(a)|, |words(b)|)``.
  Punctuation never counts, so ``anesthetic,`` and ``anesthetic`` are the same word.
  Relaxed matches are one-to-one, best overlap first.

Several gold files are scored article by article (:func:`gold_files`,
:func:`find_article`), then summarised by :func:`macro_average` and
:func:`format_table`. Nothing here reads articles or segments them: that is
``annotator evaluate``'s job, so that it reads them exactly as ``ingest`` does.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from annotator.errors import InputError
from annotator.nlp.segmenter import KINDS

RELAXED_OVERLAP = 0.8
CLAIM = "claim"
# Gold kinds that must never come out as a claim (nothing to review there).
NEVER_CLAIMS = ("heading", "meta", "question")
_WORD = re.compile(r"\w+")


def load_gold(path: str | Path, text: str | None = None) -> list[dict]:
    """Units of a ``.units.jsonl`` file, in file order, checked line by line: an
    object with integer ``start < end``, a known ``kind``, string ``text``, and
    boolean ``hedged`` if present; with the article ``text``, every span must
    quote it (``text[start:end] == unit["text"]``)."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot read it as UTF-8 text ({error})") from None
    units = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            units.append(_gold_unit(line, f"{path}, line {number}", text))
    return units


def _gold_unit(line: str, where: str, text: str | None) -> dict:
    try:
        unit = json.loads(line)
    except ValueError as error:
        raise InputError(f"{where}: not JSON ({error.msg})") from None
    if not isinstance(unit, dict):
        raise InputError(f"{where}: expected an object with start, end, kind, text")
    start, end = unit.get("start"), unit.get("end")
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end:
        raise InputError(f"{where}: start and end must be integers with 0 <= start < end")
    if unit.get("kind") not in KINDS:
        raise InputError(f"{where}: kind must be one of {', '.join(KINDS)}")
    if not isinstance(unit.get("text"), str):
        raise InputError(f"{where}: text must be a string")
    if not isinstance(unit.setdefault("hedged", False), bool):
        raise InputError(f"{where}: hedged must be true or false")
    if text is not None and text[start:end] != unit["text"]:
        raise InputError(
            f"{where}: the text at {start}:{end} differs from the article's; "
            "is this the gold file of another article (or revision)?"
        )
    return unit


def words(unit: dict) -> set[int]:
    """Absolute offsets of the unit's words."""
    return {unit["start"] + m.start() for m in _WORD.finditer(unit["text"])}


def overlap(a: dict, b: dict) -> float:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(len(wa), len(wb))


def _prf(matched: int, predicted: int, gold: int) -> dict[str, float]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "matched": matched}


def _relaxed_pairs(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    candidates = [
        (overlap(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if g["start"] < p["end"] and p["start"] < g["end"]
    ]
    used_g, used_p, pairs = set(), set(), []
    for value, gi, pi in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if value >= RELAXED_OVERLAP and gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return sorted(pairs, key=lambda pair: pair[0]["start"])


def _brief(unit: dict) -> dict:
    return {k: unit[k] for k in ("start", "end", "kind", "hedged", "text") if k in unit}


def score(gold: list[dict], predicted: list[dict]) -> dict:
    """Claim P/R/F1 (exact and relaxed), kinds and hedges on matched spans, and mismatches."""
    gold_claims = [g for g in gold if g["kind"] == CLAIM]
    pred_claims = [p for p in predicted if p["kind"] == CLAIM]
    pred_by_span = {(p["start"], p["end"]): p for p in predicted}
    gold_claim_spans = {(g["start"], g["end"]) for g in gold_claims}
    pred_claim_spans = {(p["start"], p["end"]) for p in pred_claims}

    exact_claims = len(gold_claim_spans & pred_claim_spans)
    relaxed = _relaxed_pairs(gold_claims, pred_claims)

    matched = [
        (g, pred_by_span[(g["start"], g["end"])])
        for g in gold
        if (g["start"], g["end"]) in pred_by_span
    ]
    confusion: dict[str, Counter] = {}
    for g, p in matched:
        confusion.setdefault(g["kind"], Counter())[p["kind"]] += 1
    kind_agree = sum(g["kind"] == p["kind"] for g, p in matched)
    # Every unit, headings and meta lines too: same span and same kind.
    units_exact = kind_agree / len(gold) if gold else 0.0

    both_claims = [(g, p) for g, p in matched if g["kind"] == CLAIM and p["kind"] == CLAIM]
    hedge_agree = sum(bool(g.get("hedged")) == bool(p.get("hedged")) for g, p in both_claims)

    never = [g for g in gold if g["kind"] in NEVER_CLAIMS]
    wrongly_claims = [
        {"gold": _brief(g), "predicted": _brief(p)} for g, p in _relaxed_pairs(never, pred_claims)
    ]
    return {
        "counts": {
            "gold_units": len(gold),
            "predicted_units": len(predicted),
            "gold_kinds": dict(Counter(g["kind"] for g in gold)),
            "predicted_kinds": dict(Counter(p["kind"] for p in predicted)),
            "gold_claims": len(gold_claims),
            "predicted_claims": len(pred_claims),
            "matched_spans": len(matched),
        },
        "claims_exact": _prf(exact_claims, len(pred_claims), len(gold_claims)),
        "claims_relaxed": _prf(len(relaxed), len(pred_claims), len(gold_claims)),
        "kind_accuracy": kind_agree / len(matched) if matched else 0.0,
        "units_exact": units_exact,
        "kind_confusion": {g: dict(row) for g, row in sorted(confusion.items())},
        "hedge_accuracy": hedge_agree / len(both_claims) if both_claims else 0.0,
        "hedge_counts": {"matched_claims": len(both_claims), "agree": hedge_agree},
        "non_claims_as_claims": wrongly_claims,
        "missed_claims": [
            _brief(g) for g in gold_claims if (g["start"], g["end"]) not in pred_claim_spans
        ],
        "spurious_claims": [
            _brief(p) for p in pred_claims if (p["start"], p["end"]) not in gold_claim_spans
        ],
        "kind_mismatches": [
            {"gold": _brief(g), "predicted_kind": p["kind"]}
            for g, p in matched
            if g["kind"] != p["kind"]
        ],
        "hedge_mismatches": [
            {"gold": _brief(g), "predicted_hedged": bool(p.get("hedged"))}
            for g, p in both_claims
            if bool(g.get("hedged")) != bool(p.get("hedged"))
        ],
    }


def _line(name: str, prf: dict[str, float]) -> str:
    return (
        f"{name:<16} P {prf['precision']:.3f}  R {prf['recall']:.3f}  "
        f"F1 {prf['f1']:.3f}  ({prf['matched']} matched)"
    )


def format_score(result: dict) -> str:
    """A human-readable summary of :func:`score`'s result."""
    counts = result["counts"]
    out = [
        f"units: gold {counts['gold_units']}, predicted {counts['predicted_units']}, "
        f"same span {counts['matched_spans']}",
        f"claims: gold {counts['gold_claims']}, predicted {counts['predicted_claims']}",
        _line("claims exact", result["claims_exact"]),
        _line(f"claims relaxed≥{RELAXED_OVERLAP}", result["claims_relaxed"]),
        f"kind accuracy    {result['kind_accuracy']:.3f} (on same spans)",
        f"hedge accuracy   {result['hedge_accuracy']:.3f} "
        f"({result['hedge_counts']['agree']}/{result['hedge_counts']['matched_claims']} claims)",
    ]
    kinds = sorted(
        {k for row in result["kind_confusion"].values() for k in row}
        | set(result["kind_confusion"])
    )
    if kinds:
        out.append("confusion (rows gold, columns predicted):")
        out.append(" " * 10 + "".join(f"{k:>9}" for k in kinds))
        for g in kinds:
            row = result["kind_confusion"].get(g, {})
            out.append(f"{g:<10}" + "".join(f"{row.get(k, 0):>9}" for k in kinds))
    sections = [
        (
            "gold heading/meta/question predicted as claim",
            [m["gold"] for m in result["non_claims_as_claims"]],
        ),
        ("missed claims (no exact span)", result["missed_claims"]),
        ("spurious claims (no exact span)", result["spurious_claims"]),
        (
            "kind mismatches",
            [
                {**m["gold"], "kind": f"{m['gold']['kind']}→{m['predicted_kind']}"}
                for m in result["kind_mismatches"]
            ],
        ),
        ("hedge mismatches", [m["gold"] for m in result["hedge_mismatches"]]),
    ]
    for title, units in sections:
        if units:
            out.append(f"{title}: {len(units)}")
            out.extend(f"  {u['start']}-{u['end']} {u['kind']}: {u['text'][:80]}" for u in units)
    return "\n".join(out)


# Several gold files ---------------------------------------------------------------

GOLD_SUFFIX = ".units.jsonl"
# Where an article may be, in this order, for gold file X.units.jsonl: X.txt, X.md, X.html.
ARTICLE_SUFFIXES = (".txt", ".md", ".html")


def gold_slug(path: str | Path) -> str:
    """``X`` for ``X.units.jsonl`` (else the name without its last suffix)."""
    name = Path(path).name
    return name[: -len(GOLD_SUFFIX)] if name.endswith(GOLD_SUFFIX) else Path(name).stem


def gold_files(paths: list[str]) -> list[Path]:
    """Gold files as given, folders as their ``*.units.jsonl`` (not recursive),
    each file once, in the order given (a folder's files by name)."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            inside = sorted(p for p in path.glob("*" + GOLD_SUFFIX) if p.is_file())
            if not inside:
                raise InputError(f"{name}: no *{GOLD_SUFFIX} files in this folder")
            found.extend(inside)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{name}: no such file or folder")
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def article_folders(gold: Path, corpus: str | Path | None = None) -> list[Path]:
    """Where the article of ``gold`` is looked for: ``corpus`` alone when given,
    else the gold file's folder, then ``../corpus/`` beside that folder."""
    if corpus is not None:
        return [Path(corpus)]
    return [gold.parent, gold.parent.parent / "corpus"]


def find_article(gold: str | Path, corpus: str | Path | None = None) -> Path:
    """The article ``X.txt``, ``X.md`` or ``X.html`` of gold file ``X.units.jsonl``,
    first found in :func:`article_folders`."""
    gold = Path(gold)
    slug = gold_slug(gold)
    folders = article_folders(gold, corpus)
    for folder in folders:
        for suffix in ARTICLE_SUFFIXES:
            candidate = folder / (slug + suffix)
            if candidate.is_file():
                return candidate
    names = ", ".join(slug + suffix for suffix in ARTICLE_SUFFIXES[:-1])
    where = " or ".join(str(folder) for folder in dict.fromkeys(folders))
    hint = "" if corpus is not None else "; pass --corpus FOLDER"
    raise InputError(
        f"{gold}: its article is missing: no {names} or {slug}{ARTICLE_SUFFIXES[-1]} "
        f"in {where}{hint}"
    )


def to_text_offsets(units: list[dict], raw: str, text: str) -> list[dict]:
    """Gold ``units`` quoting ``raw`` (a file read as UTF-8 unmodified: a leading
    byte-order mark, CRLF or CR line ends) moved onto ``text``, the same file
    as ``ingest`` reads it: the mark dropped and every line end one ``\\n``.
    Each unit's ``text`` becomes the quote of ``text``."""
    # removed[i]: characters of raw[:i] that ``text`` does not have.
    removed, dropped = [], 0
    for index, char in enumerate(raw):
        removed.append(dropped)
        if (index == 0 and char == "\ufeff") or (
            char == "\r" and raw[index + 1 : index + 2] == "\n"
        ):
            dropped += 1
    removed.append(dropped)
    if len(raw) - dropped != len(text):
        raise ValueError("text is not raw without its byte-order mark and CR")
    moved = []
    for unit in units:
        start = unit["start"] - removed[unit["start"]]
        end = unit["end"] - removed[unit["end"]]
        moved.append({**unit, "start": start, "end": end, "text": text[start:end]})
    return moved


# Scores of several articles --------------------------------------------------------

_PRF = ("precision", "recall", "f1")


def macro_average(results: list[dict]) -> dict:
    """The unweighted mean over articles of each score of :func:`score`'s
    results (each article counts once, whatever its length), with the total
    counts of gold claims and of gold heading/meta/question units predicted as
    claims."""
    count = len(results)

    def mean(values) -> float:
        values = list(values)
        return sum(values) / count if count else 0.0

    return {
        "articles": count,
        "claims_exact": {k: mean(r["claims_exact"][k] for r in results) for k in _PRF},
        "claims_relaxed": {k: mean(r["claims_relaxed"][k] for r in results) for k in _PRF},
        "kind_accuracy": mean(r["kind_accuracy"] for r in results),
        "units_exact": mean(r["units_exact"] for r in results),
        "hedge_accuracy": mean(r["hedge_accuracy"] for r in results),
        "gold_claims": sum(r["counts"]["gold_claims"] for r in results),
        "non_claims_as_claims": sum(len(r["non_claims_as_claims"]) for r in results),
    }


TABLE_COLUMNS = (
    "article", "claims", "P", "R", "F1", "relaxed", "kinds", "hedges", "units", "non-claims",
)
MACRO_LABEL = "macro average"
TABLE_LEGEND = "\n".join([
    f"P, R, F1: claims on exact spans; relaxed: claim F1 at word overlap ≥ {RELAXED_OVERLAP};",
    "kinds: kind accuracy on shared spans; hedges: hedge accuracy on shared claims;",
    "units: gold units of every kind found with the same span and kind;",
    "non-claims: gold headings, questions and meta lines predicted as claims;",
    "macro average: the mean of each score over articles (its counts are totals).",
])


def _table_cells(name: str, scores: dict, gold_claims: int, wrong: int) -> list[str]:
    exact = scores["claims_exact"]
    return [
        name, str(gold_claims),
        *(f"{exact[k]:.3f}" for k in _PRF),
        f"{scores['claims_relaxed']['f1']:.3f}",
        f"{scores['kind_accuracy']:.3f}", f"{scores['hedge_accuracy']:.3f}",
        f"{scores['units_exact']:.3f}", str(wrong),
    ]


def format_table(
    rows: list[tuple[str, dict]], macro: dict | None = None, legend: bool = True
) -> str:
    """One line per ``(name, score result)``, then the :func:`macro_average` row:
    gold claims; claim precision, recall and F1 on exact spans; relaxed F1;
    kind accuracy; hedge accuracy; gold units of every kind found exactly (span
    and kind); gold heading/meta/question units predicted as claims. The macro
    row has means of the scores and totals of the counts; with ``legend``, a few
    lines below say what each column is."""
    macro = macro_average([result for _, result in rows]) if macro is None else macro
    lines = [list(TABLE_COLUMNS)]
    lines += [
        _table_cells(name, result, result["counts"]["gold_claims"],
                     len(result["non_claims_as_claims"]))
        for name, result in rows
    ]
    lines.append(_table_cells(MACRO_LABEL, macro, macro["gold_claims"],
                              macro["non_claims_as_claims"]))
    out = aligned_table(lines)
    return "\n".join([*out, "", TABLE_LEGEND]) if legend else "\n".join(out)


def aligned_table(lines: list[list[str]]) -> list[str]:
    """Rows of cells as text lines: the first column left-aligned, the others
    right-aligned, a rule above the last row (the total or the average)."""
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    out = []
    for number, line in enumerate(lines):
        if number == len(lines) - 1:
            out.append("-" * (sum(widths) + 2 * (len(widths) - 1)))
        cells = [line[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(line[1:], widths[1:],
                                                                          strict=True)]
        out.append("  ".join(cells).rstrip())
    return out
