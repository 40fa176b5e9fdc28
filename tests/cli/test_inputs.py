"""Bad files among good ones, in one `ingest` call: each bad file is one line
naming it and its problem, the exit code is 1, the summary lists exactly the
files that failed, and the good files of the same call are ingested whole."""

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.conftest import SEED, invoke

HTML = """<!DOCTYPE html><html><head><title>Tricky page</title>
<script>document.write("<p>Hidden script claim.</p>")</script><style>p { color: red }</style>
</head><body>
<!-- a comment: <p>Hidden comment claim.</p> -->
<p>Ketamine relieves depression quickly in some patients.</p>
<iframe src="https://example.org/ad"><p>Hidden iframe claim.</p></iframe>
<![CDATA[ Hidden cdata claim. ]]>
<p>Broken <b>tags <i>nest badly</b> but esketamine is still text.</i>
<p>An unclosed paragraph says the spray was approved in 2019.
<div><p>Another claim says ketamine dosing varies.</div>
<p class="x" data-broken="no end>Attribute soup is dropped.</p>
</body></html>
"""


def make_inputs(folder: Path) -> dict[str, str]:
    """The files, and the problem each bad one must be reported with."""
    shutil.copy(SEED, folder / "good.txt")
    body = "UTF-16 article\n\nKetamine is approved as a nasal spray.\n"
    (folder / "utf16.txt").write_bytes(b"\xff\xfe" + body.encode("utf-16-le"))
    (folder / "windows.txt").write_bytes(
        "Cp1252 article\n\nThe drug’s effect fades – about a week.\n".encode("cp1252"))
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.md").write_bytes(bytes(range(256)) * 8)
    (folder / "truncated.txt").write_bytes("Title\n\nA café".encode()[:-1])
    with (folder / "huge.txt").open("w", encoding="utf-8") as handle:
        paragraph = "Ketamine is a drug that helps some patients with depression. " * 20
        for _ in range(41_000):  # 50 MB of real text
            handle.write(paragraph + "\n\n")
    os.symlink("missing.txt", folder / "dangling.txt")
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")  # a folder loop: walked once, not forever
    return {
        "empty.txt": "empty input",
        "binary.md": "looks like a binary file, not text",
        "truncated.txt": "UTF-8 that stops in the middle of a character at byte 12",
        "huge.txt": f"{(folder / 'huge.txt').stat().st_size / 1e6:.1f} MB is over the 5.0 MB "
                    "limit for one article",
        "dangling.txt": "cannot read it (No such file or directory)",
        "loop-a.txt": "cannot read it (Too many levels of symbolic links)",
        "loop-b.txt": "cannot read it (Too many levels of symbolic links)",
    }


def errors(result) -> dict[str, str]:
    found = {}
    for line in result.stderr.splitlines():
        if line.startswith("Error: ") and ": " in line[7:] and " of " not in line[7:14]:
            path, problem = line[7:].split(": ", 1)
            found[Path(path).name] = problem
    return found


def test_bad_files_are_named_one_line_each_and_the_good_ones_go_in(runner, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    expected = make_inputs(folder)
    db = tmp_path / "claims.db"
    result = invoke(runner, "ingest", folder, "-d", db)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    found = errors(result)
    assert found.keys() == expected.keys(), result.stderr
    for name, problem in expected.items():
        assert found[name].startswith(problem), (name, found[name])
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith(f"Error: {len(expected)} of {len(expected) + 4} inputs not "
                              "ingested: ")
    assert sorted(Path(p).name for p in summary.split(": ", 2)[2].split(", ")) == sorted(expected)
    assert "Warning: " in result.stderr and "windows.txt: not UTF-8, decoded as cp1252" in (
        result.stderr)

    listed = {row.split()[1] for row in invoke(runner, "articles", "-d", db).output.splitlines()
              if row.strip() and row.split()[0].isdigit()}
    assert listed == {"good", "utf16", "windows", "page"}
    utf16 = invoke(runner, "claims", "utf16", "--json", "-d", db).output
    assert "Ketamine is approved as a nasal spray." in utf16
    windows = invoke(runner, "claims", "windows", "--json", "-d", db).output
    assert "The drug’s effect fades – about a week." in windows
    page = invoke(runner, "claims", "page", "--all", "-d", db).output
    assert "Hidden" not in page and "color" not in page and "DOCTYPE" not in page
    for text in ("Ketamine relieves depression quickly in some patients.",
                 "Broken tags nest badly but esketamine is still text.",
                 "Another claim says ketamine dosing varies."):
        assert text in page, page


def test_max_size_lets_a_large_article_in_on_request(runner, tmp_path):
    big = tmp_path / "long.txt"
    big.write_text("Long article\n\n" + "Ketamine helps some patients. " * 400 + "\n",
                   encoding="utf-8")
    db = tmp_path / "claims.db"
    refused = invoke(runner, "ingest", big, "--max-size", "10kB", "-d", db)
    assert refused.exit_code == 1 and "is over the 10,000 bytes limit" in refused.stderr
    assert invoke(runner, "ingest", big, "--max-size", "1MB", "-d", db).exit_code == 0
    # A bad size is a usage error, found before the database is opened or created.
    fresh = tmp_path / "fresh.db"
    bad = invoke(runner, "ingest", big, "--max-size", "huge", "-d", fresh)
    assert bad.exit_code == 2, bad.stderr
    assert "Invalid value for '--max-size': 'huge': give a size such as 5MB" in bad.stderr
    assert "Traceback" not in bad.stderr and not fresh.exists()


@contextlib.contextmanager
def as_nobody():
    """Permissions as an ordinary user sees them: root reads a chmod 000 file, so
    under root the effective user is switched for the call."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def test_an_unreadable_file_is_named_and_the_others_go_in(runner):
    # A folder everyone may enter (pytest's own tmp folder is root's alone).
    folder = Path(tempfile.mkdtemp(prefix="annotator-unreadable-"))
    try:
        os.chmod(folder, 0o777)
        (folder / "readable.txt").write_text("Readable\n\nKetamine helps.\n", encoding="utf-8")
        secret = folder / "secret.txt"
        secret.write_text("Secret\n\nKetamine works.\n", encoding="utf-8")
        os.chmod(secret, 0)
        db = folder / "claims.db"
        # Warm up as ourselves: every module the ingest needs is imported before
        # the effective user loses access to root's Python installation.
        assert invoke(runner, "ingest", folder / "readable.txt", "--model", "blank",
                      "-d", folder / "warm.db").exit_code == 0
        with as_nobody():
            result = invoke(runner, "ingest", folder, "--model", "blank", "-d", db)
        assert result.exit_code == 1, result.output
        assert f"Error: {secret}: cannot read it (Permission denied)" in result.stderr
        assert "readable: new, revision 1" in result.stderr
        assert result.stderr.strip().endswith(f"inputs not ingested: {secret}")
    finally:
        shutil.rmtree(folder)


@pytest.mark.parametrize("data, problem", [
    ("\ufeffBOM article\n\nKetamine helps.\n".encode("utf-16-be"), None),
    (b"\xfe\xff", "empty input"),
])
def test_utf16_big_endian_from_stdin(runner, tmp_path, data, problem):
    db = tmp_path / "claims.db"
    result = invoke(runner, "ingest", "-", "--slug", "piped", "--model", "blank", "-d", db,
                    input=data)
    if problem:
        assert result.exit_code == 1 and problem in result.stderr
    else:
        assert result.exit_code == 0, result.output
        assert "Ketamine helps." in invoke(runner, "claims", "piped", "-d", db).output
