"""Sentences of Russian and Ukrainian text, with offsets into the text as read.

razdel (natasha's segmenter, rules only) splits each line; every line break ends a sentence
too, since headlines, captions, bullets and datelines carry no final stop. Abbreviations with
a dot ("г.", "обл.", "т. е.", "тыс.", initials "В. В. Путин") do not end a sentence.
"""

from __future__ import annotations

import re

from ..records import Sentence

_LINE = re.compile(r"\n")


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of *text*, in order, each with ``text[s.start:s.end] == s.text``.

    >>> [s.text for s in split_sentences("Колонны вышли из Белгорода в 5 ч. утра. Их видели у с. Ивановка.\\nМОСКВА, 9 мая")]
    ['Колонны вышли из Белгорода в 5 ч. утра.', 'Их видели у с. Ивановка.', 'МОСКВА, 9 мая']
    """
    from razdel import sentenize

    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    for line in _LINE.split(text):
        if line.strip():
            for s in sentenize(line):
                a, b = pos + s.start, pos + s.stop
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                if a < b:
                    out.append(Sentence(a, b, text[a:b], paragraph))
            paragraph += 1
        pos += len(line) + 1
    return out
