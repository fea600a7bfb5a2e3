"""The code stays easy to find one's way in: no import cycles, no sprawling modules."""

import ast
from pathlib import Path

from programs.finder import filters

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["config", "core", "programs", "advice", "api", "bench", "tests"]
# Generated schema history and hand-entered demo facts are long by nature.
LONG_BY_NATURE = ("migrations", "demo")
MAX_MODULE_LINES = 500


def project_modules() -> dict[str, Path]:
    modules = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules ``name`` imports anywhere in its code, functions included."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        found |= {target for target in targets if target in modules and target != name}
    return found


def test_no_module_imports_itself_through_others():
    modules = project_modules()
    graph = {name: imports_of(name, path, modules) for name, path in modules.items()}
    cycles = []
    state: dict[str, str] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = "open"
        for target in sorted(graph[name]):
            if state.get(target) == "open":
                cycles.append(" -> ".join([*trail[trail.index(target) :], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


def test_no_module_sprawls():
    long = {
        name: lines
        for name, path in project_modules().items()
        if not any(part in LONG_BY_NATURE for part in path.parts)
        and (lines := len(path.read_text().splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}


def test_the_filterset_holds_only_filters_and_their_order():
    assert len(Path(filters.__file__).read_text().splitlines()) < 300
