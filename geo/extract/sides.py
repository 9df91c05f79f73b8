"""The speaker's side: whether the one who says a movement happened is a party to it, in every language.

The corpus's guideline (tests/data/corpus/README.md, ``status``) decides a status from who speaks and of whose
forces: the moving side's own official word is ``confirmed``; one side's word about its adversary's forces is
``claimed``; a third party's (media, monitors, third countries, analysts) is ``reported``. Each language reads the
parties its words name (:func:`geo.extract.attribution.parties` for English, the sides of
:mod:`geo.extract.slavic.attribution` for Russian and Ukrainian); this module holds what is the same in all of them:
who fights whom (:data:`CAMPS`), how a speaker's party stands to the forces' (:func:`relation`), and the status that
follows (:func:`side_status`).
"""

from __future__ import annotations

from collections.abc import Iterable

#: Who fights whom: each conflict's two camps. A party is an ISO 3166-1 code, or a name for an armed movement with no
#: state of its own. Two parties are adversaries when they stand in opposite camps of one conflict; a party in no
#: camp of a conflict is a third party to it.
#: South Korea and North Korea are not listed as a pair: the corpus reads Seoul's intelligence on North Korea's
#: troops in Russia as a third country's (``reported``, 14 of 16 such development stops).
CAMPS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"UA"}), frozenset({"RU", "BY", "KP"})),  # Russia's war on Ukraine, Belarus and North Korea with Russia
    (frozenset({"TW"}), frozenset({"CN"})),
    (frozenset({"IL"}), frozenset({"IR", "HAMAS", "HEZBOLLAH", "HOUTHIS"})),
    (frozenset({"AM"}), frozenset({"AZ"})),
    (frozenset({"IN"}), frozenset({"PK"})),
    (frozenset({"IN"}), frozenset({"CN"})),
)

SAME, ADVERSARY, THIRD = "same", "adversary", "third"


def adversaries(a: str, b: str) -> bool:
    """Whether parties *a* and *b* stand in opposite camps of a conflict of :data:`CAMPS`.

    >>> adversaries("UA", "KP"), adversaries("RU", "BY"), adversaries("US", "RU")
    (True, False, False)
    """
    return any((a in x and b in y) or (a in y and b in x) for x, y in CAMPS)


def allies(a: str, b: str) -> bool:
    """Whether *a* and *b* are one party or stand in one camp of a conflict.

    >>> allies("RU", "BY"), allies("RU", "UA")
    (True, False)
    """
    return a == b or any({a, b} <= camp for pair in CAMPS for camp in pair)


def relation(voice: str, forces: Iterable[str]) -> str:
    """How the speaker's party *voice* stands to the parties of the *forces* a sentence names: :data:`ADVERSARY`
    when it names an adversary's forces and none of its own side's, :data:`SAME` when it names only its own side's,
    :data:`THIRD` when the speaker is a party to none of them, else "" (nothing known, or both sides named).

    >>> relation("UA", ["RU"]), relation("RU", ["RU", "BY"]), relation("US", ["RU"]), relation("UA", ["UA", "RU"])
    ('adversary', 'same', 'third', '')
    >>> relation("", ["RU"]), relation("UA", [])
    ('', '')
    """
    forces = set(forces) - {""}
    if not voice or not forces:
        return ""
    own = {f for f in forces if allies(voice, f)}
    enemy = {f for f in forces if adversaries(voice, f)}
    if enemy and not own:
        return ADVERSARY
    if own and not enemy:
        return SAME if own == forces else ""
    if not own and not enemy:
        return THIRD
    return ""


def side_status(status: str, rel: str, on_record: bool = False) -> str:
    """The status of a statement read *status* from its words, once the speaker's side is known (*rel*, from
    :func:`relation`): about an adversary's forces ``claimed``; about its own side's, by a voice speaking *on_record*
    for it (a ministry, a command, a spokesman), ``confirmed``. What the words flag (a denial, a claim, a
    confirmation) stands: "Kyiv confirmed that Russian troops ..." is the outlet's word for it (on the English
    development theatres, reading such a confirmation as a claim lost 4 stops of 1,615).

    >>> side_status("reported", ADVERSARY), side_status("confirmed", ADVERSARY), side_status("denied", ADVERSARY)
    ('claimed', 'confirmed', 'denied')
    >>> side_status("reported", SAME, on_record=True), side_status("reported", SAME), side_status("reported", THIRD)
    ('confirmed', 'reported', 'reported')
    """
    if status != "reported":
        return status
    if rel == ADVERSARY:
        return "claimed"
    if rel == SAME and on_record:
        return "confirmed"
    return status


__all__ = ["CAMPS", "SAME", "ADVERSARY", "THIRD", "adversaries", "allies", "relation", "side_status"]
