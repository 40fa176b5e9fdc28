"""What a claim says of what, read from its parse, and the rules that compare
two claims on it (after de Marneffe, Rafferty and Manning 2008, "Finding
Contradictions in Text": align, then look for mismatches).

- opposite: words from the two sides of one group of ``data/opposites.json``,
  said of the same thing: the same object, the same noun in the same role, the
  same subject, or the same "works by" question. Negation flips a word's side,
  and two flips cancel ("safe at low doses" / "not safe at high doses").
- negation: the same predicate of the same subject, negated in one claim only.
- different answers: "X works by A-ing" / "X works by B-ing", or "X is a <kind>"
  with two kinds that exclude each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.nlp.claimkeys import lexicon
from annotator.nlp.parse import ANY, Parse, compatible

_EXISTENTIAL = {"have", "with", "without"}


@dataclass(frozen=True)
class Said:
    """Something a claim says of something: a lexicon word, or a predicate."""

    i: int
    key: str  # the group (opposites) or the predicate's lemma (negation)
    side: int  # 0/1; for predicates, always 0
    negated: bool
    target: str | None  # what it is said of
    role: str  # "mechanism", "verb", "noun", or the governing predicate of a modifier
    subject: str | None  # "" when the role does not depend on a subject
    means: bool = False  # a verb with a "by ..." complement: how, not whether
    # the adjectives of the clause's subject that tell one sort of it from another
    # ("allergic" of "Allergic pink eye is not contagious")
    sort: frozenset[str] = frozenset()


def _object(p: Parse, i: int) -> int | None:
    found = p.kids(i, "dobj", "nsubjpass", "attr")
    if not found:
        for prep in p.kids(i, "prep", "agent"):
            found = p.kids(prep, "pobj")
            if found:
                break
    return found[0] if found else None


def _mechanism(p: Parse, i: int) -> int | None:
    """The verb `i` answers "how does it work?" for ("works by blocking"), if any.
    The parser sometimes reads "by increasing levels" as an adjective on a noun."""
    tok = p.toks[i]
    by = tok.head
    if tok.dep == "amod" and tok.tag == "VBG" and p.toks[by].dep == "pobj":
        by = p.toks[by].head
    elif tok.dep != "pcomp":
        return None
    if p.toks[by].lemma != "by":
        return None
    verb = p.toks[by].head
    return verb if p.toks[verb].lemma in lexicon().mechanism_verbs else None


def _answer_object(p: Parse, i: int) -> int | None:
    return p.toks[i].head if p.toks[i].dep == "amod" else _object(p, i)


# Adjectives that count or rank the subject, not tell a sort of it: "Most people".
_NOT_SORTS = {"most", "many", "some", "few", "several", "other", "all", "more", "less", "much",
              "same", "such", "certain", "various", "different", "main", "first", "last"}


def _sort(p: Parse, subject: int | None) -> frozenset[str]:
    """The adjectives of a clause's `subject` that name a sort of it ("allergic", "newer")."""
    if subject is None:
        return frozenset()
    return frozenset(p.toks[c].lemma for c in p.kids(subject, "amod")) - _NOT_SORTS


def _said_of(p: Parse, i: int) -> tuple[str | None, str, str | None]:
    """(target, role, subject) of a word, by its part in the sentence."""
    tok = p.toks[i]
    if (verb := _mechanism(p, i)) is not None:
        return p.referent(p.subject(verb)), "mechanism", ""
    modifier = tok.dep in ("amod", "acl", "compound", "nummod")
    if modifier and p.toks[tok.head].pos in ("NOUN", "PROPN"):
        noun = p.toks[tok.head]
        if noun.dep == "attr":  # "is a safe drug": safe is said of the subject
            return p.referent(tok.head), "be", ""
        governor = p.predicate(tok.head)
        if governor is None:
            return p.noun_phrase(tok.head), "", ANY
        return p.noun_phrase(tok.head), p.toks[governor].lemma, p.referent(p.subject(governor))
    if tok.pos == "VERB" and p.kids(i, "nsubjpass") and not p.kids(i, "dobj"):
        # "is approved", "is being researched": said of the subject, like an adjective
        return p.referent(p.kids(i, "nsubjpass")[0]), "be", ""
    if tok.pos == "VERB":
        obj = _object(p, i)
        subject = p.referent(p.subject(i))
        return (p.noun_phrase(obj) if obj is not None else subject), "verb", subject
    if tok.pos == "ADV" and p.toks[tok.head].pos == "VERB":
        head = tok.head
        return f"{p.toks[head].lemma}:{p.referent(p.subject(head))}", "manner", ""
    if tok.pos == "NOUN":
        for prep in p.kids(i, "prep"):
            if p.toks[prep].lemma in ("of", "in", "on"):
                for obj in p.kids(prep, "pobj"):
                    return p.noun_phrase(obj), "noun", ""
        return None, "noun", ""
    return p.referent(p.subject(i)), "be", ""


def opposites_said(p: Parse) -> list[Said]:
    """Every lexicon word the claim asserts (not in a condition, question,
    comparison or description of another noun), with what it is said of."""
    lex = lexicon()
    found = []
    for tok in p.toks:
        sides = lex.sides_of(tok.lemma, tok.pos)
        if not sides or p.hypothetical(tok.i) or p.comparative(tok.i) or p.commanded(tok.i):
            continue
        if p.subordinate(tok.i, conditions=False):
            continue
        target, role, subject = _said_of(p, tok.i)
        negated = p.negated(tok.i)
        for group, side in sides:
            found.append(Said(tok.i, group, side, negated, target, role, subject,
                              sort=_sort(p, p.subject(tok.i))))
    return found


def predicates_said(p: Parse) -> list[Said]:
    """Verbs, predicative adjectives and had/lacked nouns, for the negation rule."""
    lex = lexicon()
    found = []
    for tok in p.toks:
        if tok.lemma in lex.sides or len(tok.lemma) < 3:
            continue
        if p.hypothetical(tok.i) or p.subordinate(tok.i) or p.commanded(tok.i):
            continue
        head = p.toks[tok.head]
        verb = tok.pos == "VERB" and tok.dep not in ("amod", "acl", "aux")
        if verb and tok.lemma not in lex.light_verbs:
            if (doer := _passive_agent(p, tok.i)) is not None:
                # "Cataract surgery is not covered by Medicare" says what "Medicare
                # covers cataract surgery" says, the other way round.
                done_to = p.kids(tok.i, "nsubjpass")[0]
                found.append(Said(tok.i, tok.lemma, 0, p.negated(tok.i), p.noun_phrase(done_to),
                                  "verb", p.referent(doer)))
                continue
            obj = _object(p, tok.i)
            means = any(p.toks[c].lemma == "by" for c in p.kids(tok.i, "prep", "agent"))
            subject = p.subject(tok.i)
            found.append(Said(tok.i, tok.lemma, 0, p.negated(tok.i),
                               p.noun_phrase(obj) if obj is not None else None, "verb",
                               p.referent(subject), means, _sort(p, subject)))
        elif tok.pos == "ADJ" and tok.dep in ("acomp", "ROOT", "oprd"):
            subject = p.subject(tok.i)
            found.append(Said(tok.i, tok.lemma, 0, p.negated(tok.i),
                               p.referent(subject), "be", "", sort=_sort(p, subject)))
        elif tok.pos == "NOUN" and tok.dep == "attr" and head.lemma == "be" \
                and not p.kids(tok.i, "prep", "relcl", "acl") \
                and not (p.negated(tok.i) and p.kids(tok.i, "amod", "compound")):
            # "Lactose intolerance is a food allergy" / "… is not an allergy": what
            # the subject is. Denied, the noun is bare: "is not a food allergy" leaves
            # "is an allergy" standing.
            subject = p.subject(head.i)
            found.append(Said(tok.i, tok.lemma, 0, p.negated(tok.i), p.referent(subject),
                               "be", "", sort=_sort(p, subject)))
        elif tok.pos == "NOUN" and tok.dep in ("dobj", "pobj") and head.lemma in _EXISTENTIAL:
            owner = head.i if head.pos != "ADP" else head.head
            if p.toks[owner].pos not in ("VERB", "AUX"):
                continue  # "people without depression" says who, not what they have
            found.append(Said(tok.i, p.noun_phrase(tok.i), 0, p.negated(tok.i),
                               p.referent(p.subject(owner)), "have", ""))
    return found


def _passive_agent(p: Parse, i: int) -> int | None:
    """Who does what a passive verb says ("Medicare" of "is covered by Medicare"): a
    noun after "by", not a gerund ("works by blocking" says how)."""
    if not p.kids(i, "nsubjpass"):
        return None
    for agent in p.kids(i, "agent"):
        for doer in p.kids(agent, "pobj"):
            if p.toks[doer].pos in ("NOUN", "PROPN"):
                return doer
    return None


def _aligned(a: Said, b: Said) -> bool:
    if a.key != b.key:
        return False
    if a.sort - b.sort and b.sort - a.sort:
        return False  # "Allergic pink eye is not contagious" / "Viral pink eye is contagious"
    if a.role == "mechanism" or b.role == "mechanism":
        return a.role == b.role and compatible(a.target, b.target)
    if a.role == "verb" or b.role == "verb":
        if a.role != b.role or not compatible(a.subject, b.subject) or a.means != b.means:
            return False
        return a.target is None or b.target is None or a.target == b.target
    roles_agree = a.role == b.role or {a.role, b.role} <= {"be", "", "have"}
    subjects_agree = "" in (a.subject, b.subject) or compatible(a.subject, b.subject)
    return roles_agree and subjects_agree and compatible(a.target, b.target)


def _phrase(p: Parse, said: Said) -> str:
    """The words of the claim that say it: "works by blocking receptors",
    "is not always effective", "without the side effects", "low doses"."""
    tok = p.toks[said.i]
    if said.role == "mechanism":
        return _how(p, said.i)
    if said.role == "verb":
        obj = _object(p, said.i)
        words = [p.toks[c].text for c in p.kids(said.i, "neg")] + [tok.text]
        return " ".join(words + ([p.toks[obj].text] if obj is not None else []))
    head = tok.head
    auxiliaries = p.kids(said.i, "aux", "auxpass", "neg")
    if tok.dep in ("acomp", "attr") and p.toks[head].pos == "AUX":
        auxiliaries = [*p.kids(head, "aux", "neg"), head]  # "has been effective", "is not"
    if said.role == "be" and tok.dep == "amod":
        return p.span(p.toks[head].head, head)  # "is a safe drug": from the copula
    if auxiliaries:
        return p.span(min(auxiliaries), said.i)  # "was approved", "is being researched"
    if head == said.i:
        return ("not " if said.negated else "") + tok.text
    if abs(head - said.i) > 6:
        first = min(p.kids(said.i, "compound") or [said.i])
        return f"{p.toks[head].text} … {p.span(first, said.i)}"
    return p.span(head, said.i)


Sayings = tuple[list[Said], list[Said]]  # (opposites_said, predicates_said) of a claim


def polarity_flips(pa: Parse, sayings_a: Sayings, pb: Parse, sayings_b: Sayings) -> list[
    tuple[str, str, bool]
]:
    """(reason, detail, sure) for each aligned pair whose polarity differs;
    none when their number is even, because two flips cancel out."""
    flips: list[tuple[str, str, bool]] = []
    for said_a, said_b in zip(sayings_a, sayings_b, strict=True):
        used: set[int] = set()
        for a in said_a:
            for b in said_b:
                if b.i in used or not _aligned(a, b):
                    continue
                used.add(b.i)
                if (a.side ^ a.negated) != (b.side ^ b.negated):
                    reason = "opposite" if a.side != b.side else "negation"
                    detail = f"“{_phrase(pa, a)}” vs “{_phrase(pb, b)}”"
                    sure = ANY not in (a.target, b.target, a.subject, b.subject)
                    flips.append((reason, detail, sure))
                break
    return flips if len(flips) % 2 else []


Answers = list[tuple[int, str | None]]  # (answer token, what it is said of)


def answers(p: Parse) -> Answers:
    """Answers to "how does X work?" (the verb after "by") and to "what is X?"."""
    found = []
    for tok in p.toks:
        if (verb := _mechanism(p, tok.i)) is not None:
            found.append((tok.i, p.referent(p.subject(verb))))
        elif tok.dep == "attr" and tok.lemma in lexicon().categories and not p.negated(tok.i):
            found.append((tok.i, p.referent(p.subject(tok.head))))
    return found


def _how(p: Parse, i: int) -> str:
    """ "works by blocking receptors" """
    obj = _answer_object(p, i)
    verb = p.toks[_mechanism(p, i)].text
    return f"{verb} by {p.toks[i].text}" + (f" {p.toks[obj].text}" if obj is not None else "")


def different_answers(pa: Parse, answers_a: Answers, pb: Parse, answers_b: Answers) -> list[
    tuple[str, str, bool]
]:
    """("category" or "mechanism", detail, sure) for each question the two
    claims answer differently."""
    found = []
    categories = lexicon().categories
    for ia, sa in answers_a:
        for ib, sb in answers_b:
            a, b = pa.toks[ia], pb.toks[ib]
            if not compatible(sa, sb) or a.lemma == b.lemma:
                continue
            if a.lemma in categories and categories.get(a.lemma) == categories.get(b.lemma):
                detail = f"is “{a.text}” vs is “{b.text}”"
                found.append(("category", detail, ANY not in (sa, sb)))
            elif a.pos == b.pos == "VERB" and a.lemma not in categories:
                detail = f"“{_how(pa, ia)}” vs “{_how(pb, ib)}”"
                found.append(("mechanism", detail, ANY not in (sa, sb)))
    return found
