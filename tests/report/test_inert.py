"""Untrusted text comes out inert in every export format: article text, rationale,
corrections, evidence notes and reviewer names holding HTML, Markdown, CSV
formula prefixes, control characters, template syntax and JSON-breaking
characters. Inert means: nothing in it becomes markup, a link, a formula or a
terminal escape, and the words themselves are still there to read."""

import csv
import io
import json
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from tests.conftest import invoke

ARTICLE = """Evil inputs for every exporter

Ketamine <script>alert("article")</script> relieves depression within hours.

=HYPERLINK("http://evil.example/x","Click here") is what the clinic wrote about ketamine.

+1+1 and -2+3 and @SUM(A1) are how the study counted its doses of ketamine.

The drug \x1b[31mturns the terminal red\x1b[0m and esketamine \u2028 splits lines in scripts.

Ketamine [trials](javascript:alert("md")) show <img src=x onerror=alert(1)> gains in {{ 7*7 }} days.

A "quoted" claim with back\\slashes ]]> and </script> and <!-- a comment --> says ketamine helps.
"""

EVIL = {
    "rationale": '<b onmouseover="alert(1)">bold</b> [x](javascript:alert(2)) {{ 7*7 }} \x1b[2J',
    "correction": '=cmd|"/c calc"!A1 and </script><script>alert(3)</script>',
    "note": "@SUM(1+1)*cmd|' /C calc'!A0 \u2028 <iframe src=x>",
}
FORMULA = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def evil_db(tmp_path_factory):
    from click.testing import CliRunner

    runner = CliRunner()
    folder = tmp_path_factory.mktemp("evil")
    article = folder / "evil.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = folder / "claims.db"
    result = invoke(runner, "ingest", article, "-d", db)
    assert result.exit_code == 0, result.output
    units = json.loads(invoke(runner, "claims", "evil", "--all", "--json", "-d", db).output)
    claims = [u for u in units if u["kind"] == "claim"]
    assert len(claims) >= 4
    for n, unit in enumerate(claims[:3]):
        result = invoke(
            runner, "tag", unit["id"], ("contradictory", "unsupported", "supported")[n],
            "--rationale", EVIL["rationale"], "--correction", EVIL["correction"],
            "--evidence", "https://pubmed.ncbi.nlm.nih.gov/31109201/", "-r", "<i>Ana</i>",
            "-d", db,
        )
        assert result.exit_code == 0, result.output
    # An imported review is not typed text: it may carry control characters.
    review = folder / "evil.review.jsonl"
    review.write_text(json.dumps({
        "quote": claims[3]["text"], "verdict": "contradictory",
        "rationale": "Imported \x1b]0;owned\x07 with \x00 NUL and \x9b CSI " + EVIL["rationale"],
        "correction": EVIL["correction"],
        "evidence": [{"kind": "text", "value": "Smith 2020 <script>x</script>",
                      "note": EVIL["note"]}],
    }) + "\n", encoding="utf-8")
    result = invoke(runner, "import-reviews", review, "-a", "evil", "-r", "=Importer", "-d", db)
    assert result.exit_code == 0, result.output
    return db


def export(db, fmt, *extra):
    from click.testing import CliRunner

    result = invoke(CliRunner(), "report", "evil", "-f", fmt, "--internal",
                    "--publisher", "Desk", "--review-url", "https://example.org/r",
                    "--article-url", "https://example.org/evil", *extra,
                    "-d", db)
    assert result.exit_code == 0, result.output
    return result.stdout


CONTROL = {chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), 127, *range(0x80, 0xA0)]}


def assert_no_control_characters(text: str) -> None:
    found = sorted({f"U+{ord(c):04X}" for c in text if c in CONTROL})
    assert not found, found


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attributes, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def elements(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    parser.close()
    return parser


def assert_inert_html(html: str) -> None:
    parsed = elements(html)
    assert not {"script", "iframe", "img", "b", "i"} & set(parsed.tags), set(parsed.tags)
    assert not [name for name, _ in parsed.attributes if name.startswith("on")]
    assert not [v for _, v in parsed.attributes if v and "javascript:" in v.lower()]
    text = "".join(parsed.text)
    # The words are still there, as text.
    assert '<script>alert("article")</script>' in text
    assert "{{ 7*7 }}" in text and "49 days" not in text


def test_html_report_is_inert(evil_db):
    html = export(evil_db, "html")
    assert_inert_html(html)
    assert_no_control_characters(html)


def test_markdown_report_is_inert_once_rendered(evil_db):
    markdown = export(evil_db, "md")
    assert_no_control_characters(markdown)
    assert "{{ 7*7 }}" in markdown.replace("\\", "") and "49 days" not in markdown
    html = MarkdownIt("commonmark").render(markdown)
    parsed = elements(html)
    assert not {"script", "iframe", "img", "b", "i"} & set(parsed.tags), set(parsed.tags)
    assert not [v for n, v in parsed.attributes if n == "href" and "javascript" in v.lower()]
    assert not [n for n, _ in parsed.attributes if n.startswith("on")]


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_csv_neutralises_formulas_and_control_characters_unless_raw(evil_db):
    neutral = cells(export(evil_db, "csv"))
    assert not [c for c in neutral if c.startswith(FORMULA)]
    assert_no_control_characters("".join(neutral))
    assert "'=HYPERLINK(" in "".join(neutral)  # kept, to read, as text
    assert "'" + EVIL["correction"] in neutral

    raw = cells(export(evil_db, "csv", "--raw"))
    assert EVIL["correction"] in raw  # exactly as stored
    assert [c for c in raw if c.startswith("=HYPERLINK(")]


def test_listing_csv_neutralises_formulas_unless_raw(evil_db):
    from click.testing import CliRunner

    runner = CliRunner()
    listed = invoke(runner, "claims", "evil", "--all", "--csv", "-d", evil_db).stdout
    assert not [c for c in cells(listed) if c.startswith(FORMULA)]
    raw = invoke(runner, "claims", "evil", "--all", "--csv", "--raw", "-d", evil_db).stdout
    assert [c for c in cells(raw) if c.startswith("=HYPERLINK(")]


@pytest.mark.parametrize("fmt", ["json", "claimreview", "webannotation"])
def test_json_exports_parse_and_keep_the_text_exactly(evil_db, fmt):
    text = export(evil_db, fmt)
    # json.dumps escapes C0 controls; C1 controls, U+2028 and U+2029 are escaped too,
    # so the file is also safe to paste into a <script> or a JavaScript source.
    assert_no_control_characters(text)
    assert "\u2028" not in text and "\u2029" not in text
    assert "</script" not in text.lower()
    flat = "\n".join(strings(json.loads(text)))
    assert EVIL["rationale"].removesuffix(" \x1b[2J") in flat  # the rationale, as data


def strings(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from strings(value)
