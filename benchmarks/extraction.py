"""Main-text extraction of web pages: how much of the article each extractor
keeps, and how much chrome it lets in.

Pages are the articles of ``corpus/`` (and ``../shared/corpus/`` when present)
wrapped in the chrome of ``tests/sources/chrome.py``, in its two markups (HTML5
elements; nothing but divs). For each extractor: recall (article words kept, of
the clean text's words, multiset) and leak (chrome blocks let in, of those on the
page), summed over pages. annotator's own extractor always runs; trafilatura and
readability-lxml run when installed (they are not dependencies: install them in
a scratch environment to compare, as README.md reports).

    python -m benchmarks.extraction
"""

from __future__ import annotations

import re
import time
from collections import Counter
from pathlib import Path

from annotator.sources.html import html_to_text
from tests.sources.chrome import CHROME, with_chrome

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")


def articles() -> list[tuple[str, str]]:
    found = {}
    for folder in (ROOT / "corpus", ROOT.parent / "shared" / "corpus"):
        for path in sorted(folder.glob("*.txt")):
            if not path.name.lower().startswith("readme"):
                found[path.stem] = path.read_text(encoding="utf-8")
    return sorted(found.items())


def annotator_extract(html: str) -> str:
    return html_to_text(html)[0]


def extractors() -> dict:
    found = {"annotator (BeautifulSoup + chrome pruning)": annotator_extract}
    try:
        import trafilatura

        found["trafilatura"] = lambda html: trafilatura.extract(
            html, include_comments=False, include_tables=True, favor_recall=True) or ""
    except ImportError:
        pass
    try:
        from readability import Document

        found["readability-lxml"] = lambda html: html_to_text(Document(html).summary())[0]
    except ImportError:
        pass
    return found


def measure() -> list[dict]:
    pages = [(name, semantic, clean, with_chrome(clean, semantic))
             for name, clean in articles() for semantic in (True, False)]
    rows = []
    for label, extract in extractors().items():
        kept = total = leaked = 0
        started = time.perf_counter()
        for _, _, clean, html in pages:
            text = extract(html)
            # The article's words without its first block (the title, which a
            # page shows in its own markup) against what came out.
            body = clean.split("\n\n", 1)[1] if "\n\n" in clean else clean
            want = Counter(WORD.findall(body.lower()))
            got = Counter(WORD.findall(text.lower()))
            kept += sum((want & got).values())
            total += sum(want.values())
            leaked += sum(chrome.split(" ", 1)[1][:30] in text for chrome in CHROME)
        seconds = time.perf_counter() - started
        rows.append({"extractor": label, "pages": len(pages), "recall": kept / total,
                     "chrome let in": f"{leaked}/{len(CHROME) * len(pages)}",
                     "seconds": round(seconds, 2)})
    return rows


def main() -> None:
    for row in measure():
        print(f"{row['extractor']:<45} pages {row['pages']:>3}  article words kept "
              f"{row['recall']:.3f}  chrome let in {row['chrome let in']:>7}  "
              f"{row['seconds']:.2f} s")


if __name__ == "__main__":
    main()
