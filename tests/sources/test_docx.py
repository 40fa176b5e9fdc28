"""Word (.docx) to text blocks and metadata. Every document is built here with
python-docx (raw WordprocessingML where python-docx has no API), so each test
shows exactly what the file holds."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from annotator.errors import InputError
from annotator.sources import docx as word
from annotator.sources.docx import docx_to_text, is_docx

W = nsdecls("w")


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def blocks(document) -> list[str]:
    text, _ = docx_to_text(save(document), "article.docx")
    assert text.endswith("\n") and not text.endswith("\n\n")
    return text[:-1].split("\n\n")


def xml(fragment: str):
    """A WordprocessingML element (``w:`` prefix declared)."""
    return parse_xml(re.sub(r"^<([\w:]+)", rf"<\1 {W}", fragment, count=1))


def zip_of(**members: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name.replace("__", "/"), content)
    return buffer.getvalue()


# Blocks -------------------------------------------------------------------------


def test_headings_paragraphs_lists_and_tables_become_blocks_in_document_order():
    document = docx.Document()
    document.add_heading("Coffee and the heart", level=0)  # style "Title"
    intro = document.add_paragraph("Coffee is   widely drunk.")
    intro.add_run().add_break()  # a soft line break (Shift+Enter) inside the paragraph
    intro.add_run("Most adults\thave a cup a day.")
    document.add_paragraph("")  # an empty paragraph: no block
    document.add_heading("What studies found", level=1)
    document.add_paragraph("Moderate intake is safe.", style="List Bullet")
    document.add_paragraph("Nested point.", style="List Bullet 2")
    document.add_heading("How much?", level=2)
    for step in ("Start with one cup.", "Avoid it after noon."):
        document.add_paragraph(step, style="List Number")
    document.add_paragraph("Decaf is an option.")
    # The same numbering instance again: Word continues the count (3.), as here.
    document.add_paragraph("Stop if palpitations start.", style="List Number")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "Dose"
    table.cell(0, 1).text = "Effect"
    table.cell(1, 0).text = "400 mg a day"
    table.cell(1, 1).text = "Safe for most adults."
    table.cell(1, 1).add_paragraph("Less in pregnancy.")
    merged = table.cell(1, 0).merge(table.cell(2, 0))  # a vertical merge: text once
    assert merged.text == "400 mg a day"
    table.cell(2, 1).text = "No data."
    document.add_paragraph("Talk to your doctor.")
    section = document.sections[0]
    section.header.paragraphs[0].text = "DRAFT - do not publish"
    section.footer.paragraphs[0].text = "Page 1 of 3"

    assert blocks(document) == [
        "Coffee and the heart",
        "Coffee is widely drunk. Most adults have a cup a day.",
        "What studies found",
        "• Moderate intake is safe.",
        "• Nested point.",
        "How much?",
        "1. Start with one cup.",
        "2. Avoid it after noon.",
        "Decaf is an option.",
        "3. Stop if palpitations start.",
        "Dose",
        "Effect",
        "400 mg a day",
        "Safe for most adults.",
        "Less in pregnancy.",
        "No data.",
        "Talk to your doctor.",
    ]


def test_nested_table_paragraphs_keep_document_order():
    document = docx.Document()
    document.add_paragraph("Before.")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Left."
    inner = outer.cell(0, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "Inner."
    outer.cell(0, 1).add_paragraph("After inner.")
    document.add_paragraph("After.")
    assert blocks(document) == ["Before.", "Left.", "Inner.", "After inner.", "After."]


def test_what_word_does_not_show_is_left_out_and_what_it_shows_is_kept():
    document = docx.Document()
    paragraph = document.add_paragraph()
    for part in ("Coffee", " ", "lowers"):  # a run holding only a space keeps it
        paragraph.add_run(part)
    paragraph._p.append(xml('<w:del w:id="1" w:author="Ed"><w:r><w:delText> raises'
                            "</w:delText></w:r></w:del>"))
    paragraph._p.append(xml('<w:ins w:id="2" w:author="Ed"><w:r><w:t xml:space="preserve">'
                            " the risk</w:t></w:r></w:ins>"))
    paragraph._p.append(xml('<w:r><w:rPr><w:vanish/></w:rPr><w:t>SECRET</w:t></w:r>'))
    paragraph._p.append(xml(
        '<w:hyperlink><w:r><w:t xml:space="preserve"> of stroke</w:t></w:r></w:hyperlink>'))
    # A field: its code (instrText) is hidden, its result shown.
    for run in ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r><w:instrText xml:space="preserve"> REF cite </w:instrText></w:r>',
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r><w:t xml:space="preserve"> (study 1)</w:t></w:r>',
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
                '<w:r><w:t>.</w:t></w:r>'):
        paragraph._p.append(xml(run))
    # A text box, written twice as Word does (drawing and VML fallback): neither shown.
    paragraph._p.append(parse_xml(
        f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p>'
        "<w:r><w:t>BOX</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>BOX</w:t></w:r></w:p>"
        "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"))
    commented = document.add_paragraph("Tea has less caffeine.")
    document.add_comment(commented.runs, text="COMMENT: source?", author="Ed")
    # A block-level content control (as in many newsroom templates).
    commented._p.addnext(xml('<w:sdt><w:sdtPr><w:alias w:val="Standfirst"/></w:sdtPr>'
                             "<w:sdtContent><w:p><w:r><w:t>In a control.</w:t></w:r></w:p>"
                             "</w:sdtContent></w:sdt>"))
    document.add_paragraph("Contents", style="TOC Heading")
    document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Coffee and the heart\t3", style="toc 1")
    assert blocks(document) == [
        "Coffee lowers the risk of stroke (study 1).",
        "Tea has less caffeine.",
        "In a control.",
    ]


# Lists --------------------------------------------------------------------------


def numbering_instance(document, formats: list[str], restart: int | None = None) -> int:
    """A new list definition with the given level formats (``decimal``,
    ``lowerLetter``, ``bullet``…) and an instance of it; its numId."""
    numbering = document.part.numbering_part.element
    abstract_id = 1 + max(int(a) for a in numbering.xpath("w:abstractNum/@w:abstractNumId"))
    levels = "".join(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                     f'<w:lvlText w:val="%{ilvl + 1}."/></w:lvl>'
                     for ilvl, fmt in enumerate(formats))
    numbering.xpath("w:num")[0].addprevious(
        xml(f'<w:abstractNum w:abstractNumId="{abstract_id}">{levels}</w:abstractNum>'))
    return another_instance(document, abstract_id, restart)


def another_instance(document, abstract_id: int, restart: int | None = None) -> int:
    num = document.part.numbering_part.element.add_num(abstract_id)
    if restart is not None:
        num.add_lvlOverride(ilvl=0).add_startOverride(restart)
    return num.numId


def abstract_of(document, num_id: int) -> int:
    numbering = document.part.numbering_part.element
    return int(numbering.num_having_numId(num_id).abstractNumId.val)


def item(document, text: str, num_id: int, ilvl: int = 0, style: str = "List Paragraph"):
    paragraph = document.add_paragraph(text, style=style)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def test_nested_levels_count_separately_and_reset_under_a_new_parent():
    document = docx.Document()
    outline = numbering_instance(document, ["decimal", "lowerLetter", "bullet"])
    item(document, "Drink water.", outline)
    item(document, "Before meals.", outline, 1)
    item(document, "After exercise.", outline, 1)
    item(document, "Especially outdoors.", outline, 2)
    item(document, "Sleep enough.", outline)
    item(document, "Seven hours.", outline, 1)
    # Letters are written as numbers: the segmenter knows digits and bullets.
    assert blocks(document) == [
        "1. Drink water.", "1. Before meals.", "2. After exercise.", "• Especially outdoors.",
        "2. Sleep enough.", "1. Seven hours.",
    ]


def test_a_new_list_restarts_and_an_interrupted_one_continues():
    document = docx.Document()
    first = numbering_instance(document, ["decimal"])
    item(document, "First step.", first)
    item(document, "Second step.", first)
    document.add_paragraph("A remark between the steps.")
    item(document, "Third step.", first)
    # Word's "Restart at 1": a new instance of the definition with a start override.
    second = another_instance(document, abstract_of(document, first), restart=1)
    item(document, "Another list.", second)
    item(document, "Its second item.", second)
    # A definition's count is shared by its instances (ECMA-376 §17.9): an instance
    # without an override continues where the last one stopped.
    third = another_instance(document, abstract_of(document, first))
    item(document, "Continued.", third)
    own = numbering_instance(document, ["decimal"])  # a definition of its own: from 1
    item(document, "Separate list.", own)
    assert blocks(document) == [
        "1. First step.", "2. Second step.", "A remark between the steps.", "3. Third step.",
        "1. Another list.", "2. Its second item.", "3. Continued.", "1. Separate list.",
    ]


def test_the_numbering_definition_decides_bullet_or_number_before_the_style_name():
    document = docx.Document()
    bullets = numbering_instance(document, ["bullet"])
    numbers = numbering_instance(document, ["decimal"])
    item(document, "Numbered though styled as bullet.", numbers, style="List Bullet")
    item(document, "Bullet though styled as number.", bullets, style="List Number")
    document.add_paragraph("Indented, no numbering.", style="List Paragraph")
    item(document, "Bullet removed (numId 0).", 0, style="List Bullet")
    # A numbering instance that does not exist: the style name decides, and lists
    # known only by their style restart after an ordinary paragraph.
    item(document, "By style one.", 999, style="List Number")
    item(document, "By style two.", 999, style="List Number")
    document.add_paragraph("Ordinary.")
    item(document, "By style again.", 999, style="List Number")
    item(document, "Unknown style.", 999, style="Normal")
    assert blocks(document) == [
        "1. Numbered though styled as bullet.",
        "• Bullet though styled as number.",
        "• Indented, no numbering.",
        "Bullet removed (numId 0).",
        "1. By style one.",
        "2. By style two.",
        "Ordinary.",
        "1. By style again.",
        "• Unknown style.",
    ]


def test_an_empty_numbered_item_still_counts_as_in_word():
    document = docx.Document()
    document.add_paragraph("One.", style="List Number")
    document.add_paragraph("", style="List Number")
    document.add_paragraph("Three.", style="List Number")
    assert blocks(document) == ["1. One.", "3. Three."]


# Metadata -----------------------------------------------------------------------


def test_metadata_from_core_properties():
    document = docx.Document()
    document.add_heading("A heading that is not the title", level=1)
    document.add_paragraph("Text.")
    properties = document.core_properties
    properties.title = "  Coffee and the heart  "
    properties.author = "Dana Reyes"
    properties.created = dt.datetime(2024, 3, 15, 9, 30, tzinfo=dt.UTC)
    text, meta = docx_to_text(save(document), "coffee.docx")
    assert text == "A heading that is not the title\n\nText.\n"
    assert meta == {"title": "Coffee and the heart", "author": "Dana Reyes",
                    "published": "2024-03-15"}


def test_title_falls_back_to_the_first_title_or_level_one_heading():
    document = docx.Document()
    document.add_paragraph("Standfirst before any heading.")
    document.add_heading("Subsection", level=2)
    document.add_heading("Vitamin D myths", level=1)
    document.add_heading("Later title", level=0)
    _, meta = docx_to_text(save(document), "d.docx")
    # python-docx's template says author "python-docx", created 2013-12-23: not the article's.
    assert meta == {"title": "Vitamin D myths", "author": None, "published": None}

    outlined = docx.Document()
    paragraph = outlined.add_paragraph("Outline level 1 in a plain style")
    paragraph._p.get_or_add_pPr().append(xml('<w:outlineLvl w:val="0"/>'))
    assert docx_to_text(save(outlined), "o.docx")[1]["title"] == "Outline level 1 in a plain style"

    untitled = docx.Document()
    untitled.add_paragraph("No heading at all.")
    assert docx_to_text(save(untitled), "u.docx")[1]["title"] is None


def test_an_empty_document_gives_no_text():
    assert docx_to_text(save(docx.Document()), "empty.docx") == (
        "", {"title": None, "author": None, "published": None})


# Recognising and refusing -------------------------------------------------------


def test_is_docx_by_content_whatever_the_name():
    document = docx.Document()
    document.add_paragraph("Hello.")
    data = save(document)
    assert is_docx(data)
    assert not is_docx(zip_of(notes__readme__txt="not Word"))
    assert not is_docx(zip_of(**{"xl__workbook.xml": "<workbook/>"}))
    assert not is_docx(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert not is_docx(b"")
    assert not is_docx(b"PK but not a zip")
    # Cut after Word's main part began: still recognised, so ingest can say "damaged".
    offset = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/document.xml").header_offset
    assert is_docx(data[: offset + 60])


def refused(data: bytes, name: str = "draft.docx") -> str:
    with pytest.raises(InputError) as caught:
        docx_to_text(data, name)
    message = str(caught.value)
    assert message.startswith(f"{name}: ") and "\n" not in message
    return message


def test_damaged_and_foreign_files_are_refused_with_their_name():
    document = docx.Document()
    document.add_paragraph("Hello.")
    data = save(document)
    assert "damaged" in refused(data[: len(data) // 2])
    assert "not a Word document" in refused(zip_of(notes__readme__txt="x"), "notes.docx")
    assert "an Excel workbook" in refused(zip_of(**{"xl__workbook.xml": "<workbook/>"}))
    assert "old Word .doc" in refused(word.OLE_MAGIC + bytes(600), "old.doc")
    assert "not a Word .docx file" in refused(b"%PDF-1.7\n")
    # Word's main part present but not XML.
    broken = rewritten(data, (b"</w:document>", b""))
    assert "damaged Word document (XMLSyntaxError" in refused(broken)


def test_a_macro_enabled_document_or_a_template_is_refused_with_advice():
    data = save(docx.Document())
    main = b"wordprocessingml.document.main+xml"
    docm = rewritten(data, (main, b"ms-word.document.macroEnabled.main+xml"))
    assert "macro-enabled" in refused(docm, "draft.docm")
    dotx = rewritten(data, (main, b"wordprocessingml.template.main+xml"))
    assert "template" in refused(dotx, "house.dotx")


def rewritten(data: bytes, *replacements: tuple[bytes, bytes]) -> bytes:
    """The same ZIP with byte replacements applied to every member."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            content = source.read(entry)
            for old, new in replacements:
                content = content.replace(old, new)
            target.writestr(entry, content)
    return out.getvalue()


def test_strict_open_xml_is_refused_with_advice():
    data = save(docx.Document())
    strict = rewritten(
        data,
        (b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
         b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
        (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
         b"http://purl.oclc.org/ooxml/officeDocument/relationships/"))
    assert "Strict Open XML" in refused(strict)
    # Only the body's namespace: python-docx opens it but finds no Word body.
    body_only = rewritten(data, (b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                 b"http://purl.oclc.org/ooxml/wordprocessingml/main"))
    assert "Strict Open XML" in refused(body_only)


def test_a_zip_that_would_inflate_beyond_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(word, "MAX_UNZIPPED", 1000)
    document = docx.Document()
    document.add_paragraph("x" * 2000)
    assert "expands to" in refused(save(document))
