"""The page's script: real ES modules, each parsing and loading alone, joined into one script.

The JavaScript tests of the modules themselves are in ``tests/js/`` (node's
test runner); :func:`test_the_page_modules_pass_their_own_tests` runs them, so
that ``pytest`` (and CI) runs them too. With ``CI=true`` a missing ``node`` is
a failure, not a skip.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from geo.pagescript import ENTRY, MODULE_DIR, ModuleError, join_modules, module_order, page_script

ROOT = Path(__file__).resolve().parent.parent
NODE = shutil.which("node")
IN_CI = os.environ.get("CI", "").lower() == "true"
MODULES = sorted(MODULE_DIR.glob("*.js"))


@pytest.fixture
def node() -> str:
    if NODE is None:
        if IN_CI:
            pytest.fail("node is missing (scripts/test.sh installs Debian's nodejs)", pytrace=False)
        pytest.skip("node is missing (apt-get install nodejs)")
    return NODE


def run_node(node: str, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([node, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_the_page_is_made_of_modules_that_name_their_imports_and_exports():
    names = [p.name for p in MODULES]
    assert ENTRY in names and len(names) >= 13
    for path in MODULES:
        text = path.read_text(encoding="utf-8")
        assert "export " in text, f"{path.name} exports nothing"
        assert len(text.splitlines()) <= 260, f"{path.name} is too long to read as one concern"
    # Every module is used: reachable from the entry.
    assert sorted(module_order({p.name: p.read_text(encoding="utf-8") for p in MODULES})) == names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_each_module_parses_and_loads_alone_with_no_page(node, path):
    """Loaded by node as an ES module: it parses, its imports resolve, and importing it touches no page."""
    got = run_node(node, "--input-type=module", "-e",
                   f"const m = await import({json.dumps(path.as_uri())}); console.log(JSON.stringify(Object.keys(m)));")
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout), f"{path.name} exports nothing"


def test_the_page_modules_pass_their_own_tests(node):
    got = run_node(node, "--test", "--test-reporter=tap", "tests/js/")
    assert got.returncode == 0, got.stdout[-4000:] + got.stderr[-2000:]
    passed = re.search(r"^# pass (\d+)$", got.stdout, re.M)
    assert passed and int(passed.group(1)) >= 10, got.stdout[-2000:]


def test_the_joined_script_parses_and_runs_nothing_unsafe(node, tmp_path):
    text = page_script()
    assert text.startswith("/* geo: the map page's own script") and text.rstrip().endswith("})();")
    (tmp_path / "page.js").write_text(text, encoding="utf-8")
    assert run_node(node, "--check", str(tmp_path / "page.js")).returncode == 0
    assert not re.search(r"\.(innerHTML|outerHTML|insertAdjacentHTML)|\beval\(|new Function|document\.write", text)
    assert page_script() == text  # the same bytes every time
    for path in MODULES:  # every module is in it, once
        assert text.count(f"// ---- {path.name}\n") == 1


MINI = {
    "main.js": "import {twice, N as n} from './b.js';\nimport * as a from './a.js';\n"
               "globalThis.out = [twice(n), a.hello('x'), typeof a.hidden];\n",
    "a.js": "const hidden = 1;\nexport function hello(who) { return 'hello ' + who + hidden; }\n",
    "b.js": "import {hello} from './a.js';\nexport const N = 21;\nexport function twice(x) { return 2 * x; }\n"
            "export class Unused {}\nhello('b');\n",
}


def test_the_join_runs_modules_as_a_browser_would(node, tmp_path):
    assert module_order(MINI, "main.js") == ["a.js", "b.js", "main.js"]
    script = join_modules(MINI, "main.js") + "console.log(JSON.stringify(globalThis.out));\n"
    (tmp_path / "s.js").write_text(script, encoding="utf-8")
    got = run_node(node, str(tmp_path / "s.js"))
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout) == [42, "hello x1", "undefined"]  # what a module does not export stays its own


@pytest.mark.parametrize("modules,message", [
    ({"main.js": "import {a} from './a.js';", "a.js": "import {m} from './main.js';\nexport const a = 1;"},
     "import cycle: main.js -> a.js -> main.js"),
    ({"main.js": "import {a} from './a.js';", "a.js": "export let a = 1;"}, "unsupported module syntax 'export let a = 1;'"),
    ({"main.js": "export default function () {}"}, "unsupported module syntax"),
    ({"main.js": "import {b} from './a.js';", "a.js": "export const a = 1;"}, "imports 'b' from a.js, which does not export it"),
    ({"main.js": "import {a} from './nowhere.js';"}, "imports 'nowhere.js', which does not exist"),
    ({"main.js": "import L from 'leaflet';"}, "unsupported module syntax"),
])
def test_the_join_refuses_what_it_does_not_support(modules, message):
    with pytest.raises(ModuleError, match=re.escape(message)):
        join_modules(modules, "main.js")


def test_the_page_reads_dates_as_python_does(node):
    """decode.js derives the days of the time filter from the date texts: as datetime reads them."""
    import datetime as dt

    texts = ["2024-10-08", "2024-10", "2024", "1999-12-31", "2024-02-29", "2023-02-29", "2024-13-01", "0050-01-01",
             "  2024-10-08 ", "2024-10-08T12:00", "", "soon", "24-10-08", "2024-1"]

    def day(t: str):
        t = t.strip()
        try:
            d = (dt.date.fromisoformat(t[:10]) if len(t) >= 10 else dt.date(int(t[:4]), int(t[5:7]), 1) if len(t) == 7
                 else dt.date(int(t), 1, 1) if len(t) == 4 else None)
        except ValueError:
            return None
        return None if d is None else (d - dt.date(1970, 1, 1)).days

    util = (MODULE_DIR / "util.js").as_uri()
    got = run_node(node, "--input-type=module", "-e",
                   f"const u = await import({json.dumps(util)}); console.log(JSON.stringify({json.dumps(texts)}.map(u.isoDay)));")
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout) == [day(t) for t in texts]
