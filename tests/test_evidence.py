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
        ("https://doi.org/10.1000/XYZ", "doi", "10.1000/xyz", None),
        ("http://dx.doi.org/10.1000%2FABC", "doi", "10.1000/abc", None),
        ("DOI 10.1038/S41386-023-01629-W; review", "doi", "10.1038/s41386-023-01629-w", "review"),
        ("10.1016/S0140-6736(17)32802-7.", "doi", "10.1016/s0140-6736(17)32802-7", None),
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
    assert recognise("doi:10.1000/X").label() == "doi:10.1000/x"
    assert recognise("doi:10.1/X").kind == "text"  # a DOI prefix has 4 to 9 digits
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
