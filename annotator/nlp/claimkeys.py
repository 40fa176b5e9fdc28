"""What a claim is about, from the lemmas ingest stores (no parse needed).

A claim's *key* is its content lemmas in order (function words dropped;
negations, modals, quantifiers and numbers kept, because they change what the
claim says): two claims with the same key say the same thing. Its *topic* is
the set of stems of those lemmas; an inverted index over topics pairs the
claims that talk about the same thing, so that no rule ever looks at all pairs.
The word lists live in ``data/claim_words.json`` and ``data/opposites.json``.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from operator import itemgetter

# Topic words are compared by their first letters, so that "treat", "treatment"
# and "treating" or "depression" and "depressive" meet; six letters keep
# "effect" apart from "effort" and "medicine" apart from "media".
STEM_LENGTH = 6
# A stem in at least this share of an article's claims is what the article is
# about ("ketamine", "depression": 48% and 31% of the seed's claims; the next,
# "effect", 23%): it pairs everything with everything, so it does not count as
# a shared topic.
SUBJECT_SHARE = 0.25
# ... once the article is long enough for a share to mean something.
SUBJECT_MIN_CLAIMS = 5


@dataclass(frozen=True)
class Lexicon:
    function_words: frozenset[str]
    negations: frozenset[str]
    light_verbs: frozenset[str]
    refer_to_subject: frozenset[str]
    mechanism_verbs: frozenset[str]
    hypothetical_markers: frozenset[str]
    onset_words: frozenset[str]
    onset_times: frozenset[str]
    # lemma -> ((group, side, part of speech or ""), ...)
    sides: dict[str, tuple[tuple[str, int, str], ...]]
    # lemma -> index of its set of mutually exclusive kinds
    categories: dict[str, int]

    def sides_of(self, lemma: str, pos: str = "") -> list[tuple[str, int]]:
        """The (group, side) of `lemma` as part of speech `pos` ("" when not known):
        an entry may name the one part of speech that counts (``lower:VERB``) or
        one that does not (``fast:!VERB``)."""
        # (a verb in -sses read as a plural noun keeps an "e": "suppresse" of "Light
        # suppresses melatonin")
        entries = self.sides.get(lemma) or (
            self.sides.get(lemma[:-1], ()) if lemma.endswith("sse") else ())
        return [(g, s) for g, s, p in entries
                if not (p and pos and (p[1:] == pos if p[0] == "!" else p != pos))]


def _read(name: str) -> dict:
    return json.loads(resources.files("annotator.nlp.data").joinpath(name).read_text("utf-8"))


@cache
def lexicon() -> Lexicon:
    words = _read("claim_words.json")
    lexicons = _read("opposites.json")
    sides: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for group, pair in lexicons["opposites"].items():
        for side, entries in enumerate(pair):
            for entry in entries:
                lemma, _, pos = entry.partition(":")
                sides[lemma].append((group, side, pos))
    categories = {w: i for i, members in enumerate(lexicons["categories"]) for w in members}
    return Lexicon(
        **{name: frozenset(words[name]) for name in (
            "function_words", "negations", "light_verbs", "refer_to_subject",
            "mechanism_verbs", "hypothetical_markers", "onset_words", "onset_times",
        )},
        sides={lemma: tuple(found) for lemma, found in sides.items()},
        categories=categories,
    )


@lru_cache(maxsize=65536)
def stem(lemma: str) -> str:
    """The first STEM_LENGTH letters, a verbal noun read as its verb ("fasting" and "fast",
    "smoking" and "smoke", "swimming" and "swim" are one stem)."""
    if len(lemma) > 5 and lemma.endswith("ing"):
        lemma = lemma[:-3]
        if lemma[-1] == lemma[-2] and lemma[-1] not in "lsz":
            lemma = lemma[:-1]
    elif len(lemma) > 3 and lemma.endswith("e") and lemma[-2] not in "aeiou":
        lemma = lemma[:-1]
    return lemma[:STEM_LENGTH]


@dataclass(frozen=True)
class ClaimKey:
    key: str  # content lemmas, in order
    topic: frozenset[str]  # stems of content words (no negations or numbers)
    negations: int
    sides: frozenset[tuple[str, int]]  # (group, side) of opposites words present
    mechanism: bool  # "<works> by ..."
    onset: bool  # says how soon something works: "takes effect within minutes"
    categories: frozenset[int]


@lru_cache(maxsize=8192)
def claim_key(lemmas: str) -> ClaimKey:
    """The key of a claim from its stored lemmas (cached: duplicates, pairing and
    suggestions all ask for the same claims)."""
    lex = lexicon()
    words = [w for w in lemmas.lower().split() if any(ch.isalnum() for ch in w)]
    content = [w for w in words if w not in lex.function_words]
    topic = frozenset(
        stem(w) for w in content
        if w not in lex.negations and w not in lex.light_verbs and not w[0].isdigit() and len(w) > 2
    )
    mechanism = any(
        w in lex.mechanism_verbs and "by" in words[i + 1 : i + 4] for i, w in enumerate(words)
    )
    present = set(content)
    return ClaimKey(
        key=" ".join(content),
        topic=topic,
        negations=sum(w in lex.negations for w in words),
        sides=frozenset((g, s) for w in content for g, s, _ in lex.sides.get(w, ())),
        mechanism=mechanism,
        onset=bool(present & lex.onset_words and present & lex.onset_times),
        categories=frozenset(lex.categories[w] for w in content if w in lex.categories),
    )


@dataclass(frozen=True)
class Topics:
    """Stem weights of one article: inverse document frequency over its claims,
    zero for the stems of what the article is about."""

    weights: dict[str, float]
    subject: str | None  # the most frequent content lemma: what "it" usually means

    def weight(self, stems: Iterable[str]) -> float:
        """The summed weight of `stems`, added in sorted order: a float sum in a
        set's order would differ in its last bit from one run to the next (string
        hashing is seeded per process), and ties between pairs with it."""
        return sum(self.weights.get(s, 0.0) for s in sorted(stems))


def topics(keys: Sequence[ClaimKey]) -> Topics:
    df = Counter(s for k in keys for s in k.topic)
    n = max(len(keys), 1)
    weights = {
        s: (0.0 if count >= SUBJECT_MIN_CLAIMS and count / n >= SUBJECT_SHARE
            else math.log((n + 1) / count))
        for s, count in df.items()
    }
    lex = lexicon()
    lemmas: Counter[str] = Counter()
    for k in keys:
        words = [
            w for w in dict.fromkeys(k.key.split())
            if not w[0].isdigit() and w not in lex.light_verbs and w not in lex.negations
            and w not in lex.sides and w not in lex.mechanism_verbs
        ]
        lemmas.update(words)
        # Claims tend to open with what they are about: count their first word twice more.
        lemmas.update(words[:1] * 2)
    # Ties go to the word met first (Counter keeps insertion order).
    subject = lemmas.most_common(1)[0][0] if lemmas else None
    if subject:
        weights[stem(subject)] = 0.0
    return Topics(weights, subject)


# A stem in more claims than this pairs each claim only with the next
# STEM_WINDOW claims that have it, in article order, instead of with all of
# them: the pairs of a long article then grow with its claims, not with their
# square. A weighted stem is in less than SUBJECT_SHARE of the claims, so only
# an article of more than 256 claims can have one in more than 64 (the
# corpus's longest has 200 claims, its most shared weighted stem 37).
MAX_STEM_CLAIMS = 64
STEM_WINDOW = 16


def topic_partners(keys: Sequence[ClaimKey], topic: Topics) -> Iterator[dict[int, float]]:
    """For each claim i in order, the later claims j that share at least one
    weighted stem with it, with the shared weight (of every stem they share):
    an inverted index, so the cost grows with the pairs that share a word, not
    n²; one claim's partners at a time, so nothing holds every pair."""
    # Only weighted stems: a stem of weight 0 adds nothing to a pair's weight.
    weights = topic.weights
    weighted = [frozenset(s for s in k.topic if weights.get(s, 0.0) > 0) for k in keys]
    index: dict[str, list[int]] = defaultdict(list)
    for i, stems in enumerate(weighted):
        for s in stems:
            index[s].append(i)
    # Where claim i stands in the list of each of its stems, by stem: a pair's
    # shared weight is summed in sorted order, as Topics.weight sums it.
    place: list[list[tuple[str, list[int], int]]] = [[] for _ in keys]
    for s, members in index.items():
        for x, i in enumerate(members):
            place[i].append((s, members, x))
    for stems in place:
        stems.sort(key=itemgetter(0))
        later: set[int] = set()
        for _, members, x in stems:
            reach = len(members) if len(members) <= MAX_STEM_CLAIMS else x + 1 + STEM_WINDOW
            later.update(members[x + 1 : reach])
        shared = dict.fromkeys(later, 0.0)
        for s, members, x in stems:
            w = weights[s]
            if len(members) <= MAX_STEM_CLAIMS:
                for j in members[x + 1 :]:
                    shared[j] += w
            else:  # every claim met that has it, also those met through another stem
                for j in later:
                    if s in weighted[j]:
                        shared[j] += w
        yield {j: shared[j] for j in sorted(shared)}


# Claims that answer the same question about the article's subject ("how does
# it work?", "how soon?", "what kind of thing is it?", "is it safe?") need not
# share another word; they meet in these buckets instead. A bucket's pairs grow with its
# square, so each keeps its first MAX_BUCKET claims.
MAX_BUCKET = 60


def question_pairs(keys: Sequence[ClaimKey], topic: Topics) -> set[tuple[int, int]]:
    """Pairs (i < j) of claims that answer one question: both say how something
    works, both say how soon the article's subject works, both name a kind from
    one set of exclusive kinds, or both say of the article's subject something
    from opposite sides of one lexicon group."""
    subject = stem(topic.subject) if topic.subject else None
    buckets: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if k.mechanism:
            buckets[("how", 0)].append(i)
        if k.onset and subject in k.topic:
            buckets[("how soon", 0)].append(i)
        for category in k.categories:
            buckets[(f"kind {category}", 0)].append(i)
        if subject in k.topic:
            for group, side in k.sides:
                buckets[(group, side + 1)].append(i)
    pairs: set[tuple[int, int]] = set()
    for (name, side), members in buckets.items():
        members = members[:MAX_BUCKET]
        if side == 2:
            continue  # met from side 1
        # A question bucket pairs among itself; side 1 of a group pairs with side 2.
        others = members if side == 0 else buckets.get((name, 2), [])[:MAX_BUCKET]
        for i in members:
            for j in others:
                if i != j:
                    pairs.add((min(i, j), max(i, j)))
    return pairs
