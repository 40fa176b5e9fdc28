"""Everything a report shows, gathered once from the store as plain data.

:func:`report_context` is the only place that reads the store for a report;
the renderers (:mod:`annotator.report`, :mod:`annotator.report_jsonld`) only
format what it returns. Names and drafts are removed here, before any renderer
sees them, so that no template can leak a reviewer's name or unfinished notes into
a report meant for outside.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from .agreement import cohen_kappa, krippendorff_alpha, reviewer_votes
from .report_text import day, evidence_item, minute, percent, web_url
from .verdicts import explain, fold

NEEDS_CORRECTION = ("contradictory", "unsupported")
DISAGREEMENT = "disagreement"
UNREVIEWED = "unreviewed"
# Summary rows, in the order an editor reads them: good news last is no kinder.
VERDICT_ROWS = ("supported", "contradictory", "unsupported", DISAGREEMENT)


class People:
    """Who did what, as a report names them: real names in an internal report;
    otherwise roles ("Reviewer 1", "Editor"), numbered in the order people first
    acted on the article, without a number when a role has one person."""

    def __init__(self, events: list[dict], internal: bool):
        self.internal = internal
        first: dict[str, tuple[str, str]] = {}
        editors = set()
        for event in events:
            first[event["reviewer"]] = min(
                first.get(event["reviewer"], (event["created_at"], event["id"])),
                (event["created_at"], event["id"]),
            )
            if event["role"] == "editor":
                editors.add(event["reviewer"])
        self.order = sorted(first, key=lambda name: (first[name], name))
        by_role: dict[str, list[str]] = defaultdict(list)
        for name in self.order:
            by_role["Editor" if name in editors else "Reviewer"].append(name)
        self.labels = {
            name: role if len(names) == 1 else f"{role} {number}"
            for role, names in by_role.items()
            for number, name in enumerate(names, 1)
        }

    def __call__(self, name: str) -> str:
        if self.internal:
            return name
        # Someone who decided a conflict but never reviewed this article.
        return self.labels.get(name, "Another reviewer")


def report_context(store: Any, article: dict, *, internal: bool = False) -> dict:
    """The data of every report on ``article`` (a row of ``store.article``).

    ``internal`` keeps reviewer names, each reviewer's own rationale on claims
    still in disagreement, and drafts (notes typed before a verdict); without it
    people become roles and only decided verdicts carry text."""
    article_id = article["id"]
    finals = store.final_verdicts(article_id)
    events = store.review_events(article_id)
    people = People(events, internal)
    entries = [_entry(unit, finals.get(unit["id"]), people) for unit in store.units(article_id)]
    by_id = {entry["id"]: entry for entry in entries}
    for entry in entries:
        if entry["status"] in NEEDS_CORRECTION:
            entry["history"] = _history(store.unit_history(entry["id"]), people)

    def having(*statuses: str) -> list[dict]:
        return [entry for entry in entries if entry["status"] in statuses]

    # Dismissed candidates are settled: not worth an editor's time.
    conflicts = [_conflict(row, by_id, people) for row in store.conflict_candidates(article_id)
                 if row["status"] in ("confirmed", "open")]
    return {
        "internal": internal,
        "article": {
            key: article[key]
            for key in ("id", "slug", "title", "url", "published", "revision", "sha256", "text")
        } | {"link": web_url(article["url"])},
        "summary": _summary(store.review_summary(article_id), finals, people),
        "units": entries,
        "corrections": having(*NEEDS_CORRECTION),
        "disagreements": having(DISAGREEMENT),
        "supported": having("supported"),
        "unreviewed": having(UNREVIEWED),
        # Confirmed contradictions are fixed like corrections, in article order;
        # open candidates stay strongest first, the order they are worth checking.
        "confirmed_conflicts": sorted(
            (c for c in conflicts if c["status"] == "confirmed"),
            key=lambda c: (c["a"]["seq"], c["b"]["seq"]),
        ),
        "open_conflicts": [c for c in conflicts if c["status"] == "open"],
        "drafts": _drafts(events, by_id, people) if internal else [],
        "segments": _segments(article["text"], entries),
    }


def _entry(unit: dict, final: dict | None, people: People) -> dict:
    """A unit with its final verdict (``None`` until someone tags it) and the
    current verdict of each reviewer (``opinions``)."""
    entry = {
        key: unit[key] for key in ("id", "seq", "start", "end", "kind", "section", "text")
    } | {"hedged": bool(unit["hedged"]), "final": None, "opinions": [], "history": []}
    if final is None:
        entry["status"] = UNREVIEWED if unit["kind"] == "claim" else None
        return entry
    entry["status"] = final["verdict"]
    entry["final"] = {
        "verdict": final["verdict"],
        "reasons": list(final["reasons"]),
        "rationale": final["rationale"],
        "correction": final["correction"],
        "evidence": [evidence_item(item) for item in final["evidence"]],
        "decided_by": [people(name) for name in final["decided_by"]],
        "role": final["role"],
        # Nobody decided a disagreement: the store's time is that of the last opinion.
        "decided_at": final["decided_at"] if final["role"] else None,
    }
    entry["opinions"] = [_opinion(op, people) for op in final["opinions"]]
    return entry


def _opinion(event: dict, people: People) -> dict:
    opinion = {
        "reviewer": people(event["reviewer"]), "role": event["role"],
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
        {"at": minute(event["created_at"]), "who": people(event["reviewer"]),
         "role": event["role"], "change": event["change"]}
        for event in explain(events)
    ]


def _summary(counts: dict, finals: dict[int, dict], people: People) -> dict:
    reviewers = [
        {"who": people(name), "units": counts["reviewers"][name]}
        for name in people.order if name in counts["reviewers"]
    ]
    # Agreement between reviewers (editors adjudicate, they do not vote) on the
    # units that two or more of them tagged.
    votes = reviewer_votes({unit_id: final["opinions"] for unit_id, final in finals.items()})
    shared = [ratings for ratings in votes.values() if len(ratings) > 1]
    agreed = sum(len(set(ratings.values())) == 1 for ratings in shared)
    return {
        "claims": counts["claims"],
        "reviewed": counts["reviewed"],
        "unreviewed": counts["unreviewed"],
        "coverage": percent(counts["reviewed"], counts["claims"]),
        "verdicts": {name: counts["verdicts"].get(name, 0) for name in VERDICT_ROWS},
        "reviewers": reviewers,
        "agreement": {
            "units": len(shared), "agreed": agreed, "percent": percent(agreed, len(shared)),
            "coefficients": _coefficients(shared),
        } if shared else None,
        "latest_review": day(counts["last_activity"]),
    }


def _coefficients(shared: list[dict[str, str]]) -> str | None:
    """Krippendorff's α over the units several reviewers tagged, and Cohen's κ
    too when exactly two reviewers tagged them (the same data: κ is the figure
    many readers know). ``None`` when α is undefined (one verdict throughout)."""
    alpha = krippendorff_alpha(dict(enumerate(shared)))
    if alpha is None:
        return None
    text = f"Krippendorff’s α {alpha:.2f}"
    raters = sorted({name for ratings in shared for name in ratings})
    if len(raters) == 2:
        kappa = cohen_kappa((ratings[raters[0]], ratings[raters[1]]) for ratings in shared)
        text += f", Cohen’s κ {kappa:.2f}" if kappa is not None else ""
    return text


def _conflict(row: dict, by_id: dict[int, dict], people: People) -> dict:
    return {
        "status": row["status"], "reason": row["reason"], "detail": row["detail"],
        "score": row["score"], "a": by_id[row["a"]["id"]], "b": by_id[row["b"]["id"]],
        "decided_by": people(row["decided_by"]) if row["decided_by"] else None,
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
                "unit": by_id[unit_id], "who": people(name), "reasons": list(state.reasons),
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
