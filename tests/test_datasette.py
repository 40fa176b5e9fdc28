"""Datasette on the annotator's database, configured by ``metadata.yaml`` at the root
of the repository with the local plugin in ``datasette-plugins/`` (README: "Browse with
Datasette"): Datasette runs in-process on a database made by the real CLI, pages are
asked of its internal client, and no socket may connect anywhere."""

from __future__ import annotations

import asyncio
import csv
import io
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
PLUGINS_DIR = ROOT / "datasette-plugins"
PLUGIN = "annotator_browse"
METADATA = yaml.safe_load(METADATA_PATH.read_text(encoding="utf-8"))
# Datasette names a database after its file: `annotator`'s default is claims.db.
DATABASE = "claims"
TABLES = METADATA["databases"][DATABASE]["tables"]
SOFTWARE_COLUMNS = {"parse", "lemmas", "fingerprint"}
# The columns the store keeps as JSON text, each with its description saying so: the
# plugin gives them as JSON in the JSON API.
JSON_COLUMNS = {
    "units": ("parse",),
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
    """``browse(url, ...)``: the responses of a Datasette on the reviewed database, with
    the plugin, redirects followed; it must leave the file as it was and open no
    connection to anywhere."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access: {args[1:]}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    before = digest(reviewed)

    def get(*urls):
        async def run():
            ds = Datasette([str(reviewed)], metadata=METADATA, plugins_dir=str(PLUGINS_DIR))
            responses = [await ds.client.get(url, follow_redirects=True) for url in urls]
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


def arguments(response) -> dict[str, list[str]]:
    """The query of the URL that answered, after any redirect."""
    return parse_qs(response.url.query.decode(), keep_blank_values=True)


def plugin_settings(name) -> dict:
    return TABLES[name].get("plugins", {}).get(PLUGIN, {})


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
        for columns_of_plugin in plugin_settings(name).values():
            named |= set(columns_of_plugin)
        if "label_column" in settings:
            named.add(settings["label_column"])
        assert named <= columns, (name, named - columns)
    assert set(columns_of(reviewed, "units")) >= SOFTWARE_COLUMNS
    # The plugin's settings: the software's columns hidden, the JSON columns as JSON,
    # nothing else (and nothing outside the tables, where every table would inherit it).
    assert "plugins" not in METADATA and "plugins" not in METADATA["databases"][DATABASE]
    assert {name for name in TABLES if "plugins" in TABLES[name]} == set(JSON_COLUMNS)
    assert set(plugin_settings("units")["hidden_columns"]) == SOFTWARE_COLUMNS
    for name, settings in TABLES.items():
        assert set(settings.get("plugins", {})) <= {PLUGIN}, name
        assert set(plugin_settings(name)) <= {"hidden_columns", "json_columns"}, name
        assert tuple(plugin_settings(name).get("json_columns", ())) == JSON_COLUMNS.get(name, ())
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


def test_units_hide_the_software_columns_by_default(browse, reviewed):
    all_columns = columns_of(reviewed, "units")
    shown = [column for column in all_columns if column not in SOFTWARE_COLUMNS]
    index, html, api, csv_file, row = browse(
        "/", f"/{DATABASE}/units?_size=5", f"/{DATABASE}/units.json?_size=5&_shape=objects",
        f"/{DATABASE}/units.csv?_size=5", f"/{DATABASE}/units/1")
    # The front page sends readers to the units page, which redirects to itself with
    # what it leaves out in the address (the column menus build on the address).
    assert f"/{DATABASE}/units" in [a["href"] for a in page(index).select(
        ".metadata-description a")]
    assert set(arguments(html)["_nocol"]) == SOFTWARE_COLUMNS
    assert headings(page(html)) == shown
    for column in SOFTWARE_COLUMNS:
        assert f"col-{column}" not in html.text
    # The JSON and CSV leave them out in place: no redirect.
    assert "_nocol" not in arguments(api) and "_nocol" not in arguments(csv_file)
    assert api.json()["columns"] == shown
    assert list(api.json()["rows"][0]) == shown
    assert next(csv.reader(io.StringIO(csv_file.text))) == shown
    # The page of one unit too.
    assert headings(page(row)) == shown
    assert [td["class"][0] for td in page(row).select("table.rows-and-columns td")] == [
        f"col-{column}" for column in shown]
    assert "content: \"parse\"" not in row.text


def test_reviewer_names_are_hidden_by_default_as_in_reports_for_outside(browse, reviewed):
    html, api, view, asked = browse(
        f"/{DATABASE}/reviews?_size=5", f"/{DATABASE}/reviews.json?_size=5&_shape=objects",
        f"/{DATABASE}/current_reviews.json?_size=5&_shape=objects",
        f"/{DATABASE}/reviews.json?_size=5&_shape=objects&_col=reviewer")
    assert arguments(html)["_nocol"] == ["reviewer"]
    assert "reviewer" not in headings(page(html)) and "Reference review" not in html.text
    for response in (api, view):
        rows = response.json()["rows"]
        assert rows and all("reviewer" not in row for row in rows)
    # Asked for in the address, they show.
    assert {row["reviewer"] for row in asked.json()["rows"]} == {"Reference review"}


def test_one_units_json_leaves_the_software_columns_out_too(browse, reviewed):
    shown = [c for c in columns_of(reviewed, "units") if c not in SOFTWARE_COLUMNS]
    arrays, objects, array, asked = browse(
        f"/{DATABASE}/units/1.json", f"/{DATABASE}/units/1.json?_shape=objects",
        f"/{DATABASE}/units/1.json?_shape=array", f"/{DATABASE}/units/1.json?_col=parse")
    assert arrays.json()["columns"] == shown and len(arrays.json()["rows"][0]) == len(shown)
    assert list(objects.json()["rows"][0]) == shown
    assert list(array.json()[0]) == shown
    stored = query(reviewed, "SELECT text FROM units WHERE id = 1")[0]["text"]
    assert objects.json()["rows"][0]["text"] == stored
    # Asked for in the address, all of them.
    assert set(SOFTWARE_COLUMNS) <= set(asked.json()["columns"])


def test_columns_chosen_in_the_address_still_show(browse, reviewed):
    parses = {row["id"]: json.loads(row["parse"])
              for row in query(reviewed, "SELECT id, parse FROM units")}
    [units] = browse(f"/{DATABASE}/units?_size=5")
    [href] = [a["href"] for a in page(units).select(".metadata-description a")]
    assert set(parse_qs(urlsplit(href).query)["_col"]) == {"text", "parse"}
    html, api, without_kind, row = browse(
        href, f"/{DATABASE}/units.json?_col=parse&_shape=array&_size=max",
        f"/{DATABASE}/units.json?_nocol=kind&_size=1", f"/{DATABASE}/units/1?_col=parse")
    assert headings(page(html)) == ["id", "text", "parse"]
    assert arguments(html) == parse_qs(urlsplit(href).query)
    rows = api.json()
    assert len(rows) == len(parses)
    for item in rows:
        assert set(item) == {"id", "parse"}
        assert item["parse"] == parses[item["id"]]
    columns = without_kind.json()["columns"]
    assert set(columns) >= SOFTWARE_COLUMNS and "kind" not in columns
    assert set(headings(page(row))) >= SOFTWARE_COLUMNS


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
    hidden = plugin_settings("current_reviews")["hidden_columns"]
    assert described == {column: text for column, text
                         in TABLES["current_reviews"]["columns"].items() if column not in hidden}


def test_json_columns_come_out_as_json(browse, reviewed):
    stored = {row["id"]: row for row in query(reviewed, "SELECT * FROM reviews")}
    review_id = next(iter(stored))
    api, view, one, chosen, html, view_html = browse(
        f"/{DATABASE}/reviews.json?_shape=array&_size=max",
        f"/{DATABASE}/current_reviews.json?_shape=objects&_size=max",
        f"/{DATABASE}/reviews/{review_id}.json?_shape=objects",
        f"/{DATABASE}/reviews.json?_shape=array&_size=1&_json=reasons",
        f"/{DATABASE}/reviews?_size=max",
        f"/{DATABASE}/current_reviews?_size=max")
    assert len(api.json()) == len(stored)
    assert len(view.json()["rows"]) == query(
        reviewed, "SELECT count(*) AS n FROM current_reviews")[0]["n"]
    assert [row["id"] for row in one.json()["rows"]] == [review_id]
    for row in api.json() + view.json()["rows"] + one.json()["rows"]:
        for column in JSON_COLUMNS["reviews"]:
            assert row[column] == json.loads(stored[row["id"]][column])
            assert isinstance(row[column], list)
    # An address that says which columns to decode is left as it is.
    [row] = chosen.json()
    assert isinstance(row["reasons"], list)
    assert row["evidence"] == stored[row["id"]]["evidence"]
    # In the HTML pages (datasette-pretty-json), each is an indented JSON block.
    for response in (html, view_html):
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


def test_other_tables_are_left_as_they_are(browse, reviewed):
    for name in ("articles", "conflicts"):
        html, api = browse(f"/{DATABASE}/{name}?_size=3",
                           f"/{DATABASE}/{name}.json?_shape=array&_size=max")
        assert arguments(html) == {"_size": ["3"]}
        assert headings(page(html)) == columns_of(reviewed, name)
        assert api.json() == query(reviewed, f"SELECT * FROM [{name}] ORDER BY id")


def test_plugins_are_loaded(browse):
    [plugins] = browse("/-/plugins.json")
    assert {"datasette-pretty-json", f"{PLUGIN}.py"} <= {
        plugin["name"] for plugin in plugins.json()}


def test_metadata_is_served_as_written(browse):
    """Datasette read the whole file: nothing in it was dropped or misplaced."""
    [served] = browse("/-/metadata.json")
    assert served.json() == METADATA
    command = re.compile(
        r"\bdatasette claims\.db -m metadata\.yaml --plugins-dir datasette-plugins\b")
    assert command.search(METADATA_PATH.read_text(encoding="utf-8"))
    assert command.search((ROOT / "README.md").read_text(encoding="utf-8"))


def test_the_documented_command(reviewed):
    """`datasette claims.db -m metadata.yaml --plugins-dir datasette-plugins`, as the
    README has it, in the folder of the database; ``--get`` answers one request without
    opening a port."""
    datasette = Path(sys.executable).with_name("datasette")
    stored = {row["id"]: json.loads(row["evidence"])
              for row in query(reviewed, "SELECT id, evidence FROM reviews")}

    def get(url):
        done = subprocess.run(
            [datasette, "claims.db", "-m", METADATA_PATH, "--plugins-dir", PLUGINS_DIR,
             "--get", url],
            cwd=reviewed.parent, capture_output=True, text=True, timeout=60, check=True)
        return json.loads(done.stdout)

    data = get(f"/{DATABASE}/units.json?_labels=on&_shape=objects&_size=1")
    assert {"kind", "section"} <= set(data["facet_results"])
    assert data["rows"][0]["article_id"]["label"] == "ketamine-depression"
    assert not SOFTWARE_COLUMNS & set(data["columns"])
    for row in get(f"/{DATABASE}/reviews.json?_shape=array&_size=max"):
        assert row["evidence"] == stored[row["id"]]
