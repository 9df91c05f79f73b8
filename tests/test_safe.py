"""geo.safe: CSV text becomes inert JSON, only http(s) URLs become links."""

from __future__ import annotations

import json
import math

import pytest

from geo.safe import DANGEROUS, RawElement, http_url, script_json

HOSTILE = [
    "</script><script>alert(1)</script>",
    "</SCRIPT >",
    "<!-- <script>",
    '<img src=x onerror="alert(1)">',
    "${alert(1)}",
    "`${document.cookie}`",
    "back\\slash \\ \\\\ \\n \\u0041",
    "C:\\new\\table",
    "{{ 7*7 }}",
    "{% set x = cycler.__init__.__globals__.os.mkdir('PWNED') %}",
    "{# comment #}",
    "line\u2028separator\u2029paragraph",
    "\"double\" 'single' ‘curly’ “quotes”",
    "&amp; &lt; &#x3c;",
    "\x00\x01\t\r\n control",
    "emoji 🚢 and RTL עברית",
    "",
]


def _dicts(value) -> int:
    if isinstance(value, dict):
        return 1 + sum(_dicts(v) for v in value.values())
    if isinstance(value, list):
        return sum(_dicts(v) for v in value)
    return 0


@pytest.mark.parametrize("text", HOSTILE)
def test_round_trip_and_nothing_raw(text):
    for value in (text, [text, 1, None], {"k": text, text: [text]}, [[text], {"a": {"b": text}}]):
        out = script_json(value)
        assert json.loads(out) == value
        for ch in DANGEROUS:
            if ch in "{}":
                # The only raw braces are the objects' own, one pair per dict.
                assert out.count(ch) == _dicts(value), (ch, out)
            else:
                assert ch not in out, (ch, out)


def test_braces_from_data_are_escaped_even_inside_objects():
    out = script_json({"a": "{{ x }}", "{%": ["}}"]})
    assert out.count("{") == 1 and out.count("}") == 1  # only the object's own
    assert json.loads(out) == {"a": "{{ x }}", "{%": ["}}"]}


def test_exact_escapes():
    out = script_json("<>&'{}`$\u2028\u2029")
    assert out == '"\\u003c\\u003e\\u0026\\u0027\\u007b\\u007d\\u0060\\u0024\\u2028\\u2029"'


def test_numbers_and_specials():
    assert script_json([1, 2.5, None, True, float("nan")]) == "[1,2.5,null,true,null]"
    assert json.loads(script_json([math.inf])) == [None]
    with pytest.raises(TypeError):
        script_json({1: "x"})


def test_lone_surrogate_survives():
    text = "bad \udcff byte"
    out = script_json([text])
    assert json.loads(out) == [text]
    assert all(ch not in out for ch in "<>&'`$")


def test_http_url():
    assert http_url("https://example.org/x?a=1&b=<2>") == "https://example.org/x?a=1&b=<2>"
    assert http_url("  HTTP://example.org  ") == "HTTP://example.org"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "vbscript:x", "//example.org", "/relative",
                "C:\\new\\table", "https://", "https:example.org", "http://exa mple.org", "", None, "ftp://x.org"):
        assert http_url(bad) is None, bad


def test_raw_element_is_not_a_template():
    el = RawElement("{{ 7*7 }}{% set x = 1 %}")
    assert el.render() == "{{ 7*7 }}{% set x = 1 %}"


def test_nested_lists_are_written_as_element_by_element():
    # nested lists of scalars take one orjson call; one holding a mapping or an odd value
    # (an integer beyond 64 bits) is written element by element: the same rules either way
    out = script_json([None, [[1.5, 2], (None, float("nan"))], ["<{x}>"], [{"k<": "}"}], [[2**70, "é"]]])
    assert out == ('[null,[[1.5,2],[null,null]],["\\u003c\\u007bx\\u007d\\u003e"],'
                   '[{"k\\u003c":"\\u007d"}],[[1180591620717411303424, "\\u00e9"]]]')
