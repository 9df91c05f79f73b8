"""geo/extract/routes.py with the Russian and Ukrainian cues: a list of ends goes on past the names that place its
items ("Чкаловский в Подмосковье, Северный в Иванове"), each listed end a branch of its own."""

from geo.extract.records import Mention, Reported, Resolved, Sentence
from geo.extract.routes import ENGLISH, _listed_after, chain_routes
from geo.extract.slavic.stages import ROUTE_CUES

TEXT = "Борты взлетают с аэродромов Чкаловский в Подмосковье, Северный в Иванове и приземляются в Алма-Ате."


def _items(text=TEXT):
    s = Sentence(0, len(text), text, 0)
    out = []
    for word, role in (("Чкаловский", "origin"), ("Подмосковье", "mention"), ("Северный", "origin"),
                       ("Иванове", "mention"), ("Алма-Ате", "destination")):
        a = text.index(word)
        out.append((Reported(Mention(a, a + len(word), word), s, role), Resolved(55.0 + len(out), 37.0)))
    return out


def test_a_listed_end_after_the_name_that_places_the_one_before():
    items = _items()
    assert _listed_after(items, [0, 2, 4], ROUTE_CUES) == {2}
    assert _listed_after(items, [0, 2, 4], ENGLISH) == set()  # English lists only as printed side by side


def test_each_listed_origin_its_own_route_to_the_shared_end():
    r = chain_routes(_items(), "a.txt", ROUTE_CUES)
    assert r.numbered[0][0] != r.numbered[2][0]  # Чкаловский and Северный: two routes
    ends = {r.numbered[4][0], *(name for name, _seq in r.also.get(4, []))}
    assert {r.numbered[0][0], r.numbered[2][0]} <= ends  # both reach Алма-Ата


def test_a_word_of_its_own_before_the_placing_name_ends_the_list():
    text = ("Борты взлетают с аэродромов Чкаловский, затем над Подмосковье, Северный в Иванове и приземляются в "
            "Алма-Ате.")
    assert _listed_after(_items(text), [0, 2, 4], ROUTE_CUES) == set()
