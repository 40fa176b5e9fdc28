"""The package layout: one folder per area, imports only downward, no circles,
spaCy only inside ``annotator/nlp/``. Read with ``ast``: nothing is imported."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT

# What each area may import (besides itself). Top-level modules are the shared
# vocabulary; ``annotator`` (the library's front door) and ``__main__`` may import
# anything. Each package's __init__ docstring says the same in words.
SHARED = "shared"
ALLOWED = {
    SHARED: set(),
    "store": {SHARED},
    "nlp": {SHARED},
    "consistency": {SHARED, "store", "nlp"},
    "sources": {SHARED, "store", "nlp", "consistency"},
    "review": {SHARED, "store"},
    "exchange": {SHARED, "store"},
    "report": {SHARED, "store", "review"},
    "cli": {SHARED, "store", "nlp", "consistency", "sources", "review", "exchange", "report"},
}
FRONT = {"annotator", "annotator.__main__"}
NLP_ONLY = {"spacy", "thinc"}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def lazy_exports(tree: ast.Module) -> dict[str, str]:
    """A package __init__'s ``lazy_exports(..., {name: module})`` table."""
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "lazy_exports"
                and len(node.args) == 3 and isinstance(node.args[2], ast.Dict)):
            return {k.value: v.value for k, v in zip(node.args[2].keys, node.args[2].values,
                                                     strict=True)}
    return {}


def read_package(root: Path, top: str = "annotator") -> dict[str, tuple[Path, ast.Module]]:
    return {module_name(path, root): (path, ast.parse(path.read_text("utf-8"), str(path)))
            for path in sorted((root / top).rglob("*.py"))}


def imports(modules: dict[str, tuple[Path, ast.Module]], top: str = "annotator"):
    """Every import of every module (at any depth: in functions and under
    TYPE_CHECKING too), as (importer, imported module, line)."""
    exports = {name: lazy_exports(tree) for name, (path, tree) in modules.items()
               if path.name == "__init__.py"}
    for name, (path, tree) in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield name, alias.name, node.lineno
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, base] if base else parent)
                for alias in node.names:
                    target = f"{base}.{alias.name}"
                    if target in modules:
                        yield name, target, node.lineno
                    elif alias.name in exports.get(base, {}):
                        yield name, f"{base}.{exports[base][alias.name]}", node.lineno
                    else:
                        yield name, base, node.lineno


def area(module: str, top: str = "annotator") -> str | None:
    """The package a module belongs to; SHARED for top-level modules."""
    parts = module.split(".")
    if parts[0] != top or module in FRONT:
        return None
    if len(parts) == 2 and parts[1] not in ALLOWED:
        return SHARED
    return parts[1]


def layering_errors(modules, top: str = "annotator") -> list[str]:
    errors = []
    for importer, imported, line in imports(modules, top):
        where = f"{modules[importer][0]}:{line}"
        root_name = imported.split(".")[0]
        source, target = area(importer, top), area(imported, top)
        if root_name in NLP_ONLY and source != "nlp" and importer not in FRONT:
            errors.append(f"{where}: {importer} imports {imported} outside annotator/nlp/")
        if root_name != top or source is None:
            continue
        if imported in FRONT:
            errors.append(f"{where}: {importer} imports the front door {imported}")
        elif target != source and target not in ALLOWED[source]:
            errors.append(f"{where}: {importer} ({source}) may not import {imported} ({target})")
    return errors


def circles(modules, top: str = "annotator") -> list[list[str]]:
    """Import cycles between modules (Tarjan's strongly connected components)."""
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for importer, imported, _ in imports(modules, top):
        if imported in modules and imported != importer:
            graph[importer].add(imported)
    # A package's __init__ is imported before any of its modules; it imports
    # nothing but the lazy-export helper, so it cannot close a cycle itself.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


@pytest.fixture(scope="module")
def package():
    return read_package(ROOT)


def test_imports_run_only_downward_and_spacy_stays_in_nlp(package):
    assert layering_errors(package) == []


def test_no_import_circles(package):
    assert circles(package) == []


def test_every_area_is_a_package_that_states_its_rules(package):
    areas = {name.split(".")[1] for name in package if name.count(".") >= 2}
    assert areas == set(ALLOWED) - {SHARED}
    for name in ALLOWED.keys() - {SHARED}:
        doc = ast.get_docstring(package[f"annotator.{name}"][1]) or ""
        assert "May import:" in doc and "Must never import:" in doc, name


def test_every_module_says_what_it_is_for(package):
    missing = [name for name, (_, tree) in package.items() if not ast.get_docstring(tree)]
    assert missing == []


def test_every_lazy_export_exists(package):
    for name, (path, tree) in package.items():
        for export, module in lazy_exports(tree).items():
            defined = {n.id for node in ast.walk(package[f"{name}.{module}"][1])
                       if isinstance(node, ast.Assign) for n in node.targets
                       if isinstance(n, ast.Name)}
            defined |= {node.name for node in package[f"{name}.{module}"][1].body
                        if isinstance(node, ast.FunctionDef | ast.ClassDef)}
            imported = {alias.asname or alias.name
                        for node in package[f"{name}.{module}"][1].body
                        if isinstance(node, ast.ImportFrom) for alias in node.names}
            assert export in defined | imported, f"{path}: {export} not in {module}"


def redefined(tree: ast.Module) -> list[str]:
    """Names a module's top level binds twice (a constant, a function, a class): the
    later silently replaces the earlier, whatever was compiled with the first."""
    seen: set[str] = set()
    twice = []
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        twice += [name for name in names if name in seen]
        seen.update(names)
    return twice


def test_no_module_binds_a_top_level_name_twice(package):
    twice = {name: found for name, (_, tree) in package.items() if (found := redefined(tree))}
    assert twice == {}
    assert redefined(ast.parse("A = 1\ndef f(): pass\nA = 2\nclass f: pass\n")) == ["A", "f"]


TOY = {
    "annotator/__init__.py": '"""front"""',
    "annotator/errors.py": '"""shared"""',
    "annotator/store/__init__.py": '"""store"""',
    "annotator/store/db.py": '"""db"""\nfrom annotator.store import units\n',
    "annotator/store/units.py": '"""units"""\nfrom annotator.store.db import x\n',
    "annotator/nlp/__init__.py": '"""nlp"""',
    "annotator/nlp/model.py": '"""m"""\nimport spacy\nfrom annotator.store.db import Store\n',
    "annotator/report/__init__.py": '"""report"""',
    "annotator/report/data.py": '"""d"""\ndef f():\n    from spacy.tokens import Doc\n',
    "annotator/cli/__init__.py": '"""cli"""',
}


def test_the_checks_catch_a_circle_an_upward_import_and_stray_spacy(tmp_path):
    for name, text in TOY.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    toy = read_package(tmp_path)
    assert circles(toy) == [["annotator.store.db", "annotator.store.units"]]
    errors = layering_errors(toy)
    assert any("annotator.nlp.model (nlp) may not import annotator.store.db" in e for e in errors)
    assert any("annotator.report.data imports spacy.tokens outside" in e for e in errors)
    assert not any("annotator.nlp.model imports spacy" in e for e in errors)


def test_the_library_works_without_the_cli_and_loads_spacy_on_first_use():
    script = textwrap.dedent("""
        import sys
        from annotator import Store, segment, sentences
        assert "spacy" not in sys.modules, "importing annotator loaded spaCy"
        assert "annotator.cli" not in sys.modules
        spans = sentences("Ketamine is old. It was approved in 1970.")
        assert spans == [(0, 16), (17, 41)], spans
        assert "spacy" in sys.modules
        assert [u.text for u in segment("Ketamine blocks NMDA receptors.")] == [
            "Ketamine blocks NMDA receptors."]
        print(Store.__name__)
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Store"
