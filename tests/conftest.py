"""What every test shares: where ``../shared`` is, private caches, and skips that fail in CI.

* :func:`shared_dir` finds the team's shared folder (the seed articles, the public gold
  sets) beside the repository, wherever it was cloned: ``<repository>/../shared``, or
  ``$GEO_SHARED`` when set.
* The tests never write to the user's caches. Before anything is collected,
  ``GEO_CACHE_DIR``, ``XDG_CACHE_HOME`` and ``MPLCONFIGDIR`` point into one temporary folder
  for the whole session (subprocesses inherit them); the cache files already built in the
  user's cache (the current gazetteer index, the outlines, the sea network) are copied there
  first (read, never written), so the suite builds the index at most once per session,
  before the first test, and usually not at all. At the end of the session the user's cache
  folders are compared with what they held at its start: any file a test wrote there fails
  the run.
* With ``CI=true`` (as CI services set it) a skipped test is a failure: a test that cannot
  run there, for want of a file or a package, must say so loudly rather than pass quietly.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Environment variables that choose where caches are written; all point into the session's folder.
CACHE_VARIABLES = ("GEO_CACHE_DIR", "XDG_CACHE_HOME", "MPLCONFIGDIR")
_SESSION: dict = {}


def shared_dir() -> Path | None:
    """The team's shared folder (``seeds/``, ``benchmarks/``): ``$GEO_SHARED``, else ``../shared`` beside
    the repository; None if neither exists."""
    env = os.environ.get("GEO_SHARED")
    for candidate in ([Path(env)] if env else []) + [ROOT.parent / "shared"]:
        if candidate.is_dir():
            return candidate
    return None


def seeds_dir() -> Path | None:
    """The seed articles: ``$GEO_SEEDS``, else ``shared_dir()/seeds``; None if missing."""
    if os.environ.get("GEO_SEEDS"):
        return Path(os.environ["GEO_SEEDS"]) if Path(os.environ["GEO_SEEDS"]).is_dir() else None
    shared = shared_dir()
    seeds = shared / "seeds" if shared else None
    return seeds if seeds is not None and seeds.is_dir() else None


def load_script(name: str):
    """The module of ``scripts/<name>.py``, loaded from its file (scripts/ is no package), not kept in
    ``sys.modules``: each call runs the script's top level afresh."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def in_ci() -> bool:
    """Whether the run is a CI run (``CI`` set to true, 1 or yes)."""
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def _user_cache_dirs() -> list[Path]:
    """The cache folders the package (and matplotlib) would write to without the session's redirection."""
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    dirs = [home / "geo", home / "matplotlib"]
    if os.environ.get("GEO_CACHE_DIR"):
        dirs.insert(0, Path(os.environ["GEO_CACHE_DIR"]))
    if os.environ.get("MPLCONFIGDIR"):
        dirs.append(Path(os.environ["MPLCONFIGDIR"]))
    return list(dict.fromkeys(dirs))


def _listing(dirs: list[Path]) -> dict[str, tuple[int, int]]:
    """path -> (size, mtime in ns) of every file under *dirs*."""
    out = {}
    for d in dirs:
        for p in d.rglob("*") if d.is_dir() else ():
            try:
                st = p.stat()
            except OSError:
                continue
            if p.is_file():
                out[str(p)] = (st.st_size, st.st_mtime_ns)
    return out


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    """Redirect every cache into a temporary folder before any test module (or matplotlib) is imported."""
    if _SESSION:
        return
    real = _user_cache_dirs()
    folder = Path(tempfile.mkdtemp(prefix="geo-tests-"))
    _SESSION.update(folder=folder, real=real, before=_listing(real),
                    saved={k: os.environ.get(k) for k in CACHE_VARIABLES})
    cache = folder / "geo"
    cache.mkdir()
    # The cache files already built (validated when read: a stale one is rebuilt, here); of the
    # gazetteer's indexes, 55 MB each, only the one this code reads.
    try:
        from geo.gazetteer.cache import cache_path

        index = Path(cache_path()).name
    except Exception:  # noqa: BLE001 - without it every index is copied, which costs only time
        index = None
    for f in sorted(real[0].glob("*.cache")) if real[0].is_dir() else ():
        if index and f.name.startswith("gazetteer-") and f.name != index:
            continue
        try:
            shutil.copy2(f, cache / f.name)
        except OSError:
            pass
    os.environ["GEO_CACHE_DIR"] = str(cache)
    os.environ["XDG_CACHE_HOME"] = str(folder / "xdg")
    os.environ["MPLCONFIGDIR"] = str(folder / "matplotlib")
    config.pluginmanager.register(_SessionPlugin(), "geo-session")


def pytest_unconfigure(config):
    if not _SESSION:
        return
    for k, v in _SESSION["saved"].items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    shutil.rmtree(_SESSION["folder"], ignore_errors=True)
    _SESSION.clear()


def written_outside() -> list[str]:
    """The files in the user's cache folders that changed since the session started."""
    before, after = _SESSION["before"], _listing(_SESSION["real"])
    return sorted(p for p, st in after.items() if before.get(p) != st)


class _SessionPlugin:
    """Registered at configure time, so that it covers every test, the doctests of ``geo/`` included."""

    @pytest.fixture(scope="session", autouse=True)
    def private_caches(self) -> Path:
        """The session's cache folder; at its end, nothing may have been written to the user's caches.

        The gazetteer index is loaded first, once for the session (built there if the copy from
        the user's cache is missing or stale), so that no test sees its one line "building the
        offline gazetteer index" among the output it checks.
        """
        try:
            from geo import gazetteer
        except ImportError:  # a suite of tests/test_conftest.py's own, run where geo is not
            gazetteer = None
        if gazetteer is not None:
            gazetteer.load()
        yield _SESSION["folder"]
        changed = written_outside()
        assert not changed, f"the tests wrote to the user's cache folders: {changed}"

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        _fail_skips_in_ci(outcome.get_result())

    @pytest.hookimpl(hookwrapper=True)
    def pytest_make_collect_report(self, collector):
        outcome = yield  # a module that skips itself (pytest.skip(..., allow_module_level=True))
        _fail_skips_in_ci(outcome.get_result())


def _fail_skips_in_ci(report) -> None:
    if in_ci() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reason = reason.removeprefix("Skipped: ")
        report.outcome = "failed"
        report.longrepr = f"skipped, and CI=true makes a skip a failure: {reason}"
