"""Conflict search on a synthetic 1,000-claim article: must stay under 2 s.

The article is generated from templates (fixed random seed) so that it is full
of what the rules look for: opposite verbs and adjectives, negations, "works
by" answers, durations, percentages and dates, about one subject, over a
hundred objects and populations. It is segmented once (not timed), so its
units carry the parse made at segmentation, as ingest stores them; then
:func:`annotator.consistency.conflicts.find_conflicts` is timed, median of N
runs, with two baselines measured in the same run on the same units: a trivial
pass (every claim's key, no pairing) and the lemma-level pairing step alone
(:func:`annotator.consistency.conflicts.candidate_pairs`). The same units
without their parse (a database ingested before it was stored: spaCy parses
again) are timed too, and must stay under the limit as well. Prints one JSON
object.

    python -m benchmarks.bench_conflicts --runs 5
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import sys

from benchmarks import median_seconds

CLAIMS = 1000
LIMIT_S = 2.0
PUBLISHED = "2022-11-08"

SUBJECTS = ["Ketamine", "It", "The drug", "Ketamine therapy", "Ketamine treatment"]
OBJECTS = [
    f"{a} {b}" for a in ("serotonin", "dopamine", "glutamate", "cortisol", "melatonin", "GABA",
                         "insulin", "histamine", "oxytocin", "adrenaline", "BDNF", "orexin")
    for b in ("levels", "signalling", "release", "uptake", "receptors", "activity")
] + ["blood pressure", "heart rate", "anxiety", "sleep quality", "memory", "appetite",
     "inflammation", "pain", "mood", "energy", "suicidal thoughts", "nausea", "focus"]
POPULATIONS = ["adults", "children", "older patients", "people with PTSD", "teenagers",
               "women", "men", "veterans", "people with chronic pain", "smokers",
               "patients with bipolar disorder", "athletes", "nurses", "students"]
VERBS = ["increases", "reduces", "blocks", "activates", "improves", "worsens", "affects",
         "changes", "regulates", "modulates", "raises", "lowers", "inhibits", "boosts"]
GERUNDS = ["increasing", "blocking", "activating", "reducing", "changing", "stimulating",
           "inhibiting", "regulating", "boosting", "suppressing"]
ADJECTIVES = ["safe", "dangerous", "effective", "ineffective", "harmful", "useful", "risky",
              "well studied", "popular", "expensive", "cheap", "common", "rare"]
TEMPLATES = [
    "{S} {verb} {obj}.",
    "{S} {verb} {obj} in {pop}.",
    "{S} works by {gerund} {obj}.",
    "{S} is {adj} for {pop}.",
    "{S} does not {base} {obj} in {pop}.",
    "{S} has {amount} side effects in {pop}.",
    "{S} takes effect within {n} minutes in {pop}.",
    "{S} takes about {n} hours to work in {pop}.",
    "About {p}% of {pop} respond to {S_lower}.",
    "{S} has been used since the {decade}s to treat {pop}.",
    "{S} has been used for more than {years} years in {pop}.",
    "{Pop} often report changes in {obj} after treatment.",
    "Doctors sometimes prescribe it to {pop} who struggle with {obj}.",
]


def _sentence(rng: random.Random) -> str:
    verb = rng.choice(VERBS)
    subject = rng.choice(SUBJECTS)
    pop = rng.choice(POPULATIONS)
    return rng.choice(TEMPLATES).format(
        S=subject, S_lower="it" if subject == "It" else subject.lower(), verb=verb,
        base=verb[:-1],
        obj=rng.choice(OBJECTS), pop=pop, Pop=pop[0].upper() + pop[1:],
        gerund=rng.choice(GERUNDS), adj=rng.choice(ADJECTIVES),
        amount=rng.choice(["few", "many", "some", "several", "no"]), n=rng.randint(2, 60),
        p=rng.randint(5, 95), decade=rng.choice([1950, 1960, 1970, 1980, 1990]),
        years=rng.choice([10, 20, 30, 40, 50, 60]),
    )


def synthetic_article(claims: int = CLAIMS, seed: int = 6) -> str:
    """Paragraphs of three to six sentences, `claims` sentences in all."""
    rng = random.Random(seed)
    sentences = [_sentence(rng) for _ in range(claims)]
    paragraphs, k = [], 0
    while k < len(sentences):
        size = rng.randint(3, 6)
        paragraphs.append(" ".join(sentences[k : k + size]))
        k += size
    return "Ketamine for depression\n\n" + "\n\n".join(paragraphs) + "\n"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--claims", type=int, default=CLAIMS)
    parser.add_argument("--model", default=None)
    # `python -m benchmarks conflicts` calls main() with its own argv in sys.argv.
    args = parser.parse_args([] if argv is None else argv)

    from annotator.consistency.conflicts import candidate_pairs, find_conflicts
    from annotator.nlp.claimkeys import claim_key
    from annotator.nlp.model import load, model_name
    from annotator.nlp.segmenter import segment

    nlp = load(args.model)
    units = [u for u in segment(synthetic_article(args.claims), nlp) if u.kind == "claim"]
    find_conflicts(units, PUBLISHED, nlp=nlp)  # warm up: first calls compile regexes

    found = find_conflicts(units, PUBLISHED, nlp=nlp)

    # Claim keys are cached across calls; every timed run starts without them.
    def cold(run):
        def timed():
            claim_key.cache_clear()
            return run()
        return timed

    full = median_seconds(cold(lambda: find_conflicts(units, PUBLISHED, nlp=nlp)), args.runs)
    unparsed = [dataclasses.replace(u, packed=b"") for u in units]
    again = median_seconds(cold(lambda: find_conflicts(unparsed, PUBLISHED, nlp=nlp)), args.runs)
    # Parsed alone, a sentence can come out a little differently than in its paragraph.
    alone = {(c.a, c.b, c.reason) for c in find_conflicts(unparsed, PUBLISHED, nlp=nlp)}
    from annotator.consistency import cues
    from annotator.nlp.claimkeys import lexicon

    def cue_stage():
        cues.antonyms.cache_clear()
        lexicon.cache_clear()
        return cues.cue_candidates(units, range(len(units)), PUBLISHED)

    cue_time = median_seconds(cold(cue_stage), args.runs)
    trivial = median_seconds(cold(lambda: [claim_key(u.lemmas) for u in units]), args.runs)
    pairing = median_seconds(cold(lambda: candidate_pairs(units, PUBLISHED)), args.runs)
    report = {
        "model": model_name(nlp),
        "runs": args.runs,
        "claims": len(units),
        "candidate_pairs": len(candidate_pairs(units, PUBLISHED)[0]),
        "conflicts_listed": len(found),
        "listed_also_when_parsing_again": sum((c.a, c.b, c.reason) in alone for c in found),
        "find_conflicts_ms": round(full * 1000, 1),
        "find_conflicts_parsing_again_ms": round(again * 1000, 1),
        "cue_stage_ms": round(cue_time * 1000, 1),
        "rules_and_cues_ms": round((full + cue_time) * 1000, 1),
        "baseline_claim_keys_ms": round(trivial * 1000, 1),
        "baseline_pairing_ms": round(pairing * 1000, 1),
        "ratio_to_claim_keys": round(full / trivial, 1),
        "ratio_to_pairing": round(full / pairing, 1),
        "limit_ms": LIMIT_S * 1000,
        "within_limit": full + cue_time < LIMIT_S and again < LIMIT_S,
    }
    print(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main(sys.argv[1:])
