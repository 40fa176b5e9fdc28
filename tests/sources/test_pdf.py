"""PDF to text blocks (annotator.sources.pdf). The PDFs are written here, by hand:
pypdf reads PDFs but cannot typeset text, so :func:`make_pdf` emits the objects,
the cross-reference table and the trailer itself, with pages drawn in the
standard Type 1 fonts (no font files needed)."""

from __future__ import annotations

import io
import time
import zlib

import pytest
from pypdf import PdfReader, PdfWriter

from annotator.errors import InputError
from annotator.nlp.blocks import blocks as layout_blocks
from annotator.sources.pdf import pdf_to_text
from annotator.sources.read import read_source

# Building PDFs -----------------------------------------------------------------------

FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold", "F3": "Times-Roman"}


def pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsi (cp1252): "•" is byte 0x95 there."""
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


class Page:
    """A page's content stream, drawn with a few helpers."""

    def __init__(self) -> None:
        self.ops: list[bytes] = []
        self.forms: dict[str, bytes] = {}  # resource name -> form content
        self.images: list[str] = []

    def text(self, x: float, y: float, words: str, font: str = "F1", size: float = 10) -> Page:
        """One run of text in its own text object (as most generators write lines)."""
        self.ops.append(b"BT /%s %g Tf %g %g Td %s Tj ET" % (
            font.encode(), size, x, y, pdf_string(words)))
        return self

    def raw(self, operators: str) -> Page:
        self.ops.append(operators.encode("cp1252"))
        return self

    def item(self, x: float, y: float, words: str, bullet: str = "•") -> Page:
        """A list item: the bullet, then its text 12 points to the right, in one
        text object (two runs, as word processors set them)."""
        self.ops.append(b"BT /F1 10 Tf %g %g Td %s Tj 12 0 Td %s Tj ET" % (
            x, y, pdf_string(bullet), pdf_string(words)))
        return self

    def lines(self, x: float, y: float, lines: list[str], leading: float = 14,
              font: str = "F1", size: float = 10) -> float:
        """Lines one below the other; returns the baseline after the last."""
        for line in lines:
            self.text(x, y, line, font, size)
            y -= leading
        return y

    def image(self, name: str = "Im1", placed: str = "612 0 0 792 0 0") -> Page:
        self.images.append(name)
        self.ops.append(b"q %s cm /%s Do Q" % (placed.encode(), name.encode()))
        return self

    def form(self, name: str, content: str, placed: str) -> Page:
        self.forms[name] = content.encode("cp1252")
        self.ops.append(b"q %s cm /%s Do Q" % (placed.encode(), name.encode()))
        return self

    @property
    def content(self) -> bytes:
        return b"\n".join(self.ops)


def stream(body: bytes, extra: bytes = b"", compress: bool = False) -> bytes:
    if compress:
        body, extra = zlib.compress(body), extra + b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(body), extra, body)


def make_pdf(pages: list[Page], info: dict[str, str] | None = None,
             compress: bool = False) -> bytes:
    """A complete PDF 1.4 file: catalog, page tree, the fonts of FONTS, every
    page with its content stream (and its images and forms), an /Info
    dictionary, an xref table and a trailer."""
    objects: list[bytes | None] = [None, None]  # 1: catalog, 2: page tree

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    fonts = b" ".join(
        b"/%s %d 0 R" % (key.encode(), add(
            b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
            % name.encode()))
        for key, name in FONTS.items())
    kids = []
    for page in pages:
        xobjects = []
        for name in page.images:
            # A 2 x 2 grey image: what a scanner makes, only smaller.
            number = add(stream(b"\x00\x80\x80\xff", b" /Type /XObject /Subtype /Image "
                                b"/Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8"))
            xobjects.append(b"/%s %d 0 R" % (name.encode(), number))
        for name, content in page.forms.items():
            number = add(stream(content, b" /Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                                b"/Resources << /Font << %s >> >>" % fonts))
            xobjects.append(b"/%s %d 0 R" % (name.encode(), number))
        contents = add(stream(page.content, compress=compress))
        resources = b"/Font << %s >> /XObject << %s >>" % (fonts, b" ".join(xobjects))
        kids.append(add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                        b"/Contents %d 0 R /Resources << %s >> >>" % (contents, resources)))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids), len(kids))
    info_entries = b" ".join(b"/%s %s" % (key.encode(), pdf_string(value))
                             for key, value in (info or {}).items())
    info_number = add(b"<< %s >>" % info_entries)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, info_number, xref)
    return bytes(out)


def running_lines(page: Page, number: int, total: int) -> Page:
    """The same header and footer on every page, with its page number."""
    page.text(72, 760, "Journal of Everyday Health", size=9)
    page.text(470, 760, "Vol. 12, No. 3", size=9)
    page.text(72, 40, "© 2024 Example Press. All rights reserved.", size=8)
    page.text(280, 40, f"Page {number} of {total}", size=9)
    return page


# The article -------------------------------------------------------------------------


def article_pages() -> list[Page]:
    one = running_lines(Page(), 1, 3)
    one.text(72, 700, "Vitamin D and Bone Health", font="F2", size=18)
    y = one.lines(72, 670, [
        "Vitamin D helps the body absorb calcium, and a lack of it weakens",
        "bones over the years. Doctors often recommend treat-",
        "ment with supplements for people who rarely see the sun.",
    ])
    y = one.lines(72, y - 10, [
        "The well-known advice to take 1,000 units a day is not supported",
        "by the largest trials, which found no benefit for fractures.",
    ])
    one.text(72, y - 14, "What the trials found", font="F2", size=12)
    y = one.lines(72, y - 38, ["The main findings were:"])
    # A bullet and its text as two runs, the way word processors set a list;
    # the second item wraps under its text (a hanging indent).
    for words in ["Supplements did not prevent fractures in healthy adults.",
                  "People with a severe deficiency may still benefit from a"]:
        one.item(84, y, words)
        y -= 14
    y = one.lines(96, y, ["daily dose, taken with food."])
    y = one.lines(72, y - 10, ["Before you buy supplements:"])
    y = one.lines(84, y, ["1. Ask for a blood test of your vitamin D level.",
                          "2. Ask your doctor before taking high doses."])
    one.lines(84, y, ["- Spend some time outdoors.", "- Eat oily fish twice a week."])

    # Page two: two columns of running text, written row by row across the
    # gutter (left line, right line, ...), so that only the positions tell the
    # columns apart.
    two = running_lines(Page(), 2, 3)
    two.text(72, 700, "Falls in Older People", font="F2", size=14)
    left = [
        "Older people fall more often when their",
        "muscles are weak. Vitamin D may make",
        "muscles stronger, but the trials disagree.",
        "",
        "One large trial gave a yearly high dose",
        "and found more falls, not fewer, in the",
        "group that took it. Researchers recom-",
        "mend smaller daily doses instead of one",
    ]
    right = [
        "large dose once a year.",
        "",
        "Exercise programmes prevent falls in",
        "many studies. They work best when they",
        "train balance and strength together and",
        "when people keep them up for months, and",
    ]
    for row in range(max(len(left), len(right))):
        y = 670 - 14 * row
        if row < len(left) and left[row]:
            two.text(72, y, left[row])
        if row < len(right) and right[row]:
            two.text(320, y, right[row])

    three = running_lines(Page(), 3, 3)
    three.lines(72, 700, [
        "several reviews agree on that. Vaccines against COVID-",
        "19 were studied in the same people. The advice is well-",
        "known: stay active.",
    ])
    three.text(90, 650, "A first line indented opens a paragraph, even without")
    three.text(72, 636, "a blank line before it.")
    three.text(90, 622, "So does this one.")
    return [one, two, three]


ARTICLE_BLOCKS = [
    "Vitamin D and Bone Health",
    "Vitamin D helps the body absorb calcium, and a lack of it weakens bones over the "
    "years. Doctors often recommend treatment with supplements for people who rarely "
    "see the sun.",
    "The well-known advice to take 1,000 units a day is not supported by the largest "
    "trials, which found no benefit for fractures.",
    "What the trials found",
    "The main findings were:",
    "• Supplements did not prevent fractures in healthy adults.",
    "• People with a severe deficiency may still benefit from a daily dose, taken with food.",
    "Before you buy supplements:",
    "1. Ask for a blood test of your vitamin D level.",
    "2. Ask your doctor before taking high doses.",
    "• Spend some time outdoors.",
    "• Eat oily fish twice a week.",
    "Falls in Older People",
    "Older people fall more often when their muscles are weak. Vitamin D may make "
    "muscles stronger, but the trials disagree.",
    "One large trial gave a yearly high dose and found more falls, not fewer, in the group "
    "that took it. Researchers recommend smaller daily doses instead of one large dose "
    "once a year.",
    "Exercise programmes prevent falls in many studies. They work best when they train "
    "balance and strength together and when people keep them up for months, and several "
    "reviews agree on that. Vaccines against COVID-19 were studied in the same people. "
    "The advice is well-known: stay active.",
    "A first line indented opens a paragraph, even without a blank line before it.",
    "So does this one.",
]


@pytest.fixture(scope="module")
def article() -> bytes:
    return make_pdf(article_pages(), info={
        "Title": "Vitamin D and bone health", "Author": "A. Writer",
        "CreationDate": "D:20240315093000+01'00'",
    })


def test_generated_pdfs_are_valid_for_pypdf(article):
    reader = PdfReader(io.BytesIO(article))
    assert len(reader.pages) == 3
    plain = reader.pages[0].extract_text()
    assert "Vitamin D and Bone Health" in plain and "Journal of Everyday Health" in plain
    assert reader.metadata.title == "Vitamin D and bone health"


def test_article_blocks_in_reading_order(article):
    text, _ = pdf_to_text(article, "article.pdf")
    assert text.endswith("\n") and "\n\n\n" not in text
    assert text.rstrip("\n").split("\n\n") == ARTICLE_BLOCKS


def test_running_headers_footers_and_page_numbers_are_dropped(article):
    text, _ = pdf_to_text(article, "article.pdf")
    for gone in ("Journal of Everyday Health", "Vol. 12", "Example Press", "Page ", "of 3"):
        assert gone not in text


def test_title_repeated_as_running_header_is_kept_on_the_first_page():
    pages = []
    for number in range(1, 4):
        page = Page()
        if number == 1:
            page.text(72, 740, "Sleep and Memory", font="F2", size=20)
        else:
            page.text(72, 760, "Sleep and Memory", size=9)
        page.lines(72, 650, ["A paragraph of the article that runs over two lines and",
                             f"ends on page {number}."])
        page.text(300, 40, str(number), size=9)
        pages.append(page)
    text, _ = pdf_to_text(make_pdf(pages), "a.pdf")
    assert text.strip().split("\n\n") == [
        "Sleep and Memory",
        *(f"A paragraph of the article that runs over two lines and ends on page {number}."
          for number in range(1, 4))]


def test_two_columns_are_not_interleaved(article):
    text, _ = pdf_to_text(article, "article.pdf")
    # Rows 1 of both columns stand side by side in the file; the left column is
    # read to its end before the right one starts.
    assert text.index("muscles stronger") < text.index("instead of one large dose")
    assert text.index("instead of one large dose") < text.index("Exercise programmes")
    assert "their large dose" not in text and "their muscles" in text


def test_hyphens_at_line_ends(article):
    text, _ = pdf_to_text(article, "article.pdf")
    assert "treatment" in text and "treat-" not in text
    assert "recommend smaller" in text
    assert "COVID-19" in text  # a hyphen before a digit is kept
    assert "well-known: stay" in text  # written "well-known" elsewhere: kept
    assert "well- known" not in text and "wellknown" not in text


def test_metadata_from_the_document_info(article):
    _, meta = pdf_to_text(article, "article.pdf")
    assert meta == {"title": "Vitamin D and bone health", "author": "A. Writer",
                    "published": "2024-03-15"}


def test_metadata_missing_or_junk():
    page = Page().text(72, 700, "Some text that is long enough to read.")
    _, meta = pdf_to_text(make_pdf([page]), "a.pdf")
    assert meta == {"title": None, "author": None, "published": None}
    junk = make_pdf([page], info={"Title": "Microsoft Word - draft3.docx",
                                  "CreationDate": "D:20241399"})
    _, meta = pdf_to_text(junk, "a.pdf")
    assert meta["title"] is None and meta["published"] is None


def test_blocks_segment_as_paragraphs_headings_and_items(article):
    text, _ = pdf_to_text(article, "article.pdf")
    found = layout_blocks(text)
    assert [block.text for block in found][:2] == ARTICLE_BLOCKS[:2]
    items = [block.text for block in found if block.list_item]
    assert items == [
        "Supplements did not prevent fractures in healthy adults.",
        "People with a severe deficiency may still benefit from a daily dose, taken with food.",
        "Ask for a blood test of your vitamin D level.",
        "Ask your doctor before taking high doses.",
        "Spend some time outdoors.",
        "Eat oily fish twice a week.",
    ]
    headings = [block.text for block in found if block.single_line and not block.list_item
                and not block.text.endswith((".", ":"))]
    assert headings == ["Vitamin D and Bone Health", "What the trials found",
                        "Falls in Older People"]


def test_read_source_knows_a_pdf_by_its_content(article):
    source = read_source("misnamed.txt", article)
    assert source.source_type == "application/pdf"
    assert source.title == "Vitamin D and bone health"
    assert source.published == "2024-03-15"
    assert source.text.split("\n\n")[0] == "Vitamin D and Bone Health"


# Layout details ----------------------------------------------------------------------


def test_compressed_content_streams():
    text, _ = pdf_to_text(make_pdf(article_pages(), compress=True), "a.pdf")
    assert text.rstrip("\n").split("\n\n") == ARTICLE_BLOCKS


# Advance widths of Helvetica (from its AFM file), in thousandths of an em.
HELVETICA_WIDTHS = dict(zip("abcdefghijklmnopqrstuvwxyzM,.", [
    556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556,
    333, 500, 278, 556, 500, 722, 500, 500, 500, 833, 278, 278], strict=True))

PROSE = ("Moderate exercise lowers blood pressure in most adults and the effect lasts "
         "for as long as people keep exercising regularly every week of the year, "
         "whether they walk, cycle, swim or dance, and whatever their age or weight "
         "was when they started, according to a review of many trials published in "
         "the last ten years by researchers from several countries. Doctors advise "
         "adults to do at least two and a half hours of moderate activity a week, "
         "spread over most days, and to add exercises that strengthen muscles twice "
         "a week, such as lifting weights or working in the garden.")


def test_single_column_page_with_words_set_one_by_one_is_not_split():
    """A justified page whose every word is positioned on its own: words that
    happen to start at the same x in the middle of the page are no column."""
    words = PROSE.split()
    rows: list[list[tuple[float, str]]] = [[]]
    x = 72.0
    for word in words:
        width = sum(HELVETICA_WIDTHS.get(c, 556) for c in word) / 100  # at 10 points
        if x + width > 540:
            rows.append([])
            x = 72.0
        rows[-1].append((x, word))
        x += width + 2.78  # a space
    page = Page()
    for number, row in enumerate(rows):
        # Justify the row so that its last word starting left of x = 320 starts
        # there: the spaces before it widen a little, as in justified text.
        k, (start, _) = max((item for item in enumerate(row) if item[1][0] <= 320),
                            key=lambda item: item[1][0])
        delta = 320 - start if 320 - start <= 25 else 0
        for i, (x, word) in enumerate(row):
            page.text(round(x + delta * min(i, k) / max(k, 1), 2), 700 - 14 * number, word)
    assert sum(1 for row in page.ops if b" 320 " in row) >= 3
    text, _ = pdf_to_text(make_pdf([page]), "a.pdf")
    assert text == " ".join(words) + "\n"


def test_heading_in_the_body_font_and_wrapped_numbered_items():
    page = Page()
    y = page.lines(72, 700, [
        "KEY POINTS",
        "Most adults get enough vitamin D from sunlight in summer and from food in the rest",
        "of the year, so tests are rarely needed.",
    ])
    # Numbers at 72, the text of each item at 90, a wrapped line under its text.
    for number, lines in enumerate([["Take 10 micrograms a day in autumn and winter if you",
                                     "rarely go outside."],
                                    ["Do not take more than 100 micrograms a day."]], 1):
        page.text(72, y, f"{number}.")
        y = page.lines(90, y, lines)
    text, _ = pdf_to_text(make_pdf([page]), "a.pdf")
    assert text.strip().split("\n\n") == [
        "KEY POINTS",
        "Most adults get enough vitamin D from sunlight in summer and from food in the rest of "
        "the year, so tests are rarely needed.",
        "1. Take 10 micrograms a day in autumn and winter if you rarely go outside.",
        "2. Do not take more than 100 micrograms a day.",
    ]


def test_paragraph_runs_on_across_a_page_break():
    one, two = Page(), Page()
    one.lines(72, 120, ["Sleep matters for health, and adults need seven",
                        "or more hours of it each night, according to"])
    two.lines(72, 700, ["most guidelines.", "", "A new paragraph starts here."])
    text, _ = pdf_to_text(make_pdf([one, two]), "a.pdf")
    assert text.strip().split("\n\n") == [
        "Sleep matters for health, and adults need seven or more hours of it each night, "
        "according to most guidelines.",
        "A new paragraph starts here.",
    ]


def test_text_inside_a_form_xobject_is_placed_where_it_is_drawn():
    # The form draws its text at y = 100 of its own space and is moved up by 600:
    # on the page it stands above the line drawn at y = 500.
    page = Page().text(72, 500, "Second paragraph, drawn directly on the page.")
    page.form("Fm1", "BT /F1 10 Tf 72 100 Td (First paragraph, inside a form.) Tj ET",
              "1 0 0 1 0 600")
    text, _ = pdf_to_text(make_pdf([page]), "a.pdf")
    assert text.strip().split("\n\n") == [
        "First paragraph, inside a form.", "Second paragraph, drawn directly on the page."]


def test_rotated_margin_stamp_is_dropped():
    page = Page().text(72, 700, "The article itself.")
    page.raw("BT /F1 8 Tf 0 1 -1 0 20 300 Tm (Downloaded from example.org) Tj ET")
    text, _ = pdf_to_text(make_pdf([page]), "a.pdf")
    assert text == "The article itself.\n"


def test_soft_hyphen_at_a_line_end():
    page = Page()
    page.lines(72, 700, ["A suc\xad", "cess story."])
    text, _ = pdf_to_text(make_pdf([page]), "a.pdf")
    assert text == "A success story.\n"


def test_times_roman_two_columns():
    """A narrower font (widths estimated for Times, not Helvetica)."""
    page = Page()
    left = ["Alpha beta gamma delta epsilon zeta eta", "theta iota kappa lambda mu nu xi.",
            "Omicron pi rho sigma tau upsilon phi.", "Chi psi omega, the end."]
    right = ["Right column starts here and goes", "on for a while in the same way as",
             "the left one did, to its end."]
    for row in range(4):
        page.text(72, 700 - 12 * row, left[row], font="F3")
        if row < 3:
            page.text(316, 700 - 12 * row, right[row], font="F3")
    text, _ = pdf_to_text(make_pdf([page]), "a.pdf")
    assert text.strip().split("\n\n") == [" ".join(left), " ".join(right)]


def test_justified_columns_with_kerning_leading_and_a_bold_word():
    """Lines set the way typesetters do: one text object per column, T* moving
    down by the leading, TJ arrays with kerning and word gaps, and a bold word
    switched to mid-line without a new position."""
    left = [
        "[(V)80(itamin)-333(D)-333(is)-333(made)-333(in)-333(the)] TJ",
        "T* [(skin)-250(when)-250(sunlight)-250(falls)-250(on)-250(it,)] TJ",
        "T* [(and)-300(is)-300(not )] TJ /F2 10 Tf [(always)] TJ /F1 10 Tf [( enough)] TJ",
        "T* [(in)-250(winter.)] TJ",
    ]
    right = [
        "[(Food)-333(gives)-333(only)-333(a)-333(little)-333(of)-333(it:)] TJ",
        "T* [(oily)-250(fish,)-250(eggs)-250(and)-250(fortified)] TJ",
        "T* [(milk)-250(are)-250(the)-250(main)-250(sources.)] TJ",
    ]
    page = Page()
    page.raw("BT /F1 10 Tf 13 TL 1 0 0 1 72 700 Tm " + " ".join(left) + " ET")
    page.raw("BT /F1 10 Tf 13 TL 1 0 0 1 318 700 Tm " + " ".join(right) + " ET")
    text, _ = pdf_to_text(make_pdf([page]), "a.pdf")
    assert text.strip().split("\n\n") == [
        "Vitamin D is made in the skin when sunlight falls on it, and is not always enough "
        "in winter.",
        "Food gives only a little of it: oily fish, eggs and fortified milk are the main "
        "sources.",
    ]


@pytest.mark.parametrize(("first", "second", "joined"), [
    ("a course of treat-", "ment.", "a course of treatment."),
    ("a self-", "reported survey.", "a self-reported survey."),
    ("a placebo-", "controlled trial.", "a placebo-controlled trial."),
    ("regular ex-", "ercise.", "regular exercise."),
    ("at the follow-", "up visit.", "at the follow-up visit."),
    ("an un-", "known cause.", "an unknown cause."),
    ("the HIV-", "positive group.", "the HIV-positive group."),
    ("SARS-CoV-", "2 infection.", "SARS-CoV-2 infection."),
    ("a 5-", "year study.", "a 5-year study."),
    ("a well-", "ness retreat.", "a wellness retreat."),
    ("the dose –", "not the drug.", "the dose – not the drug."),
])
def test_hyphen_at_a_line_end(first, second, joined):
    page = Page()
    page.lines(72, 700, ["This line is long enough to set the right margin of the text,",
                         f"and then {first}", second])
    text, _ = pdf_to_text(make_pdf([page]), "a.pdf")
    assert text.endswith(f"and then {joined}\n")


# Refusals ----------------------------------------------------------------------------


def test_scanned_pdf_without_text_layer_is_refused():
    data = make_pdf([Page().image(), Page().image()])
    assert len(PdfReader(io.BytesIO(data)).pages[0].images) == 1
    with pytest.raises(InputError) as raised:
        pdf_to_text(data, "scan.pdf")
    message = str(raised.value)
    assert message == ("scan.pdf: a scanned PDF with no text layer: run OCR first "
                       "(e.g. ocrmypdf) and ingest the result")
    assert "\n" not in message


def test_scan_with_a_text_stamp_is_still_a_scan():
    pages = [Page().image().text(72, 20, "Downloaded from example.org on 1 May 2024", size=6)
             for _ in range(3)]
    with pytest.raises(InputError, match="scanned PDF with no text layer on 3 of 3 pages"):
        pdf_to_text(make_pdf(pages), "scan.pdf")


def test_one_full_page_figure_in_a_typed_article_is_no_scan():
    text_page = Page()
    text_page.lines(72, 700, ["Typed text on the first page.", "More of it."])
    text, _ = pdf_to_text(make_pdf([text_page, Page().image()]), "a.pdf")
    assert text == "Typed text on the first page. More of it.\n"


def test_pdf_without_any_text_or_image_is_refused():
    with pytest.raises(InputError, match=r"^empty\.pdf: a PDF without text \(no text layer"):
        pdf_to_text(make_pdf([Page().raw("0 0 m 100 100 l S")]), "empty.pdf")


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n" + bytes(range(256)) * 8,
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog",
    b"%PDF-",
])
def test_damaged_pdf_is_refused(data):
    with pytest.raises(InputError) as raised:
        pdf_to_text(data, "broken.pdf")
    message = str(raised.value)
    assert message.startswith("broken.pdf: ") and "\n" not in message
    assert "damaged" in message or "without pages" in message


def test_truncated_pdf_is_refused_or_read():
    """A file cut short: pypdf rebuilds what it can; never a traceback."""
    data = make_pdf(article_pages())
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        try:
            text, _ = pdf_to_text(data[:cut], "cut.pdf")
        except InputError as error:
            assert str(error).startswith("cut.pdf: ") and "\n" not in str(error)
        else:
            assert isinstance(text, str)


def encrypted(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_encrypted_pdf_needing_a_password_is_refused(article):
    with pytest.raises(InputError) as raised:
        pdf_to_text(encrypted(article, "secret"), "locked.pdf")
    message = str(raised.value)
    assert message.startswith("locked.pdf: an encrypted PDF that needs a password")
    assert "\n" not in message


def test_encrypted_pdf_with_an_empty_user_password_is_read(article):
    text, _ = pdf_to_text(encrypted(article, ""), "protected.pdf")
    assert text.rstrip("\n").split("\n\n") == ARTICLE_BLOCKS


# Speed -------------------------------------------------------------------------------


SHORT_WORDS = ("vitamin bone calcium trial dose fracture muscle balance sun diet fish egg milk "
               "doctor nurse study review effect risk benefit harm group people")


def test_thirty_pages_are_read_quickly():
    words = SHORT_WORDS.split()
    pages = []
    for number in range(1, 31):
        page = running_lines(Page(), number, 30)
        for row in range(48):
            picked = [words[(number * 7 + row * 3 + k * 5) % len(words)] for k in range(6)]
            page.text(72, 720 - 14 * row, "Left " + " ".join(picked))
            page.text(320, 720 - 14 * row, "right " + " ".join(reversed(picked)))
        pages.append(page)
    data = make_pdf(pages)
    started = time.perf_counter()
    text, _ = pdf_to_text(data, "long.pdf")
    elapsed = time.perf_counter() - started
    assert "Page" not in text and "Journal" not in text
    assert text.count("Left ") == text.count("right ") == 30 * 48
    assert elapsed < 3, f"{elapsed:.2f} s for 30 pages"
