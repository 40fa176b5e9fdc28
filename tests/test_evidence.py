"""Evidence recognition: PMIDs, DOIs and URLs are normalised; anything else is text."""

import pytest

from annotator.evidence import BadEvidence, Evidence, from_dict, recognise


@pytest.mark.parametrize(
    "typed, kind, value, note",
    [
        ("PMID: 12345678", "pmid", "12345678", None),
        ("pmid 123", "pmid", "123", None),
        ("PMID12345 - Zarate 2006 RCT", "pmid", "12345", "Zarate 2006 RCT"),
        ("PubMed ID 31109201", "pmid", "31109201", None),
        ("https://pubmed.ncbi.nlm.nih.gov/123/", "pmid", "123", None),
        ("https://www.ncbi.nlm.nih.gov/pubmed/00456?dopt=Abstract", "pmid", "456", None),
        ("doi:10.1000/xyz", "doi", "10.1000/xyz", None),
        ("https://doi.org/10.1000/XYZ", "doi", "10.1000/XYZ", None),
        ("http://dx.doi.org/10.1000%2FABC", "doi", "10.1000/ABC", None),
        ("DOI 10.1038/S41386-023-01629-W; review", "doi", "10.1038/S41386-023-01629-W", "review"),
        ("10.1016/S0140-6736(17)32802-7.", "doi", "10.1016/S0140-6736(17)32802-7", None),
        ("(doi:10.1176/appi.ajp.2017.17060647)", "doi", "10.1176/appi.ajp.2017.17060647", None),
        ("https://Example.ORG/Path?q=1, table 2", "url", "https://example.org/Path?q=1", "table 2"),
        ("<https://medlineplus.gov/depression.html>", "url",
         "https://medlineplus.gov/depression.html", None),
        ("Haapakoski et al. Brain Behav Immun 2015;49:206-21", "text",
         "Haapakoski et al. Brain Behav Immun 2015;49:206-21", None),
        ("see https://x.org", "text", "see https://x.org", None),
        ("  12345678  ", "text", "12345678", None),
    ],
)
def test_recognise(typed, kind, value, note):
    assert recognise(typed) == Evidence(kind, value, note)


def test_explicit_note_wins_and_labels():
    item = recognise("PMID: 99 ignored words", note="  phase 2 trial ")
    assert item == Evidence("pmid", "99", "phase 2 trial")
    assert item.label() == "PMID 99 (phase 2 trial)"
    assert recognise("doi:10.1000/X").label() == "doi:10.1000/X"  # case kept for display
    assert recognise("doi:10.1000/X") == recognise("https://doi.org/10.1000/x")  # one paper
    assert item.as_dict() == {"kind": "pmid", "value": "99", "note": "phase 2 trial"}


@pytest.mark.parametrize("typed", ["", "   \n"])
def test_empty_evidence_is_refused(typed):
    with pytest.raises(BadEvidence, match="empty"):
        recognise(typed)


def test_from_dict_keeps_what_it_is_given_and_checks_it():
    given = {"kind": "url", "value": "https://doi.org/10.1/X", "note": "as typed"}
    assert from_dict(given).as_dict() == given  # not re-normalised: import stays lossless
    with pytest.raises(BadEvidence, match="kind 'isbn'"):
        from_dict({"kind": "isbn", "value": "123"})
    with pytest.raises(BadEvidence, match="without a value"):
        from_dict({"kind": "doi", "value": " "})
    with pytest.raises(BadEvidence, match="expected an object"):
        from_dict("doi:10.1/x")


@pytest.mark.parametrize("typed, message", [
    ("PMID: abc", "a PMID is digits only"),
    ("PMID 12x34", "a PMID is digits only"),
    ("pubmed id: none", "a PMID is digits only"),
    ("doi:10.1/X", "a DOI is 10.NNNN/suffix"),  # a DOI prefix has 4 to 9 digits
    ("doi: 10.1000/", "a DOI is 10.NNNN/suffix"),
    ("10.12/abc", "a DOI is 10.NNNN/suffix"),
    ("https://doi.org/", "a DOI is 10.NNNN/suffix"),
])
def test_a_malformed_pmid_or_doi_is_refused_with_the_rule(typed, message):
    with pytest.raises(BadEvidence, match=message):
        recognise(typed)


def test_citations_that_merely_mention_the_words_stay_citations():
    for text in ("Doing well: a review (Smith 2020)", "PubMed search, 2023", "10 trials, 2019"):
        assert recognise(text).kind == "text"


def test_typed_text_is_stored_without_escapes_or_control_characters():
    from annotator.identity import clean_text

    assert clean_text("An hour\x1b[D\x1b[D, not minutes\x1bOC.") == "An hour, not minutes."
    assert clean_text("line one\nline two\tend\x00\x07\u202e") == "line one\nline two\tend"
