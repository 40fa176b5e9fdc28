"""Evidence a reviewer cites: a PMID, a DOI, a URL, or a citation kept as text.

Reviewers paste identifiers in every shape (``PMID: 123``, a PubMed link, ``doi:…``,
a doi.org link, a bare ``10.…/…``). Normalising them means the same paper cited
by two reviewers is recognisably the same evidence in reports and merges.
Whatever follows the identifier becomes the note: ``PMID 123 - Zarate 2006 RCT``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

from annotator.errors import AnnotatorError

KINDS = ("pmid", "doi", "url", "text")

_PMID = re.compile(r"^(?:pmid|pubmed(?:\s+id)?)\s*[:#]?\s*(\d{1,9})\b(.*)$", re.I | re.S)
_PUBMED_URL = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)"
    r"/(\d{1,9})/?(?:[?#]\S*)?(.*)$",
    re.I | re.S,
)
_DOI_URL = re.compile(r"^(?:https?://)?(?:dx\.)?doi\.org/(\S+)(.*)$", re.I | re.S)
_DOI = re.compile(r"^(?:doi\s*:?\s*)?(10\.\d{4,9}/\S+)(.*)$", re.I | re.S)
_URL = re.compile(r"^(https?://\S+)(.*)$", re.I | re.S)
# What announces a PMID or a DOI: when what follows is malformed, say so
# rather than keep it as a citation nobody can follow.
_PMID_LEAD = re.compile(r"^(?:pmid|pubmed\s+id)\b", re.I)
_DOI_LEAD = re.compile(r"^(?:doi\b|10\.\d|(?:https?://)?(?:dx\.)?doi\.org/)", re.I)
# Separators people type between an identifier and what it is.
_NOTE_LEAD = " \t\n-–—:;,.|>)]"
_CLOSERS = {")": "(", "]": "[", ">": "<"}


class BadEvidence(AnnotatorError):
    def __init__(self, detail: str):
        super().__init__(f"bad evidence: {detail}")


@dataclass(frozen=True, eq=False)
class Evidence:
    kind: str  # one of KINDS
    value: str  # a DOI keeps the case it was typed in, for display
    note: str | None = None

    def _key(self) -> tuple[str, str, str | None]:
        # DOIs are case-insensitive: 10.1038/S41 and 10.1038/s41 are one paper.
        return self.kind, self.value.lower() if self.kind == "doi" else self.value, self.note

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Evidence) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def as_dict(self) -> dict:
        return {"kind": self.kind, "value": self.value, "note": self.note}

    def name(self) -> str:
        """What the evidence is, without the note: ``PMID 123``, ``doi:10.1/x``,
        the URL or the text."""
        return {"pmid": "PMID ", "doi": "doi:"}.get(self.kind, "") + self.value

    def label(self) -> str:
        """Short human form: :meth:`name`, with the note in brackets."""
        return self.name() + (f" ({self.note})" if self.note else "")


def recognise(text: str, note: str | None = None) -> Evidence:
    """Evidence from what a reviewer typed. An explicit ``note`` wins over the
    text following a recognised identifier."""
    raw = text.strip()
    if not raw:
        raise BadEvidence("empty")
    # `<https://…>`, `(doi:…)`: the closing bracket goes with the unbalanced closers.
    candidate = raw[1:] if raw[0] in "<([" else raw
    for pattern, kind in ((_PMID, "pmid"), (_PUBMED_URL, "pmid")):
        match = pattern.match(candidate)
        if match:
            return Evidence(kind, str(int(match.group(1))), _note(match.group(2), note))
    if _PMID_LEAD.match(candidate):
        raise BadEvidence(f"{raw!r}: a PMID is digits only, e.g. 'PMID: 31109201'")
    for pattern in (_DOI_URL, _DOI):
        match = pattern.match(candidate)
        if match:
            doi, rest = _trim(unquote(match.group(1)), match.group(2))
            if re.match(r"^10\.\d{4,9}/.+", doi):
                return Evidence("doi", doi, _note(rest, note))
    if _DOI_LEAD.match(candidate):
        raise BadEvidence(f"{raw!r}: a DOI is 10.NNNN/suffix (4 to 9 digits, a slash, then "
                          "the suffix), e.g. 'doi:10.1038/s41386-023-01629-w'")
    match = _URL.match(candidate)
    if match:
        url, rest = _trim(match.group(1), match.group(2))
        return Evidence("url", _normal_url(url), _note(rest, note))
    return Evidence("text", raw, _note("", note))


def from_dict(item: dict) -> Evidence:
    """Evidence given as ``{kind, value, note}`` (review files), kept as given so
    that export writes back exactly what was imported."""
    if not isinstance(item, dict):
        raise BadEvidence(f"expected an object with kind and value, got {item!r}")
    kind, value, note = item.get("kind"), item.get("value"), item.get("note")
    if kind not in KINDS:
        raise BadEvidence(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if not isinstance(value, str) or not value.strip():
        raise BadEvidence(f"{kind} without a value")
    if note is not None and not isinstance(note, str):
        raise BadEvidence(f"note of {value!r} is not text")
    return Evidence(kind, value, note)


def _trim(identifier: str, rest: str) -> tuple[str, str]:
    """Move trailing punctuation (and an unbalanced closing bracket) from an
    identifier back into the rest: ``(doi:10.1/x).`` keeps ``10.1/x``."""
    while identifier:
        last = identifier[-1]
        opener = _CLOSERS.get(last)
        if last in ".,;:'\"" or (opener and identifier.count(opener) < identifier.count(last)):
            identifier, rest = identifier[:-1], last + rest
        else:
            break
    return identifier, rest


def _note(rest: str, note: str | None) -> str | None:
    if note is not None:
        return note.strip() or None
    cleaned = rest.strip(_NOTE_LEAD)
    if cleaned.startswith("(") and cleaned.endswith(")") and cleaned.count("(") == 1:
        cleaned = cleaned[1:-1].strip()
    return cleaned or None


def _normal_url(url: str) -> str:
    # Scheme and host are case-insensitive; the path is not.
    parts = urlsplit(url)
    return urlunsplit(parts._replace(scheme=parts.scheme.lower(), netloc=parts.netloc.lower()))
