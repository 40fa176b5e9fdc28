"""Linked-data exports: schema.org ClaimReview and W3C Web Annotation (JSON-LD).

Both are lists of self-contained objects (each with its own ``@context``), so
one can be embedded in a page on its own. Only final verdicts are published: a
claim on which reviewers still disagree has no verdict to publish yet.
"""

from __future__ import annotations

import uuid

from annotator.errors import ReportError
from annotator.report.data import ReportOptions
from annotator.report.text import day, evidence_label, web_url

SCHEMA_CONTEXT = "https://schema.org"
# The Web Annotation context as published in the W3C repository has no term for
# `assessing` (w3.org added it in 2021, w3c/web-annotation#444), so the term is
# declared here: it expands to oa:assessing with either version of anno.jsonld.
ANNO_CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"assessing": "oa:assessing"}]
# ClaimReview ratings: higher is truer, as schema.org's Rating expects.
RATINGS = {"supported": 3, "unsupported": 2, "contradictory": 1}
BEST, WORST = max(RATINGS.values()), min(RATINGS.values())
# Characters of context around a quote, as Hypothesis and most annotation tools use.
CONTEXT_CHARS = 32
# Annotation ids are stable per passage of one article text, so exporting again
# replaces an annotation in a store rather than adding a second one.
ANNOTATION_NAMESPACE = uuid.UUID("3d8f6a0e-5b1c-4f7e-8a2d-9c4b1e7f2a60")


def claimreview(context: dict, options: ReportOptions) -> list[dict]:
    """One ClaimReview per claim with a final verdict (units of other kinds, a
    heading a reviewer tagged with ``review --all-kinds``, are not claims)."""
    if not options.publisher or not options.review_url:
        raise ReportError(
            "ClaimReview needs who publishes the review and where: "
            "pass --publisher NAME and --review-url URL"
        )
    review_url = _checked_url(options.review_url, "--review-url")
    article = context["article"]
    appearance = {"@type": "CreativeWork", "url": _article_url(context, options)}
    if article["title"]:
        appearance["headline"] = article["title"]
    if article["published"]:
        appearance["datePublished"] = article["published"]
    reviews = []
    for entry in _decided(context, claims_only=True):
        final = entry["final"]
        claim = {"@type": "Claim", "appearance": appearance}
        if article["published"]:
            claim["datePublished"] = article["published"]
        review = {
            "@context": SCHEMA_CONTEXT,
            "@type": "ClaimReview",
            "url": f"{review_url.split('#')[0]}#unit-{entry['id']}",
            "claimReviewed": entry["text"],
            "datePublished": day(final["decided_at"]),
            "author": {"@type": "Organization", "name": options.publisher},
            "reviewRating": {
                "@type": "Rating",
                "alternateName": final["verdict"],
                "ratingValue": RATINGS[final["verdict"]],
                "bestRating": BEST,
                "worstRating": WORST,
            },
            "itemReviewed": claim,
        }
        if final["rationale"]:
            review["reviewBody"] = final["rationale"]
        reviews.append(review)
    return reviews


def webannotation(context: dict, options: ReportOptions) -> list[dict]:
    """One Annotation per final verdict, ``editing`` when it suggests a correction.
    Any unit can be annotated: a verdict on a heading is published too."""
    source = _article_url(context, options)
    text = context["article"]["text"]
    annotations = []
    for entry in _decided(context):
        final = entry["final"]
        start, end = entry["start"], entry["end"]
        passage = f"{context['article']['sha256']}:{start}:{end}"
        body = [_text_body("assessing", final["verdict"])]
        body += [_text_body("tagging", reason) for reason in final["reasons"]]
        if final["rationale"]:
            body.append(_text_body("commenting", final["rationale"]))
        body += [_evidence_body(item) for item in final["evidence"]]
        if final["correction"]:
            body.append(_text_body("editing", final["correction"]))
        annotation = {
            "@context": ANNO_CONTEXT,
            "id": f"urn:uuid:{uuid.uuid5(ANNOTATION_NAMESPACE, passage)}",
            "type": "Annotation",
            "motivation": "editing" if final["correction"] else "assessing",
            "created": final["decided_at"],
        }
        creator = _creator(final, options)
        if creator:
            annotation["creator"] = creator
        annotation["body"] = body
        annotation["target"] = {
            "source": source,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": text[start:end],
                    "prefix": text[max(0, start - CONTEXT_CHARS):start],
                    "suffix": text[end:end + CONTEXT_CHARS],
                },
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        }
        annotations.append(annotation)
    return annotations


def _decided(context: dict, claims_only: bool = False) -> list[dict]:
    """Units with a final verdict (not a disagreement), in article order."""
    return [entry for entry in context["units"]
            if entry["final"] and entry["final"]["verdict"] in RATINGS
            and (entry["kind"] == "claim" or not claims_only)]


def _text_body(purpose: str, value: str) -> dict:
    return {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}


def _evidence_body(item: dict) -> dict:
    """A link to the evidence where there is one; a citation as text otherwise."""
    if item["url"]:
        body = {"type": "SpecificResource", "purpose": "linking", "source": item["url"]}
        if item["note"]:
            body["label"] = item["note"]
        return body
    return _text_body("linking", evidence_label(item))


def _creator(final: dict, options: ReportOptions) -> dict | list[dict] | None:
    """The people who decided (internal), else the publishing organisation."""
    if options.internal:
        people = [{"type": "Person", "name": name} for name in final["decided_by"]]
        return people[0] if len(people) == 1 else people
    if options.publisher:
        return {"type": "Organization", "name": options.publisher}
    return None


def _article_url(context: dict, options: ReportOptions) -> str:
    if options.article_url:
        return _checked_url(options.article_url, "--article-url")
    article = context["article"]
    if not article["link"]:
        raise ReportError(
            f"article {article['slug']!r} has no http(s) URL: pass --article-url URL"
        )
    return article["link"]


def _checked_url(value: str, option: str) -> str:
    url = web_url(value.strip())
    if url is None:
        raise ReportError(f"{option} must be an http(s) URL, not {value!r}")
    return url
