"""An article as a real page wraps it: menus, a cookie banner, share buttons,
related posts, comments, a newsletter box and a footer. Two markups: one with
HTML5's own elements (``nav``, ``aside``, ``footer``, ``article``) and one of
nothing but ``div``s with class names, as many CMS themes write it. Used by
the extraction test and ``benchmarks/extraction.py``; every piece of chrome
carries the word ``CHROME`` so that what leaks is easy to count."""

from __future__ import annotations

from html import escape

CHROME = [
    "CHROME Home", "CHROME Health A-Z", "CHROME Drugs & Supplements", "CHROME Subscribe",
    "CHROME We use cookies to improve your experience. Accept all cookies?",
    "CHROME Share on Facebook", "CHROME Share on X",
    "CHROME Related: Ten foods that fight inflammation",
    "CHROME Related: Is coffee good for your heart?",
    "CHROME Comment by Sam: This changed my life, thank you!",
    "CHROME Comment by Alex: My doctor said the opposite.",
    "CHROME Sign up for our newsletter and get weekly health tips.",
    "CHROME Copyright 2024 Health Media Group. All rights reserved.",
    "CHROME Advertisement",
]


def blocks_of(text: str) -> list[str]:
    return [block.strip() for block in text.split("\n\n") if block.strip()]


def with_chrome(text: str, semantic: bool = True) -> str:
    """A page around ``text`` (blocks separated by blank lines; the first is the
    title). List items (``• `` or ``- ``) become ``<li>``s."""
    title, *body = blocks_of(text)
    paragraphs = []
    for block in body:
        lines = block.splitlines()
        if all(line.lstrip().startswith(("• ", "- ")) for line in lines):
            items = "".join(f"<li>{escape(line.lstrip()[2:])}</li>" for line in lines)
            paragraphs.append(f"<ul>{items}</ul>")
        else:
            paragraphs.append(f"<p>{escape(' '.join(lines))}</p>")
    menu = "".join(f'<li><a href="/{n}">{escape(c)}</a></li>' for n, c in enumerate(CHROME[:4]))
    share = "".join(f'<a class="share-button" href="#">{escape(c)}</a>' for c in CHROME[5:7])
    related = "".join(f'<li><a href="/r{n}">{escape(c)}</a></li>'
                      for n, c in enumerate(CHROME[7:9]))
    comments = "".join(f'<div class="comment"><p>{escape(c)}</p></div>' for c in CHROME[9:11])
    if semantic:
        return f"""<!DOCTYPE html><html lang="en"><head><title>{escape(title)} | Health</title>
</head><body>
<header><nav><ul>{menu}</ul></nav></header>
<div class="cookie-banner" role="dialog"><p>{escape(CHROME[4])}</p><button>OK</button></div>
<main><article><h1>{escape(title)}</h1>
<div class="share">{share}</div>
{"".join(paragraphs)}
</article>
<aside><h2>Related</h2><ul>{related}</ul></aside>
<section id="comments"><h2>Comments</h2>{comments}</section>
<aside class="newsletter"><p>{escape(CHROME[11])}</p></aside>
</main>
<footer><p>{escape(CHROME[12])}</p></footer></body></html>"""
    return f"""<html><head><title>{escape(title)} | Health</title></head><body>
<div id="top-menu" class="menu"><ul>{menu}</ul></div>
<div id="cookie-notice" class="cookie-consent"><p>{escape(CHROME[4])}</p></div>
<div class="ad-slot"><p>{escape(CHROME[13])}</p></div>
<div class="container"><div class="post">
<div class="post-title"><h1>{escape(title)}</h1></div>
<div class="social-share">{share}</div>
<div class="post-content entry-content">{"".join(paragraphs)}</div>
<div class="related-posts"><h3>You may also like</h3><ul>{related}</ul></div>
<div id="comments" class="comments-area"><h3>2 comments</h3>{comments}</div>
</div>
<div class="sidebar widget-area"><div class="widget newsletter-signup">
<p>{escape(CHROME[11])}</p></div></div></div>
<div class="site-footer"><p>{escape(CHROME[12])}</p></div></body></html>"""
