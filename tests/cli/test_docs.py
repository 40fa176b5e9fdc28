"""Documentation stays true: every command is documented with an example, appears
in README.md, and docs/cli.md matches the current --help (cog)."""

import subprocess
import sys

import pytest

from annotator.cli.main import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


# Every command, and every subcommand of a group (`team init`).
EVERY = sorted([name for name in cli.commands] + [
    f"{name} {sub}" for name, command in cli.commands.items()
    for sub in getattr(command, "commands", {})])


def _command(name):
    command = cli
    for part in name.split():
        command = command.commands[part]
    return command


@pytest.mark.parametrize("name", EVERY)
def test_command_has_help_with_example(name):
    command = _command(name)
    assert command.help, f"{name} has no docstring"
    assert "Example:" in command.help, f"{name}'s docstring has no runnable example"


@pytest.mark.parametrize("name", EVERY)
def test_command_is_in_readme(name):
    assert f"annotator {name}" in README, f"README.md does not show `annotator {name}`"


def test_readme_starts_with_the_two_setup_commands():
    head = README[:1500]
    assert "make demo" in head and "make test" in head


def test_cli_reference_is_current():
    done = subprocess.run(
        [sys.executable, "-m", "cogapp", "--check", "docs/cli.md"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert done.returncode == 0, "docs/cli.md is stale: run `make docs`\n" + done.stderr
