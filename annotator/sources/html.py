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
    _prune_chrome(soup)
    root = soup.find("article") or soup.find("main") or _content_root(
        soup.find("body") or soup)
    writer = _BlockWriter()
    writer.walk(root)
    writer.flush()
    return "\n\n".join(writer.blocks) + "\n", meta


# Class and id words that name page chrome in CMS themes: menus, banners, share
# buttons, related posts, comments, newsletter boxes, sidebars, ads, footers.
CHROME_WORDS = re.compile(
    r"(?:^|[-_ ])(?:menu|nav|navbar|navigation|breadcrumbs?|cookies?|consent|banner|gdpr|"
    r"share|sharing|social|related|recommended|comments?|respond|newsletter|subscribe|"
    r"signup|sidebar|widget|widget-area|ad|ads|advert|advertisement|ad-slot|sponsored|promo|"
    r"popup|modal|site-footer|footer|site-header|masthead|skip-link)(?:$|[-_ ])",
    re.IGNORECASE,
)
# A container holding at least this share of the page's paragraph text is the article.
CONTENT_SHARE = 0.9


def _prose_length(tag: Tag) -> int:
    """Characters of paragraph and list-item text in ``tag``."""
    return sum(len(p.get_text(" ", strip=True)) for p in tag.find_all(["p", "li"]))


def _prune_chrome(soup: BeautifulSoup) -> None:
    """Remove elements whose class or id names chrome, unless one holds most of
    the page's prose (a theme that calls the article "post-share-wrapper")."""
    total = _prose_length(soup) or 1
    for tag in soup.find_all(True):
        if tag.decomposed or tag.name in ("html", "body", "article", "main"):
            continue
        names = " ".join([*tag.get("class", []), tag.get("id") or "", tag.get("role") or ""])
        if names.strip() and CHROME_WORDS.search(names) and _prose_length(tag) < total / 2:
            tag.decompose()


def _content_root(node: Tag) -> Tag:
    """Without ``<article>`` or ``<main>``: the smallest container that still
    holds nearly all of the page's prose (the theme's "post-content" div)."""
    total = _prose_length(node)
    while total:
        children = [child for child in node.find_all(["div", "section"], recursive=False)
                    if _prose_length(child) >= CONTENT_SHARE * total]
        if len(children) != 1:
            return node
        node = children[0]
    return node


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
    linked = _json_ld_article(soup)
    title = _content(soup, property="og:title") or linked.get("title")
    h1 = soup.find("h1")
    heading = h1.get_text(" ", strip=True) if h1 else ""
    if not title and soup.title and soup.title.string:
        title = soup.title.string.strip()
        # "Melatonin: Uses and Risks | HealthSite": the page's own heading, without the site.
        if heading and title != heading and title.startswith(heading):
            title = heading
    title = title or heading
    canonical = soup.find("link", rel="canonical")
    url = canonical.get("href") if canonical else None
    url = url or _content(soup, property="og:url")
    published = _content(soup, property="article:published_time") or _content(
        soup, name="date"
    )
    published = published or linked.get("published")
    if not published:
        time = soup.find("time", datetime=True)
        published = time["datetime"] if time else None
    author = (_content(soup, name="author") or _content(soup, property="article:author")
              or linked.get("author"))
    publisher = _content(soup, property="og:site_name") or linked.get("publisher")
    return {"title": title or None, "url": url or None, "published": published,
            "author": author, "publisher": publisher}


ARTICLE_TYPES = {"Article", "NewsArticle", "BlogPosting", "MedicalWebPage", "ScholarlyArticle",
                 "Report", "WebPage", "MedicalScholarlyArticle", "AnalysisNewsArticle"}


def _json_ld_article(soup: BeautifulSoup) -> dict:
    """Author, publisher, headline and date from the page's schema.org JSON-LD (the first
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
                        "publisher": _name(node.get("publisher")),
                        "title": _text(node.get("headline")),
                        "published": _text(node.get("datePublished"))}
    return {}


def _nodes(data) -> list[dict]:
    if isinstance(data, list):
        return [node for item in data for node in _nodes(item)]
    if isinstance(data, dict):
        return [data, *_nodes(data.get("@graph", []))]
    return []


def _text(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _name(value) -> str | None:
    """A person's or organisation's name: a string, ``{"name": …}``, or the
    names of a list joined."""
    if isinstance(value, list):
        names = [name for item in value if (name := _name(item))]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None
