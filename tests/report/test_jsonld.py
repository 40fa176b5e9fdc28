"""The JSON-LD exports mean what they say: a real JSON-LD processor (pyld)
expands them, offline, with the local copies of the schema.org and W3C Web
Annotation contexts in tests/data/jsonld/ (see its README for sources and
licences); ClaimReview has the fields fact-check consumers require; Web
Annotation selectors find the exact quote again."""

import json

import pytest
from pyld import jsonld

from annotator.report.formats import ReportOptions, render
from tests.conftest import DATA
from tests.report.fixture import ANA, add_article, build, frozen_clock

CONTEXTS = DATA / "jsonld"
SCHEMA, ANNO = "schemaorg-context.jsonld", "anno.jsonld"
LOCAL = {
    "http://schema.org/": SCHEMA, "https://schema.org/": SCHEMA,
    "http://schema.org/docs/jsonldcontext.jsonld": SCHEMA,
    "https://schema.org/docs/jsonldcontext.jsonld": SCHEMA,
    "http://www.w3.org/ns/anno.jsonld": ANNO, "https://www.w3.org/ns/anno.jsonld": ANNO,
}
S, OA = "http://schema.org/", "http://www.w3.org/ns/oa#"
XSD = "http://www.w3.org/2001/XMLSchema#"
AS, DC = "http://www.w3.org/ns/activitystreams#", "http://purl.org/dc/elements/1.1/"
OPTIONS = ReportOptions(publisher="Health Desk",
                        review_url="https://factcheck.example.org/coffee-heart")


def offline_loader(url, options=None):
    """pyld's document loader, serving only the local copies: any other fetch
    (the network) fails the test."""
    key = url if url in LOCAL else url.rstrip("/") + "/"
    if key not in LOCAL:
        raise jsonld.JsonLdError("offline: no local copy", "jsonld.LoadDocumentError",
                                 {"url": url}, code="loading document failed")
    document = json.loads((CONTEXTS / LOCAL[key]).read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


def expand(text: str) -> list[dict]:
    return jsonld.expand(json.loads(text), {"documentLoader": offline_loader})


@pytest.fixture
def store(tmp_path):
    store = build(tmp_path / "claims.db")
    yield store
    store.close()


def value(node: dict, term: str):
    """The single value of an expanded property (``@value`` or ``@id``)."""
    (item,) = node[term]
    return item.get("@value", item.get("@id", item))


def test_the_local_contexts_are_the_documented_copies():
    import hashlib

    readme = (CONTEXTS / "README.md").read_text(encoding="utf-8")
    for name in (SCHEMA, ANNO):
        digest = hashlib.sha256((CONTEXTS / name).read_bytes()).hexdigest()
        assert digest in readme, f"{name} differs from the copy README.md describes"


def test_claimreview_expands_with_every_required_field(store):
    reviews = expand(render(store, "coffee-heart", "claimreview", OPTIONS))
    assert len(reviews) == 4  # supported, contradictory x2, unsupported; not the dispute
    for review in reviews:
        assert review["@type"] == [f"{S}ClaimReview"]
        assert value(review, f"{S}claimReviewed")
        assert value(review, f"{S}url").startswith("https://factcheck.example.org/coffee-heart#unit-")
        assert value(review, f"{S}datePublished") == "2025-03-03"
        (author,) = review[f"{S}author"]
        assert author["@type"] == [f"{S}Organization"]
        assert value(author, f"{S}name") == "Health Desk"
        (rating,) = review[f"{S}reviewRating"]
        assert rating["@type"] == [f"{S}Rating"]
        # As readers read it; what the rating means in `name`.
        assert value(rating, f"{S}alternateName") in {"Supported", "Contradictory",
                                                      "Unsupported"}
        assert value(rating, f"{S}name").endswith("by the evidence")
        assert (value(rating, f"{S}worstRating"), value(rating, f"{S}bestRating")) == (1, 3)
        assert 1 <= value(rating, f"{S}ratingValue") <= 3
        (claim,) = review[f"{S}itemReviewed"]
        assert claim["@type"] == [f"{S}Claim"]
        assert value(claim, f"{S}datePublished") == "2025-02-20"
        (appearance,) = claim[f"{S}appearance"]
        assert value(appearance, f"{S}url") == "https://news.example.org/health/coffee-heart"
        (first,) = claim[f"{S}firstAppearance"]
        assert first["@type"] == [f"{S}CreativeWork"]
        assert value(first, f"{S}url") == "https://news.example.org/health/coffee-heart"
        assert value(first, f"{S}datePublished") == "2025-02-20"
    ratings = {value(r, f"{S}claimReviewed"): value(r[f"{S}reviewRating"][0], f"{S}ratingValue")
               for r in reviews}
    assert ratings["Coffee never raises blood pressure."] == 2  # unsupported
    assert ratings["Moderate coffee intake is linked to lower mortality in large cohort "
                   "studies."] == 3


def test_web_annotations_expand_to_oa_terms(store):
    (collection,) = expand(render(store, "coffee-heart", "webannotation", OPTIONS))
    assert collection["@type"] == [f"{AS}OrderedCollection"]
    assert value(collection, f"{AS}totalItems") == 4
    (page,) = collection[f"{AS}first"]
    assert page["@type"] == [f"{AS}OrderedCollectionPage"]
    annotations = page[f"{AS}items"][0]["@list"]
    assert len(annotations) == 4
    motivations = [value(a, f"{OA}motivatedBy") for a in annotations]
    # Corrections are `editing`; the supported claim is only assessed.
    assert motivations == [f"{OA}editing", f"{OA}editing", f"{OA}assessing", f"{OA}editing"]
    for annotation in annotations:
        assert annotation["@type"] == [f"{OA}Annotation"]
        assert annotation["@id"].startswith("urn:uuid:")
        purposes = [value(body, f"{OA}hasPurpose") for body in annotation[f"{OA}hasBody"]]
        assert purposes[0] == f"{OA}assessing"  # never a relative IRI
        (target,) = annotation[f"{OA}hasTarget"]
        (source,) = target[f"{OA}hasSource"]
        assert source["@id"] == "https://news.example.org/health/coffee-heart"
        assert value(source, f"{DC}format") == "text/html"
        assert value(source, f"{DC}language") == "en"
        quote, position = target[f"{OA}hasSelector"]
        assert quote["@type"] == [f"{OA}TextQuoteSelector"]
        assert {f"{OA}exact", f"{OA}prefix", f"{OA}suffix"} <= set(quote)
        assert position["@type"] == [f"{OA}TextPositionSelector"]
        assert position[f"{OA}start"][0]["@type"] == f"{XSD}nonNegativeInteger"
        assert position[f"{OA}end"][0]["@type"] == f"{XSD}nonNegativeInteger"


def reselect(text: str, annotation: dict) -> None:
    """Both selectors of an annotation find its quote in ``text``."""
    quote, position = annotation["target"]["selector"]
    start, end = position["start"], position["end"]
    assert text[start:end] == quote["exact"]
    assert text[:start].endswith(quote["prefix"]) and text[end:].startswith(quote["suffix"])
    # The quote selector alone (prefix + exact + suffix) finds the same place, once.
    anchored = quote["prefix"] + quote["exact"] + quote["suffix"]
    assert text.count(anchored) == 1
    assert text.index(anchored) + len(quote["prefix"]) == start


def test_offsets_reselect_the_exact_quote(store):
    text = store.article("coffee-heart")["text"]
    annotations = json.loads(render(store, "coffee-heart", "webannotation", OPTIONS))
    annotations = annotations["first"]["items"]
    for annotation in annotations:
        reselect(text, annotation)
    assert [len(a["target"]["selector"][0]["prefix"]) for a in annotations] == [32] * 4


def test_offsets_count_code_points_in_text_beyond_ascii(store):
    # Accents, an emoji (outside the BMP: two UTF-16 units, one code point) and a
    # quote at the very start and end of the text, where the context is short.
    text = "Café 💊 pills cure flu.\nNaïve 😀 claim: kombucha heals all.\nÜber-end."
    spec = [(line, "claim", None) for line in text.splitlines()]
    add_article(store, text, spec, slug="unicode", url="https://example.org/ü")
    with frozen_clock():
        for unit_id in (12, 13, 14):
            store.record_review(unit_id, ANA, verdict="unsupported")
    collection = json.loads(render(store, "unicode", "webannotation", ReportOptions()))
    annotations = collection["first"]["items"]
    assert [a["target"]["selector"][1]["start"] for a in annotations] == [0, 23, 58]
    for annotation in annotations:
        reselect(text, annotation)
    assert annotations[0]["target"]["selector"][0]["prefix"] == ""
    assert annotations[2]["target"]["selector"][0]["suffix"] == ""
    expand(json.dumps(collection))  # still valid JSON-LD
