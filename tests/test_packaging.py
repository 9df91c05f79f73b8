"""pyproject.toml and requirements.txt: the package installs with its templates, a `geo` command, a core that
builds maps alone and optional extras; every pin is used."""

import ast
import importlib
import importlib.metadata
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _project():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_console_command_is_the_cli():
    target = _project()["project"]["scripts"]["geo"]
    module, func = target.split(":")
    assert getattr(importlib.import_module(module), func) is importlib.import_module("geo.cli").run


EXTRAS = {"extract", "dask", "image", "online"}


def _pins(lines) -> dict[str, str]:
    """Distribution name (normalised) -> its requirement line, of pinned requirement lines."""
    out = {}
    for line in lines:
        line = line.split("#")[0].strip()
        if line:
            name, version = re.fullmatch(r"([A-Za-z0-9_.\-]+)==(\S+)", line).groups()
            out[re.sub(r"[-_.]+", "-", name).lower()] = version
    return out


def _requirements() -> dict[str, str]:
    return _pins((ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines())


def test_requirements_txt_installs_the_core_and_every_extra_with_the_same_pins():
    project = _project()["project"]
    extras = project["optional-dependencies"]
    assert set(extras) == EXTRAS
    core = _pins(project["dependencies"])
    groups = [core] + [_pins(extras[e]) for e in sorted(extras)]
    merged = {k: v for g in groups for k, v in g.items()}
    assert sum(map(len, groups)) == len(merged)  # a package in one group only
    assert merged == _requirements()


def _imported_distributions() -> set[str]:
    """The distributions whose modules geo/ imports, or whose data it reads (``package_dir("airportsdata")``)."""
    imported = set()
    for path in (ROOT / "geo").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
            elif (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None))
                  in ("package_dir", "find_spec", "import_module") and node.args
                  and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                imported.add(node.args[0].value.split(".")[0])
    dists = importlib.metadata.packages_distributions()
    return {re.sub(r"[-_.]+", "-", d).lower() for m in imported for d in dists.get(m, [])}


#: Pins of packages imported by another package only, each with the reason it is pinned here.
INDIRECT = {"lxml-html-clean": "imported through lxml by trafilatura's jusText, which does not declare it",
            "pymorphy3-dicts-ru": "pymorphy3's Russian dictionary, which it finds by itself",
            "pymorphy3-dicts-uk": "pymorphy3's Ukrainian dictionary, which it finds by itself"}


def test_every_pin_is_a_package_the_code_imports():
    unused = set(_requirements()) - _imported_distributions() - set(INDIRECT)
    assert not unused, f"pinned but never imported by geo/: {sorted(unused)}"


def test_templates_are_package_data():
    patterns = _project()["tool"]["setuptools"]["package-data"]["geo"]
    templates = sorted(p.name for p in (ROOT / "geo" / "templates").iterdir())
    assert templates and all(any(Path("templates", t).match(p) for p in patterns) for t in templates)


def test_python_m_geo_from_another_folder(tmp_path):
    # what an installed package gives: the package found on the path, not in the working folder
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-m", "geo", "--help"], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "build" in out.stdout and "geocode" in out.stdout


#: The top-level modules of the extras, which the core must never need.
EXTRA_MODULES = ("matplotlib", "geopy", "wordfreq", "pycrfsuite", "trafilatura", "lxml_html_clean", "dateparser",
                 "natasha", "razdel", "pymorphy3", "distributed", "dask")
_WITHOUT_EXTRAS = """
import importlib.abc, sys
BLOCKED = set(sys.argv[1].split(","))
class NotInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, NotInstalled())
from geo.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _without_extras(*argv, cwd):
    return subprocess.run([sys.executable, "-c", _WITHOUT_EXTRAS, ",".join(EXTRA_MODULES), *argv], cwd=cwd,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                          timeout=300)


def test_the_core_builds_a_map_without_any_extra(tmp_path):
    csv = tmp_path / "places.csv"
    csv.write_text("route,seq,place,lat,lon,mode\nr,1,Vladivostok,,,\nr,2,Busan,35.1,129.04,sea\n"
                   "r,3,Khabrovsk,,,rail\n", encoding="utf-8")
    for argv in (["check", str(csv)], ["build", str(csv)], ["geocode", "Kursk"]):
        done = _without_extras(*argv, cwd=tmp_path)
        assert done.returncode == 0, (argv, done.stderr)
    assert sorted(p.name for p in (tmp_path / "maps").iterdir()) == [
        "places.geojson", "places.gpkg", "places.html", "places.legs.geojson", "places.reports.json"]


@pytest.mark.parametrize("argv, module, extra", [
    (["image", "places.csv"], "matplotlib", "image"),
    (["geocode", "--geocoder", "nominatim", "Kursk"], "geopy", "online"),
    (["extract", "article.txt"], None, "extract"),
])
def test_a_command_whose_extra_is_missing_says_which_to_install(tmp_path, argv, module, extra):
    (tmp_path / "places.csv").write_text("place,lat,lon\nKursk,51.73,36.19\n", encoding="utf-8")
    (tmp_path / "article.txt").write_text("Troops arrived in Kursk on Monday.", encoding="utf-8")
    done = _without_extras(*argv, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    line = done.stderr.strip()
    assert line.count("\n") == 0 and line.startswith(f"python -m geo {argv[0]}: error: this needs ")
    assert line.endswith(f"which is not installed: pip install 'geo-reported-movements[{extra}]' (or pip install "
                         "-r requirements.txt, for everything)")
    if module:
        assert f"this needs {module!r}" in line
