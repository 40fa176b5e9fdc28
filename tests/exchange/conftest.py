"""The exchange tests run on both engines (tests/engines.py)."""

from tests.engines import engine  # noqa: F401 - the autouse fixture
