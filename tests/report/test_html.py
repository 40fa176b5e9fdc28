"""The HTML report as a browser sees it: headless Chromium loads the file and
dumps its DOM after load, and the checks run on that DOM. Every claim is
highlighted by its verdict and linked to its entry; markup in article text or
in reviews shows as text and runs nothing.

Needs Debian's `chromium` (`make test` installs it). Without it the test fails
rather than skips, so a green run always means the browser check ran."""

import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from annotator.evidence import Evidence
from annotator.report.formats import ReportOptions, render
from annotator.store.db import Store
from tests.report.fixture import (
    ANA,
    CLAIM_IDS,
    UNITS,
    add_article,
    build,
    build_tagged_non_claims,
    frozen_clock,
)

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PWN = "document.documentElement.setAttribute('data-pwned', '{}')"
HOSTILE_TITLE = "<script>document.title='pwned'</script> Miracle pills"
HOSTILE_LINES = [
    f"Cures everything <script>{PWN.format('script')}</script> in a week.",
    f'Doctors hate it <img src=x onerror="{PWN.format("img")}"> says a study.',
    "Closing tags </mark></div></section> & <b>bold</b> &amp; stay text.",
]
HOSTILE_TEXT = "Miracle pills\n\n" + "\n".join(HOSTILE_LINES) + "\n"


class Node:
    def __init__(self, tag: str, attrs: dict, parent: "Node | None"):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list = []  # Nodes and text

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()


class DomParser(HTMLParser):
    """The serialised DOM as a tree (Chromium's dump is well formed)."""

    VOID = frozenset({"meta", "link", "br", "img", "input", "hr", "source", "wbr"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Node("#document", {}, None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.current)
        self.current.children.append(node)
        if tag not in self.VOID:
            self.current = node

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def browser_dom(html_path, tmp_path) -> Node:
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (`make chromium`)")
    profile = tmp_path / "chromium-profile"  # a fresh profile for every run
    profile.mkdir()
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", html_path.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0 and "<html" in done.stdout, done.stderr[-2000:]
    parser = DomParser()
    parser.feed(done.stdout)
    return parser.root


def report_dom(store, slug, tmp_path, internal=False) -> Node:
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / f"{slug}.html"
    path.write_text(render(store, slug, "html", ReportOptions(internal=internal)),
                    encoding="utf-8")
    return browser_dom(path, tmp_path)


def by_id(dom: Node) -> dict[str, Node]:
    return {node.attrs["id"]: node for node in dom.walk() if "id" in node.attrs}


def test_every_claim_is_highlighted_by_verdict_and_linked_to_its_entry(tmp_path):
    store = build(tmp_path / "claims.db")
    dom = report_dom(store, "coffee-heart", tmp_path)
    ids = by_id(dom)
    article = next(n for n in dom.walk() if "article-text" in n.attrs.get("class", ""))
    marks = {int(n.attrs["data-unit"]): n for n in article.walk() if n.tag == "mark"}
    assert sorted(marks) == CLAIM_IDS
    expected = {3: "contradictory", 4: "disagreement", 5: "contradictory", 6: "supported",
                8: "unsupported", 9: "unreviewed", 10: "unreviewed"}
    for unit_id, mark in marks.items():
        assert f"v-{expected[unit_id]}" in mark.attrs["class"].split()
        assert mark.text() == UNITS[unit_id - 1][0]
        (link,) = [n for n in mark.walk() if n.tag == "a"]
        entry = ids[link.attrs["href"].removeprefix("#")]
        assert entry.attrs["id"] == f"unit-{unit_id}" and UNITS[unit_id - 1][0] in entry.text()
    # The article reads exactly as stored: highlighting added no text and lost none.
    assert article.text() == store.article("coffee-heart")["text"]
    store.close()


def test_a_tagged_heading_is_highlighted_and_linked_to_its_entry_apart_from_claims(tmp_path):
    store = Store.open(tmp_path / "claims.db")
    build_tagged_non_claims(store)
    dom = report_dom(store, "headings", tmp_path)
    ids = by_id(dom)
    article = next(n for n in dom.walk() if "article-text" in n.attrs.get("class", ""))
    marks = {int(n.attrs["data-unit"]): n for n in article.walk() if n.tag == "mark"}
    assert sorted(marks) == [1, 2, 3, 4]  # the heading and byline, then the two claims
    others = list(ids["others"].walk())
    for unit_id, status in [(1, "contradictory"), (2, "disagreement")]:
        assert f"v-{status}" in marks[unit_id].attrs["class"].split()
        (link,) = [n for n in marks[unit_id].walk() if n.tag == "a"]
        entry = ids[link.attrs["href"].removeprefix("#")]
        assert entry in others and marks[unit_id].text() in entry.text()
    assert "unit-3" in ids and ids["unit-3"] not in others  # the claim: under Supported
    store.close()


def test_markup_in_the_article_and_reviews_shows_as_text_and_runs_nothing(tmp_path):
    store = Store.open(tmp_path / "claims.db")
    spec = [("Miracle pills", "heading", None)] + [(line, "claim", "Miracle pills")
                                                   for line in HOSTILE_LINES]
    add_article(store, HOSTILE_TEXT, spec, slug="hostile", title=HOSTILE_TITLE,
                url="javascript:alert(1)")
    with frozen_clock():
        store.record_review(
            2, ANA, verdict="contradictory", rationale=HOSTILE_LINES[1],
            correction=HOSTILE_LINES[0],
            evidence=(Evidence("url", f"javascript:{PWN.format('href')}"),
                      Evidence("text", HOSTILE_LINES[2])),
        )
        store.record_review(3, ANA, rationale=HOSTILE_LINES[1])  # an internal draft
    for internal in (False, True):
        dom = report_dom(store, "hostile", tmp_path / str(internal), internal=internal)
        html = next(n for n in dom.walk() if n.tag == "html")
        assert "data-pwned" not in html.attrs, f"injected code ran: {html.attrs}"
        tags = {node.tag for node in dom.walk()}
        assert not tags & {"script", "img", "b", "iframe", "object"}
        (title,) = [n for n in dom.walk() if n.tag == "title"]
        assert title.text() == f"Correction report: {HOSTILE_TITLE}"
        hrefs = [n.attrs["href"] for n in dom.walk() if n.tag == "a" and "href" in n.attrs]
        assert all(h.startswith(("#", "https://")) for h in hrefs), hrefs
        article = next(n for n in dom.walk() if "article-text" in n.attrs.get("class", ""))
        assert article.text() == HOSTILE_TEXT
        page = dom.text()
        for line in HOSTILE_LINES:
            assert line in page  # shown as text, exactly
    store.close()
