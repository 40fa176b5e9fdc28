"""Exports that validators and publishers accept as they are: the seed article
with its reference review (42 quotes, 13 of them covering several units) gives
one item per quote in every export; every Web Annotation passes the W3C's own
test assertions; JSON-LD expansion drops no term; ClaimReview carries the
fields fact-check consumers recommend."""

import json
import shutil
from collections import Counter

import pytest
from pyld import jsonld

from tests.conftest import DATA, invoke
from tests.report.test_jsonld import offline_loader
from tests.report.w3c import run
from tests.reviewing import REFERENCE, SLUG, ingested_seed

ARTICLE_URL = "https://example.org/blog/ketamine"
CLAIMREVIEW = ["-f", "claimreview", "--publisher", "Health Desk", "--publisher-url",
               "https://health-desk.example.org", "--review-url",
               "https://health-desk.example.org/checks/ketamine", "--article-url", ARTICLE_URL]


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """The seed article with the reference review imported, as `make demo` does."""
    from click.testing import CliRunner

    db = tmp_path_factory.mktemp("published") / "claims.db"
    shutil.copy(ingested_seed(tmp_path_factory), db)
    result = invoke(CliRunner(), "import-reviews", REFERENCE, "-a", SLUG,
                    "-r", "Reference review", "-d", db)
    assert result.exit_code == 0, result.output
    return db


def export(db, *args):
    from click.testing import CliRunner

    result = invoke(CliRunner(), "report", SLUG, *args, "-d", db)
    assert result.exit_code == 0, result.output
    return result


def quotes() -> list[str]:
    lines = REFERENCE.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["quote"] for line in lines if line.strip()]


def test_one_item_per_reviewed_quote_in_every_export(reviewed):
    expected = Counter(quotes())
    assert sum(expected.values()) == 42

    reviews = json.loads(export(reviewed, *CLAIMREVIEW).stdout)
    assert Counter(r["claimReviewed"] for r in reviews) == expected
    # A quote split by the segmenter is published once, its rationale once.
    assert max(Counter(r.get("reviewBody") for r in reviews).values()) == 1

    collection = json.loads(export(reviewed, "-f", "webannotation",
                                   "--article-url", ARTICLE_URL).stdout)
    annotations = collection["first"]["items"]
    assert collection["total"] == len(annotations) == 42
    assert Counter(a["target"]["selector"][0]["exact"] for a in annotations) == expected

    html = export(reviewed, "-f", "html").stdout
    markdown = export(reviewed, "-f", "md").stdout
    sections = ("## Corrections needed (", "## Supported (", "## Other units with a verdict (")
    counts = [int(markdown.split(s)[1].split(")")[0]) for s in sections]
    assert sum(counts) == 42, counts
    # The quote a rationale was written about is quoted whole, not a fragment of it.
    fast = "Fast-acting; it takes effect within minutes and lasts up to four hours."
    assert fast in expected
    assert f"<blockquote>{fast}</blockquote>" in html
    assert "Units 9, 10" in html or "Units " in html


def test_every_web_annotation_passes_the_w3c_assertions(reviewed):
    collection = json.loads(export(reviewed, "-f", "webannotation",
                                   "--article-url", ARTICLE_URL).stdout)
    internal = json.loads(export(reviewed, "-f", "webannotation", "--internal",
                                 "--article-url", ARTICLE_URL).stdout)
    # The internal export differs only in the creator's name: a few of it suffice.
    for annotation in collection["first"]["items"] + internal["first"]["items"][:4]:
        outcomes = run(annotation)
        musts = [o for o in outcomes if o.kind == "must"]
        assert len(musts) == 54 and all(o.passed for o in musts), [
            o.assertion for o in musts if not o.passed]
        failed_shoulds = {o.assertion for o in outcomes if o.kind == "should" and not o.passed}
        # Only the FragmentSelector's conformsTo, and no FragmentSelector is used.
        assert failed_shoulds <= {"4.2.1-conformsTo.json"}, failed_shoulds
        kinds = {s["type"] for s in annotation["target"]["selector"]}
        assert kinds == {"TextQuoteSelector", "TextPositionSelector"}
    # Outside, the creator is the role the report uses; inside, the name.
    assert {a["creator"]["name"] for a in collection["first"]["items"]} == {"Reviewer"}
    assert {a["creator"]["name"] for a in internal["first"]["items"]} == {"Reference review"}


def test_the_fixture_exports_pass_the_w3c_assertions_too():
    # The coffee-heart fixture's export (tests/data/reports, compared byte for byte
    # by test_formats): reasons, evidence links with labels, corrections.
    collection = json.loads((DATA / "reports" / "coffee-heart.webannotation.jsonld")
                            .read_text(encoding="utf-8"))
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 4
    for annotation in collection["first"]["items"]:
        outcomes = run(annotation)
        assert all(o.passed for o in outcomes if o.kind == "must")
        assert {o.assertion for o in outcomes if o.kind == "should" and not o.passed} <= {
            "4.2.1-conformsTo.json"}


def test_links_are_linking_bodies_and_citations_are_comments(reviewed):
    annotations = json.loads(export(reviewed, "-f", "webannotation",
                                     "--article-url", ARTICLE_URL).stdout)["first"]["items"]
    bodies = [body for a in annotations for body in a["body"]]
    linking = [b for b in bodies if b.get("purpose") == "linking"]
    assert linking and all(b["type"] == "SpecificResource" and
                           b["source"]["id"].startswith("https://") for b in linking)
    citations = [b for b in bodies if b.get("value", "").startswith("Evidence: ")]
    assert citations and all(b["type"] == "TextualBody" and b["purpose"] == "commenting"
                             for b in citations)
    for body in bodies:
        assert body["language"] == "en" and body["created"] and body["creator"]


def keys(node, found=None) -> set[str]:
    found = set() if found is None else found
    if isinstance(node, dict):
        for key, value in node.items():
            if key != "@context":
                found.add(key)
                keys(value, found)
    elif isinstance(node, list):
        for value in node:
            keys(value, found)
    return found


@pytest.mark.parametrize("args, context", [
    (CLAIMREVIEW, "https://schema.org"),
    (["-f", "webannotation", "--article-url", ARTICLE_URL],
     ["http://www.w3.org/ns/anno.jsonld", {"assessing": "oa:assessing"}]),
])
def test_json_ld_expansion_drops_no_term(reviewed, args, context):
    document = json.loads(export(reviewed, *args).stdout)
    options = {"documentLoader": offline_loader}
    expanded = jsonld.expand(document, options)
    again = jsonld.compact(expanded, {"@context": context}, options)
    # Every term used comes back after expansion and compaction: none was dropped
    # for want of a definition in the context.
    assert keys(document) <= keys(again) | {"@type", "type", "id"}, (
        keys(document) - keys(again))


def test_restated_claims_and_rating_text_are_what_feeds_show(reviewed, tmp_path, runner):
    db = tmp_path / "claims.db"
    shutil.copy(reviewed, db)
    result = export(db, *CLAIMREVIEW)
    # The report names the claims that open with a pronoun and need restating.
    warning = [line for line in result.stderr.splitlines() if "open with a pronoun" in line]
    assert len(warning) == 1 and "#28 'It is available as a generic medication" in warning[0]
    assert "pass --claim-author" in result.stderr
    reviews = json.loads(result.stdout)
    vague = next(r for r in reviews if r["claimReviewed"].startswith("It is available"))
    unit = int(vague["url"].rsplit("-", 1)[1])
    tagged = invoke(runner, "tag", unit, "supported", "-r", "Reference review", "--claim-text",
                    "Ketamine is available as a generic medication", "--rating-text",
                    "Correct", "-d", db)
    assert tagged.exit_code == 0, tagged.output
    result = export(db, *CLAIMREVIEW, "--claim-author", "The clinic's blog")
    restated = next(r for r in json.loads(result.stdout) if r["url"] == vague["url"])
    assert restated["claimReviewed"] == "Ketamine is available as a generic medication"
    assert restated["reviewRating"]["alternateName"] == "Correct"
    assert restated["itemReviewed"]["author"] == {"@type": "Organization",
                                                  "name": "The clinic's blog"}
    assert f"#{unit} " not in result.stderr and "pass --claim-author" not in result.stderr


def test_the_article_author_comes_from_the_page(tmp_path, runner):
    page = tmp_path / "page.html"
    page.write_text("""<html><head><title>Ketamine news</title>
<meta property="og:site_name" content="Health Daily">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "NewsArticle", "headline": "Ketamine news",
  "author": [{"@type": "Person", "name": "Dana Reporter"}],
  "publisher": {"@type": "Organization", "name": "Health Daily Ltd"}}]}</script>
<link rel="canonical" href="https://health-daily.example.org/ketamine">
</head><body><p>Ketamine relieves depression within hours in some patients.</p>
<p>Ketamine is approved as a nasal spray for depression.</p>
<p>A heading-like line</p></body></html>""", encoding="utf-8")
    db = tmp_path / "claims.db"
    assert invoke(runner, "ingest", page, "-d", db).exit_code == 0
    units = json.loads(invoke(runner, "claims", "page", "--all", "--json", "-d", db).output)
    for unit in units:
        verdict = "supported" if unit["kind"] == "claim" else "unsupported"
        assert invoke(runner, "tag", unit["id"], verdict, "-r", "ana", "-d", db).exit_code == 0
    result = invoke(runner, "report", "page", "-f", "claimreview", "--publisher", "Desk",
                    "--review-url", "https://desk.example.org/r", "-d", db)
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.stdout)
    assert {r["itemReviewed"]["author"]["name"] for r in reviews} == {"Dana Reporter"}
    assert {r["itemReviewed"]["firstAppearance"]["url"] for r in reviews} == {
        "https://health-daily.example.org/ketamine"}
    kinds = {u["kind"] for u in units}
    if kinds - {"claim", "promo"}:  # a tagged heading is left out, and the report says so
        assert "left out of the ClaimReview feed" in result.stderr
    assert len(reviews) == sum(u["kind"] in ("claim", "promo") for u in units)


def test_the_w3c_suite_in_the_repository_is_the_documented_copy():
    suite = DATA / "w3c-annotation-tests"
    assert "w3c/web-annotation-tests" in (suite / "SOURCE.md").read_text(encoding="utf-8")
    assert (suite / "license.md").exists()
    must = json.loads((suite / "annotations" / "annotationMusts.test").read_text())
    assert len(must["assertions"]) >= 20
