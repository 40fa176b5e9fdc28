"""The W3C's own Web Annotation test assertions (tests/data/w3c-annotation-tests,
from w3c/web-annotation-tests; see its SOURCE.md and license.md), run with a
draft-04 JSON Schema validator, as the W3C's runner (JSONtest.js) runs them.

Each ``.test`` file lists assertions: a JSON Schema with an ``assertionType``
(must, should, may), an ``expectedResult`` (valid or invalid) and an
``onUnexpectedResult``; ``failAndSkip`` stops the rest of that test."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SUITE = Path(__file__).resolve().parents[1] / "data" / "w3c-annotation-tests"
# Every schema's id is a bare file name: all live under one base URI.
BASE = "https://w3c-annotation-tests.invalid/"


@dataclass(frozen=True)
class Outcome:
    test: str
    assertion: str
    kind: str  # must, should or may
    passed: bool
    message: str


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted(SUITE.rglob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        name = schema.get("id", path.name)
        schema = {**schema, "id": BASE + name}
        resource = Resource.from_contents(schema, default_specification=DRAFT4)
        resources.append((BASE + name, resource))
    return Registry().with_resources(resources)


def _assertion(ref) -> dict:
    if isinstance(ref, dict):
        return ref
    return json.loads((SUITE / ref).read_text(encoding="utf-8"))


@cache
def _assertions(test: str) -> list[tuple[dict, Draft4Validator]]:
    spec = json.loads((SUITE / "annotations" / test).read_text(encoding="utf-8"))
    found = []
    for ref in spec["assertions"]:
        schema = _assertion(ref)
        # Draft 4 ignores the siblings of a root "$ref", "id" among them: the
        # assertion goes inside "allOf" under its id, so its "$ref" resolves.
        root = {**schema, "id": BASE + schema.get("id", "inline.json")}
        if "$ref" in root:
            root["allOf"] = [{"$ref": root.pop("$ref")}, *root.get("allOf", [])]
        found.append((schema, Draft4Validator(root, registry=_registry())))
    return found


TESTS = ("annotationMusts.test", "annotationOptionals.test")


def run(annotation: dict, tests: tuple[str, ...] = TESTS) -> list[Outcome]:
    """Every assertion of the given test files on one annotation."""
    outcomes = []
    for test in tests:
        for schema, validator in _assertions(test):
            name = schema.get("id") or schema.get("title", "inline")
            valid = validator.is_valid(annotation)
            expected = schema.get("expectedResult", "valid") == "valid"
            passed = valid == expected
            outcomes.append(Outcome(test, name, schema.get("assertionType", "must"), passed,
                                    "" if passed else schema.get("errorMessage", "")))
            if not passed and schema.get("onUnexpectedResult") == "failAndSkip":
                break
    return outcomes
