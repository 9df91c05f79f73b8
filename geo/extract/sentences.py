"""Split a text into sentences, with offsets into the text as read.

A small rule splitter (fast enough for a corpus, no model): a sentence ends at
``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by a space
and a capital, a digit or an opening quote, unless the word before the stop is
an abbreviation or an initial; footnote marks after the stop ("[1]", "[2, 3]")
end with it; and at every line break, since headlines, captions and paragraphs
carry no final stop.
"""

from __future__ import annotations

import re

from .records import Sentence

_ABBREV = frozenset("""mr mrs ms dr prof gen lt col maj sgt capt cpt adm cmdr gov sen rep st mt ft jr sr
    no nos vs etc inc co corp ltd jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e
    approx est dept univ rev hon pres""".split())
# A stop, its closing quotes/brackets, any footnote marks (assessments print "...seized Kurakhove.[1] Geolocated
# footage shows ...": the mark belongs to the sentence it ends), then either spaces before a likely sentence start,
# or directly another opening quote (quotes run together: ...stage.""This is...).
_FOOTNOTES = r"(?:\[\d{1,3}(?:[,–-]\s*\d{1,3})*\])*"
_END = re.compile(rf"[.!?]+[\"'”’)\]]*{_FOOTNOTES}(?:\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?=[\"“][A-Z]))")
_LINE = re.compile(r"\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of *text*, in order, each with ``text[s.start:s.end] == s.text``.

    Whitespace around a sentence is not part of it; empty lines give no sentence.

    >>> [s.text for s in split_sentences("Gen. Ivanov said troops left. They arrived in Kursk.\\nKYIV, March 3")]
    ['Gen. Ivanov said troops left.', 'They arrived in Kursk.', 'KYIV, March 3']
    """
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for line in _LINE.split(text):
        _split_line(text, line, pos, paragraph, out)
        pos += len(line) + 1
        if line.strip():
            paragraph += 1
    return out


def _split_line(text: str, line: str, offset: int, paragraph: int, out: list[Sentence]) -> None:
    start = 0
    for m in _END.finditer(line):
        stop = m.start()
        w = _WORD_BEFORE.search(line, 0, stop)
        if w and line[stop] == ".":
            word = w.group(1).lower()
            if word in _ABBREV or (len(word) == 1 and w.group(1).isupper()):
                continue
        end = m.end()
        _add(text, offset + start, offset + end, paragraph, out)
        start = end
    _add(text, offset + start, offset + len(line), paragraph, out)


def _add(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, text[start:end], paragraph))
