"""``python -m annotator``: the command line, as the ``annotator`` script runs it."""

from annotator.cli.main import cli

cli(prog_name="annotator")
