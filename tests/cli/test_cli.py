"""The command line end to end: ingest every input format, read back, errors."""

import itertools
import json
import subprocess
import sys

import pytest

from tests.conftest import CORPUS, SEED, assert_one_line_error, digest, invoke


def test_ingest_seed_then_claims_all_json_has_valid_offsets(seeded, runner, seed_text):
    result = invoke(runner, "claims", "ketamine-depression", "--all", "--json", "-d", seeded)
    assert result.exit_code == 0
    units = json.loads(result.stdout)
    assert {"id", "seq", "start", "end", "kind", "text", "hedged", "section"} <= set(units[0])
    assert [u["seq"] for u in units] == list(range(1, len(units) + 1))
    for unit in units:
        assert seed_text[unit["start"]:unit["end"]] == unit["text"]
    for before, after in itertools.pairwise(units):
        assert before["end"] <= after["start"]
    texts = [u["text"] for u in units]
    assert "Ketamine is a general anesthetic that has been in use since the 1950s." in texts
    assert units[0]["text"] == "November 8, 2022 Life" and units[0]["kind"] != "claim"


def test_claims_default_lists_only_claims(seeded, runner):
    everything = json.loads(invoke(runner, "claims", "1", "--all", "--json", "-d", seeded).stdout)
    claims = json.loads(invoke(runner, "claims", "1", "--json", "-d", seeded).stdout)
    assert claims == [u for u in everything if u["kind"] == "claim"]
    human = invoke(runner, "claims", "ketamine-depression", "-d", seeded).stdout.splitlines()
    assert len(human) == len(claims)
    assert claims[0]["text"] in human[0] and str(claims[0]["id"]) in human[0]


def test_claims_nl_and_csv(seeded, runner):
    nl = invoke(runner, "claims", "ketamine-depression", "--nl", "-d", seeded).stdout.splitlines()
    first = json.loads(nl[0])
    csv_out = invoke(runner, "claims", "ketamine-depression", "--csv", "-d", seeded).stdout
    header, row = csv_out.splitlines()[:2]
    assert header == "id,seq,start,end,kind,text,hedged,section"
    assert row.startswith(f"{first['id']},{first['seq']},{first['start']},{first['end']},claim,")


def test_claims_by_kind_groups_units(seeded, runner):
    out = invoke(runner, "claims", "ketamine-depression", "--all", "--by-kind", "-d", seeded).stdout
    assert out.splitlines()[0].startswith("ketamine-depression: Ketamine: A Drug")
    assert "\nclaim (" in out and "\nheading (" in out


def test_reingest_is_a_no_op(seeded, runner):
    before = digest(seeded)
    result = invoke(runner, "ingest", SEED, "-d", seeded)
    assert result.exit_code == 0
    assert result.stderr.strip() == "ketamine-depression: unchanged (revision 1), nothing to do"
    assert digest(seeded) == before


def test_articles_progress(seeded, runner):
    rows = json.loads(invoke(runner, "articles", "--json", "-d", seeded).stdout)
    assert len(rows) == 1
    row = rows[0]
    assert row["slug"] == "ketamine-depression" and row["revision"] == 1
    assert row["published"] == "2022-11-08"
    assert row["reviewed"] == 0 and row["progress"] == 0
    assert row["claims"] > 0 and row["units"] > row["claims"]
    human = invoke(runner, "articles", "-d", seeded).stdout
    assert f"0/{row['claims']} claims reviewed (0%)" in human


def test_ingest_every_format_and_stdin(tmp_path, runner, db_path):
    (tmp_path / "plain.txt").write_text("Sleep Facts\n\nAdults need sleep. Sleep helps memory.\n")
    (tmp_path / "notes.md").write_text("# Markdown Facts\n\nWater is wet.\n")
    (tmp_path / "page.html").write_text(
        "<html><head><title>Html Facts</title>"
        '<link rel="canonical" href="https://example.org/p"></head>'
        "<body><h1>Html Facts</h1><p>Coffee contains caffeine.</p>"
        "<ul><li>Tea contains caffeine too.</li></ul></body></html>"
    )
    result = invoke(runner, "ingest", tmp_path, "--json", "-d", db_path)
    assert result.exit_code == 0, result.stderr
    assert [r["slug"] for r in json.loads(result.stdout)] == ["notes", "page", "plain"]
    result = invoke(
        runner, "ingest", "-", "--slug", "piped", "--published", "2020-01-02", "-d", db_path,
        input="Piped Title\n\nVitamin C is an antioxidant.\n",
    )
    assert result.exit_code == 0, result.stderr
    listed = json.loads(invoke(runner, "articles", "--json", "-d", db_path).stdout)
    articles = {a["slug"]: a for a in listed}
    assert articles["page"]["title"] == "Html Facts"
    assert articles["page"]["url"] == "https://example.org/p"
    assert articles["piped"]["published"] == "2020-01-02"
    page = json.loads(invoke(runner, "claims", "page", "--all", "--json", "-d", db_path).stdout)
    assert [u["text"] for u in page] == [
        "Html Facts", "Coffee contains caffeine.", "Tea contains caffeine too.",
    ]
    assert page[0]["kind"] == "heading"


def test_ingest_cp1252_warns(tmp_path, runner, db_path):
    (tmp_path / "old.txt").write_bytes("Caf\xe9 Facts\n\nIt\x92s a caf\xe9.\n".encode("latin-1"))
    result = invoke(runner, "ingest", tmp_path / "old.txt", "-d", db_path)
    assert result.exit_code == 0
    assert "Warning: " in result.stderr and "decoded as cp1252" in result.stderr
    units = json.loads(invoke(runner, "claims", "old", "--all", "--json", "-d", db_path).stdout)
    assert "It’s a café." in [u["text"] for u in units]


def test_ingest_reads_html_character_references_in_plain_text(tmp_path, runner, db_path):
    (tmp_path / "pasted.txt").write_text(
        "Omega-3 &amp; the heart\n\nFish oil didn&#39;t lower the risk of heart attacks."
        "&nbsp;The trial followed 25,871 adults.\n\nSalmon, sardines &amp; mackerel are "
        "good choices.\u200b\n", encoding="utf-8")
    result = invoke(runner, "ingest", tmp_path / "pasted.txt", "-d", db_path)
    assert result.exit_code == 0
    assert "HTML character references" in result.stderr
    units = json.loads(invoke(runner, "claims", "pasted", "--all", "--json", "-d", db_path).stdout)
    # "&amp;" split its sentence at the ";", "&nbsp;The" glued two; the zero-width space
    # after the last stop is no part of its unit.
    assert [u["text"] for u in units] == [
        "Omega-3 & the heart", "Fish oil didn't lower the risk of heart attacks.",
        "The trial followed 25,871 adults.", "Salmon, sardines & mackerel are good choices."]


@pytest.mark.parametrize(
    "content, fragment",
    [(b"", "empty input"), (b"\x00\x01\x02binary", "binary")],
)
def test_a_bad_input_is_one_line_and_the_good_ones_still_go_in(
    tmp_path, runner, seeded, content, fragment
):
    good = tmp_path / "good.txt"
    good.write_text("Good Title\n\nThis one is fine.\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = digest(seeded)
    alone = invoke(runner, "ingest", bad, "-d", seeded)
    assert_one_line_error(alone, fragment)
    assert digest(seeded) == before
    result = invoke(runner, "ingest", good, bad, "-d", seeded)
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"Error: {bad}") and fragment in lines[0]
    assert lines[1].startswith("good: new, revision 1")
    assert lines[2] == f"Error: 1 of 2 inputs not ingested: {bad}"


def test_missing_path_and_empty_folder(tmp_path, runner, db_path):
    assert_one_line_error(invoke(runner, "ingest", tmp_path / "nope.txt", "-d", db_path), "no such")
    (tmp_path / "empty").mkdir()
    assert_one_line_error(invoke(runner, "ingest", tmp_path / "empty", "-d", db_path), "no .txt")


def test_not_a_database_and_schema_too_new(tmp_path, runner, seeded):
    notes = tmp_path / "notes.db"
    notes.write_text("not sqlite")
    before = digest(notes)
    assert_one_line_error(invoke(runner, "articles", "-d", notes), "not an SQLite database")
    assert_one_line_error(invoke(runner, "ingest", SEED, "-d", notes), "not an SQLite database")
    assert digest(notes) == before
    import sqlite3

    conn = sqlite3.connect(seeded)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('annotator', 'm999_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = digest(seeded)
    assert_one_line_error(invoke(runner, "claims", "1", "-d", seeded), "newer annotator")
    assert digest(seeded) == before


def test_unknown_article_and_bad_choice(runner, seeded):
    assert_one_line_error(invoke(runner, "claims", "no-such", "-d", seeded), "no article 'no-such'")
    result = invoke(runner, "claims", "1", "--status", "maybe", "-d", seeded)
    assert result.exit_code == 2 and "Invalid value for '--status'" in result.stderr


def test_options_need_a_single_input(runner, db_path):
    result = invoke(runner, "ingest", SEED, SEED, "--title", "T", "-d", db_path)
    assert result.exit_code == 2 and "single input" in result.stderr


def test_db_from_environment(runner, seeded, monkeypatch):
    monkeypatch.setenv("ANNOTATOR_DB", str(seeded))
    rows = json.loads(invoke(runner, "articles", "--json").stdout)
    assert [r["slug"] for r in rows] == ["ketamine-depression"]


def test_every_corpus_article_keeps_the_offset_invariant(tmp_path, runner):
    db = tmp_path / "corpus.db"
    assert invoke(runner, "ingest", CORPUS, "-d", db).exit_code == 0
    for article in json.loads(invoke(runner, "articles", "--json", "-d", db).stdout):
        text = (CORPUS / f"{article['slug']}.txt").read_text(encoding="utf-8")
        listing = invoke(runner, "claims", article["slug"], "--all", "--json", "-d", db)
        units = json.loads(listing.stdout)
        assert units
        for unit in units:
            assert text[unit["start"]:unit["end"]] == unit["text"]
            assert unit["text"] == unit["text"].strip()


@pytest.mark.parametrize("command", [
    "articles", "claims ketamine-depression --all", "claims ketamine-depression --csv",
    "--help", "tag --help",
])
def test_reading_commands_import_neither_spacy_nor_jinja2(seeded, command):
    # Start-up matters in a CLI: spaCy (half a second) and Jinja2 load only for
    # the commands that segment or render.
    args = command.split() + ([] if "--help" in command else ["-d", str(seeded)])
    code = (
        "import sys\n"
        "from annotator.cli.main import cli\n"
        "try:\n"
        f"    cli.main({args!r}, standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = [m for m in ('spacy', 'jinja2', 'thinc') if m in sys.modules]\n"
        "assert not loaded, f'imported {loaded}'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_colour_only_on_terminal(seeded, runner, monkeypatch):
    import annotator.cli.options as options

    monkeypatch.setattr(options, "colour_enabled", lambda stream=None: True)
    coloured = invoke(runner, "claims", "1", "-d", seeded, "--by-kind").stdout
    assert "\x1b[" in coloured
    monkeypatch.undo()
    plain = invoke(runner, "claims", "1", "-d", seeded, "--by-kind").stdout
    assert "\x1b[" not in plain


def test_blank_model_says_so_and_unknown_model_is_one_line(tmp_path, runner, db_path):
    article = tmp_path / "a.txt"
    article.write_text("Sleep Facts\n\nAdults need sleep. It helps memory.\n")
    result = invoke(runner, "ingest", article, "--model", "blank", "-d", db_path)
    assert result.exit_code == 0
    assert "Note: blank model" in result.stderr
    units = json.loads(invoke(runner, "claims", "a", "--json", "-d", db_path).stdout)
    assert [u["text"] for u in units] == ["Adults need sleep.", "It helps memory."]
    result = invoke(
        runner, "ingest", article, "--model", "en_no_such_model", "-d", tmp_path / "x.db"
    )
    assert_one_line_error(result, "'en_no_such_model' is not installed")


def test_search_finds_inflections_across_articles(seeded, runner, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Other Title\n\nEsketamine blocked NMDA receptors in one trial.\n")
    assert invoke(runner, "ingest", other, "-d", seeded).exit_code == 0
    rows = json.loads(invoke(runner, "search", "blocking receptor", "--json", "-d", seeded).stdout)
    assert {(r["article"], r["text"]) for r in rows} >= {
        ("other", "Esketamine blocked NMDA receptors in one trial."),
        ("ketamine-depression", "It works by blocking the receptors in the brain that are "
         "responsible for feeling pain and sadness."),
    }
    for row in rows:
        assert row["kind"] == "claim" and row["reviewers"] == 0
    only = json.loads(
        invoke(runner, "search", "blocking receptor", "-a", "other", "--json", "-d", seeded).stdout
    )
    assert [r["article"] for r in only] == ["other"]


def test_search_of_a_word_in_very_many_units_ranks_the_newest(seeded, runner, tmp_path,
                                                              monkeypatch):
    # Ranking every match of a word found in most units is what made search slow
    # at a million units: past RANK_ALL matches, the newest are ranked.
    from annotator.store import units

    def search(*args):
        return json.loads(invoke(runner, "search", *args, "--json", "-d", seeded).stdout)

    everything = search("ketamine", "--limit", "500")
    monkeypatch.setattr(units, "RANK_ALL", 5)
    newer = tmp_path / "newer.txt"
    newer.write_text("Newer\n\nKetamine is old. Ketamine ketamine ketamine works fast.\n")
    assert invoke(runner, "ingest", newer, "-d", seeded).exit_code == 0
    rows = search("ketamine", "--limit", "3")
    assert [r["article"] for r in rows] == ["newer", "newer", "ketamine-depression"]
    assert rows[0]["text"] == "Ketamine ketamine ketamine works fast."  # best of the newest
    newest_three = sorted(r["id"] for r in everything)[-3:]
    assert everything[0]["id"] not in newest_three  # ranking all would have shown it
    assert rows[2]["id"] in newest_three
    # Filters that leave fewer than the limit among the newest widen the window.
    seed_only = search("ketamine", "-a", "ketamine-depression", "--limit", "500")
    assert sorted(r["id"] for r in seed_only) == sorted(r["id"] for r in everything)


def test_search_treats_operators_as_words_and_reports_no_match(seeded, runner):
    result = invoke(runner, "search", 'NOT "', "-d", seeded)
    assert result.exit_code == 0 and "Traceback" not in result.output
    none = invoke(runner, "search", "xylophone", "-d", seeded)
    assert none.exit_code == 0 and none.stdout == ""
    assert none.stderr.strip() == "No claims match 'xylophone'."
    assert_one_line_error(invoke(runner, "search", "x", "-a", "nope", "-d", seeded), "no article")


def test_same_slug_from_two_files_names_both(tmp_path, runner, db_path):
    (tmp_path / "post.txt").write_text("Title\n\nA claim here.\n")
    (tmp_path / "post.html").write_text("<p>A claim here.</p>")
    result = invoke(runner, "ingest", tmp_path, "-d", db_path)
    assert_one_line_error(result, "would all be 'post'")
    assert "post.html" in result.stderr and "post.txt" in result.stderr
    assert not db_path.exists() or json.loads(
        invoke(runner, "articles", "--json", "-d", db_path).stdout) == []


def test_new_metadata_for_unchanged_text_updates_the_article(seeded, runner):
    result = invoke(runner, "ingest", SEED, "--url", "https://example.org/k", "-d", seeded)
    assert result.exit_code == 0
    assert "ketamine-depression: updated url" in result.stderr
    assert "unchanged (revision 1)" in result.stderr
    rows = json.loads(invoke(runner, "articles", "--json", "-d", seeded).stdout)
    assert rows[0]["url"] == "https://example.org/k" and rows[0]["revision"] == 1
    again = invoke(runner, "ingest", SEED, "--url", "https://example.org/k", "-d", seeded)
    assert "updated" not in again.stderr


def test_numeric_slug_is_refused(tmp_path, runner, db_path):
    (tmp_path / "a.txt").write_text("Title\n\nA claim here.\n")
    result = invoke(runner, "ingest", tmp_path / "a.txt", "--slug", "12", "-d", db_path)
    assert_one_line_error(result, "--slug '12'")


def test_interrupted_ingest_says_what_it_stored(tmp_path, runner, db_path, monkeypatch):
    from annotator.store.db import Store

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Title {name}\n\nCoffee contains caffeine.\n")
    real = Store.add_article
    calls = []

    def add_then_interrupt(self, **kwargs):
        calls.append(kwargs["slug"])
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(self, **kwargs)

    monkeypatch.setattr(Store, "add_article", add_then_interrupt)
    result = invoke(runner, "ingest", tmp_path, "-d", db_path)
    assert result.exit_code == 130  # as a shell reports Ctrl-C
    assert result.stderr.splitlines()[0] == "a: new, revision 1, 2 units (1 claim)"
    assert "b: new" not in result.stderr
    assert "Interrupted; stored before that: a" in result.stderr
    monkeypatch.undo()
    stored = json.loads(invoke(runner, "articles", "--json", "-d", db_path).stdout)
    assert [a["slug"] for a in stored] == ["a"]
