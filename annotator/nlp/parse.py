"""A claim's dependency parse as plain data, and what the contradiction rules
ask of it: the subject a word is said of, what a pronoun stands for, whether a
word is negated, hypothetical or comparative.

The rules in :mod:`annotator.consistency.contradiction` read :class:`Parse`, not spaCy
objects, so that the parse made at segmentation can be stored with each unit
(:func:`encode`: ``Unit.parse``, the ``units.parse`` column) and read back
without spaCy (:meth:`Parse.decode`).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from annotator.nlp.claimkeys import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "nsubjpass")
# Dependents that carry their head's negation: "is not effective", "does not
# have side effects", "cannot be used for ...".
COMPLEMENTS = ("acomp", "attr", "dobj", "xcomp", "oprd", "pcomp", "pobj", "prep", "auxpass", "aux")
# The article's subject, or "whatever the other claim says it of" (no subject).
MAIN, ANY = "<subject>", "*"
_UNRESOLVED = {"they", "them", "these", "those", "he", "she", "him", "her", "one"}
_RELATIVE = {"that", "which", "who", "whom"}
_SINGULAR_PRONOUNS = {"it", "this", "that"}
# A relative clause on these nouns says what the claim is about ("X is a drug
# that ...", "the drug, which ..."); on any other noun it only describes it.
_ASSERTED_NOUNS = ("attr", "nsubj", "nsubjpass", "ROOT")


def compatible(a: str | None, b: str | None) -> bool:
    """Two referents may be the same thing (None: cannot be told, never)."""
    return a is not None and b is not None and (a == b or ANY in (a, b))


def pack(stored: str) -> bytes:
    """A stored parse as a unit holds it in memory until it is stored: zlib at its
    fastest level, about half the size (a long article's units hold their parse
    all at once; about half their memory was parse)."""
    return zlib.compress(stored.encode(), 1) if stored else b""


def unpack(packed: bytes) -> str:
    """The stored parse that :func:`pack` packed."""
    return zlib.decompress(packed).decode() if packed else ""


def _lemma(token: Token) -> str:
    return token.lemma_.lower() or token.lower_


def encode(tokens: Sequence[Token], root: Token, offset: int) -> str:
    """The parse of a unit cut from a longer sentence, as compact JSON: one
    ``[text, lemma, pos, tag, dep, head, idx]`` per token, with `head` an index
    into `tokens` and `idx` a character offset from `offset` (where the unit
    starts in the doc). The lemma is ``""`` when it is the lower-cased word
    (most words), which keeps the column about a tenth smaller.

    The unit reads as a sentence of its own, as if it had been parsed alone:
    `root` (the word governing the unit) is its ``ROOT``, and any other word
    whose head lies outside the unit ("but" before a split-off clause) hangs
    from `root` (a title of two sentences keeps the root of each). The caller
    keeps unparsed docs (a blank pipeline) out."""
    index = {t.i: k for k, t in enumerate(tokens)}
    rows = []
    for k, t in enumerate(tokens):
        lemma = _lemma(t)
        if t.i == root.i:
            dep, head = "ROOT", k
        else:
            dep, head = t.dep_, index.get(t.head.i, index[root.i])
        rows.append([t.text, "" if lemma == t.text.lower() else lemma, t.pos_, t.tag_, dep,
                     head, t.idx - offset])
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Tok:
    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    idx: int  # character offset in the claim


class Parse:
    def __init__(self, toks: list[Tok], main: str | None = None, text: str = ""):
        self.toks = toks
        self.text = text
        self.main = main
        self.children: list[list[int]] = [[] for _ in toks]
        self.question = any(tok.text == "?" for tok in toks)
        for tok in toks:
            if tok.head != tok.i:
                self.children[tok.head].append(tok.i)
        self._commanded: frozenset[int] | None = None

    @classmethod
    def from_doc(cls, doc: Doc, main: str | None = None) -> Parse:
        return cls(
            [Tok(t.i, t.text, _lemma(t), t.pos_, t.tag_, t.dep_, t.head.i, t.idx) for t in doc],
            main,
            doc.text,
        )

    @classmethod
    def decode(cls, stored: str, main: str | None = None, text: str = "") -> Parse:
        """The parse :func:`encode` stored; `text` is the unit's text."""
        return cls(
            [Tok(i, word, lemma or word.lower(), pos, tag, dep, head, idx)
             for i, (word, lemma, pos, tag, dep, head, idx) in enumerate(json.loads(stored))],
            main,
            text,
        )

    def span(self, first: int, last: int) -> str:
        """The claim's own words from token `first` to token `last`."""
        a, b = sorted((first, last))
        if not self.text:
            return " ".join(t.text for t in self.toks[a : b + 1])
        return self.text[self.toks[a].idx : self.toks[b].idx + len(self.toks[b].text)]

    def kids(self, i: int, *deps: str) -> list[int]:
        return [c for c in self.children[i] if not deps or self.toks[c].dep in deps]

    def token_at(self, offset: int) -> int | None:
        """The token covering character `offset`."""
        for tok in self.toks:
            if tok.idx <= offset < tok.idx + max(len(tok.text), 1):
                return tok.i
        return None

    # What a word is said of -----------------------------------------------

    def subject(self, i: int) -> int | None:
        """The subject of the clause `i` is in; for a relative clause or a
        participle ("a drug being researched"), the noun it describes."""
        for _ in range(len(self.toks)):
            found = self.kids(i, *SUBJECTS)
            if found:
                return found[0]
            tok = self.toks[i]
            if tok.dep in ("relcl", "acl") and tok.pos in ("VERB", "AUX"):
                return tok.head
            if tok.head == i or tok.dep in ("ccomp", "csubj"):
                return None
            i = tok.head
        return None

    def referent(self, i: int | None, depth: int = 0) -> str | None:
        """What a subject or noun stands for: MAIN for the article's subject
        (by name, "it", "the drug"), ANY when there is no subject, None when it
        cannot be told ("they"), else its lemma with compounds."""
        if i is None:
            return ANY
        tok = self.toks[i]
        relative = tok.lemma in _RELATIVE and self.toks[tok.head].dep == "relcl"
        if depth < 4 and (tok.dep == "attr" or relative):
            # "X is a drug", "a drug that ...": the drug is X, the thing "that" describes
            anchor = self.subject(tok.head) if tok.dep == "attr" else self.toks[tok.head].head
            if anchor is not None and anchor != i:
                return self.referent(anchor, depth + 1)
        compounds = [self.toks[c].lemma for c in self.kids(i, "compound", "appos", "nmod")]
        modifiers = compounds + [self.toks[c].lemma for c in self.kids(i, "amod")]
        if self.main and (tok.lemma == self.main or self.main in modifiers):
            return MAIN
        if tok.lemma in _UNRESOLVED:
            return None
        if tok.lemma in _SINGULAR_PRONOUNS:
            return MAIN
        determined = any(self.toks[c].lemma in ("the", "this", "that") for c in self.kids(i, "det"))
        if tok.lemma in lexicon().refer_to_subject and determined and not compounds:
            return MAIN
        return " ".join([*compounds, tok.lemma])

    def noun_phrase(self, i: int) -> str:
        """A noun with its compounds and "of" complement: "level glutamate"."""
        words = [self.toks[c].lemma for c in self.kids(i, "compound")] + [self.toks[i].lemma]
        for prep in self.kids(i, "prep"):
            if self.toks[prep].lemma == "of":
                words += [self.toks[c].lemma for c in self.kids(prep, "pobj")]
        return " ".join(words)

    def predicate(self, i: int) -> int | None:
        """The nearest verb or predicative adjective above `i` (not `i` itself)."""
        j = i
        for _ in range(len(self.toks)):
            if self.toks[j].head == j:
                return None
            j = self.toks[j].head
            if self.toks[j].pos in ("VERB", "AUX") or self.toks[j].dep in ("acomp", "ROOT"):
                return j
        return None

    # How it is said ------------------------------------------------------------

    def negated(self, i: int) -> bool:
        """An odd number of negations on `i` or on the words it completes
        ("is not effective", "without the side effects", "no side effects")."""
        negations = lexicon().negations
        count, j = 0, i
        for _ in range(len(self.toks)):
            tok = self.toks[j]
            count += sum(
                self.toks[c].dep == "neg" or self.toks[c].lemma in ("no", "never")
                for c in self.kids(j, "neg", "det", "advmod")
            )
            if tok.pos == "ADP" and tok.lemma in negations:
                count += 1
            if tok.dep not in COMPLEMENTS or tok.head == j:
                break
            j = tok.head
        return count % 2 == 1

    def hypothetical(self, i: int) -> bool:
        """Inside an "if"/"unless" clause, or a question."""
        markers = lexicon().hypothetical_markers
        j = i
        for _ in range(len(self.toks)):
            if any(self.toks[m].lemma in markers for m in self.kids(j, "mark")):
                return True
            if self.toks[j].head == j:
                break
            j = self.toks[j].head
        return self.question

    def commanded(self, i: int) -> bool:
        """Inside the instruction a statement's ", so" leads to ("Hormone treatments raise
        oestrogen levels, so do not stop them suddenly": "do not stop them suddenly"),
        which the parser makes the root: what the reader is told, not what the claim
        asserts."""
        if self._commanded is None:
            self._commanded = self._instruction_after_so()
        return i in self._commanded

    def _instruction_after_so(self) -> frozenset[int]:
        for tok in self.toks:
            if tok.head != tok.i or tok.tag != "VB" or self.kids(tok.i, *SUBJECTS):
                continue
            so = [c for c in self.kids(tok.i, "advmod") if self.toks[c].lemma == "so"
                  and c > 0 and self.toks[c - 1].text == ","]
            statement = [c for c in self.kids(tok.i, "ccomp", "advcl", "parataxis")
                         if so and c < so[0] and self.kids(c, *SUBJECTS)]
            if statement:
                said = {j for c in statement for j in self._subtree(c)}
                return frozenset(range(min(so), len(self.toks))) - said
        return frozenset()

    def _subtree(self, i: int) -> list[int]:
        out, todo = [], [i]
        while todo:
            j = todo.pop()
            out.append(j)
            todo.extend(self.children[j])
        return out

    def subordinate(self, i: int, conditions: bool = True) -> bool:
        """Inside a clause that describes a noun ("patients who have not
        benefited") rather than what the claim is about, or (with `conditions`)
        inside an adverbial clause ("when not taken as advised"): a
        circumstance, not what the claim asserts. A relative clause on a
        predicate noun ("is a drug that is not addictive") still asserts."""
        j = i
        for _ in range(len(self.toks)):
            tok = self.toks[j]
            if tok.dep == "advcl" and conditions and not self._contrasts(j):
                return True
            described = self.toks[tok.head].dep  # the role of the noun the clause is on
            if tok.dep in ("relcl", "acl") and described not in _ASSERTED_NOUNS:
                return True
            if tok.head == j:
                return False
            j = tok.head
        return False

    def _contrasts(self, i: int) -> bool:
        """An adverbial clause that sets a fact against the sentence's, and so asserts
        it: "whereas …", "although …", or "…, while lactose intolerance is …" after
        a comma ("while taking it" opening a sentence is a time, not a contrast)."""
        for mark in self.kids(i, "mark"):
            lemma = self.toks[mark].lemma
            if lemma in ("whereas", "although", "though"):
                return True
            if lemma == "while" and mark > 0 and self.toks[mark - 1].text == ",":
                return bool(self.kids(i, *SUBJECTS))
        return False

    def comparative(self, i: int) -> bool:
        """Comparisons say something of two things ("fewer side effects than ...")."""
        tok = self.toks[i]
        if tok.tag in ("JJR", "RBR"):
            return True
        return any(self.toks[c].lemma in ("more", "less", "than") for c in self.kids(i))
