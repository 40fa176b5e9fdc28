"""HTML to plain text for segmentation, with BeautifulSoup (``html.parser``, so
messy markup such as stray ``<br>`` or broken attributes still parses).

Headings, paragraphs and list items become blocks separated by a blank line;
list items keep a bullet (``•``, or ``1.`` in ordered lists) so the segmenter
sees them as items. Scripts, styles, frames, navigation, forms, comments and CDATA
are dropped;
entities are decoded by the parser.
"""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

DROPPED = {
    "script", "style", "noscript", "template", "nav", "aside", "footer", "form",
    "iframe", "svg", "button", "select", "head", "title", "object", "embed", "canvas",
}
BLOCKS = {
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
    "section", "table", "tbody", "td", "th", "thead", "tr", "ul", "caption", "summary",
    "details",
}
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def html_to_text(html: str) -> tuple[str, dict]:
    soup = BeautifulSoup(html, "html.parser")
    meta = _metadata(soup)
    # Comments, CDATA sections (a bogus comment in HTML: browsers show nothing),
    # doctypes and processing instructions are markup, never article text.
    for comment in soup.find_all(string=lambda s: isinstance(s, PreformattedString)):
        comment.extract()
    for tag in soup.find_all(DROPPED):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.find("body") or soup
    writer = _BlockWriter()
    writer.walk(root)
    writer.flush()
    return "\n\n".join(writer.blocks) + "\n", meta


class _BlockWriter:
    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.buffer: list[str] = []
        self.prefix = ""

    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer = []
        lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
        body = "\n".join(line for line in lines if line)
        if body:
            self.blocks.append(self.prefix + body)
        self.prefix = ""

    def walk(self, node: Tag) -> None:
        ordinal = 0
        for child in node.children:
            if isinstance(child, NavigableString):
                self.buffer.append(str(child).replace("\n", " "))
            elif not isinstance(child, Tag):
                continue
            elif child.name == "br":
                self.buffer.append("\n")
            elif child.name in BLOCKS:
                self.flush()
                if child.name == "li":
                    ordinal += 1
                    self.prefix = f"{ordinal}. " if node.name == "ol" else "• "
                self.walk(child)
                self.flush()
            else:
                self.walk(child)


def _content(soup: BeautifulSoup, **attrs: str) -> str | None:
    tag = soup.find("meta", attrs=attrs)
    value = tag.get("content") if tag else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _metadata(soup: BeautifulSoup) -> dict:
    title = _content(soup, property="og:title")
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
    if not title and soup.find("h1"):
        title = soup.find("h1").get_text(" ", strip=True)
    canonical = soup.find("link", rel="canonical")
    url = canonical.get("href") if canonical else None
    url = url or _content(soup, property="og:url")
    published = _content(soup, property="article:published_time") or _content(
        soup, name="date"
    )
    if not published:
        time = soup.find("time", datetime=True)
        published = time["datetime"] if time else None
    linked = _json_ld_article(soup)
    author = (_content(soup, name="author") or _content(soup, property="article:author")
              or linked.get("author"))
    publisher = _content(soup, property="og:site_name") or linked.get("publisher")
    return {"title": title or None, "url": url or None, "published": published,
            "author": author, "publisher": publisher}


ARTICLE_TYPES = {"Article", "NewsArticle", "BlogPosting", "MedicalWebPage", "ScholarlyArticle",
                 "Report", "WebPage", "MedicalScholarlyArticle", "AnalysisNewsArticle"}


def _json_ld_article(soup: BeautifulSoup) -> dict:
    """Author and publisher names from the page's schema.org JSON-LD (the first
    article-like node; ``@graph`` and lists are searched). Malformed JSON-LD,
    common in the wild, is ignored."""
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for node in _nodes(data):
            kinds = node.get("@type")
            kinds = set(kinds) if isinstance(kinds, list) else {kinds}
            if kinds & ARTICLE_TYPES:
                return {"author": _name(node.get("author")),
                        "publisher": _name(node.get("publisher"))}
    return {}


def _nodes(data) -> list[dict]:
    if isinstance(data, list):
        return [node for item in data for node in _nodes(item)]
    if isinstance(data, dict):
        return [data, *_nodes(data.get("@graph", []))]
    return []


def _name(value) -> str | None:
    """A person's or organisation's name: a string, ``{"name": …}``, or the
    names of a list joined."""
    if isinstance(value, list):
        names = [name for item in value if (name := _name(item))]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None
