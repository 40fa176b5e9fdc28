"""`annotator ingest` of Word and PDF files, through the command line: known by
their content (not their name), stored with where they came from, refused in
one line when they are not what their name says."""

import io
import json
import re

import docx

from tests.conftest import invoke


def word_file(path) -> None:
    document = docx.Document()
    document.core_properties.title = "Ketamine manuscript"
    document.core_properties.author = "Dr Ana Lima"
    document.add_heading("Ketamine for depression", level=1)
    document.add_paragraph("Ketamine relieves depression within hours in some patients.")
    document.add_paragraph("It was approved as a nasal spray in 2019.", style="List Bullet")
    document.add_paragraph("Its effect fades after about a week.", style="List Bullet")
    document.sections[0].header.paragraphs[0].text = "CONFIDENTIAL DRAFT"
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())


def test_a_word_file_is_ingested_by_its_content_with_its_source(runner, tmp_path):
    manuscript = tmp_path / "manuscript.docx"
    word_file(manuscript)
    renamed = tmp_path / "sent-as.txt"  # a Word file whose name says text
    renamed.write_bytes(manuscript.read_bytes())
    db = tmp_path / "claims.db"
    result = invoke(runner, "ingest", manuscript, renamed, "-d", db)
    assert result.exit_code == 0, result.output
    listed = {row["slug"]: row for row in
              json.loads(invoke(runner, "articles", "--json", "-d", db).output)}
    assert set(listed) == {"manuscript", "sent-as"}
    word = listed["manuscript"]
    assert (word["title"], word["author"]) == ("Ketamine manuscript", "Dr Ana Lima")
    assert word["source_type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert word["source_path"] == str(manuscript) and len(word["source_sha256"]) == 64
    units = json.loads(invoke(runner, "claims", "manuscript", "--all", "--json", "-d",
                              db).output)
    assert [(u["kind"], u["text"]) for u in units] == [
        ("heading", "Ketamine for depression"),
        ("claim", "Ketamine relieves depression within hours in some patients."),
        ("claim", "It was approved as a nasal spray in 2019."),
        ("claim", "Its effect fades after about a week."),
    ]


def test_a_file_named_docx_or_pdf_that_is_not_one_is_refused(runner, tmp_path):
    fake = tmp_path / "notes.docx"
    fake.write_text("Plain words in a file called .docx.\n", encoding="utf-8")
    fake_pdf = tmp_path / "scan.pdf"
    fake_pdf.write_text("Plain words in a file called .pdf.\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("Good article\n\nKetamine helps some patients.\n", encoding="utf-8")
    db = tmp_path / "claims.db"
    result = invoke(runner, "ingest", fake, fake_pdf, good, "--model", "blank", "-d", db)
    assert result.exit_code == 1
    assert f"Error: {fake}: not a DOCX file, whatever its name says" in result.stderr
    assert f"Error: {fake_pdf}: not a PDF file, whatever its name says" in result.stderr
    assert "good: new, revision 1" in result.stderr


def test_a_pdf_is_ingested_with_its_blocks_and_source(runner, tmp_path):
    from tests.sources.test_pdf import ARTICLE_BLOCKS, article_pages, make_pdf

    pdf = tmp_path / "press-release.pdf"
    pdf.write_bytes(make_pdf(article_pages(), info={
        "Title": "Vitamin D and bone health", "Author": "A. Writer",
        "CreationDate": "D:20240315093000+01'00'"}))
    db = tmp_path / "claims.db"
    result = invoke(runner, "ingest", pdf, "-d", db)
    assert result.exit_code == 0, result.output
    (row,) = json.loads(invoke(runner, "articles", "--json", "-d", db).output)
    assert (row["slug"], row["title"], row["author"], row["published"]) == (
        "press-release", "Vitamin D and bone health", "A. Writer", "2024-03-15")
    assert row["source_type"] == "application/pdf"
    units = json.loads(invoke(runner, "claims", "press-release", "--all", "--json", "-d",
                              db).output)
    text = " ".join(unit["text"] for unit in units)
    # Every block of the PDF's text is in the units, in order; no running header.
    at = 0
    for block in ARTICLE_BLOCKS:
        words = re.sub(r"^(?:• |\d+\. )", "", block).split()[:4]  # list markers
        at = text.index(" ".join(words), at)
    assert "Journal of Everyday Health" not in text
