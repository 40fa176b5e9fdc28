"""A saved page with its chrome (menus, cookie banner, share buttons, related
posts, comments, newsletter box, footer) around the seed article gives the same
units as the article's clean text, apart from the title; in both markups a
page may use (HTML5 elements, or nothing but divs with class names)."""

import json

import pytest

from tests.conftest import SEED, invoke
from tests.sources.chrome import with_chrome


def units(runner, path, db, slug):
    result = invoke(runner, "ingest", path, "--slug", slug, "-d", db)
    assert result.exit_code == 0, result.output
    listed = json.loads(invoke(runner, "claims", slug, "--all", "--json", "-d", db).output)
    # White space as HTML renders it: a no-break space in the text is a space there.
    return [(unit["kind"], " ".join(unit["text"].split())) for unit in listed]


@pytest.mark.parametrize("semantic", [True, False], ids=["html5", "div-soup"])
def test_a_page_with_chrome_gives_the_units_of_the_clean_text(runner, tmp_path, semantic):
    clean = SEED.read_text(encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(with_chrome(clean, semantic), encoding="utf-8")
    db = tmp_path / "claims.db"
    expected = units(runner, SEED, db, "clean")
    got = units(runner, page, db, "page")
    assert not [text for _, text in got if "CHROME" in text]  # no chrome let in
    # The page's <h1> is the text's first block; apart from it (the div-soup page
    # has it outside the article's div, and it reads as a heading there), the same
    # units, in the same order.
    title = clean.split("\n\n")[0].strip()
    assert expected[0][1] == title
    assert [u for u in got if u[1] != title] == expected[1:]
