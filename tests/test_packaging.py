"""pyproject.toml: the package installs with its templates and a `geo` command."""

import importlib
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _project():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_console_command_is_the_cli():
    target = _project()["project"]["scripts"]["geo"]
    module, func = target.split(":")
    assert getattr(importlib.import_module(module), func) is importlib.import_module("geo.cli").main


def test_dependencies_are_the_pinned_requirements():
    conf = _project()
    assert "dependencies" in conf["project"]["dynamic"]
    assert conf["tool"]["setuptools"]["dynamic"]["dependencies"] == {"file": ["requirements.txt"]}


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
