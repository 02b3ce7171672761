"""`home` is the shared app at the bottom: the feature apps import it, it imports none of them
(README, *Layout*). Code that needs every app (the benchmark, its dataset) lives in `devtools`."""

import ast
from pathlib import Path

FEATURE_APPS = {
    "devtools",
    "initiatives",
    "landing",
    "library",
    "localgroups",
    "methods",
    "news",
    "newsletter",
    "search",
}
HOME = Path(__file__).resolve().parents[2] / "home"


def imported_modules(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def test_home_imports_no_feature_app():
    found = sorted(
        f"{path.relative_to(HOME.parent)}: {module}"
        for path in HOME.rglob("*.py")
        if "migrations" not in path.parts
        for module in imported_modules(path)
        if module.split(".")[0] in FEATURE_APPS
    )
    assert found == []


def test_the_check_sees_an_import_inside_a_function(tmp_path):
    module = tmp_path / "example.py"
    module.write_text("def f():\n    from methods.models import MethodPage\n")
    assert list(imported_modules(module)) == ["methods.models"]
