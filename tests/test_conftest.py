"""The suite's own promises (tests/conftest.py): private caches, ../shared found from the repository, no quiet
skips in CI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import conftest

HERE = Path(__file__).resolve().parent


def _inside(path, folder) -> bool:
    return Path(path).resolve().is_relative_to(Path(folder).resolve())


def test_every_cache_the_package_writes_is_in_the_sessions_temporary_folder(private_caches):
    import platformdirs

    from geo import gazetteer
    from geo.geocoders.online import default_cache_path

    assert _inside(private_caches, tempfile.gettempdir())
    for where in (gazetteer.cache_dir(), gazetteer.cache_path(), default_cache_path(),
                  platformdirs.user_cache_dir("geo"), os.environ["MPLCONFIGDIR"]):
        assert _inside(where, private_caches), where


def test_a_build_and_a_geocode_in_a_subprocess_write_only_under_tmp(tmp_path, private_caches):
    # the gazetteer (and so the index cache), the sea network and the online geocoder's sqlite cache all run
    csv = tmp_path / "places.csv"
    csv.write_text("route,seq,place,mode\nr,1,Vladivostok,\nr,2,Busan,sea\n", encoding="utf-8")
    before = conftest.written_outside()
    env = {**os.environ, "GEO_USER_AGENT": "geo-tests"}
    code = ("import sys\nfrom geo.cli import main\nfrom geo.geocoders.online import make_geocoder\n"
            "make_geocoder('nominatim')\nsys.exit(main(['build', sys.argv[1]]))\n")
    out = subprocess.run([sys.executable, "-c", code, str(csv)], cwd=conftest.ROOT, env=env, capture_output=True,
                         text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "maps" / "places.html").exists()
    assert (private_caches / "geo" / "online-geocode.sqlite").exists()  # made where the suite points it
    assert conftest.written_outside() == before == []


def test_shared_is_found_beside_the_repository_or_where_GEO_SHARED_says(tmp_path, monkeypatch):
    monkeypatch.delenv("GEO_SHARED", raising=False)
    monkeypatch.delenv("GEO_SEEDS", raising=False)
    beside = conftest.ROOT.parent / "shared"
    assert conftest.shared_dir() == (beside if beside.is_dir() else None)
    (tmp_path / "seeds").mkdir()
    monkeypatch.setenv("GEO_SHARED", str(tmp_path))
    assert conftest.shared_dir() == tmp_path and conftest.seeds_dir() == tmp_path / "seeds"
    monkeypatch.setenv("GEO_SHARED", str(tmp_path / "missing"))
    assert conftest.shared_dir() == (beside if beside.is_dir() else None)


def test_the_seed_articles_are_found_without_any_absolute_path():
    seeds = conftest.seeds_dir()
    assert seeds is not None, "../shared/seeds is missing beside the repository"
    assert (seeds / "000_52ce23f21a5653b0.txt").is_file()
    if not os.environ.get("GEO_SEEDS") and not os.environ.get("GEO_SHARED"):
        # found through the repository's own place, not resolved: ``shared`` beside it may be a link
        assert Path(os.path.abspath(seeds)).is_relative_to(Path(os.path.abspath(conftest.ROOT.parent)))


def _run_pytest(folder: Path, ci: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["GEO_CACHE_DIR"] = str(folder / "cache")  # nothing to copy: these tests need no gazetteer
    if ci is not None:
        env["CI"] = ci
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs", str(folder)],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=120)


def _suite(folder: Path, **tests: str) -> Path:
    folder.mkdir()
    shutil.copy(HERE / "conftest.py", folder / "conftest.py")
    for name, text in tests.items():
        (folder / f"{name}.py").write_text("import pytest\n\n" + text, encoding="utf-8")
    return folder


def test_with_CI_true_a_skip_is_a_failure(tmp_path):
    suite = _suite(tmp_path / "suite", test_needs=(
        "def test_needs_a_file():\n    pytest.skip('the seed articles are not here')\n\n"
        "@pytest.mark.skipif(True, reason='no browser')\ndef test_marked():\n    pass\n\n"
        "@pytest.mark.xfail(reason='a known bug')\ndef test_known():\n    assert False\n\n"
        "def test_runs():\n    pass\n"))
    quiet = _run_pytest(suite, None)
    assert quiet.returncode == 0 and "1 passed, 2 skipped, 1 xfailed" in quiet.stdout, quiet.stdout
    loud = _run_pytest(suite, "true")
    # a skip marker acts while the test is set up: that failure is reported as an error
    assert loud.returncode == 1 and "1 failed, 1 passed, 1 xfailed, 1 error" in loud.stdout, loud.stdout
    assert "skipped, and CI=true makes a skip a failure: the seed articles are not here" in loud.stdout
    assert "skipped, and CI=true makes a skip a failure: no browser" in loud.stdout


def test_with_CI_true_a_module_that_skips_itself_fails_the_run(tmp_path):
    suite = _suite(tmp_path / "suite", test_browser="pytest.skip('no chromium', allow_module_level=True)\n",
                   test_other="def test_runs():\n    pass\n")
    assert _run_pytest(suite, None).returncode == 0
    loud = _run_pytest(suite, "true")
    assert loud.returncode != 0
    assert "ERROR collecting test_browser.py" in loud.stdout
    assert "skipped, and CI=true makes a skip a failure: no chromium" in loud.stdout


def test_what_counts_as_ci(monkeypatch):
    for value, ci in (("true", True), ("TRUE", True), ("1", True), ("yes", True), ("", False), ("false", False),
                      ("0", False)):
        monkeypatch.setenv("CI", value)
        assert conftest.in_ci() is ci, value
    monkeypatch.delenv("CI")
    assert not conftest.in_ci()
