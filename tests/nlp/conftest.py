"""Fixtures of the segmentation tests: one loaded pipeline per test session."""

import pytest

from annotator.nlp.model import load


@pytest.fixture(scope="session")
def nlp():
    return load()
