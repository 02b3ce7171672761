"""The structure stays drawable: no import cycle among the project's modules is larger than
three modules, and `home` (the shared app) imports none of the feature apps."""

import ast
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
APPS = {
    "kennisbank",
    "home",
    "initiatives",
    "landing",
    "library",
    "localgroups",
    "methods",
    "news",
    "newsletter",
    "search",
}
FEATURE_APPS = APPS - {"kennisbank", "home"}


def _modules():
    modules = {}
    for path in BASE_DIR.rglob("*.py"):
        parts = path.relative_to(BASE_DIR).with_suffix("").parts
        if parts[0] not in APPS or "migrations" in parts:
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    return modules


def _imports(name, path, modules):
    """Project modules that `name` imports anywhere in its code (deferred imports count)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(base + ([node.module] if node.module else []))
            else:
                base = node.module
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.add(child if child in modules else base)
    return {module for module in found if module in modules and module != name}


def _graph():
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _cycles(graph):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, components = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = set()
            while True:
                other = stack.pop()
                on_stack.discard(other)
                component.add(other)
                if other == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return components


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_no_import_cycle_is_larger_than_three_modules():
    too_large = [cycle for cycle in _cycles(_graph()) if len(cycle) > 3]
    assert too_large == []


def test_home_imports_no_feature_app():
    reaching_up = {
        (name, imported)
        for name, imports in _graph().items()
        if name.split(".")[0] == "home"
        for imported in imports
        if imported.split(".")[0] in FEATURE_APPS
    }
    assert reaching_up == set()
