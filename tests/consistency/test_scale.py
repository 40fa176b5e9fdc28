"""Duplicate search, suggestions and conflict pairing on thousands of made-up
claims: what they find is what comparing every pair finds, and the work grows
with the claims, not with their square. No spaCy: keys are written as lemmas."""

import os
import random
import subprocess
import sys
from collections import Counter

from rapidfuzz import fuzz, process

from annotator.consistency import conflicts as consistency_conflicts
from annotator.consistency.conflicts import MAX_CANDIDATE_PAIRS, candidate_pairs
from annotator.consistency.repeats import (
    MAX_SUGGESTIONS,
    SAME_CLAIM_SCORE,
    Match,
    _rewords,
    claim_keys,
    find_duplicates,
    same_claims,
    suggest_prior_verdicts,
)
from annotator.nlp import claimkeys

WORDS = [f"word{n}" for n in range(300)]
NAMES = ["drug", "treatment", "therapy", "medication"]  # name what an article is about


def synthetic_keys(count, seed=1):
    """Keys of 2 to 9 words: new ones, exact repeats, the same words in another
    order, a name of the subject added, a word changed or dropped."""
    rng = random.Random(seed)
    keys = []
    for _ in range(count):
        roll = rng.random()
        if not keys or roll < 0.5:
            keys.append(" ".join(rng.sample(WORDS, rng.randint(2, 9))))
            continue
        words = rng.choice(keys).split()
        if roll < 0.6:
            pass
        elif roll < 0.7:
            rng.shuffle(words)
        elif roll < 0.85:
            words.insert(rng.randint(0, len(words)), rng.choice(NAMES))
        elif roll < 0.95:
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        elif len(words) > 2:
            words.pop(rng.randrange(len(words)))
        keys.append(" ".join(words))
    return keys


def every_pair(keys, others=None):
    """The matches of comparing every pair (rapidfuzz's cdist over all of them)."""
    within = others is None
    others = keys if within else others
    scores = process.cdist(keys, others, scorer=fuzz.token_sort_ratio,
                           score_cutoff=SAME_CLAIM_SCORE)
    found = []
    for i, j in zip(*scores.nonzero(), strict=True):
        i, j = int(i), int(j)
        if (within and j <= i) or not keys[i] or not others[j]:
            continue
        a, b = sorted((keys[i], others[j]), key=len)
        if a == b or _rewords(a, b):
            found.append(Match(i, j, round(float(scores[i, j]) / 100, 3)))
    return found


class CountingScorer:
    def __init__(self):
        self.calls = 0

    def __call__(self, a, b, **options):
        self.calls += 1
        return fuzz.token_sort_ratio(a, b, **options)


def test_the_same_claims_as_comparing_every_pair():
    keys = [*synthetic_keys(800), "", "drug", "drug drug", "word1 drug", "drug word1"]
    found = same_claims(keys)
    assert found == every_pair(keys)
    assert any(m.score < 1 for m in found) and any(m.score == 1 for m in found)
    others = [*synthetic_keys(400, seed=2), *keys[:50]]
    assert same_claims(keys, others) == every_pair(keys, others)


def test_duplicate_search_on_thousands_of_claims_compares_few_pairs():
    keys = synthetic_keys(4000)
    scorer = CountingScorer()
    units = [{"kind": "claim", "lemmas": key} for key in keys]
    links = find_duplicates(units, scorer=scorer)
    # Every pair would be 8 million comparisons; only claims that may reword
    # each other (the same words but names of the subject) are compared.
    assert 0 < scorer.calls <= len(keys) // 4
    assert len(links) > len(keys) // 4
    # Each repeat points at the first claim saying the same.
    parent = {}
    for unit, first in links:
        assert first < unit
        parent[unit] = first
    for match in every_pair(keys):
        assert parent.get(match.unit, match.unit) == parent.get(match.other, match.other)


def test_a_claim_reviewed_in_many_articles_is_offered_a_few_verdicts():
    units = [{"kind": "claim", "lemmas": "coffee raise blood pressure"}] * 3
    reviewed = [{"lemmas": "coffee raise blood pressure"}] * 40 + [
        {"lemmas": "coffee drug raise blood pressure"}
    ]
    scorer = CountingScorer()
    found = suggest_prior_verdicts(units, reviewed, scorer=scorer)
    assert scorer.calls == 1  # one form against another, however many copies
    for unit in range(3):
        offered = [m.other for m in found if m.unit == unit]
        assert offered == list(range(MAX_SUGGESTIONS))  # the exact matches, first reviewed first


def test_conflict_pairing_grows_with_the_claims(monkeypatch):
    # 4,000 different claims about 8 drugs and 8 effects: each word is in 500
    # claims, so pairing every two claims that share one would look at 2 million.
    rng = random.Random(3)
    drugs = ["aspirin", "ibuprofen", "lithium", "zinc", "caffeine", "melatonin", "iron", "niacin"]
    effects = ["sleep", "mood", "memory", "appetite", "focus", "energy", "pain", "nausea"]
    units = []
    for n in range(4000):
        drug, effect = rng.choice(drugs), rng.choice(effects)
        verb, negated = rng.choice(["raise", "lower"]), rng.random() < 0.3
        lemmas = f"{drug} {'do not ' if negated else ''}{verb} {effect} in {n + 10} patient"
        units.append({"kind": "claim", "lemmas": lemmas, "text": lemmas + "."})
    looked = []
    prior = consistency_conflicts._prior
    monkeypatch.setattr(
        consistency_conflicts, "_prior", lambda *args: looked.append(1) or prior(*args)
    )
    pairs, _subject = candidate_pairs(units)
    claims = len(units) - len(find_duplicates(units))
    words = 2  # the drug and the effect; the verbs are what every claim says
    assert len(looked) <= claims * words * claimkeys.STEM_WINDOW
    assert 0 < len(pairs) <= min(len(looked), MAX_CANDIDATE_PAIRS)
    strength = [p[0] for p in pairs]
    assert strength == sorted(strength, reverse=True)


def test_a_topic_weight_does_not_depend_on_the_order_of_its_stems():
    # Float sums depend on their order: 0.1 + 0.2 + 0.3 is not 0.3 + 0.2 + 0.1.
    topic = claimkeys.Topics({"alpha": 0.1, "beta": 0.2, "gamma": 0.3}, None)
    assert topic.weight(["alpha", "beta", "gamma"]) == topic.weight(["gamma", "beta", "alpha"])
    assert topic.weight(["gamma", "beta", "alpha", "delta"]) == 0.1 + 0.2 + 0.3


def test_each_partner_weighs_every_weighted_stem_the_two_claims_share():
    # "common" is in more than MAX_STEM_CLAIMS claims: a claim meets only the next
    # STEM_WINDOW that have it, but a partner met through a rarer stem still counts it.
    rng = random.Random(7)
    rare = [a + b for a in ("bor", "kel", "mab", "tup", "zin") for b in
            ("ax", "ep", "im", "ol", "un", "yr", "aft", "eck", "ipp", "osk")]
    units = []
    for n in range(1000):
        words = rng.sample(rare, 2) + (["common"] if n % 10 == 0 else [])
        units.append({"kind": "claim", "lemmas": " ".join(words) + " study raise"})
    keys = claim_keys(units, list(range(len(units))))
    topic = claimkeys.topics(keys)
    claims = Counter(s for k in keys for s in k.topic)
    assert claims[claimkeys.stem("common")] > claimkeys.MAX_STEM_CLAIMS
    assert max(claims[claimkeys.stem(w)] for w in rare) <= claimkeys.MAX_STEM_CLAIMS
    assert topic.weights[claimkeys.stem("common")] > 0
    weighted = [{s for s in k.topic if topic.weights.get(s, 0.0) > 0} for k in keys]
    windowed_only = 0
    for i, partners in enumerate(claimkeys.topic_partners(keys, topic)):
        assert list(partners) == sorted(partners)
        for j, shared in partners.items():
            assert j > i
            assert shared == topic.weight(weighted[i] & weighted[j])
        rare_partners = {j for j in range(i + 1, len(keys)) if weighted[i] & weighted[j] - {
            claimkeys.stem("common")}}
        assert rare_partners <= set(partners)
        windowed_only += len(set(partners) - rare_partners)
    assert windowed_only  # some met through "common" alone, within its window


_PAIRS_OF_SYNTHETIC_CLAIMS = """
import random
from annotator.consistency.conflicts import candidate_pairs
rng = random.Random(5)
words = [f"stem{n}" for n in range(60)]
units = []
for n in range(3000):
    lemmas = " ".join(rng.sample(words, rng.randint(3, 8)))
    lemmas += (" do not" if rng.random() < 0.5 else "") + f" raise {n + 10} patient"
    units.append({"kind": "claim", "lemmas": lemmas, "text": lemmas + "."})
print(repr(candidate_pairs(units)))
"""


def test_conflict_pairs_are_the_same_in_every_process():
    # String hashing is seeded per process: nothing may depend on a set's order.
    runs = {
        subprocess.run([sys.executable, "-c", _PAIRS_OF_SYNTHETIC_CLAIMS], check=True,
                       capture_output=True, text=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1
    assert runs.pop().startswith("([(")  # and pairs were found
