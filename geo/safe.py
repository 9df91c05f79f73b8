"""The one place where text from places.csv is made safe to put in a map page.

Every text a user wrote (place names, notes, sources, routes, URLs, extra
columns) reaches the HTML page only through :func:`script_json`, inside a
``<script type="application/json">`` element that :class:`RawElement` writes
verbatim. The page's own JavaScript reads it with ``JSON.parse`` and shows it
with DOM ``textContent`` only, so:

* the HTML parser never sees ``<``, ``>`` or ``&`` from the data (no
  ``</script>``, no ``<img onerror=…>``, no ``<!--``);
* JavaScript never sees ``'``, a backtick or ``$`` raw (no template literal,
  no string break-out), nor U+2028/U+2029 (line terminators in old engines);
* branca's Jinja never sees ``{`` or ``}`` from the data, and the blob is not
  rendered as a template at all (:class:`RawElement`), so ``{{ … }}`` and
  ``{% … %}`` in a CSV cell run nothing at build time.

:func:`http_url` is the Python half of the rule "only http(s) URLs become
links"; the page's JavaScript applies the same rule again before it creates
an ``<a>``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

import orjson
from branca.element import Element

__all__ = ["script_json", "http_url", "RawElement", "DANGEROUS"]

#: Characters that never appear raw in :func:`script_json` output.
DANGEROUS = "<>&'{}`$\u2028\u2029"

# Each dangerous character and the JSON \uXXXX escape it becomes,
# which JSON.parse / json.loads turn back into the very same character.
_ESCAPE_OF = {c: f"\\u{ord(c):04x}" for c in DANGEROUS}
_SCALARS = {str, int, float, bool, type(None)}
# The common case of http_url in one match: scheme, a host of plain characters,
# the rest printable ASCII. Whatever it accepts, the full check below accepts
# too (and returns the same text); anything else takes the full check.
_PLAIN_HTTP = re.compile(r"https?://[A-Za-z0-9.\-]+(?:[/?#][\x21-\x7e]*)?", re.ASCII)


def _dumps(obj: object) -> str:
    """JSON text of a dict-free value; orjson for speed, json for odd strings."""
    try:
        return orjson.dumps(obj).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):
        # orjson refuses lone surrogates (e.g. from surrogateescape'd bytes);
        # json writes them as \udXXX escapes, which JSON.parse keeps as-is.
        return json.dumps(obj, ensure_ascii=True, allow_nan=False)


def script_json(obj: object) -> str:
    """Serialize *obj* to JSON that is inert in HTML, JavaScript and Jinja.

    The result parses back to *obj* with ``json.loads`` / ``JSON.parse`` and
    contains none of :data:`DANGEROUS` raw: inside strings they are written as
    ``\\uXXXX``; outside strings only object braces could occur, and those are
    written by this function itself (never from data). Lists of scalars,
    e.g. the map's columnar arrays, are serialized in one orjson call each.

    Parameters
    ----------
    obj : JSON-compatible value: dict (str keys), list/tuple, str, int,
        float (NaN/inf become null), bool or None.

    Example
    -------
    >>> script_json({"note": "</script>{{ 7*7 }}"})
    '{"note":"\\\\u003c/script\\\\u003e\\\\u007b\\\\u007b 7*7 \\\\u007d\\\\u007d"}'
    """
    if isinstance(obj, Mapping):
        items: list[str] = []
        for key, value in obj.items():
            if not isinstance(key, str):
                raise TypeError(f"object keys must be str, got {type(key).__name__}")
            items += (_escape(_dumps(key)), ":", script_json(value), ",")
        # The only raw braces in the output: structural, written here. One join: each + copied
        # the megabytes of a map's columns again, at every level.
        return "".join(["{", *items[:-1], "}"])
    if isinstance(obj, (list, tuple)):
        # One orjson call for the whole list first. orjson writes a list as its elements' texts
        # joined, and a mapping always as braces, so an output without a brace holds no mapping:
        # every dangerous character in it is inside a string, and escaping it blindly writes
        # exactly what the element-by-element path below would (a column of 95,000 optional
        # paths took 96,000 calls of it).
        try:
            text = orjson.dumps(obj).decode("utf-8")
        except (orjson.JSONEncodeError, TypeError):
            text = "{"  # an odd value somewhere: the path below writes it as it always has
        if "{" not in text and "}" not in text:
            return _escape(text)
        # Exact types, not isinstance: fast on 100,000-long columns.
        if not set(map(type, obj)) <= _SCALARS:
            return "[" + ",".join(script_json(v) for v in obj) + "]"
        # A flat list of scalars has no structural character among DANGEROUS,
        # so every one found is inside a string and can be escaped blindly.
        return _escape(_dumps(list(obj)))
    if isinstance(obj, float) and obj != obj:  # NaN: orjson writes null anyway
        return "null"
    return _escape(_dumps(obj))


def _escape(text: str) -> str:
    """Each dangerous character replaced by its escape: one fast replace per dangerous character present.

    (``str.translate`` looks every character up in a dict: 10 MB of columns took a
    second.) No escape contains a dangerous character, so the order of the
    replacements does not matter.
    """
    for c in DANGEROUS:
        if c in text:
            text = text.replace(c, _ESCAPE_OF[c])
    return text


def http_url(url: str | None) -> str | None:
    """Return *url* stripped if it is an absolute http(s) URL with a host, else None.

    Anything else (``javascript:``, ``data:``, relative paths, Windows paths)
    is shown as plain text, never as a link.

    >>> http_url(" https://example.org/a?b=1 ")
    'https://example.org/a?b=1'
    >>> http_url("javascript:alert(1)") is None
    True
    """
    if not url:
        return None
    if _PLAIN_HTTP.fullmatch(url):
        return url
    text = url.strip()
    # Browsers drop tabs/newlines inside URLs ("java\tscript:"), so refuse them.
    if any(ord(c) < 0x21 or c == "\x7f" for c in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


class RawElement(Element):
    """A branca element whose text is written to the page exactly as given.

    branca renders every element's output as a Jinja template once more when
    a parent MacroElement wraps it (``Element(template_string)``); this class
    takes no template at all and its :meth:`render` returns the text
    unchanged, so data inside it is never parsed by Jinja (and a large blob
    costs no template time).

    >>> RawElement("{{ 7*7 }}").render()
    '{{ 7*7 }}'
    """

    def __init__(self, text: str, name: str = "RawElement"):
        super().__init__()
        self._name = name
        self._text = text

    def render(self, **kwargs) -> str:  # noqa: D102 - see class docstring
        return self._text
