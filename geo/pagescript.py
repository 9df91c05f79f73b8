"""The map page's script: its ES modules joined into one classic inline script.

The page's own code lives in ``templates/geomap/*.js`` as real ES modules: each
parses alone, names what it takes (``import {a, b as c} from './x.js'``) and
what it gives (``export function f``, ``export const X``), and can be loaded
and tested alone (``node --test tests/js/``). A map page is one self-contained
file with a Content-Security-Policy hash per inline script, so the modules are
joined here, at build time, into one script, the way a bundler's "IIFE" output
does:

* the modules reachable from :data:`ENTRY` are ordered so that each comes after
  what it imports (ties by name, so the order and the bytes never vary);
* each module becomes a function run once, in that order, which returns its
  exports as an object; an import becomes a ``const`` read from that object.

That is exactly ES module semantics for what the modules use, and the join
refuses everything else rather than guess: exports must be ``function``,
``const`` or ``class`` declarations (so an imported binding can never change
after it is read: no ``export let``), imports must be relative, named and at
the top of a line, and there are no import cycles.

>>> script = page_script()
>>> script.startswith("/* geo: the map page's own script") and script.rstrip().endswith("})();")
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["page_script", "join_modules", "module_order", "ModuleError", "ENTRY", "MODULE_DIR"]

#: Where the page's modules are, and the one that starts the page.
MODULE_DIR = Path(__file__).resolve().parent / "templates" / "geomap"
ENTRY = "main.js"

_NAME = r"[A-Za-z_$][\w$]*"
_IMPORT = re.compile(r"^import\s*(?:\{(?P<names>[^}]*)\}|\*\s*as\s+(?P<ns>" + _NAME + r"))\s*from\s*"
                     r"'\./(?P<mod>[\w.-]+\.js)';[ \t]*$", re.M)
_EXPORT = re.compile(r"^export\s+(?P<kind>function|const|class)\s+(?P<name>" + _NAME + r")", re.M)
_EXPORT_ANY = re.compile(r"^(?:export|import)\b.*$", re.M)
_SPEC = re.compile(r"^\s*(?P<name>" + _NAME + r")(?:\s+as\s+(?P<alias>" + _NAME + r"))?\s*$")

_HEADER = """/* geo: the map page's own script (written for this project, no third-party code).
 * Joined by geo/pagescript.py from the ES modules in geo/templates/geomap/: each module below
 * is a function run once, in an order where every module comes after those it imports. */
"""


class ModuleError(ValueError):
    """A page module uses a form the join does not support, or the imports form a cycle."""


@dataclass(frozen=True)
class _Module:
    name: str
    imports: tuple[tuple[str, tuple[tuple[str, str], ...] | str], ...]  # (module, ((name, local), ...) or namespace)
    exports: tuple[str, ...]
    body: str  # the text with its import lines removed and ``export `` dropped


def _parse(name: str, text: str) -> _Module:
    imports = []
    for m in _IMPORT.finditer(text):
        if m["ns"]:
            imports.append((m["mod"], m["ns"]))
            continue
        specs = []
        for part in filter(str.strip, m["names"].split(",")):
            s = _SPEC.match(part)
            if not s:
                raise ModuleError(f"{name}: cannot read the import {part.strip()!r}")
            specs.append((s["name"], s["alias"] or s["name"]))
        imports.append((m["mod"], tuple(specs)))
    body = _IMPORT.sub("", text)
    exports = tuple(m["name"] for m in _EXPORT.finditer(body))
    body = _EXPORT.sub(lambda m: f"{m['kind']} {m['name']}", body)
    for m in _EXPORT_ANY.finditer(body):  # an import or export of a form not handled above
        raise ModuleError(f"{name}: unsupported module syntax {m.group(0).strip()!r}: use "
                          "\"import {a, b as c} from './x.js';\" or \"export function|const|class NAME\"")
    if len(set(exports)) != len(exports):
        raise ModuleError(f"{name}: a name is exported twice")
    return _Module(name, tuple(imports), exports, body)


def module_order(modules: dict[str, str], entry: str = ENTRY) -> list[str]:
    """The modules reachable from *entry*, each after the modules it imports (ties by name).

    >>> module_order({"a.js": "import {b} from './b.js';", "b.js": "export const b = 1;"}, "a.js")
    ['b.js', 'a.js']
    """
    parsed = {name: _parse(name, text) for name, text in modules.items()}
    order: list[str] = []
    state: dict[str, int] = {}  # 1: being visited, 2: placed

    def visit(name: str, path: tuple[str, ...]) -> None:
        if state.get(name) == 2:
            return
        if state.get(name) == 1:
            raise ModuleError("import cycle: " + " -> ".join((*path[path.index(name):], name)))
        if name not in parsed:
            raise ModuleError(f"{path[-1] if path else 'entry'}: imports {name!r}, which does not exist")
        state[name] = 1
        for dep in sorted({m for m, _ in parsed[name].imports}):
            visit(dep, (*path, name))
        state[name] = 2
        order.append(name)

    visit(entry, ())
    return order


def _var(name: str) -> str:
    return "$" + re.sub(r"\W", "_", name[:-3])


def join_modules(modules: dict[str, str], entry: str = ENTRY) -> str:
    """One classic script that runs *modules* (``{"name.js": source}``) as the browser would from *entry*.

    Raises :class:`ModuleError` for an unsupported form, a missing module or
    name, or an import cycle.

    >>> print(join_modules({"main.js": "import {one as x} from './one.js';\\nconsole.log(x);\\n",
    ...                     "one.js": "export const one = 1;\\n"}, "main.js").split("*/\\n", 1)[1], end="")
    (function () {
    'use strict';
    // ---- one.js
    const $one = (function () {
    const one = 1;
    return {one: one};
    })();
    // ---- main.js
    const $main = (function () {
    const x = $one.one;
    console.log(x);
    return {};
    })();
    })();
    """
    order = module_order(modules, entry)
    parsed = {name: _parse(name, modules[name]) for name in order}
    out = [_HEADER, "(function () {\n'use strict';\n"]
    for name in order:
        mod = parsed[name]
        out.append(f"// ---- {name}\nconst {_var(name)} = (function () {{\n")
        for dep, names in mod.imports:
            if isinstance(names, str):
                out.append(f"const {names} = {_var(dep)};\n")
                continue
            for imported, local in names:
                if imported not in parsed[dep].exports:
                    raise ModuleError(f"{name}: imports {imported!r} from {dep}, which does not export it")
                out.append(f"const {local} = {_var(dep)}.{imported};\n")
        body = mod.body.strip("\n")
        out.append(body + "\n" if body else "")
        out.append("return {" + ", ".join(f"{e}: {e}" for e in mod.exports) + "};\n})();\n")
    out.append("})();\n")
    return "".join(out)


@functools.cache
def page_script() -> str:
    """The page's own script: the modules of :data:`MODULE_DIR`, joined from :data:`ENTRY` (same bytes every build)."""
    modules = {p.name: p.read_text(encoding="utf-8") for p in sorted(MODULE_DIR.glob("*.js"))}
    return join_modules(modules, ENTRY)
