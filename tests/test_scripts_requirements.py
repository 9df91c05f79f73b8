"""scripts/: every package a script imports is pinned in requirements.txt, tests/requirements.txt or
scripts/requirements.txt, so that ``pip install -r`` of the three runs every script (review s8 M1: train_parser.py's
``ufal.udpipe`` was named in its docstring only)."""

import ast
import functools
import importlib.metadata
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
REQUIREMENTS = ("requirements.txt", "tests/requirements.txt", "scripts/requirements.txt")

#: Modules whose distribution has another name (a module that is not installed here is found through this only).
DISTRIBUTION = {"ufal": "ufal.udpipe", "pycrfsuite": "python-crfsuite", "PIL": "pillow", "sklearn": "scikit-learn",
                "yaml": "pyyaml", "dateutil": "python-dateutil"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pinned() -> set[str]:
    out = set()
    for rel in REQUIREMENTS:
        for line in (ROOT / rel).read_text(encoding="utf-8").splitlines():
            line = line.split("#")[0].strip()
            if line:
                out.add(_norm(re.fullmatch(r"([A-Za-z0-9_.\-]+)==\S+", line).group(1)))
    return out


def imported_modules(path: Path) -> set[str]:
    """The top-level names of the modules *path* imports, at any depth (a function's own ``import`` too)."""
    mods = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            mods |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            mods.add(node.module.split(".")[0])
    return mods


def third_party(path: Path) -> set[str]:
    """Of :func:`imported_modules`, those neither in the standard library nor the project's own (``geo``, the
    scripts beside it)."""
    own = {"geo"} | {p.stem for p in SCRIPTS.glob("*.py")}
    return {m for m in imported_modules(path) if m not in sys.stdlib_module_names and m not in own}


@functools.cache
def _installed() -> dict[str, list[str]]:
    return importlib.metadata.packages_distributions()


def distributions(module: str) -> set[str]:
    """The (normalised) distributions that give *module*: :data:`DISTRIBUTION`, else what is installed, else its
    own name."""
    if module in DISTRIBUTION:
        return {_norm(DISTRIBUTION[module])}
    installed = _installed().get(module)
    return {_norm(d) for d in installed} if installed else {_norm(module)}


def test_every_package_a_script_imports_is_pinned():
    pinned = _pinned()
    missing = sorted((p.name, m) for p in SCRIPTS.glob("*.py") for m in third_party(p)
                     if not distributions(m) & pinned)
    assert not missing, f"imported by a script but pinned in none of {REQUIREMENTS}: {missing}"


def test_the_scan_sees_an_import_inside_a_function_and_leaves_out_the_standard_library(tmp_path):
    script = tmp_path / "s.py"
    script.write_text("import os, json\nfrom collections import Counter\nimport geo.cli\nimport goldsets\n"
                      "def f():\n    from ufal import udpipe\n    import PIL.Image\n", encoding="utf-8")
    assert third_party(script) == {"ufal", "PIL"}
    assert distributions("ufal") == {"ufal-udpipe"} and distributions("PIL") == {"pillow"}


def test_the_names_given_by_hand_agree_with_the_installed_distributions():
    installed = _installed()
    for module, dist in DISTRIBUTION.items():
        if module in installed:
            assert _norm(dist) in {_norm(d) for d in installed[module]}, module
