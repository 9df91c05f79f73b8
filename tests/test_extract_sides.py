"""geo/extract/sides.py: the speaker's side, shared by every language's status."""

import pytest

from geo.extract import sides


@pytest.mark.parametrize("voice, forces, expected", [
    ("UA", ["RU"], sides.ADVERSARY),            # Kyiv on Russia's forces
    ("UA", ["KP"], sides.ADVERSARY),            # ... and on its ally North Korea's
    ("TW", ["CN"], sides.ADVERSARY),
    ("RU", ["RU", "BY"], sides.SAME),            # Moscow on its own side's
    ("IN", ["PK"], sides.ADVERSARY),
    ("UA", ["UA", "RU"], ""),                    # both sides named: the words must say whose movement it is
    ("US", ["RU"], sides.THIRD),                 # a voice of no conflict's party: a third party
    ("RU", ["IL"], sides.THIRD),                 # a party to another conflict is a third party to this one
    ("", ["RU"], ""),
    ("UA", [], ""),
])
def test_relation(voice, forces, expected):
    assert sides.relation(voice, forces) == expected


@pytest.mark.parametrize("status, rel, on_record, expected", [
    ("reported", sides.ADVERSARY, False, "claimed"),
    ("confirmed", sides.ADVERSARY, True, "confirmed"),  # what the words flag stands
    ("denied", sides.ADVERSARY, True, "denied"),       # a denial stays one
    ("reported", sides.SAME, True, "confirmed"),
    ("reported", sides.SAME, False, "reported"),       # its anonymous officials only report
    ("reported", sides.THIRD, True, "reported"),
    ("reported", "", True, "reported"),
])
def test_side_status(status, rel, on_record, expected):
    assert sides.side_status(status, rel, on_record) == expected


def test_every_camp_is_a_pair_of_disjoint_sets():
    for a, b in sides.CAMPS:
        assert a and b and not a & b
