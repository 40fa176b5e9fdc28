"""Reading inputs: encodings, HTML to blocks, metadata, folders. No spaCy here."""

import pytest

from annotator.errors import InputError
from annotator.sources.html import html_to_text
from annotator.sources.read import (
    byline_date,
    check_date,
    check_slug,
    decode,
    expand_paths,
    first_heading,
    leading_date,
    read_source,
)

MESSY_HTML = """<!DOCTYPE html>
<html><head>
<title>Site | CBD &amp; sleep</title>
<meta property="og:title" content="What to know about CBD &amp; sleep">
<meta property="article:published_time" content="2024-03-15T09:00:00+00:00">
<link rel="canonical" href="https://example.org/cbd-sleep">
<style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav>
<article>
<h1>CBD &amp; Sleep</h1>
<!-- a comment that must vanish -->
<p>CBD   is a <b>cannabinoid</b>.<br>It is sold&nbsp;as oil.</p>
<h2 class=broken attr="x>Types:</h2>
<ul><li>Full spectrum</li><li>Isolate <em>only</em></li></ul>
<ol><li>Start low</li><li>Go slow</li></ol>
<p>Caf&eacute; owners &lt;3 it.</p>
</article>
<footer>Copyright</footer>
</body></html>
"""


def test_html_blocks_entities_and_dropped_parts():
    text, meta = html_to_text(MESSY_HTML)
    blocks = text.strip().split("\n\n")
    assert blocks[0] == "CBD & Sleep"
    assert blocks[1] == "CBD is a cannabinoid.\nIt is sold as oil."
    assert "• Full spectrum" in blocks
    assert "• Isolate only" in blocks
    assert "1. Start low" in blocks and "2. Go slow" in blocks
    assert blocks[-1] == "Café owners <3 it."
    for gone in ("not text", "comment", "Home", "Shop", "Copyright", "color"):
        assert gone not in text
    assert meta == {
        "title": "What to know about CBD & sleep",
        "url": "https://example.org/cbd-sleep",
        "published": "2024-03-15T09:00:00+00:00",
        "author": None,
        "publisher": None,
    }


@pytest.mark.parametrize("head, author, publisher", [
    ('<meta name="author" content="Ana Writer"><meta property="og:site_name" content="Daily">',
     "Ana Writer", "Daily"),
    ('<script type="application/ld+json">[{"@type": "WebSite"}, {"@type": ["NewsArticle"], '
     '"author": [{"name": "A"}, {"name": "B"}], "publisher": "Daily Ltd", '
     '"headline": "Ketamine news", "datePublished": "2024-03-15T08:00:00Z"}]</script>',
     "A, B", "Daily Ltd"),
    ('<script type="application/ld+json">{not json</script>', None, None),
])
def test_html_author_and_publisher(head, author, publisher):
    meta = html_to_text(f"<html><head>{head}</head><body><p>x.</p></body></html>")[1]
    assert (meta["author"], meta["publisher"]) == (author, publisher)
    if "headline" in head:  # JSON-LD's headline and date when the page has no other
        assert (meta["title"], meta["published"]) == ("Ketamine news", "2024-03-15T08:00:00Z")


def test_html_title_falls_back_to_title_tag_then_h1():
    assert html_to_text("<title>T</title><p>x.</p>")[1]["title"] == "T"
    assert html_to_text("<h1>Only heading</h1><p>x.</p>")[1]["title"] == "Only heading"
    # the site's name after the page's own heading is left out; another title is kept
    page = "<title>Melatonin: Uses | HealthSite</title><h1>Melatonin: Uses</h1><p>x.</p>"
    assert html_to_text(page)[1]["title"] == "Melatonin: Uses"
    assert html_to_text("<title>T</title><h1>Other</h1><p>x.</p>")[1]["title"] == "T"


def test_decode_utf8_with_and_without_bom():
    assert decode("Café".encode(), "a.txt") == ("Café", [])
    assert decode(b"\xef\xbb\xbfCaf\xc3\xa9", "a.txt") == ("Café", [])


def test_decode_cp1252_warns():
    text, warnings = decode("It’s café".encode("cp1252"), "old.txt")
    assert text == "It’s café"
    assert warnings == ["old.txt: not UTF-8, decoded as cp1252"]


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty input"),
        (b"  \n\t\n", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_decode_refuses_empty_and_binary(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "x.txt")


def test_read_source_txt_metadata_from_text(seed_text):
    source = read_source("corpus/ketamine-depression.txt", seed_text.encode())
    assert source.slug == "ketamine-depression"
    assert source.title == "Ketamine: A Drug That Could Revolutionize Depression Treatment"
    assert source.published == "2022-11-08"
    assert source.text == seed_text
    assert source.url is None


def test_read_source_normalises_newlines_and_reads_markdown(tmp_path):
    source = read_source(str(tmp_path / "Note One.md"), b"# Big title\r\n\r\nA claim.\r\n")
    assert source.text == "# Big title\n\nA claim.\n"
    assert source.title == "Big title"
    assert source.slug == "note-one"


def test_read_source_sidecar_metadata(tmp_path):
    (tmp_path / "post.meta.json").write_text(
        '{"title": "Real title", "source_url": "https://x.org/p", "date_published": "2018-10-31"}'
    )
    source = read_source(str(tmp_path / "post.txt"), b"Heading\n\nBody text.\n")
    assert (source.title, source.url, source.published) == (
        "Real title", "https://x.org/p", "2018-10-31",
    )


def test_read_source_stdin_sniffs_html_and_slugs_title():
    source = read_source("-", b"<html><title>Hello There</title><p>Text here.</p></html>")
    assert source.slug == "hello-there"
    assert source.text == "Text here.\n"
    assert source.source_path == "<stdin>"


def test_read_source_html_without_text_is_refused():
    with pytest.raises(InputError, match="no readable text"):
        read_source("a.html", b"<html><script>x()</script></html>")


def test_expand_paths_walks_folders_by_extension(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "README.md").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.HTML").write_text("x")
    (tmp_path / "sub" / "data.json").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("x")
    assert expand_paths([str(tmp_path), "-"]) == [
        str(tmp_path / "b.txt"), str(tmp_path / "sub" / "a.HTML"), "-",
    ]
    with pytest.raises(InputError, match="no such file"):
        expand_paths([str(tmp_path / "missing.txt")])


def test_dates():
    assert leading_date("November 8, 2022 Life\n") == "2022-11-08"
    assert leading_date("In November 8, 2022") is None
    assert check_date("2022-11-08") == "2022-11-08"
    assert check_date("November 8, 2022") == "2022-11-08"
    with pytest.raises(InputError, match="not a date"):
        check_date("last tuesday")


def test_the_date_of_a_byline_or_a_press_releases_dateline_is_the_articles():
    assert byline_date("Weight-loss drugs\n\nBy Chris Tan | March 10, 2026\n\nMedicare will "
                       "begin covering …") == "2026-03-10"
    assert byline_date("New data\n\nTITUSVILLE, N.J., May 5, 2018 /PRNewswire/ -- The Janssen "
                       "Pharmaceutical Companies of Johnson & Johnson today announced results "
                       "from two Phase 3 studies of esketamine nasal spray.") == "2018-05-05"
    # Published wins over updated, whichever comes first.
    assert byline_date("Title\nUpdated 3 June 2024\nPublished 1 May 2023\n") == "2023-05-01"
    # A date inside a long sentence is no byline; a date below the first lines is not one.
    assert byline_date("Ketamine was first approved by the FDA on March 19, 1970, and has since "
                       "become one of the most widely used anaesthetics in the world.") is None
    assert byline_date("Title\n" + "A line.\n" * 8 + "March 10, 2026\n") is None
    source = read_source("glp1.txt", b"Weight-loss drugs\n\nBy Chris Tan | March 10, 2026\n\n"
                         b"Medicare will begin covering it.")
    assert source.published == "2026-03-10"
    with pytest.raises(InputError, match="not a date"):
        check_date("2022-02-30")


def test_first_heading_skips_datelines_and_sentences():
    assert first_heading("November 8, 2022\n\nA sentence.\n\nThe Title\n") == "The Title"
    assert first_heading("Only sentences here.\n") is None
    # The very first line may ask; a later line ending in '?' is a sentence.
    assert first_heading("Does Melatonin Help You Sleep?\n\nBy Jane Doe\n") == \
        "Does Melatonin Help You Sleep?"
    assert first_heading("A sentence.\n\nIs it safe?\n\nThe Title\n") == "The Title"


class _Tty:
    def isatty(self):
        return True


def test_colour_needs_a_terminal_and_no_no_color(monkeypatch):
    from annotator.output import colour_enabled

    assert colour_enabled(_Tty()) is True
    assert colour_enabled(object()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert colour_enabled(_Tty()) is False


def test_decode_utf16_and_utf32_with_byte_order_marks():
    for codec in ("utf-16", "utf-32"):
        assert decode("Café ☕".encode(codec), "a.txt") == ("Café ☕", [])


def test_decode_a_byte_order_mark_alone_is_empty():
    with pytest.raises(InputError, match="empty input"):
        decode(b"\xef\xbb\xbf", "bom.txt")
    with pytest.raises(InputError, match="empty input"):
        decode("\ufeff  \n".encode("utf-16"), "bom16.txt")


def test_html_declared_charset_is_used():
    page = '<html><head><meta charset="iso-8859-7"></head><p>Καφές</p></html>'
    text, warnings = decode(page.encode("iso-8859-7"), "greek.html", html=True)
    assert "Καφές" in text and warnings == []
    legacy = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">Чай'
    assert decode(legacy.encode("cp1251"), "tea.htm", html=True)[0].endswith("Чай")


def test_html_with_a_wrong_charset_falls_back_with_a_warning():
    page = b'<meta charset="no-such-codec"><p>Caf\xe9</p>'
    text, warnings = decode(page, "x.html", html=True)
    assert "Café" in text and warnings == ["x.html: not UTF-8, decoded as cp1252"]


@pytest.mark.parametrize("slug", ["1", "  ", "has space", "a/b", "-x", "_x", "é!"])
def test_bad_slugs_are_refused(slug):
    with pytest.raises(InputError, match="--slug"):
        check_slug(slug)


def test_good_slugs_are_kept():
    assert check_slug(" ketamine-2022.v2_final ") == "ketamine-2022.v2_final"
    assert check_slug("café") == "café"  # é is a letter
    assert check_slug("cafe\u0301") == "café"  # composed (NFC)
    assert check_slug("καφές-2") == "καφές-2"


def test_sidecar_metadata_wins_over_the_html(tmp_path):
    (tmp_path / "a.meta.json").write_text('{"title": "Sidecar title"}')
    html = b"<html><title>HTML title</title><link rel=canonical href='https://x.org/a'>" \
           b"<p>Text here.</p></html>"
    source = read_source(str(tmp_path / "a.html"), html)
    assert source.title == "Sidecar title"
    assert source.url == "https://x.org/a"  # what the sidecar does not say still comes


def test_a_file_named_with_digits_gets_a_slug_that_is_not_an_id(tmp_path):
    assert read_source(str(tmp_path / "2024.txt"), b"Title\n\nText.\n").slug == "article-2024"


def test_dates_with_trailing_junk_are_refused():
    with pytest.raises(InputError, match="not a date"):
        check_date("2022-11-08 junk")
    assert check_date("2022-11-08T09:00:00Z") == "2022-11-08T09:00:00Z"
