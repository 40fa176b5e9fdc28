"""Linked-data exports: schema.org ClaimReview and W3C Web Annotation (JSON-LD).

ClaimReview is a list of self-contained objects (each with its own ``@context``),
so one can be embedded in a page on its own; Web Annotation is one
``AnnotationCollection`` whose first page holds the annotations (each also with
its ``@context``). Only final verdicts are published: a claim on which reviewers
still disagree has no verdict to publish yet. A verdict given on a quote of
several units is one item, quoting the passage whole.
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


# Kinds of unit published as claims in a ClaimReview feed: a promotional line a
# reviewer chose to tag ("the only clinic that cures depression") is a claim
# made to readers too. Verdicts on headings, questions, advice or bylines are not
# claims: `report` says they were left out (see `left_out`).
PUBLISHED_KINDS = ("claim", "promo")
# What the rating means, for `reviewRating.name`.
RATING_NAMES = {
    "supported": "Supported by the evidence",
    "contradictory": "Contradicted by the evidence",
    "unsupported": "Not supported by the evidence",
}
# A claim opening with one of these means nothing alone in a feed of fact checks.
PRONOUNS = frozenset({
    "it", "its", "this", "that", "these", "those", "they", "them", "their", "he", "she",
    "his", "her", "such", "which", "who",
})
# The article's language: the segmenter reads English.
LANGUAGE = "en"


def claimreview(context: dict, options: ReportOptions) -> list[dict]:
    """One ClaimReview per item a reviewer judged (a quote of several units is one
    item: see :func:`annotator.report.data.quoted_items`) of the published kinds."""
    if not options.publisher or not options.review_url:
        raise ReportError(
            "ClaimReview needs who publishes the review and where: "
            "pass --publisher NAME and --review-url URL"
        )
    review_url = _checked_url(options.review_url, "--review-url")
    reviewer = {"@type": "Organization", "name": options.publisher}
    if options.publisher_url:
        reviewer["url"] = _checked_url(options.publisher_url, "--publisher-url")
    article = context["article"]
    first = {"@type": "CreativeWork", "url": _article_url(context, options)}
    if article["title"]:
        first["headline"] = article["title"]
    if article["published"]:
        first["datePublished"] = article["published"]
    claimant = options.claim_author or article["author"] or article["publisher"]
    reviews = []
    for item in _decided(context, kinds=PUBLISHED_KINDS):
        final = item["final"]
        claim = {"@type": "Claim", "appearance": first, "firstAppearance": first}
        if claimant:
            claim["author"] = {"@type": "Person" if claimant == article["author"]
                               and not options.claim_author else "Organization",
                               "name": claimant}
        if article["published"]:
            claim["datePublished"] = article["published"]
        review = {
            "@context": SCHEMA_CONTEXT,
            "@type": "ClaimReview",
            "url": f"{review_url.split('#')[0]}#unit-{item['id']}",
            "claimReviewed": final["claim_text"] or item["text"],
            "datePublished": day(final["decided_at"]),
            "author": reviewer,
            "reviewRating": {
                "@type": "Rating",
                "name": RATING_NAMES[final["verdict"]],
                "alternateName": final["rating_text"] or final["verdict"].capitalize(),
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


def needs_restating(context: dict) -> list[dict]:
    """Published items that open with a pronoun and have no restated claim: in
    a feed of fact checks, "It is relatively safe" says nothing."""
    return [item for item in _decided(context, kinds=PUBLISHED_KINDS)
            if not item["final"]["claim_text"] and _opens_with_pronoun(item["text"])]


def left_out(context: dict) -> list[dict]:
    """Items with a verdict that a ClaimReview feed leaves out: not claims."""
    return [item for item in _decided(context) if item["kind"] not in PUBLISHED_KINDS]


def _opens_with_pronoun(text: str) -> bool:
    words = text.split(maxsplit=1)
    return bool(words) and words[0].strip("\"'“‘(").lower() in PRONOUNS


def webannotation(context: dict, options: ReportOptions) -> dict:
    """An ``AnnotationCollection`` of the article's annotations, all in its first
    ``AnnotationPage``: one Annotation per item a reviewer judged (``editing``
    when it suggests a correction). Any unit can be annotated: a verdict on a
    heading is published too."""
    article = context["article"]
    source = {"id": _article_url(context, options), "type": "Text", "format": "text/html",
              "language": LANGUAGE}
    annotations = [_annotation(item, context, source, options)
                   for item in _decided(context)]
    collection = f"{article['sha256']}:collection"
    return {
        "@context": ANNO_CONTEXT,
        "id": f"urn:uuid:{uuid.uuid5(ANNOTATION_NAMESPACE, collection)}",
        "type": "AnnotationCollection",
        "label": f"Fact check of {article['title'] or article['slug']}",
        "total": len(annotations),
        "first": {
            "id": f"urn:uuid:{uuid.uuid5(ANNOTATION_NAMESPACE, collection + ':page-1')}",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": annotations,
        },
    }


def _annotation(item: dict, context: dict, source: dict, options: ReportOptions) -> dict:
    text = context["article"]["text"]
    final = item["final"]
    start, end = item["start"], item["end"]
    created = final["decided_at"]
    creator = _creator(item)

    def body(purpose: str, value: str) -> dict:
        return {"type": "TextualBody", "purpose": purpose, "value": value,
                "format": "text/plain", "language": LANGUAGE, "created": created,
                "creator": creator}

    bodies = [body("assessing", final["verdict"])]
    bodies += [body("tagging", reason) for reason in final["reasons"]]
    if final["rationale"]:
        bodies.append(body("commenting", final["rationale"]))
    for evidence in final["evidence"]:
        if evidence["url"]:
            link = {"type": "SpecificResource", "purpose": "linking",
                    "source": {"id": evidence["url"], "type": "Text"},
                    "format": "text/html", "language": LANGUAGE, "created": created,
                    "creator": creator}
            if evidence["note"]:
                link["label"] = evidence["note"]
            bodies.append(link)
        else:  # a citation without a link is a comment naming the source
            bodies.append(body("commenting", f"Evidence: {evidence_label(evidence)}"))
    if final["correction"]:
        bodies.append(body("editing", final["correction"]))
    passage = f"{context['article']['sha256']}:{start}:{end}"
    return {
        "@context": ANNO_CONTEXT,
        "id": f"urn:uuid:{uuid.uuid5(ANNOTATION_NAMESPACE, passage)}",
        "type": "Annotation",
        "motivation": "editing" if final["correction"] else "assessing",
        "created": created,
        "creator": creator,
        "body": bodies,
        "target": {
            "type": "SpecificResource",
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
        },
    }


def _decided(context: dict, kinds: tuple[str, ...] | None = None) -> list[dict]:
    """Items with a final verdict (not a disagreement), in article order."""
    return [item for item in context["items"]
            if item["final"] and item["final"]["verdict"] in RATINGS
            and (kinds is None or item["kind"] in kinds)]


def _creator(item: dict) -> dict:
    """Who decided, as the report names them: a pseudonym or role ("Reviewer 1",
    "Editor") in a report for outside, the name with ``--internal``. One agent,
    as the model recommends: the editor who adjudicated, or the reviewer whose
    verdict completed the agreement (the others agreed before)."""
    final = item["final"]
    deciding = [op for op in item["opinions"] if op["verdict"] == final["verdict"]
                and (final["role"] != "editor" or op["role"] == "editor")]
    name = (max(deciding, key=lambda op: op["created_at"])["reviewer"] if deciding
            else final["decided_by"][0])
    return {"type": "Person", "name": name}


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
