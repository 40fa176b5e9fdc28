"""Conflict candidates, leave one article out: each development article scored
with the lexicon entries that were added while reading it taken out.

``annotator/nlp/data/opposites.json`` records under ``_provenance`` which
entries were added while reading which article (issue 11). Scoring an article
with its own entries removed gives the recall a new article of its kind can
expect from the lexicons; the article's score with every entry is its training
score. Needs ``../shared/gold`` and ``../shared/corpus``; not part of ``make
bench`` (it measures quality, not speed).

    python -m benchmarks.conflicts_loao
"""

from __future__ import annotations

import json
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _without(opposites: dict, entries: list[str]) -> dict:
    """`opposites.json` with `entries` ("group:lemma" or "categories:lemma") removed."""
    out = json.loads(json.dumps(opposites))
    for entry in entries:
        group, _, lemma = entry.partition(":")
        if group == "categories":
            out["categories"] = [[w for w in kind if w != lemma] for kind in out["categories"]]
        else:
            out["opposites"][group] = [[w for w in side if w.split(":")[0] != lemma]
                                       for side in out["opposites"][group]]
    return out


def _score(slug: str, opposites: dict) -> dict:
    from annotator.consistency import cues
    from annotator.consistency.conflicts import find_conflicts
    from annotator.consistency.evaluate import load_pairs, score_conflicts
    from annotator.nlp import claimkeys
    from annotator.nlp.segmenter import segment
    from annotator.sources.read import read_bytes, read_source

    article = SHARED / "corpus" / f"{slug}.txt"
    source = read_source(str(article), read_bytes(str(article)))
    text = source.text
    read = claimkeys._read

    def patched(name: str) -> dict:
        return opposites if name == "opposites.json" else read(name)

    with mock.patch.object(claimkeys, "_read", patched):
        claimkeys.lexicon.cache_clear()
        claimkeys.claim_key.cache_clear()
        cues.antonyms.cache_clear()
        units = segment(text)
        result = score_conflicts(load_pairs(SHARED / "gold" / f"{slug}.conflicts.jsonl", text),
                                 units, find_conflicts(units, source.published))
    claimkeys.lexicon.cache_clear()
    claimkeys.claim_key.cache_clear()
    return result


def main() -> None:
    from annotator.nlp import claimkeys

    opposites = claimkeys._read("opposites.json")
    provenance = {k: v for k, v in opposites.get("_provenance", {}).items()
                  if not k.startswith("_")}
    rows = []
    for path in sorted((SHARED / "gold").glob("*.conflicts.jsonl")):
        slug = path.name.removesuffix(".conflicts.jsonl")
        trained = _score(slug, opposites)
        held_out = _score(slug, _without(opposites, provenance.get(slug, [])))
        rows.append((slug, trained, held_out))
    print(f"{'article':28} {'pairs':>5} {'clear':>5}   held out @10/@25 clear@25   "
          "all lexicons @10/@25")
    totals = [0, 0, 0, 0, 0, 0, 0]
    for slug, trained, held in rows:
        values = [trained["pairs"], trained["clear"], held["found"]["10"], held["found"]["25"],
                  held["clear_found"]["25"], trained["found"]["10"], trained["found"]["25"]]
        totals = [t + v for t, v in zip(totals, values, strict=True)]
        print(f"{slug:28} {values[0]:>5} {values[1]:>5}   {values[2]:>8}/{values[3]:<3} "
              f"{values[4]:>8}   {values[5]:>12}/{values[6]}")
    print(f"{'total':28} {totals[0]:>5} {totals[1]:>5}   {totals[2]:>8}/{totals[3]:<3} "
          f"{totals[4]:>8}   {totals[5]:>12}/{totals[6]}")


if __name__ == "__main__":
    main()
