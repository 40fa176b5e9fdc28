"""Datasette on the annotator's database, configured by ``metadata.yaml`` at the root
of the repository (README: "Browse with Datasette"): Datasette runs in-process on a
database made by the real CLI, pages are asked of its internal client, and no socket
may connect anywhere."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from click.testing import CliRunner
from datasette.app import Datasette

from tests.conftest import DATA, ROOT, digest, ingested_seed, invoke

METADATA_PATH = ROOT / "metadata.yaml"
METADATA = yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))
# Datasette names a database after its file: `annotator`'s default is claims.db.
DATABASE = "claims"
TABLES = METADATA["databases"][DATABASE]["tables"]
SOFTWARE_COLUMNS = {"parse", "lemmas", "fingerprint"}
# The columns the store keeps as JSON text, each with its description saying so.
JSON_COLUMNS = {
    "reviews": ("reasons", "evidence"),
    "current_reviews": ("reasons", "evidence"),
    "suggestions": ("reasons", "evidence"),
}
ENV = ("ANNOTATOR_DB", "ANNOTATOR_REVIEWER", "ANNOTATOR_MODEL", "NO_COLOR")


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """The seed article ingested and the reference review imported, by the CLI."""
    path = tmp_path_factory.mktemp("datasette") / f"{DATABASE}.db"
    shutil.copy(ingested_seed(tmp_path_factory), path)
    result = invoke(CliRunner(), "import-reviews", DATA / "ketamine-depression.review.jsonl",
                    "-a", "ketamine-depression", "-r", "Reference review", "-d", path,
                    env=dict.fromkeys(ENV))
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def browse(reviewed, monkeypatch):
    """``browse(url, ...)``: the responses of a Datasette on the reviewed database,
    which must leave the file as it was and open no connection to anywhere."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access: {args[1:]}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    before = digest(reviewed)

    def get(*urls):
        async def run():
            ds = Datasette([str(reviewed)], metadata=METADATA)
            responses = [await ds.client.get(url) for url in urls]
            for url, response in zip(urls, responses, strict=True):
                assert response.status_code == 200, (url, response.text[:500])
            return responses

        return asyncio.run(run())

    yield get
    assert digest(reviewed) == before


def query(path, sql, *params):
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(sql, params)]


def columns_of(path, name):
    return [row["name"] for row in query(path, f"PRAGMA table_xinfo([{name}])")]


def page(response) -> BeautifulSoup:
    return BeautifulSoup(response.text, "lxml")


def headings(soup) -> list[str]:
    return [th["data-column"] for th in soup.select("table.rows-and-columns th[data-column]")]


def nocol_links(html: str) -> list[str]:
    return [a["href"] for a in BeautifulSoup(html, "lxml").find_all("a")
            if "_nocol" in a["href"]]


def normal(text: str) -> str:
    return " ".join(text.split())


def test_metadata_names_only_what_the_current_schema_has(reviewed):
    """A migration that renames or drops anything the metadata names fails here."""
    assert set(METADATA["databases"]) == {DATABASE}
    tables = {row["name"] for row in query(reviewed, "SELECT name FROM sqlite_master "
                                                     "WHERE type IN ('table', 'view')")}
    for name, settings in TABLES.items():
        assert name in tables, name
        columns = set(columns_of(reviewed, name))
        named = set(settings.get("columns", {})) | set(settings.get("facets", []))
        named |= set(settings.get("sortable_columns", []))
        if "label_column" in settings:
            named.add(settings["label_column"])
        assert named <= columns, (name, named - columns)
    assert set(columns_of(reviewed, "units")) >= SOFTWARE_COLUMNS
    # The links that leave out the software's columns name columns that exist.
    links = [href for html in (METADATA["description_html"],
                               TABLES["units"]["description_html"])
             for href in nocol_links(html)]
    assert links
    for href in links:
        url = urlsplit(href)
        assert url.path == f"/{DATABASE}/units"
        assert set(parse_qs(url.query)["_nocol"]) == SOFTWARE_COLUMNS
    # What the metadata calls JSON is JSON in every row the CLI wrote.
    for name, json_columns in JSON_COLUMNS.items():
        for column in json_columns:
            assert "JSON" in TABLES[name]["columns"][column], (name, column)
            for row in query(reviewed, f"SELECT [{column}] FROM [{name}] "
                                       f"WHERE [{column}] IS NOT NULL"):
                json.loads(row[column])
    assert query(reviewed, "SELECT count(*) AS n FROM reviews WHERE evidence != '[]'")[0]["n"]


def test_units_are_labelled_by_their_text(browse, reviewed):
    texts = {row["id"]: row["text"] for row in query(reviewed, "SELECT id, text FROM units")}
    data, html, units = browse(f"/{DATABASE}/reviews.json?_labels=on&_shape=array&_size=max",
                               f"/{DATABASE}/reviews",
                               f"/{DATABASE}/units.json?_labels=on&_shape=array&_size=5")
    rows = data.json()
    assert len(rows) == query(reviewed, "SELECT count(*) AS n FROM reviews")[0]["n"]
    for row in rows:
        assert row["unit_id"]["label"] == texts[row["unit_id"]["value"]]
    links = page(html).select("td.col-unit_id a")
    assert links
    for link in links:
        unit_id = int(link["href"].rsplit("/", 1)[1])
        assert link.get_text() == texts[unit_id]
    assert {row["article_id"]["label"] for row in units.json()} == {"ketamine-depression"}


def test_units_page_links_to_itself_without_the_software_columns(browse):
    [units] = browse(f"/{DATABASE}/units?_size=5")
    description = page(units).select_one(".metadata-description")
    [href] = [a["href"] for a in description.find_all("a") if "_nocol" in a["href"]]
    trimmed, trimmed_json = browse(href, href.replace("/units?", "/units.json?"))
    shown = headings(page(trimmed))
    assert {"id", "text", "kind", "section", "hedged"} <= set(shown)
    assert not SOFTWARE_COLUMNS & set(shown)
    for column in SOFTWARE_COLUMNS:
        assert f"col-{column}" not in trimmed.text
    assert not SOFTWARE_COLUMNS & set(trimmed_json.json()["columns"])
    # The index and database pages send readers there.
    index, database = browse("/", f"/{DATABASE}")
    for response in (index, database):
        assert href in [a["href"] for a in page(response).select(".metadata-description a")]


def test_facets_on_kind_section_and_verdict(browse, reviewed):
    units, reviews, current, html = browse(f"/{DATABASE}/units.json",
                                           f"/{DATABASE}/reviews.json",
                                           f"/{DATABASE}/current_reviews.json",
                                           f"/{DATABASE}/units")
    kinds = {row["kind"]: row["n"] for row in query(
        reviewed, "SELECT kind, count(*) AS n FROM units GROUP BY kind")}
    facets = units.json()["facet_results"]
    assert {"kind", "section"} <= set(facets)
    assert {item["value"]: item["count"] for item in facets["kind"]["results"]} == kinds
    verdicts = {row["verdict"]: row["n"] for row in query(
        reviewed, "SELECT verdict, count(*) AS n FROM current_reviews GROUP BY verdict")}
    assert len(verdicts) == 3
    for response in (reviews, current):
        results = response.json()["facet_results"]["verdict"]["results"]
        assert {item["value"]: item["count"] for item in results} == verdicts
    soup = page(html)
    assert soup.select_one("#facet-kind") and soup.select_one("#facet-section")


def test_current_reviews_view_is_described(browse):
    [html] = browse(f"/{DATABASE}/current_reviews")
    soup = page(html)
    assert normal(soup.select_one(".metadata-description").get_text()) == normal(
        TABLES["current_reviews"]["description"])
    assert soup.select_one("#facet-verdict")
    # Column descriptions show in the column menus.
    described = {th["data-column"]: th["data-column-description"]
                 for th in soup.select("th[data-column-description]")}
    assert described == TABLES["current_reviews"]["columns"]


def test_json_columns_come_out_as_json(browse, reviewed):
    stored = {row["id"]: row for row in query(reviewed, "SELECT * FROM reviews")}
    api, html, view = browse(
        f"/{DATABASE}/reviews.json?_shape=array&_size=max&_json=reasons&_json=evidence",
        f"/{DATABASE}/reviews?_size=max",
        f"/{DATABASE}/current_reviews?_size=max")
    for row in api.json():
        for column in JSON_COLUMNS["reviews"]:
            assert row[column] == json.loads(stored[row["id"]][column])
            assert isinstance(row[column], list)
    # In the HTML pages (datasette-pretty-json), each is an indented JSON block.
    for response in (html, view):
        cells = page(response).select("td.col-evidence")
        assert cells
        for cell in cells:
            block = cell.find("pre")
            assert block is not None, cell
            text = block.get_text()
            assert not json.loads(text) or "\n    " in text, text
    ids = [a.get_text() for a in page(html).select("td.col-id a")]
    cells = [cell.find("pre").get_text() for cell in page(html).select("td.col-evidence")]
    for review_id, text in zip(ids, cells, strict=True):
        assert json.loads(text) == json.loads(stored[review_id]["evidence"])


def test_pretty_json_plugin_is_loaded(browse):
    [plugins] = browse("/-/plugins.json")
    assert "datasette-pretty-json" in {plugin["name"] for plugin in plugins.json()}


def test_metadata_is_served_as_written(browse):
    """Datasette read the whole file: nothing in it was dropped or misplaced."""
    [served] = browse("/-/metadata.json")
    assert served.json() == METADATA
    command = re.compile(r"\bdatasette claims\.db -m metadata\.yaml\b")
    assert command.search(METADATA_PATH.read_text(encoding="utf-8"))
    assert command.search((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_documented_command(reviewed):
    """`datasette claims.db -m metadata.yaml`, as the README has it, in the folder of
    the database; ``--get`` answers one request without opening a port."""
    datasette = Path(sys.executable).with_name("datasette")
    done = subprocess.run(
        [datasette, "claims.db", "-m", METADATA_PATH, "--get",
         f"/{DATABASE}/units.json?_labels=on&_shape=objects&_size=1"],
        cwd=reviewed.parent, capture_output=True, text=True, timeout=60, check=True)
    data = json.loads(done.stdout)
    assert {"kind", "section"} <= set(data["facet_results"])
    assert data["rows"][0]["article_id"]["label"] == "ketamine-depression"
