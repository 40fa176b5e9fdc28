"""The commands of the ``annotator`` group, one module per area; ``annotator.cli.main``
registers them. Each command parses options and calls the library."""
