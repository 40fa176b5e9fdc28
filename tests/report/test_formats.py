"""Reports: exact output of every format on a small fixture, what an external
report leaves out, Markdown escaping, and the `report` command's errors.

Expected outputs live in tests/data/reports/ and are the spec: after a deliberate
change, regenerate them with `UPDATE_REPORTS=1 pytest tests/report/test_formats.py`, then
read the diff before committing."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from markdown_it import MarkdownIt

from annotator.cli.commands.reports import REPORT_FORMATS
from annotator.cli.main import cli
from annotator.evidence import Evidence
from annotator.report.data import People
from annotator.report.formats import FORMATS, ReportOptions, render
from annotator.store.db import Store
from tests.conftest import DATA, ROOT
from tests.report.fixture import (
    ANA,
    BEN,
    CARLA,
    TEXT,
    add_article,
    build,
    build_tagged_non_claims,
    build_two_roles,
    frozen_clock,
)

REPORTS = DATA / "reports"
JSONLD = {"publisher": "Health Desk", "review_url": "https://factcheck.example.org/coffee-heart"}
# (expected file, format, options)
EXPECTED = [
    ("coffee-heart.md", "md", {}),
    ("coffee-heart.internal.md", "md", {"internal": True}),
    ("coffee-heart.html", "html", {}),
    ("coffee-heart.internal.html", "html", {"internal": True}),
    ("coffee-heart.csv", "csv", {}),
    ("coffee-heart.json", "json", {}),
    ("coffee-heart.internal.json", "json", {"internal": True}),
    ("coffee-heart.claimreview.jsonld", "claimreview", JSONLD),
    ("coffee-heart.webannotation.jsonld", "webannotation", {"publisher": "Health Desk"}),
]


@pytest.fixture
def store(tmp_path):
    store = build(tmp_path / "claims.db")
    yield store
    store.close()


@pytest.fixture
def db(store):
    return store.path


def run(runner, *args):
    return runner.invoke(cli, [str(a) for a in args])


def assert_matches(name: str, actual: str) -> None:
    path = REPORTS / name
    if os.environ.get("UPDATE_REPORTS"):
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"{path} is missing: run once with UPDATE_REPORTS=1 and review it"
    assert actual == path.read_text(encoding="utf-8")


def assert_one_line_error(result, fragment, code=1):
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 or code == 2, result.stderr
    assert fragment in result.stderr
    assert "Traceback" not in result.output
    assert result.stdout == ""


@pytest.mark.parametrize(("name", "fmt", "options"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_every_format_gives_the_expected_output(store, name, fmt, options):
    assert_matches(name, render(store, "coffee-heart", fmt, ReportOptions(**options)))


def test_the_command_prints_what_render_returns(store, db, runner):
    result = run(runner, "report", "coffee-heart", "--format", "md", "-d", db)
    assert result.exit_code == 0, result.output
    assert result.stdout == (REPORTS / "coffee-heart.md").read_text(encoding="utf-8")
    assert result.stderr == ""


def test_cli_offers_every_format():
    assert REPORT_FORMATS == FORMATS


# What goes outside -------------------------------------------------------------

DRAFTS = [
    "Probably true; check the 2018 meta-analysis.",  # a note without a verdict
    "No trial shows a 50% cut",  # a reviewer's own rationale on a disagreement
    "A meta-analysis reports a lower risk.",
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_external_reports_name_no_reviewer_and_show_no_draft(store, fmt):
    text = render(store, "coffee-heart", fmt, ReportOptions(**JSONLD))
    for secret in [ANA, BEN, CARLA, *DRAFTS]:
        assert secret not in text


def test_internal_report_names_reviewers_and_shows_drafts(store):
    text = render(store, "coffee-heart", "md", ReportOptions(internal=True))
    for shown in [ANA, BEN, CARLA, *DRAFTS]:
        assert shown in text
    assert "Reviewer 1" not in text


def test_claimreview_is_published_the_same_whatever_internal_says(store):
    external = render(store, "coffee-heart", "claimreview", ReportOptions(**JSONLD))
    internal = render(store, "coffee-heart", "claimreview",
                      ReportOptions(internal=True, **JSONLD))
    assert internal == external


def test_external_report_replaces_names_with_roles_in_order_of_first_action(store):
    text = render(store, "coffee-heart", "md", ReportOptions())
    assert "- Reviewers: Reviewer 1 (5), Reviewer 2 (3), Editor (1)" in text
    assert "- Decided by: Editor (adjudication), 2025-03-03" in text
    assert "- Decided by: Reviewer 1 and Reviewer 2 (in agreement), 2025-03-03" in text


def test_pseudonyms_follow_the_role_of_each_event():
    events = [
        {"reviewer": name, "role": role, "created_at": f"2025-01-0{day}", "id": str(day)}
        for day, (name, role) in enumerate(
            [("zoe", "editor"), ("al", "reviewer"), ("bo", "editor"), ("zoe", "reviewer")], 1
        )
    ]
    people = People(events, internal=False)
    # Numbered per role in the order of each person's first action in that role,
    # without a number when a role has one person.
    assert [people(name, role) for name, role in [
        ("zoe", "editor"), ("al", "reviewer"), ("bo", "editor"), ("zoe", "reviewer"),
    ]] == ["Editor 1", "Reviewer 1", "Editor 2", "Reviewer 2"]
    assert people("x", "reviewer") == "Another reviewer"
    assert people("x", "editor") == "Another editor"
    assert people("al", "editor") == "Another editor"  # al never acted as editor here
    assert People(events[1:2], internal=False)("al", "reviewer") == "Reviewer"
    assert People(events, internal=True)("zoe", "editor") == "zoe"


@pytest.fixture
def two_roles(tmp_path):
    store = Store.open(tmp_path / "claims.db")
    build_two_roles(store)
    yield store
    store.close()


def test_someone_who_reviews_and_edits_is_named_by_the_role_of_each_verdict(two_roles):
    # Ana: Reviewer 1 on the claim she reviewed, Editor on the two she decided.
    text = render(two_roles, "two-roles", "md", ReportOptions())
    assert "- Reviewers: Reviewer 1 (1), Editor (2), Reviewer 2 (2)" in text
    corrections = text.split("\n### ")[1:]
    assert [c.split("\n")[0] for c in corrections] == [
        "1. Unsupported: unit 2", "2. Contradictory: unit 3", "3. Contradictory: unit 4",
        "4. Contradictory: unit 5",
    ]
    assert "- Decided by: Reviewer 1, 2025-03-03" in corrections[0]
    assert "- Decided by: Editor (adjudication), 2025-03-03" in corrections[1]
    assert "- Decided by: Editor (adjudication), 2025-03-03" in corrections[2]
    assert "Reviewer 2: verdict supported" in corrections[2]
    assert "Editor: verdict contradictory" in corrections[2]
    assert "- Decided by: Reviewer 2, 2025-03-03" in corrections[3]
    html = render(two_roles, "two-roles", "html", ReportOptions())
    assert "Reviewers: Reviewer 1 (1), Editor (2), Reviewer 2 (2)" in html
    assert "<dt>Decided by</dt><dd>Reviewer 1, 2025-03-03</dd>" in html
    assert "<dt>Decided by</dt><dd>Editor (adjudication), 2025-03-03</dd>" in html
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(
        render(two_roles, "two-roles", "csv", ReportOptions())))}
    assert [(rows[str(n)]["decided_by"], rows[str(n)]["decided_role"],
             rows[str(n)]["current"]) for n in (2, 3, 4, 5)] == [
        ("Reviewer 1", "reviewer", "Reviewer 1: unsupported"),
        ("Editor", "editor", "Editor: contradictory"),
        ("Editor", "editor", "Reviewer 2: supported; Editor: contradictory"),
        ("Reviewer 2", "reviewer", "Reviewer 2: contradictory"),
    ]


@pytest.mark.parametrize("slug", ["coffee-heart", "two-roles"])
def test_every_label_in_json_names_the_role_it_acted_in(store, slug):
    if slug == "two-roles":
        build_two_roles(store)
    units = json.loads(render(store, slug, "json", ReportOptions()))
    labelled = [(name, unit["final"]["role"]) for unit in units
                if unit["final"] and unit["final"]["role"] for name in unit["final"]["decided_by"]]
    labelled += [(op["reviewer"], op["role"]) for unit in units for op in unit["current"]]
    assert labelled
    for label, role in labelled:
        assert label.split()[0] == role.capitalize(), (label, role)


@pytest.mark.parametrize("fmt", FORMATS)
def test_two_roles_name_nobody_outside(two_roles, fmt):
    text = render(two_roles, "two-roles", fmt, ReportOptions(**JSONLD))
    for secret in [ANA, BEN]:
        assert secret not in text


# Sections ------------------------------------------------------------------------


def test_corrections_are_in_article_order_and_exclude_supported_and_disputed(store):
    text = render(store, "coffee-heart", "md", ReportOptions())
    corrections = text.split("## Corrections needed (3)")[1].split("\n## ")[0]
    headings = [line for line in corrections.splitlines() if line.startswith("### ")]
    assert headings == [
        "### 1. Contradictory: unit 3", "### 2. Contradictory: unit 5",
        "### 3. Unsupported: unit 8",
    ]


def test_conflicts_confirmed_and_open_are_shown_apart_and_dismissed_never(store):
    text = render(store, "coffee-heart", "md", ReportOptions())
    confirmed = text.split("## The article contradicts itself (1)")[1].split("\n## ")[0]
    candidates = text.split("## Possible contradictions, not yet checked (1)")[1]
    assert "never raises / raises" in confirmed and "Unit 8" in confirmed
    assert "cures / linked to lower mortality" in candidates.split("\n## ")[0]
    assert "50% / none" not in text  # dismissed


def test_without_conflicts_their_sections_are_left_out(tmp_path):
    store = build(tmp_path / "claims.db", conflicts=False)
    for fmt in ("md", "html"):
        text = render(store, "coffee-heart", fmt, ReportOptions())
        assert "contradicts itself" not in text and "Possible contradictions" not in text
        assert "Corrections needed (3)" in text


def test_a_tag_from_the_command_line_reaches_the_report(db, runner):
    result = run(runner, "tag", "10", "u", "--reason", "dosage", "--correction",
                 "Say who the limit is for.", "-r", "Dee", "-d", db)
    assert result.exit_code == 0, result.output
    report = run(runner, "report", "coffee-heart", "-d", db).stdout
    assert "## Corrections needed (4)" in report
    assert "### 4. Unsupported: unit 10" in report
    assert "- Suggested correction: Say who the limit is for." in report
    assert "## Not yet reviewed (1)" in report


# Summary counts ------------------------------------------------------------------


@pytest.fixture
def non_claims(tmp_path):
    store = Store.open(tmp_path / "claims.db")
    build_tagged_non_claims(store)
    yield store
    store.close()


def section(markdown: str, heading: str) -> str:
    return markdown.split(f"\n## {heading}")[1].split("\n## ")[0]


def verdict_table(markdown: str) -> dict[str, int]:
    rows = [line.split(" | ") for line in section(markdown, "Summary").splitlines()
            if line.startswith("| ") and not line.startswith(("| Final", "| ---"))]
    return {name.removeprefix("| "): int(count.removesuffix(" |")) for name, count in rows}


@pytest.mark.parametrize("slug", ["coffee-heart", "headings", "two-roles"])
def test_the_summary_counts_what_the_sections_list(store, slug):
    build_tagged_non_claims(store)
    build_two_roles(store)
    text = render(store, slug, "md", ReportOptions())
    line = section(text, "Summary").strip().splitlines()[0]  # "7 claims, 5 reviewed (71%), …"
    claims, reviewed = int(line.split()[0]), int(line.split(", ")[1].split()[0])
    table = verdict_table(text)
    assert sum(table.values()) == reviewed
    assert table["contradictory"] + table["unsupported"] == int(
        text.split("## Corrections needed (")[1].split(")")[0])
    assert table["reviewers disagree"] == (
        int(text.split("## Disagreements awaiting adjudication (")[1].split(")")[0])
        if "## Disagreements" in text else 0)
    assert table["supported"] == (
        int(text.split("## Supported (")[1].split(")")[0]) if "## Supported" in text else 0)
    assert claims - reviewed == int(text.split("## Not yet reviewed (")[1].split(")")[0])


def test_verdicts_on_non_claims_are_listed_apart_and_not_counted(non_claims):
    text = render(non_claims, "headings", "md", ReportOptions())
    summary = section(text, "Summary")
    assert "2 claims, 1 reviewed (50%), 1 not yet reviewed." in summary
    assert verdict_table(text) == {"supported": 1, "contradictory": 0, "unsupported": 0,
                                   "reviewers disagree": 0}
    assert "- Other units with a verdict: 2 (not claims, so listed apart)" in summary
    # Reviewers and their agreement are counted on claims too.
    assert "- Reviewers: Reviewer 1 (1)\n" in summary
    assert "Agreement" not in summary  # only the byline had two reviewers
    assert "## Corrections needed (0)" in text
    assert "## Disagreements" not in text
    assert section(text, "Supported (1)").count("\n- Unit") == 1
    others = section(text, "Other units with a verdict (2)")
    assert "- Unit 1, heading: Coffee cures cancer\n  - Final verdict: contradictory\n" in others
    assert "  - Suggested correction: Coffee does not cure cancer.\n" in others
    assert "  - Decided by: Reviewer 1, 2025-03-03\n" in others
    assert ("- Unit 2, meta (Coffee cures cancer): By Staff Writer\n"
            "  - Final verdict: reviewers disagree\n"
            "    - Reviewer 1: supported\n    - Reviewer 2: unsupported\n") in others
    html = render(non_claims, "headings", "html", ReportOptions())
    assert "<p>2 claims, 1 reviewed (50%), 1 not yet reviewed.</p>" in html
    assert '<h2>Other units with a verdict (2)</h2>' in html
    assert '<a href="#others">Other units with a verdict (2)</a>' in html
    # Highlighted in the article, and each highlight links to an entry that exists.
    for unit_id in (1, 2):
        assert f'id="text-{unit_id}"' in html and f'id="unit-{unit_id}"' in html
    assert "Corrections needed (0)" in html


def test_linked_data_publishes_claimreviews_of_claims_only(non_claims):
    reviews = json.loads(render(non_claims, "headings", "claimreview", ReportOptions(**JSONLD)))
    assert [r["claimReviewed"] for r in reviews] == ["Coffee is popular."]
    collection = json.loads(render(non_claims, "headings", "webannotation", ReportOptions()))
    annotations = collection["first"]["items"]
    # A Web Annotation annotates any passage: the decided heading is one.
    assert [a["target"]["selector"][0]["exact"] for a in annotations] == [
        "Coffee cures cancer", "Coffee is popular.",
    ]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_an_article_without_claims_says_so_plainly(non_claims, fmt):
    text = render(non_claims, "heading-only", fmt, ReportOptions())
    assert "This article has no claims." in text
    assert "None: the article has no claims." in text
    assert "%" not in text.split("<style>")[0] + text.split("</style>")[-1]
    assert "0 claims" not in text and "0 reviewed" not in text
    assert "| Final verdict |" not in text and "<th>Final verdict" not in text  # no zeros
    assert "Other units with a verdict: 1" in text
    assert "Supported (1)" not in text


def test_one_claim_is_one_claim(non_claims):
    add_article(non_claims, "A claim.\n", [("A claim.", "claim", None)], slug="one")
    assert "\n1 claim, 0 reviewed (0%), 1 not yet reviewed.\n" in render(
        non_claims, "one", "md", ReportOptions())


# Markdown escaping ---------------------------------------------------------------

HOSTILE = [
    "# Not a heading, but a claim.",
    "1. Not a list item either.",
    "- Nor this, with a | pipe | table.",
    "> Not a quote; <b>bold</b> and <script>x()</script> stay text.",
    "Links stay text: [click](javascript:alert(1)) and <https://evil.example>.",
    "Entities stay text: &amp; &#60; and `code` and *stars* and _under_ and ~~strike~~.",
]


def test_markdown_keeps_any_article_text_as_plain_text(tmp_path):
    store = Store.open(tmp_path / "claims.db")
    text = "\n\n".join(HOSTILE) + "\n"
    add_article(store, text, [(line, "claim", "A | section") for line in HOSTILE],
                slug="hostile")
    with frozen_clock():
        for unit_id, line in enumerate(HOSTILE, 1):
            store.record_review(unit_id, ANA, verdict="unsupported", rationale=line,
                                correction=line, evidence=(Evidence("url", "javascript:x()"),))
    markdown = render(store, "hostile", "md", ReportOptions())
    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(markdown)
    kinds = {token.type for token in tokens}
    inline = [child for token in tokens for child in token.children or []]
    assert not kinds & {"html_block", "code_block", "fence", "hr"}
    assert not {child.type for child in inline} & {"html_inline", "code_inline", "em_open",
                                                   "strong_open", "s_open"}
    # Only the article's own URL could be a link, and it has none.
    assert not [child for child in inline if child.type == "link_open"]
    # One heading per correction and the report's own: none from article text.
    headings = [t for t in tokens if t.type == "heading_open"]
    assert len(headings) == 1 + 3 + len(HOSTILE)  # title, 3 sections, corrections
    quotes = [tokens[i + 2].content for i, t in enumerate(tokens) if t.type == "blockquote_open"]
    rendered = MarkdownIt("commonmark").render(markdown)
    assert len(quotes) == len(HOSTILE)
    for line in HOSTILE:
        # Each line reads back as itself: escaped HTML, no markup.
        assert line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in rendered


# Errors ----------------------------------------------------------------------------


def test_unknown_article_is_a_one_line_error(db, runner):
    assert_one_line_error(run(runner, "report", "nope", "-d", db), "no article 'nope'")


def test_unknown_format_is_a_usage_error(db, runner):
    assert_one_line_error(run(runner, "report", "coffee-heart", "-f", "pdf", "-d", db),
                          "'pdf' is not one of", code=2)


def test_output_file_is_written_whole_with_normal_permissions(db, runner, tmp_path):
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()
    result = run(runner, "report", "coffee-heart", "-f", "html", "-o", target, "-d", db)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "to " + str(target) in result.stderr
    assert target.read_text(encoding="utf-8") == (
        REPORTS / "coffee-heart.html").read_text(encoding="utf-8")
    assert os.listdir(target.parent) == ["report.html"]  # no temporary file left
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_unwritable_output_is_a_one_line_error(db, runner, tmp_path):
    target = tmp_path / "missing-folder" / "report.md"
    result = run(runner, "report", "coffee-heart", "-o", target, "-d", db)
    assert_one_line_error(result, f"cannot write {target}")
    assert not target.parent.exists()


def test_a_failed_report_leaves_the_previous_file_untouched(db, runner, tmp_path):
    target = tmp_path / "claims.jsonld"
    target.write_text("previous\n", encoding="utf-8")
    before = set(os.listdir(tmp_path))
    result = run(runner, "report", "coffee-heart", "-f", "claimreview", "-o", target, "-d", db)
    assert_one_line_error(result, "pass --publisher NAME and --review-url URL")
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert set(os.listdir(tmp_path)) == before  # no temporary file either


@pytest.mark.parametrize(("args", "fragment"), [
    (["-f", "claimreview", "--publisher", "X", "--review-url", "ftp://x/y"],
     "--review-url must be an http(s) URL"),
    (["-f", "webannotation", "--article-url", "javascript:x()"],
     "--article-url must be an http(s) URL"),
])
def test_bad_urls_are_one_line_errors(db, runner, args, fragment):
    assert_one_line_error(run(runner, "report", "coffee-heart", *args, "-d", db), fragment)


def test_linked_data_needs_the_article_url(store, runner, tmp_path):
    add_article(store, TEXT + "\nMore.\n", [("More.", "claim", None)], slug="no-url")
    with frozen_clock():
        store.record_review(12, ANA, verdict="supported")
    result = run(runner, "report", "no-url", "-f", "webannotation", "-d", store.path)
    assert_one_line_error(result, "article 'no-url' has no http(s) URL: pass --article-url")
    result = run(runner, "report", "no-url", "-f", "webannotation", "--article-url",
                 "https://example.org/more", "-d", store.path)
    assert result.exit_code == 0, result.output
    (annotation,) = json.loads(result.stdout)["first"]["items"]
    assert annotation["target"]["source"]["id"] == "https://example.org/more"


def test_report_command_does_not_import_spacy(db):
    args = ["report", "coffee-heart", "-f", "html", "-d", str(db)]
    code = (
        "import sys\nfrom click.testing import CliRunner\nfrom annotator.cli.main import cli\n"
        f"r = CliRunner().invoke(cli, {args!r})\n"
        "assert r.exit_code == 0, r.output\n"
        "assert 'spacy' not in sys.modules, 'report imported spaCy'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("slug", ["coffee-heart", "two-roles"])
@pytest.mark.parametrize("internal", [False, True])
def test_the_streamed_csv_says_what_the_whole_report_says(store, slug, internal):
    # CSV is written from two cursors (flat memory at a million units); JSON from
    # the report built in memory. Same units, verdicts, deciders and names.
    if slug == "two-roles":
        build_two_roles(store)
    options = ReportOptions(internal=internal)
    whole = json.loads(render(store, slug, "json", options))
    streamed = list(csv.DictReader(io.StringIO(render(store, slug, "csv", options))))
    assert [row["id"] for row in streamed] == [str(unit["id"]) for unit in whole]
    for row, unit in zip(streamed, whole, strict=True):
        final = unit["final"] or {}
        assert row["final_verdict"] == (final.get("verdict") or "")
        assert row["decided_by"] == "; ".join(final.get("decided_by", []))
        assert row["current"] == "; ".join(f"{op['reviewer']}: {op['verdict']}"
                                           for op in unit["current"])
    assert any(row["current"] for row in streamed)
