"""Everything a report shows, gathered once from the store as plain data.

:func:`report_context` is the only place that reads the store for a report;
the renderers (:mod:`annotator.report.formats`, :mod:`annotator.report.jsonld`) only
format what it returns. Names and drafts are removed here, before any renderer
sees them, so that no template can leak a reviewer's name or unfinished notes into
a report meant for outside.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from annotator.passages import locate
from annotator.report.text import day, evidence_item, minute, percent, web_url
from annotator.review.agreement import Agreement, reviewer_votes, summarise
from annotator.verdicts import explain, fold

NEEDS_CORRECTION = ("contradictory", "unsupported")
DISAGREEMENT = "disagreement"
UNREVIEWED = "unreviewed"
# Summary rows, in the order an editor reads them: good news last is no kinder.
VERDICT_ROWS = ("supported", "contradictory", "unsupported", DISAGREEMENT)
RATED = ("supported", "contradictory", "unsupported")
ROLES = ("reviewer", "editor")


@dataclass(frozen=True)
class ReportOptions:
    """What the database cannot know, and who the report is for."""

    internal: bool = False  # reviewer names and drafts; otherwise fit to send outside
    publisher: str | None = None  # who publishes the reviews (JSON-LD author/creator)
    review_url: str | None = None  # where the report is published (ClaimReview url)
    article_url: str | None = None  # overrides the article's stored URL
    raw: bool = False  # CSV cells exactly as stored (no formula neutralising)
    publisher_url: str | None = None  # the reviewing organisation's site (ClaimReview)
    claim_author: str | None = None  # who made the claims, if ingest found no author


class People:
    """Who did what, as a report names them: real names in an internal report;
    otherwise pseudonyms by role ("Reviewer 1", "Editor"), numbered in the order
    people first acted on the article in that role, without a number when a role
    has one person.

    The role is that of each event, not of the person: someone who reviews some
    claims and adjudicates others is "Reviewer 1" on their reviewer verdicts and
    "Editor" on their editor decisions, so that no reviewer's verdict is ever
    presented as an editor's decision."""

    def __init__(self, events: list[dict], internal: bool):
        self.internal = internal
        first: dict[tuple[str, str], tuple[str, str]] = {}
        for event in events:
            key = (event["reviewer"], role_of(event))
            at = (event["created_at"], event["id"])
            first[key] = min(first.get(key, at), at)
        # (name, role) pairs in order of first action.
        self.order = sorted(first, key=lambda key: (first[key], key))
        by_role: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for key in self.order:
            by_role[key[1]].append(key)
        self.labels = {
            key: role.capitalize() if len(keys) == 1 else f"{role.capitalize()} {number}"
            for role, keys in by_role.items()
            for number, key in enumerate(keys, 1)
        }

    def __call__(self, name: str, role: str) -> str:
        """How ``name`` is shown on something they did as ``role``."""
        if self.internal:
            return name
        # Someone who acted only on an earlier revision (a claim's history), or
        # who decided a conflict without reviewing this article.
        return self.labels.get((name, role), f"Another {role}")

    def anyone(self, name: str) -> str:
        """How ``name`` is shown on an action without a role (a decision on a
        conflict candidate): their reviewer pseudonym, else their editor one."""
        known = [role for role in ROLES if (name, role) in self.labels]
        return self(name, known[0] if known else ROLES[0])


def role_of(event: dict) -> str:
    """``editor`` or ``reviewer``: an event's role as final verdicts read it."""
    return "editor" if event["role"] == "editor" else "reviewer"


def report_context(store: Any, article: dict, *, internal: bool = False) -> dict:
    """The data of every report on ``article`` (a row of ``store.article``).

    ``internal`` keeps reviewer names, each reviewer's own rationale on claims
    still in disagreement, and drafts (notes typed before a verdict); without it
    people become roles and only decided verdicts carry text."""
    article_id = article["id"]
    finals = store.final_verdicts(article_id)
    events = store.review_events(article_id)
    people = People(events, internal)
    # A unit reviewers split or joined keeps the verdicts given on it: it is
    # reported, marked, when it has any; otherwise the corrected units stand.
    every = [unit_entry(unit, finals.get(unit["id"]), people)
             for unit in store.units(article_id, retired=True)]
    entries = [entry for entry in every
               if not entry["corrected_away"] or entry["id"] in finals]
    by_id = {entry["id"]: entry for entry in entries}
    # A conflict names the units as they were when it was found or linked, even
    # ones split or joined since.
    any_unit = {entry["id"]: entry for entry in every}
    # Every count and section is of claims. A verdict on a unit that is not a
    # claim (a heading or byline tagged with `review --all-kinds`) is listed apart.
    claims = [entry for entry in entries if entry["kind"] == "claim"]
    # What reviewers decided, as they gave it: a verdict on a quote that covers
    # several units is one item quoting it whole, not one per unit.
    items = quoted_items(entries, finals, article["text"])
    claim_items = [item for item in items if item["kind"] == "claim"]
    others = [item for item in items if item["kind"] != "claim" and item["final"]]
    to_correct = [item for item in claim_items if item["status"] in NEEDS_CORRECTION]
    histories = store.histories(item["id"] for item in to_correct)
    for item in to_correct:
        item["history"] = _history(histories[item["id"]], people)

    def having(*statuses: str) -> list[dict]:
        return [item for item in claim_items if item["status"] in statuses]

    # Dismissed candidates are settled: not worth an editor's time.
    conflicts = [_conflict(row, any_unit, people)
                 for row in store.conflict_candidates(article_id)
                 if row["status"] in ("confirmed", "open")]
    confirmed_pairs = {(c["a"]["seq"], c["b"]["seq"]) for c in conflicts
                       if c["status"] == "confirmed"}
    return {
        "internal": internal,
        "article": {
            key: article[key]
            for key in ("id", "slug", "title", "url", "published", "revision", "sha256", "text",
                        "author", "publisher", "source_path")
        } | {"link": web_url(article["url"])},
        "summary": _summary(claims, others, finals, events, people),
        "units": entries,
        "items": items,
        "corrections": having(*NEEDS_CORRECTION),
        "disagreements": having(DISAGREEMENT),
        "supported": having("supported"),
        "unreviewed": having(UNREVIEWED),
        "others": others,
        # Confirmed contradictions are fixed like corrections, in article order;
        # open candidates stay strongest first, the order they are worth checking.
        "confirmed_conflicts": sorted(
            (c for c in conflicts if c["status"] == "confirmed"),
            key=lambda c: (c["a"]["seq"], c["b"]["seq"]),
        ),
        # A pair a reviewer linked or someone confirmed is no longer "possible".
        "open_conflicts": [c for c in conflicts if c["status"] == "open"
                           and (c["a"]["seq"], c["b"]["seq"]) not in confirmed_pairs],
        "drafts": _drafts(events, by_id, people) if internal else [],
        "segments": _segments(article["text"], entries),
    }


def quoted_items(entries: list[dict], finals: dict[int, dict], text: str) -> list[dict]:
    """The units as reviewers judged them, in article order. Consecutive units
    decided by the same events on one quote (a reviewer quoted a passage the
    segmenter split, e.g. an imported review) become one item: the first unit's
    entry with ``text``, ``start`` and ``end`` of the quote as it stands in the
    article (else the span of its units) and ``units``, the ids it covers. Any
    other unit is an item of its own (``units`` = its id)."""
    items: list[dict] = []
    keys: list[tuple | None] = []
    for entry in entries:
        quote = _decided_quote(finals.get(entry["id"]))
        key = None if quote is None or quote == entry["text"] else (
            quote, repr(entry["final"]), entry["kind"], entry["corrected_away"])
        if key is not None and keys and keys[-1] == key:
            items[-1]["units"].append(entry["id"])
            items[-1]["end"] = entry["end"]
            continue
        items.append(dict(entry, units=[entry["id"]], quote=quote))
        keys.append(key)
    for item in items:
        if item["quote"] and item["quote"] != item["text"]:
            item["start"], item["end"] = _quote_span(text, item)
            item["text"] = text[item["start"]:item["end"]]
        del item["quote"]
    return items


def _decided_quote(final: dict | None) -> str | None:
    """The passage the events that decided a final verdict quote (an editor's
    own, else the agreeing reviewers'), when they all quote the same one."""
    if not final or final["verdict"] not in RATED:
        return None
    deciding = [event for event in final["opinions"]
                if final["role"] != "editor" or role_of(event) == "editor"]
    quotes = {event.get("quote") for event in deciding}
    return quotes.pop() if len(quotes) == 1 else None


def _quote_span(text: str, item: dict) -> tuple[int, int]:
    """Where the item's quote stands in the article, near its units; else the
    span of the units."""
    span = locate(text, item["quote"], item["start"], item["end"])
    if span and span[0] < item["end"] and span[1] > item["start"]:
        return span
    return item["start"], item["end"]


def unit_entry(unit: dict, final: dict | None, people: People) -> dict:
    """A unit with its final verdict (``None`` until someone tags it) and the
    current verdict of each reviewer (``opinions``)."""
    entry = {
        key: unit[key] for key in ("id", "seq", "start", "end", "kind", "section", "text")
    } | {"hedged": bool(unit["hedged"]), "final": None, "opinions": [], "history": [],
         "corrected_away": unit.get("retired_by") is not None, "units": [unit["id"]]}
    if final is None:
        entry["status"] = UNREVIEWED if unit["kind"] == "claim" else None
        return entry
    entry["status"] = final["verdict"]
    entry["final"] = {
        "verdict": final["verdict"],
        "reasons": list(final["reasons"]),
        "rationale": final["rationale"],
        "correction": final["correction"],
        "claim_text": final.get("claim_text"),
        "rating_text": final.get("rating_text"),
        "evidence": [evidence_item(item) for item in final["evidence"]],
        # An editor's decision is the editor's alone; otherwise reviewers agreed.
        "decided_by": [people(name, final["role"] or "reviewer")
                       for name in final["decided_by"]],
        "role": final["role"],
        # Nobody decided a disagreement: the store's time is that of the last opinion.
        "decided_at": final["decided_at"] if final["role"] else None,
    }
    entry["opinions"] = [_opinion(op, people) for op in final["opinions"]]
    return entry


def _opinion(event: dict, people: People) -> dict:
    opinion = {
        "reviewer": people(event["reviewer"], role_of(event)), "role": event["role"],
        "verdict": event["verdict"], "created_at": event["created_at"],
    }
    if people.internal:
        opinion |= {
            "reasons": list(event["reasons"] or []),
            "rationale": event["rationale"],
            "correction": event["correction"],
            "evidence": [evidence_item(item) for item in event["evidence"] or []],
        }
    return opinion


def _history(events: list[dict], people: People) -> list[dict]:
    return [
        {"at": minute(event["created_at"]), "who": people(event["reviewer"], role_of(event)),
         "role": event["role"], "change": event["change"]}
        for event in explain(events)
    ]


def _summary(claims: list[dict], others: list[dict], finals: dict[int, dict],
             events: list[dict], people: People) -> dict:
    """The summary counts claims, from the same entries the sections list: the
    verdict table adds up to the claims reviewed and each row to its section,
    and reviewers and agreement are counted on claims too. Units of other kinds
    with a verdict are only counted, as ``others``."""
    reviewed = [entry for entry in claims if entry["final"]]
    verdicts = dict.fromkeys(VERDICT_ROWS, 0)
    for entry in reviewed:
        verdicts[entry["final"]["verdict"]] += 1
    current = {entry["id"]: finals[entry["id"]]["opinions"] for entry in reviewed}
    # Claims each person has a current verdict on, under the name the report
    # gives them in that role (in an internal report, their name).
    tagged: dict[str, int] = {people(*key): 0 for key in people.order}
    for opinions in current.values():
        for event in opinions:
            label = people(event["reviewer"], role_of(event))
            tagged[label] = tagged.get(label, 0) + 1
    # Agreement between reviewers (editors adjudicate, they do not vote) on the
    # claims that two or more of them tagged.
    agreement = summarise(reviewer_votes(current))
    return {
        "claims": len(claims),
        "reviewed": len(reviewed),
        "unreviewed": len(claims) - len(reviewed),
        # No claims, nothing to cover: None rather than a vacuous 100%.
        "coverage": percent(len(reviewed), len(claims)) if claims else None,
        "verdicts": verdicts,
        "others": len(others),
        "reviewers": [{"who": who, "units": count} for who, count in tagged.items() if count],
        "agreement": {
            "units": agreement.shared, "agreed": agreement.agreed,
            "percent": percent(agreement.agreed, agreement.shared),
            "coefficients": _coefficients(agreement),
        } if agreement.shared else None,
        "latest_review": day(max((event["created_at"] for event in events), default=None)),
    }


def _coefficients(agreement: Agreement) -> str | None:
    """Krippendorff's α over the units several reviewers tagged, and Cohen's κ
    too when exactly two reviewers tagged them, i.e. one pair of reviewers
    shares units (the same data: κ is the figure many readers know). ``None``
    when α is undefined (one verdict throughout)."""
    if agreement.alpha is None:
        return None
    text = f"Krippendorff’s α {agreement.alpha:.2f}"
    if len(agreement.pairs) == 1 and (kappa := agreement.pairs[0].kappa) is not None:
        text += f", Cohen’s κ {kappa:.2f}"
    return text


def _conflict(row: dict, by_id: dict[int, dict], people: People) -> dict:
    return {
        "status": row["status"], "reason": row["reason"], "detail": row["detail"],
        "score": row["score"], "a": by_id[row["a"]["id"]], "b": by_id[row["b"]["id"]],
        "decided_by": people.anyone(row["decided_by"]) if row["decided_by"] else None,
        "decided_at": day(row["decided_at"]),
    }


def _drafts(events: list[dict], by_id: dict[int, dict], people: People) -> list[dict]:
    """What reviewers typed about a unit without giving a verdict yet."""
    mine: dict[tuple[int, str], list[dict]] = defaultdict(list)
    for event in events:  # oldest first, as fold() needs
        mine[(event["unit_id"], event["reviewer"])].append(event)
    drafts = []
    for (unit_id, name), own in mine.items():
        state = fold(own)
        if state.verdict is None and not state.is_blank:
            drafts.append({
                "unit": by_id[unit_id], "who": people(name, role_of(own[-1])),
                "reasons": list(state.reasons),
                "rationale": state.rationale, "correction": state.correction,
                "evidence": [evidence_item(item.as_dict()) for item in state.evidence],
            })
    return sorted(drafts, key=lambda draft: (draft["unit"]["seq"], draft["who"]))


def _segments(text: str, entries: list[dict]) -> list[dict]:
    """The whole article text as consecutive pieces, each the text between units
    (``entry`` ``None``) or one unit; joined they give back the text exactly."""
    pieces, cursor = [], 0
    for entry in sorted(entries, key=lambda entry: entry["start"]):
        if entry["start"] < cursor:  # overlapping units: the segmenter never makes them
            continue
        if entry["start"] > cursor:
            pieces.append({"text": text[cursor:entry["start"]], "entry": None})
        pieces.append({"text": text[entry["start"]:entry["end"]], "entry": entry})
        cursor = entry["end"]
    if cursor < len(text):
        pieces.append({"text": text[cursor:], "entry": None})
    return pieces
