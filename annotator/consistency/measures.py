"""Quantities with what they measure, read from the parse: two amounts of one
kind conflict only when they belong to the same predicate ("takes effect within
minutes" / "takes about an hour for the full effect"; not "lasts up to four
hours") of the same subject. The amounts themselves: :mod:`annotator.consistency.quantities`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from annotator.consistency import quantities
from annotator.nlp.claimkeys import lexicon
from annotator.nlp.parse import ANY, Parse, compatible


@dataclass(frozen=True)
class Measured:
    quantity: quantities.Quantity
    verb: int
    words: frozenset[str]  # content words of the predicate
    subject: str | None


# A change named by a noun is the change its verb names: "had a 52% reduction in
# migraine days" and "reduced migraine days by a third" measure one thing (nouns
# such as "increase" and "drop" have their verb's lemma already).
_VERB_OF = {"reduction": "reduce", "improvement": "improve", "loss": "lose",
            # A drug that works, kicks in or takes effect: one onset ("reaches its full
            # effect after the first dose" / "take four days for a PPI to work fully").
            "work": "effect", "kick": "effect"}

_PREDICATE_PARTS = ("dobj", "attr", "acomp", "xcomp", "oprd", "nsubjpass", "prep", "agent", "advcl")


def _predicate_words(p: Parse, verb: int) -> list[int]:
    """The verb and the heads of its complements: "takes [effect] within ...",
    "been in [use]", "takes an hour [to take] [effect]"."""
    found = [verb]
    for child in p.kids(verb, *_PREDICATE_PARTS):
        tok = p.toks[child]
        if tok.dep == "advcl" and not any(p.toks[a].lemma == "to" for a in p.kids(child, "aux")):
            continue  # only "(takes an hour) to take effect": what the time is for
        if tok.dep in ("prep", "agent"):
            found += p.kids(child, "pobj", "pcomp")
            continue
        found.append(child)
        if tok.dep in ("xcomp", "advcl"):
            found += p.kids(child, "xcomp", "dobj")
    return found


# Verbs that deny the verb they govern: "30 percent of patients fail to respond".
_DENYING = {"fail", "cease", "stop", "refuse"}


def _denied(p: Parse, chain: list[int]) -> bool:
    """The predicate `chain` (a verb and the verbs it is the complement of, up to
    the one the share is the subject of: "… failing to respond") is said not to
    hold: an odd number of negations and denying verbs."""
    count = sum(p.negated(v) + (p.toks[v].lemma in _DENYING) for v in chain)
    return count % 2 == 1


# A share of people who say something measures what they said, not the saying: "87% said
# it helped" and "64% told us it helped" answer one question, "61% said they wanted more
# information" and "38% said their prescriber had explained it" two.
_REPORTING = {"say", "tell", "report", "agree"}


def measured(p: Parse, text: str, published: str | None) -> list[Measured]:
    """Each quantity with what it measures: the content words of its predicate
    (with the verbs chained to it: "starts working", "takes two hours to start
    working") and the predicate's subject. Several values of one kind on one
    predicate ("69% in the drug group vs. 52% with placebo") compare groups
    with each other, not with other claims: they are left out."""
    found = []
    found_all = quantities.extract(text, published)
    numbers = {t.i for q in found_all for t in p.toks if q.start <= t.idx < q.end}
    lex = lexicon()
    for q in found_all:
        if text[q.end : q.end + 12].lower().lstrip().startswith("confidence"):
            continue  # "95% confidence interval" is statistics, not a share of anyone
        last = p.token_at(q.end - 1)
        verb = p.predicate(last) if last is not None else None
        if verb is None or p.commanded(last):
            # (nor one of an instruction after a statement's ", so": "…, so please stop
            # taking them two weeks before your test" tells, it does not measure)
            continue
        inside = {t.i for t in p.toks if q.start <= t.idx < q.end}
        chain = [verb]
        while p.toks[chain[-1]].dep == "xcomp" and p.toks[chain[-1]].head != chain[-1]:
            chain.append(p.toks[chain[-1]].head)
        said = p.kids(verb, "ccomp") if p.toks[verb].lemma in _REPORTING else []
        words = {p.toks[t].lemma for v in (said[:1] or chain) for t in _predicate_words(p, v)
                 if t not in numbers}
        words = {_VERB_OF.get(w, w) for w in words if w.isalpha()} - lex.light_verbs \
            - lex.function_words
        subject = _expletive_subject(p, chain[-1])
        if subject is not None and subject in inside:  # "half of patients respond"
            counted = [o for prep in p.kids(subject, "prep") for o in p.kids(prep, "pobj")]
            subject = counted[0] if counted else None
            if q.kind == "percent" and _denied(p, chain):
                # "Two thirds of adults do not eat enough fish": a third do.
                q = replace(q, low=100.0 - q.high, high=100.0 - q.low)
        found.append(Measured(q, verb, frozenset(words), p.referent(subject)))
    per_predicate = Counter((m.quantity.kind, m.verb) for m in found)
    return [m for m in found if per_predicate[(m.quantity.kind, m.verb)] == 1]


def _expletive_subject(p: Parse, verb: int) -> int | None:
    """The verb's subject; for an empty "it" with "for X to …" after the verb
    ("It can take four days for a PPI to work"), X."""
    subject = p.subject(verb)
    if subject is None or p.toks[subject].lemma != "it":
        return subject
    for clause in p.kids(verb, "advcl", "xcomp"):
        marked = any(p.toks[m].lemma == "for" for m in p.kids(clause, "mark"))
        if marked and (inner := p.kids(clause, "nsubj")):
            return inner[0]
    return subject


def quantity_conflicts(
    measured_a: list[Measured], measured_b: list[Measured]
) -> list[tuple[str, float, bool]]:
    """(detail, gap, sure) for each pair of incompatible amounts of one kind
    that measure the same thing; `gap` is how far apart they are (log ratio)."""
    found = []
    for a in measured_a:
        for b in measured_b:
            shared = a.words & b.words
            if a.quantity.kind != b.quantity.kind or not shared:
                continue
            # Two claims without a subject may measure anything at all.
            if not compatible(a.subject, b.subject) or a.subject == b.subject == ANY:
                continue
            gap = quantities.incompatible(a.quantity, b.quantity)
            if gap > 0:
                detail = (f"{a.quantity.describe()} vs {b.quantity.describe()} "
                          f"({', '.join(sorted(shared))})")
                found.append((detail, gap, ANY not in (a.subject, b.subject)))
    return found
