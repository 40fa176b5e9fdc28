"""-o/--output: whole or nothing, and never a rename over something that is not a file."""

import os
import stat
import threading

import pytest

from annotator.cli.files import write_output
from annotator.errors import InputError


def test_regular_file_is_replaced_keeping_its_mode(tmp_path):
    target = tmp_path / "report.md"
    target.write_text("old")
    target.chmod(0o640)
    assert write_output(str(target), "new\n") is True
    assert target.read_text() == "new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]  # no temporary left


def test_new_file_gets_the_usual_mode(tmp_path):
    umask = os.umask(0o022)
    try:
        write_output(str(tmp_path / "new.md"), "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644


def test_symlink_is_followed_and_kept(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_output(str(link), "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_fifo_is_written_through_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    write_output(str(fifo), "through the pipe")
    reader.join(timeout=10)
    assert received == ["through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_dash_is_stdout(capsys):
    assert write_output("-", "to stdout") is False
    assert write_output(None, "!") is False
    assert capsys.readouterr().out == "to stdout!"


@pytest.mark.parametrize(
    "name, message",
    [("", "empty file name"), ("missing/out.md", "no folder"), (".", "is a folder")],
)
def test_bad_targets_are_one_line_errors(tmp_path, monkeypatch, name, message):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=message):
        write_output(name, "x")
    assert list(tmp_path.iterdir()) == []
