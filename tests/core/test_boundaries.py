"""The catalogue stands on its own: the site (core) ties the sections together."""

import ast
from pathlib import Path

import programs

PROGRAMS = Path(programs.__file__).parent


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
    return modules


def test_programs_never_imports_advice():
    offenders = {
        str(path.relative_to(PROGRAMS.parent)): sorted(
            module for module in imported_modules(path) if module.split(".")[0] == "advice"
        )
        for path in sorted(PROGRAMS.rglob("*.py"))
    }

    assert {path: modules for path, modules in offenders.items() if modules} == {}
