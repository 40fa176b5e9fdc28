"""The HTML report as a browser sees it: headless Chromium loads the file and
dumps its DOM after load, and the checks run on that DOM. Every claim is
highlighted by its verdict and linked to its entry, and says its verdict in words
to screen readers and in a letter on paper; markup in article text or in reviews
shows as text and runs nothing. Over the DevTools protocol, Chromium also prints
the page to screen with grey vision emulated: the letters and underlines tell
every verdict apart there, and the accessibility tree reads each verdict out.

Needs Debian's `chromium` (`make test` installs it). Without it the test fails
rather than skips, so a green run always means the browser check ran."""

import base64
import fcntl
import json
import os
import select
import shutil
import struct
import subprocess
import time
import zlib
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
# The verdicts as the report words them, and those of the fixture's claims.
WORDING = {"contradictory": "contradictory", "unsupported": "unsupported",
           "disagreement": "reviewers disagree", "supported": "supported",
           "unreviewed": "unreviewed"}
VERDICTS = {3: "contradictory", 4: "disagreement", 5: "contradictory", 6: "supported",
            8: "unsupported", 9: "unreviewed", 10: "unreviewed"}


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


def report_file(store, slug, tmp_path, internal=False):
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / f"{slug}.html"
    path.write_text(render(store, slug, "html", ReportOptions(internal=internal)),
                    encoding="utf-8")
    return path


def report_dom(store, slug, tmp_path, internal=False) -> Node:
    return browser_dom(report_file(store, slug, tmp_path, internal), tmp_path)


def by_id(dom: Node) -> dict[str, Node]:
    return {node.attrs["id"]: node for node in dom.walk() if "id" in node.attrs}


def classes(node: Node) -> list[str]:
    return node.attrs.get("class", "").split()


def having(node: Node, name: str) -> list[Node]:
    return [n for n in node.walk() if name in classes(n)]


def verdict_of(node: Node) -> str:
    (verdict,) = [name[2:] for name in classes(node) if name.startswith("v-")]
    return verdict


def own_words(node: Node) -> str:
    """The text of the article (or legend) in node, without the verdict letters
    (`.flag`) and the words only screen readers get (`.sr-only`)."""
    return "".join(
        child if isinstance(child, str)
        else "" if {"flag", "sr-only"} & set(classes(child)) else own_words(child)
        for child in node.children
    )


def entry_verdict(entry: Node, letters: dict[str, str]) -> str:
    """The verdict an entry shows: its badge (with the legend's letter), or for an
    entry without one, the section listing it (Not yet reviewed, Supported)."""
    badges = having(entry, "badge")
    if badges:
        verdict = verdict_of(badges[0])
        assert own_words(badges[0]).strip() == WORDING[verdict]
        (flag,) = having(badges[0], "flag")
        assert flag.text() == letters[verdict] and flag.attrs["aria-hidden"] == "true"
        return verdict
    section = entry
    while section.tag != "section":
        section = section.parent
    assert section.attrs["id"] in ("unreviewed", "supported")
    return section.attrs["id"]


# Chromium over the DevTools protocol ----------------------------------------------

class DevTools:
    """One Chromium tab driven over the DevTools protocol on a pipe: Chromium reads
    commands on fd 3 and answers on fd 4, each message JSON ending in a NUL."""

    def __init__(self, profile, timeout=60):
        if not shutil.which(CHROMIUM):
            pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (`make chromium`)")
        profile.mkdir()
        commands, self.commands = os.pipe()
        self.answers, answers = os.pipe()
        # Above fd 4, so that bash's redirections cannot overwrite them.
        theirs = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (commands, answers)]
        os.close(commands)
        os.close(answers)
        self.log = profile / "stderr.txt"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                ["bash", "-c", 'exec "$0" "$@" 3<&{0} 4>&{1} {0}<&- {1}>&-'.format(*theirs),
                 CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe",
                 "--hide-scrollbars", "about:blank"],
                pass_fds=theirs, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=log)
        for fd in theirs:
            os.close(fd)
        self.deadline = time.monotonic() + timeout
        self.pending, self.last_id, self.session, self.events = b"", 0, None, []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        try:
            os.write(self.commands, json.dumps(
                {"id": 0, "method": "Browser.close", "params": {}}).encode() + b"\0")
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self.commands)
            os.close(self.answers)

    def _message(self) -> dict:
        while b"\0" not in self.pending:
            left = self.deadline - time.monotonic()
            ready, _, _ = select.select([self.answers], [], [], max(left, 0))
            chunk = os.read(self.answers, 1 << 20) if ready else b""
            assert chunk, f"Chromium stopped answering: {self.log.read_text()[-2000:]}"
            self.pending += chunk
        message, self.pending = self.pending.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, **params) -> dict:
        self.last_id += 1
        message = {"id": self.last_id, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        while (answer := self._message()).get("id") != self.last_id:
            self.events.append(answer.get("method"))
        assert "error" not in answer, (method, answer["error"])
        return answer["result"]

    def open(self, path, width: int, scale: int = 1, media: str = "",
             vision: str = "none") -> None:
        """Loads path in a new tab, width CSS pixels wide and drawn with scale device
        pixels to each (3 is about a printer's 300 dpi), with media (say "print") and
        vision (say "achromatopsia": no colour at all) emulated."""
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target,
                                 flatten=True)["sessionId"]
        self.call("Page.enable")
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=800,
                  deviceScaleFactor=scale, mobile=False)
        self.call("Emulation.setEmulatedMedia", media=media)
        self.call("Emulation.setEmulatedVisionDeficiency", type=vision)
        self.call("Page.navigate", url=path.as_uri())
        while "Page.loadEventFired" not in self.events:
            self.events.append(self._message().get("method"))

    def evaluate(self, expression: str):
        answer = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in answer, answer
        return answer["result"]["value"]

    def shot(self, box: list[float]) -> "Image":
        """The page within box (x, y, width, height in CSS pixels, from the top of
        the page), as Chromium draws it: in device pixels."""
        x, y, width, height = box
        png = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                        clip={"x": x, "y": y, "width": width, "height": height, "scale": 1})
        return Image(base64.b64decode(png["data"]))


class Image:
    """An 8-bit RGB or RGBA PNG, decoded with the standard library only: its rows of
    pixels as (red, green, blue) and of lightness (0 black to 255 white)."""

    def __init__(self, png: bytes):
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        position, data = 8, b""
        while position < len(png):
            length, kind = struct.unpack(">I4s", png[position:position + 8])
            body = png[position + 8:position + 8 + length]
            if kind == b"IHDR":
                self.width, self.height, depth, colour, _, _, interlace = struct.unpack(
                    ">IIBBBBB", body)
                assert depth == 8 and colour in (2, 6) and not interlace, (depth, colour)
            elif kind == b"IDAT":
                data += body
            position += length + 12
        size = 3 if colour == 2 else 4  # bytes a pixel
        raw, stride = zlib.decompress(data), self.width * size
        above, self.rgb, self.grey = bytearray(stride), [], []
        for y in range(self.height):
            kind, line = raw[y * (stride + 1)], bytearray(
                raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
            for i in range(stride):
                left = line[i - size] if i >= size else 0
                up, corner = above[i], above[i - size] if i >= size else 0
                if kind == 1:
                    line[i] = (line[i] + left) & 255
                elif kind == 2:
                    line[i] = (line[i] + up) & 255
                elif kind == 3:
                    line[i] = (line[i] + (left + up) // 2) & 255
                elif kind == 4:
                    guess = left + up - corner
                    near = min((abs(guess - left), 0, left), (abs(guess - up), 1, up),
                               (abs(guess - corner), 2, corner))[2]
                    line[i] = (line[i] + near) & 255
            pixels = [tuple(line[i:i + 3]) for i in range(0, stride, size)]
            self.rgb.append(pixels)
            self.grey.append([(299 * r + 587 * g + 114 * b) // 1000 for r, g, b in pixels])
            above = line

    def grey_only(self) -> bool:
        return all(r == g == b for row in self.rgb for r, g, b in row)


def letter(image: Image, scale: int) -> frozenset:
    """The dark pixels of the letter in a badge, without the badge's 1px border and
    from the letter's top left corner: the same letter drawn anywhere gives about
    the same set."""
    inset = scale + 2  # the border and its antialiasing
    ink = {(x, y) for y in range(inset, image.height - inset)
           for x in range(inset, image.width - inset) if image.grey[y][x] < 128}
    assert ink, "the badge shows no letter"
    left, top = min(x for x, _ in ink), min(y for _, y in ink)
    return frozenset((x - left, y - top) for x, y in ink)


def unlike(a: frozenset, b: frozenset) -> float:
    """How far two letters differ: the share of their pixels that only one of them
    has (0 the same, 1 nothing in common), at the best of the 1px shifts that
    drawing at another fraction of a pixel can cause."""
    return min(len(a ^ moved) / len(a | moved) for moved in (
        frozenset((x + dx, y + dy) for x, y in b) for dx in (-1, 0, 1) for dy in (-1, 0, 1)))


def line_pattern(image: Image, scale: int) -> tuple:
    """An underline as drawn: its bands of rows from the top, each as (thickness,
    length of its dashes) in CSS pixels, "solid" for a dash the whole width."""
    bands = []
    for y, row in enumerate(image.grey):
        dashes = [len(run) for run in "".join(
            "#" if value < 200 else " " for value in row).split()]
        if sum(dashes) < len(row) / 3:
            continue  # not a line
        dash = "solid" if max(dashes) > len(row) * 0.9 else round(
            sorted(dashes)[len(dashes) // 2] / scale)
        if bands and bands[-1][2] == y - 1 and bands[-1][1] == dash:
            bands[-1][2] = y
        else:
            bands.append([y, dash, y])
    return tuple((round((last - first + 1) / scale), dash) for first, dash, last in bands)


def test_every_claim_is_highlighted_by_verdict_and_linked_to_its_entry(tmp_path):
    store = build(tmp_path / "claims.db")
    dom = report_dom(store, "coffee-heart", tmp_path)
    ids = by_id(dom)
    article = next(n for n in dom.walk() if "article-text" in n.attrs.get("class", ""))
    marks = {int(n.attrs["data-unit"]): n for n in article.walk() if n.tag == "mark"}
    assert sorted(marks) == CLAIM_IDS
    for unit_id, mark in marks.items():
        assert f"v-{VERDICTS[unit_id]}" in mark.attrs["class"].split()
        assert own_words(mark) == UNITS[unit_id - 1][0]
        (link,) = [n for n in mark.walk() if n.tag == "a"]
        entry = ids[link.attrs["href"].removeprefix("#")]
        assert entry.attrs["id"] == f"unit-{unit_id}" and UNITS[unit_id - 1][0] in entry.text()
    # The article reads exactly as stored: highlighting added no text of the article's
    # own (only verdict letters and words for screen readers) and lost none.
    assert own_words(article) == store.article("coffee-heart")["text"]
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
        assert entry in others and own_words(marks[unit_id]) in entry.text()
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
        assert own_words(article) == HOSTILE_TEXT
        page = dom.text()
        for line in HOSTILE_LINES:
            assert line in page  # shown as text, exactly
    store.close()


def test_every_claim_says_its_verdict_in_words_for_screen_readers_and_in_a_letter(tmp_path):
    store = build(tmp_path / "claims.db")
    dom = report_dom(store, "coffee-heart", tmp_path)
    ids = by_id(dom)
    (legend,) = having(dom, "legend")
    letters = {}
    for mark in (n for n in legend.walk() if n.tag == "mark"):
        (flag,) = having(mark, "flag")
        assert own_words(mark) == WORDING[verdict_of(mark)]
        assert flag.attrs["aria-hidden"] == "true"  # the word beside it is read instead
        letters[verdict_of(mark)] = flag.text()
    # The legend shows every verdict, each with a letter of its own.
    assert sorted(letters) == sorted(WORDING)
    assert all(len(x) == 1 for x in letters.values()) and len(set(letters.values())) == 5
    (article,) = having(dom, "article-text")
    seen = set()
    for mark in (n for n in article.walk() if n.tag == "mark"):
        verdict = verdict_of(mark)
        assert verdict == VERDICTS[int(mark.attrs["data-unit"])]
        (link,) = [n for n in mark.walk() if n.tag == "a"]
        # The words: in the link, so read with the claim, also from a list of links;
        # nothing hides them from assistive technology.
        (said,) = having(mark, "sr-only")
        assert said.parent is link and said.text() == f" ({WORDING[verdict]})"
        node = said
        while node is not None:
            assert node.attrs.get("aria-hidden") != "true"
            node = node.parent
        # The letter, as in the legend; screen readers skip it.
        (flag,) = having(mark, "flag")
        assert flag.text() == letters[verdict] and flag.attrs["aria-hidden"] == "true"
        # The entry the claim links to shows the same verdict (with the same letter).
        assert entry_verdict(ids[link.attrs["href"].removeprefix("#")], letters) == verdict
        seen.add(verdict)
    assert seen == set(WORDING)  # the fixture has claims of every verdict
    store.close()


def test_screen_readers_read_each_claim_with_its_verdict_and_no_letter(tmp_path):
    """What Chromium gives assistive technology: its accessibility tree."""
    store = build(tmp_path / "claims.db")
    path = report_file(store, "coffee-heart", tmp_path)
    read = {}
    with DevTools(tmp_path / "profile") as tab:
        tab.open(path, width=1000)
        root = tab.call("DOM.getDocument")["root"]["nodeId"]
        for node in tab.call("DOM.querySelectorAll", nodeId=root,
                             selector=".article-text mark")["nodeIds"]:
            attributes = tab.call("DOM.getAttributes", nodeId=node)["attributes"]
            unit = int(dict(zip(attributes[::2], attributes[1::2], strict=True))["data-unit"])
            backend = tab.call("DOM.describeNode", nodeId=node)["node"]["backendNodeId"]
            tree = {n["nodeId"]: n for n in tab.call(
                "Accessibility.getPartialAXTree", nodeId=node, fetchRelatives=True)["nodes"]}
            (mark,) = [n for n in tree.values() if n.get("backendDOMNodeId") == backend]
            children = [tree[c] for c in mark["childIds"] if not tree[c]["ignored"]]
            read[unit] = [(c["role"]["value"], c["name"]["value"]) for c in children]
    assert read == {
        unit: [("link", f"{UNITS[unit - 1][0]} ({WORDING[verdict]})")]
        for unit, verdict in VERDICTS.items()
    }
    store.close()


# Where each legend mark, underline and letter is, and each claim's letter and words
# for screen readers: boxes of x, y, width and height in CSS pixels from the page's top.
BOXES = """(() => {
  const box = (r) => [r.left + scrollX, r.top + scrollY, r.width, r.height];
  const verdict = (mark) => [...mark.classList].find(c => c.startsWith('v-')).slice(2);
  return {
    print: matchMedia('print').matches,
    nav: getComputedStyle(document.querySelector('nav')).display,
    legend: [...document.querySelectorAll('.legend mark')].map(m => {
      const mark = m.getBoundingClientRect(), flag = m.querySelector('.flag');
      const line = parseFloat(getComputedStyle(m).borderBottomWidth);
      const left = flag.getBoundingClientRect().left;
      return {verdict: verdict(m), flag: box(flag.getBoundingClientRect()),
              underline: box(new DOMRect(mark.left, mark.bottom - line, left - mark.left, line))};
    }),
    claims: [...document.querySelectorAll('.article-text mark')].map(m => (
      {verdict: verdict(m), unit: +m.dataset.unit,
       flag: box(m.querySelector('.flag').getBoundingClientRect()),
       said: box(m.querySelector('.sr-only').getBoundingClientRect())})),
  };
})()"""
SCALE = 3  # device pixels to a CSS pixel: about a printer's 300 dpi
SAME_LETTER = 0.2  # `unlike` two drawings of one letter: less; of two letters: more


def test_in_grey_print_every_verdict_has_a_letter_and_an_underline_of_its_own(tmp_path):
    store = build(tmp_path / "claims.db")
    path = report_file(store, "coffee-heart", tmp_path)
    with DevTools(tmp_path / "profile") as tab:
        # Printed on A4 (less the page margins), seen without any colour.
        tab.open(path, width=688, scale=SCALE, media="print", vision="achromatopsia")
        page = tab.evaluate(BOXES)
        assert page["print"] and page["nav"] == "none"  # the print rules apply
        letters, lines = {}, {}
        for item in page["legend"]:
            flag, underline = tab.shot(item["flag"]), tab.shot(item["underline"])
            assert flag.grey_only() and underline.grey_only()  # no colour left to tell by
            letters[item["verdict"]] = letter(flag, SCALE)
            lines[item["verdict"]] = line_pattern(underline, SCALE)
        claims = {claim["unit"]: (claim, letter(tab.shot(claim["flag"]), SCALE))
                  for claim in page["claims"]}
    assert sorted(letters) == sorted(WORDING) and sorted(claims) == CLAIM_IDS
    # Five underlines (solid, double, dashed, dotted, thin dotted), all different...
    assert len(set(lines.values())) == 5, lines
    assert all(lines.values()), lines
    # ...and five letters, none mistaken for another.
    for a, b in [(a, b) for a in letters for b in letters if a < b]:
        assert unlike(letters[a], letters[b]) > SAME_LETTER + 0.05, (a, b)
    for unit, (claim, shape) in claims.items():
        # Each claim's letter reads as its own verdict's letter in the legend, and no other.
        far = {verdict: unlike(shape, known) for verdict, known in letters.items()}
        assert min(far, key=far.get) == VERDICTS[unit] == claim["verdict"], (unit, far)
        assert far[VERDICTS[unit]] < SAME_LETTER, (unit, far)
        # The words for screen readers take no room on paper.
        assert claim["said"][2] <= 1 and claim["said"][3] <= 1, claim
    store.close()
