"""Splitting a parsed sentence into checkable clauses (SEGMENTATION.md, "Splitting").

A sentence splits at ``;`` when both sides assert something, and at ``, but`` /
``, and`` / ``, while`` when what follows is a full clause with its own subject
and verb. Relative, appositive and participial clauses never split: they hang
off a noun (``relcl``, ``appos``, ``acl``) or have no subject of their own, and
the rules below only accept a clause headed by a verb that has its own subject.

The first piece ends at the last word before the separator; the second starts
at the conjunction (``but …``) or, after ``;``, at the next word. The separator
itself belongs to no piece.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"}
SPLIT_CONJUNCTIONS = {"and", "but"}
SPLIT_MARKERS = {"while", "whereas"}
_OPEN, _CLOSE = "([{", ")]}"
# Determiners that can stand as a subject: "most", "some", "many", "all", "both".
_QUANTIFIER_TAGS = {"DT", "JJS", "PDT"}
_WH_TAGS = {"WRB", "WP", "WDT", "WP$"}
# Clauses that sit inside another's subject or adverbial, with subjects of their own.
_INSIDE_A_CLAUSE = {"advcl", "relcl", "acl"}
# Verbs that describe a noun ("store-bought milk", "people taking statins"): no clause.
# (and "including" of "variants near several genes, including MEIS1, have been linked":
# a participle read as a preposition)
_MODIFYING = {"amod", "compound", "acl", "prep"}


def _is_verb(token: Token) -> bool:
    return token.tag_.startswith(("VB", "MD")) or token.pos_ in ("VERB", "AUX")


_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def _is_finite(token: Token) -> bool:
    return token.tag_ in _FINITE


def _in_row(tokens: list[Token]) -> bool:
    """Whether a tab stands between the tokens (a table's cells)."""
    return any("\t" in t.whitespace_ or (t.is_space and "\t" in t.text) for t in tokens[:-1])


def _depth(sent: Span) -> list[int]:
    """Bracket depth before each token, so nothing splits inside parentheses."""
    depth, out = 0, []
    for token in sent:
        out.append(depth)
        if token.text in _OPEN:
            depth += 1
        elif token.text in _CLOSE:
            depth = max(depth - 1, 0)
    return out


def _has_content(tokens: list[Token]) -> bool:
    return any(t.is_alpha and not t.is_stop for t in tokens)


def _quantifier_subject(token: Token, verb: Token) -> bool:
    """``…, and most find that …``: a determiner standing alone before the verb is
    its subject, though the parser often attaches it as a modifier; so is a proportion
    (``…, and around 1 in 3 adults in England has it``, "1" a modifier of the verb)."""
    if token.i >= verb.i:
        return False
    if token.tag_ == "CD":
        return token.dep_ == "npadvmod" and any(
            c.dep_ == "prep" and c.lower_ in ("in", "of") for c in token.children)
    return token.tag_ in _QUANTIFIER_TAGS and not list(token.children)


_CLOSING_QUOTES = {"”", "\"", "’’", "''"}
_REPORTING = {"say", "tell", "add", "explain", "note", "write", "warn", "argue", "conclude",
              "insist", "admit", "continue", "ask", "reply"}


def _clause_after(sent: Span, k: int) -> bool:
    """A full clause (its own subject and verb) starts right after token k.

    The first verb after k with a subject of its own after k must govern every
    token between k and itself (``but in the 1990s, its use became …``). Read off
    the verb's subtree rather than its label, so a misparsed ``conj`` (spaCy
    sometimes makes the second clause the root) still counts, while a list of
    nouns followed by a relative clause (``…, and sleep problems that affect``)
    does not.
    """
    conj = sent[k]
    if k + 1 < len(sent) and sent[k + 1].tag_ in _WH_TAGS and sent[k + 1].lower_ != "when":
        return False  # "…, and how you feel pain": a noun clause in a list, not a clause
    if k + 1 < len(sent) and sent[k + 1].lower_ in ("that", "whether") \
            and sent[k + 1].dep_ == "mark":
        # "…, and that drugs … might work", "…, and whether it causes …": what was said
        # or asked, not a clause of its own
        return False
    for verb in sent[k + 1 :]:
        # (a "noun" with a subject is a verb the tagger misread: "and their body clocks
        # shift later", with "shift" as a noun)
        if not (_is_verb(verb) or any(c.dep_ == "nsubj" for c in verb.children)) \
                or verb.dep_ in ("aux", "auxpass"):
            continue
        if any(conj.i < c.i < verb.i and (c.tag_ == "WRB" or c.dep_ == "mark")
               for c in verb.children):
            # "but when taken at night it can …", "and again when you leave", "and if a
            # dose is missing, book it": the clause "when" or "if" opens is not the one
            # after the conjunction; a main clause must follow it.
            continue
        # (the parser sometimes hangs the subject on the auxiliary: "and in older adults
        # it is sometimes mistaken for …")
        heads = [verb] + [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        subjects = [c for h in heads for c in h.children if c.i > conj.i
                    and (c.dep_ in SUBJECTS or _quantifier_subject(c, verb))]
        if not subjects:
            # "and the only way to know for sure is a test": an infinitive inside the
            # subject; its clause's verb comes later
            if verb.dep_ in _MODIFYING or verb.dep_ in ("csubj", "csubjpass") or (
                    verb.dep_ == "relcl" and any(c.lower_ == "to" and c.dep_ == "aux"
                                                 for c in verb.children)) or (
                    verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN")):
                # "and federal tests of store-bought milk have found …"; "but using
                # them for more than three days can cause …" (the gerund is the subject);
                # "but mild cramping and bloating … are common" (a gerund among nouns)
                continue
            return False
        closing = [t.i for t in sent.doc[conj.i + 1 : verb.i] if t.text in _CLOSING_QUOTES]
        if closing and verb.lemma_ in _REPORTING:
            # The quotation's attribution after it closes ("…,” said Dr Fennelly) is no
            # clause of the half after the conjunction: that half is one if it has a
            # finite verb before the quotation closes ("“…, but as an added layer it has
            # given us real confidence,” says Whitcombe"; not "“We expected an increase,
            # but not on this scale,” said Dr Fennelly").
            return any(_is_finite(t) for t in sent.doc[conj.i + 1 : closing[-1]])
        governed = {t.i for t in verb.subtree}
        if all(i in governed for i in range(conj.i + 1, verb.i)):
            return True
        if verb.dep_ not in _INSIDE_A_CLAUSE:
            return False
        # "but vaccination after symptoms began did not help", "but people who smoke
        # did not benefit": a clause inside the subject; the main verb comes later.
    return False


def _comma_split(sent: Span, k: int) -> bool:
    """Token k (a conjunction after a comma) starts a full clause of its own, or
    ``but`` an instruction ("Many use oils in pregnancy, but always check with your
    midwife"): a claim, then advice."""
    word = sent[k].lower_
    if word in SPLIT_CONJUNCTIONS or (word in SPLIT_MARKERS and sent[k].dep_ == "mark"):
        return _clause_after(sent, k) or (word == "but" and _command_after(sent, k))
    return False


# Words between "but" and its instruction's verb: "but always check", "but do not use".
_BEFORE_COMMAND = {"always", "please", "just", "also", "never", "do", "not", "n't", "n’t"}


def _command_after(sent: Span, k: int) -> bool:
    """An imperative follows token k: a verb in its base form without a subject; not
    inside a quotation, whose attribution is said of all of it ("…, but always check
    with us first,” says Sophie Patel")."""
    if k + 1 < len(sent) and sent[k + 1].lower_ == "not":
        return False  # "You should be able to talk, but not sing": no clause of its own
    if _is_command(sent[0]):
        return False  # "Try moderate exercise, but avoid …": one instruction, two sides
    verb = next((t for t in sent[k + 1 :] if t.lower_ not in _BEFORE_COMMAND), None)
    return verb is not None and _is_command(verb) \
        and not any(t.text in ('"', "”") for t in sent[k + 1 :])


def _is_command(token: Token) -> bool:
    return token.tag_ == "VB" and token.dep_ not in ("aux", "auxpass") \
        and not any(c.dep_ in SUBJECTS for c in token.children)


def _running_any(flags: list[bool]) -> list[bool]:
    """``out[k]``: whether any of ``flags[:k]`` is true."""
    out, seen = [], False
    for flag in flags:
        out.append(seen)
        seen = seen or flag
    return out


_DESCRIBING = {"relcl", "acl"}


def _clause_item(tokens: list[Token], k: int) -> bool:
    """What follows the ``;`` at `k`, up to the next one, holds a finite verb that
    does not describe a noun (nor is the auxiliary of one that does)."""
    end = next((i for i in range(k + 1, len(tokens)) if tokens[i].text == ";"), len(tokens))
    return any(_is_finite(t) and t.dep_ not in _DESCRIBING and not (
        t.dep_ in ("aux", "auxpass") and t.head.dep_ in _DESCRIBING) for t in tokens[k + 1 : end])


def _command_item(tokens: list[Token], k: int) -> bool:
    """What follows the ``;`` at `k`, up to the next one, is an instruction: a verb in its
    base form, without a subject, heading the sentence or joined to what came before
    ("Tea and coffee will leave you dehydrated; cut down in the week before …",
    "…; after that, please arrange for …"). Not an infinitive ("to avoid …")."""
    end = next((i for i in range(k + 1, len(tokens)) if tokens[i].text == ";"), len(tokens))
    return any(_is_command(t) and t.dep_ in _COMMANDING and not any(
        c.lower_ == "to" and c.dep_ == "aux" for c in t.children) for t in tokens[k + 1 : end])


_COMMANDING = {"ROOT", "conj", "parataxis", "dep"}


def _listed_names(tokens: list[Token], k: int) -> bool:
    """The ``;`` at `k` separates names in a list: the items on both sides of it
    are a few words without a verb ("used to treat Fever; Pain; Headache; Back
    Pain and …"), not clauses."""
    start = next((i + 1 for i in range(k - 1, -1, -1) if tokens[i].text == ";"), None)
    end = next((i for i in range(k + 1, len(tokens)) if tokens[i].text == ";"), None)
    if start is None and end is None:
        return False  # one ";" in the sentence: what is around it is no list
    items = [tokens[start:k] if start is not None else None,
             tokens[k + 1 : end] if end is not None else None]
    return all(item is None or (len([t for t in item if not t.is_punct]) <= 4
                                and not any(_is_verb(t) for t in item)) for item in items)


# Words that open a question: an auxiliary before its subject, or a wh-word.
_ASKING = {"do", "does", "did", "is", "are", "was", "were", "can", "could", "will", "would",
           "should", "has", "have", "had", "may", "might", "must", "shall", "am"}


def _asks(tokens: list[Token]) -> bool:
    """A sentence that ends with a question mark and opens as a question."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    last = next((t for t in reversed(tokens) if not t.is_space), None)
    return bool(words) and last is not None and last.text.endswith("?") and (
        words[0].lower_ in _ASKING or words[0].tag_ in _WH_TAGS)


# The lemmatizer's verbs (base forms), which model.load shares through the vocabulary.
VERB_INDEX = "annotator_verb_index"


def _verb_index(doc):
    lookups = doc.vocab.lookups
    return lookups.get_table(VERB_INDEX) if lookups.has_table(VERB_INDEX) else {}


def _misread_verb(token: Token, verbs) -> bool:
    """``Only a small amount circulates in the blood``: a verb's third person the tagger
    took for a plural noun, right after a noun (its subject) and with a verb's base form."""
    return token.tag_ == "NNS" and token.i > 0 and token.lower_.endswith("s") \
        and token.doc[token.i - 1].tag_ in ("NN", "NNP", "NNS") and token.lemma_.lower() in verbs


def split_points(sent: Span) -> list[tuple[int, int]]:
    """(end of left piece, start of right piece) as token indices within `sent`."""
    if not len(sent.doc) or sent.doc[0].dep == 0:
        return []  # the blank pipeline cannot see clauses: one sentence, one unit
    depth = _depth(sent)
    tokens = list(sent)
    # Read once per sentence, not once per separator: what comes before and after k.
    content_before = _running_any([not t.is_punct and _has_content([t]) for t in tokens])
    # (a "noun" with a subject is a verb the tagger misread: "Many UK labs only flag ferritin
    # under 15, but …", with "flag" as a noun)
    verbs = _verb_index(sent.doc)
    verb_before = _running_any([not t.is_punct and (_is_verb(t) or any(
        c.dep_ == "nsubj" for c in t.children) or _misread_verb(t, verbs)) for t in tokens])
    # (a base form with its subject is finite too, as the tagger reads a plural after a
    # figure: "…; about one in four describe them as severe.")
    tags = [t.tag_ for t in tokens]
    finite_after = _running_any([tag in _FINITE or (tag == "VB" and any(
        c.dep_ == "nsubj" for c in t.children))
        for t, tag in zip(tokens[::-1], tags[::-1], strict=True)])[::-1]
    finite_before = _running_any([tag in _FINITE for tag in tags])
    colon_before = _running_any([t.text == ":" for t in tokens])
    # "Does it stop working, and is there any reason not to take it?" asks twice: one
    # question, no claim in either half ("It works fast, but is it safe?" still splits).
    asking = _asks(tokens)
    points: list[tuple[int, int]] = []
    for k, token in enumerate(tokens):
        if depth[k] or k == 0 or k >= len(tokens) - 1:
            continue
        if token.text == ";":
            if _in_row(tokens):
                # a table's row, its cells between tabs ("Mental health records\t20 years
                # after last contact …\tReview; consider for permanent preservation"): its
                # cell's ";" splits nothing
                continue
            # Both sides assert something: the right one is a finite clause; after a
            # colon, one before the next ";" and not a relative one ("Symptoms include:
            # severe pain …; pain that spreads to …; …" lists items).
            if content_before[k] and (finite_after[k] or (
                    finite_before[k] and _command_item(tokens, k))) and (
                    not colon_before[k] or _clause_item(tokens, k)) \
                    and not _listed_names(tokens, k):
                points.append((k, k + 1))
        elif (tokens[k - 1].text == "," and k >= 2 and verb_before[k - 1] and not asking
              and _comma_split(sent, k)):
            points.append((k - 1, k))
    return points


def pieces(sent: Span) -> list[Span]:
    """The clauses of `sent`, separators left out."""
    out, begin = [], 0
    for end, start in split_points(sent):
        if end > begin:
            out.append(sent[begin:end])
        begin = start
    if begin < len(sent):
        out.append(sent[begin:])
    return out
