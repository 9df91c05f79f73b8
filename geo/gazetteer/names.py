"""Name folding: how a place name becomes a lookup key, and transliteration.

Everything that matches names goes through :func:`normalize`: the index stores the keys it
makes and queries are folded the same way, so "Saint-Étienne" and "St. Etienne" meet. The
build folds about 1.5 million names, hence the bulk form :func:`normalize_list`, which must
give exactly what :func:`normalize` gives name by name (tests/test_gazetteer.py checks it).
:func:`core_name` strips region words ("Kursk Oblast" -> "kursk").
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

import numpy as np


_APOSTROPHES = "'’‘ʼʻ`´′ʹ"

_DASHES = "-‐‑‒–—―_/\\·•,;:!?\"“”«»()[]{}*+|"


# Latin letters that NFKD does not decompose.
_LATIN_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae",
                             "œ": "oe", "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ß": "ss"})


# Tokens written both ways in place names; both sides map to one form.
_TOKEN_CANON = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft", "and": "", "the": ""}


# ASCII fast path: one bytes.translate does case, apostrophes and punctuation at C speed.
_ASCII_TABLE = bytes(
    (c + 32 if 65 <= c <= 90 else 32 if c < 128 and (chr(c) in _DASHES + ".&" or chr(c).isspace()) else c)
    for c in range(256))


_ASCII_DELETE = "".join(c for c in _APOSTROPHES if c.isascii()).encode()


def _fold_table() -> dict[int, str]:
    """One str.translate table for Latin, Greek, Cyrillic, Armenian and punctuation.

    Each character maps to its lower-case base letters (accents stripped via
    NFKD), punctuation to a space and apostrophes to nothing; a single
    translate is several times faster than NFKD + filter + casefold per name.
    """
    table: dict[int, str] = {}
    def ascii_fold(t: str) -> str:
        return "".join(" " if c in _DASHES + ".&" or c.isspace() else "" if c in _APOSTROPHES else c
                       for c in t)
    for cp in itertools.chain(range(0x00, 0x590), range(0x1E00, 0x2070), range(0x3000, 0x3004)):
        ch = chr(cp)
        if ch in _APOSTROPHES:
            table[cp] = ""
        elif ch in _DASHES or ch.isspace() or unicodedata.category(ch)[0] in "PZ":
            table[cp] = " "
        elif unicodedata.combining(ch):
            table[cp] = ""
        else:
            d = "".join(x for x in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(x))
            d = ascii_fold(d.casefold().translate(_LATIN_FOLD))
            if d != ch:
                table[cp] = d
    return table


_FOLD = _fold_table()


def normalize(name: str) -> str:
    """Return the lookup key of a place name: case, accents, punctuation and spacing folded.

    Apostrophes vanish, other punctuation becomes a space, runs of single
    letters join ("U.S." -> "us"), "Saint"/"St." and "Mount"/"Mt." unify, a
    leading "the" and any "and"/"&" are dropped. Non-Latin scripts are kept
    (casefolded, combining accents removed) so native names match natively.

    >>> normalize("  Saint-Étienne ")
    'st etienne'
    >>> normalize("U.S.")
    'us'
    >>> normalize("Kurskaya Oblast’")
    'kurskaya oblast'
    """
    if name.isascii():
        if name.isalpha():  # the common case: one plain word
            s = name.lower()
            return _TOKEN_CANON.get(s, s) if len(s) > 3 else s
        s = name.encode().translate(_ASCII_TABLE, _ASCII_DELETE).decode()
    else:
        s = unicodedata.normalize("NFC", name).translate(_FOLD)
    return _tokens(s)


def normalize_many(names) -> dict[str, str]:
    """Return ``{name: normalize(name)}`` for many distinct *names* at once (see :func:`normalize_list`)."""
    names = list(names)
    return dict(zip(names, normalize_list(names)))


def normalize_list(names: list[str]) -> list[str]:
    """Return ``[normalize(n) for n in names]``, with the per-character work done in bulk (the build).

    ASCII names are folded by one ``bytes.translate`` over their joined text, the others by
    one ``str.translate``; NUL separates the names (neither table maps it, so every name folds
    exactly as it would alone). Space runs are then collapsed and whole-name "saint"/"mount"
    forms canonicalized with ``str.replace`` over the whole text; only names with a token
    the token step would change (a single character, or a word of ``_TOKEN_CANON``; found by
    one regex scan) go through :func:`_tokens` one by one.
    """
    names = names if isinstance(names, list) else list(names)
    is_ascii = list(map(str.isascii, names))
    asc = list(itertools.compress(names, is_ascii))
    other = list(itertools.compress(names, [not a for a in is_ascii]))
    a = "\x00".join(asc)
    nfc = functools.partial(unicodedata.normalize, "NFC")
    o = "\x00".join(map(nfc, other))
    if a.count("\x00") + o.count("\x00") != len(asc) + len(other) - bool(asc) - bool(other):
        return list(map(normalize, names))  # a name with NUL (which separates names here)
    keys = _fold_tokens(a.encode().translate(_ASCII_TABLE, _ASCII_DELETE).decode()) if asc else []
    if not other:
        return keys
    # every character present gets an entry (itself if unmapped): a miss costs str.translate
    # an exception per character
    table = dict.fromkeys(map(ord, set(o)))
    for c in table:
        table[c] = _FOLD.get(c, c)
    keys += _fold_tokens(_SPACES.sub(" ", o.translate(table)))
    if not asc:
        return keys
    where = np.cumsum(is_ascii) - 1  # each name's place in asc + other
    where[~np.array(is_ascii, bool)] = len(asc) + np.arange(len(other))
    return [keys[i] for i in where.tolist()]


_WHOLE_CANON = {f"\x00{k}\x00": f"\x00{v}\x00" for k, v in _TOKEN_CANON.items() if len(k) > 3}


def _fold_tokens(text: str) -> list[str]:
    """The token step of :func:`normalize` on NUL-separated folded names (spaces only as white space)."""
    t = f"\x00{text}\x00"
    while "  " in t:
        t = t.replace("  ", " ")
    t = t.replace(" \x00", "\x00").replace("\x00 ", "\x00")
    # token boundaries (space or NUL) from the code points: a token needs the token step when
    # it is one character long or a _TOKEN_CANON word
    arr = np.frombuffer(t.encode("latin-1") if t.isascii() else t.encode("utf-32-le"),
                        np.uint8 if t.isascii() else np.uint32)
    seps = np.flatnonzero((arr == 32) | (arr == 0))
    size = np.diff(seps) - 1  # length of the token after each separator
    hit = [seps[:-1][size == 1]]
    for word in _TOKEN_CANON:
        at = seps[:-1][size == len(word)] + 1
        ok = np.ones(at.size, bool)
        for j, ch in enumerate(word):
            ok &= arr[at + j] == ord(ch)
        hit.append(at[ok] - 1)
    hits = np.concatenate(hit)
    nul = seps[arr[seps] == 0]
    for a, b in _WHOLE_CANON.items():  # one-word names (len > 3 in normalize): "saint" -> "st"
        while a in t:
            t = t.replace(a, b)
    keys = t[1:-1].split("\x00")
    if hits.size:
        for i in np.unique(np.searchsorted(nul, hits, "right") - 1).tolist():
            keys[i] = _tokens(keys[i])
    return keys


_SPACES = re.compile(r"[^\S ]")


def _tokens(s: str) -> str:
    """The token step of :func:`normalize` on folded text *s*: split, join letter runs, canonicalize."""
    toks = s.split()
    if len(toks) == 1:
        t = toks[0]
        return _TOKEN_CANON.get(t, t) if len(t) > 3 else t
    out: list[str] = []
    run = ""
    for t in toks:
        if len(t) == 1 and t.isalpha():
            run += t
            continue
        if run:
            out.append(run)
            run = ""
        t = _TOKEN_CANON.get(t, t)
        if t:
            out.append(t)
    if run:
        out.append(run)
    return " ".join(out)


def transliterate(name: str) -> str:
    """Return *name* transliterated to ASCII (anyascii), then normalized.

    >>> transliterate("Хабаровск")
    'khabarovsk'
    """
    from anyascii import anyascii

    return normalize(anyascii(name))


# Cyrillic romanised as the gazetteer's own names are (GeoNames follows BGN/PCGN for Russian and Ukraine's national
# system for Ukrainian): "Ейск" is Yeysk, "Шебекине" Shebekyne, "Миргород" Myrhorod, "Єнакієве" Yenakiieve, where
# anyascii writes Eysk, Shebekine, Mirgorod, Ienakiieve. A letter missing here is left to anyascii.
_RU_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split()))
#: Russian е and ё at a word's start or after a vowel ("Ейск": Yeysk).
_RU_INITIAL = {"е": "ye", "ё": "yo"}
_UK_LATIN = dict(_RU_LATIN, г="h", ґ="g", и="y", і="i", ї="i", є="ie", й="i", ю="iu", я="ia")
#: Ukrainian є, ї, й, ю, я at a word's start ("Єнакієве": Yenakiieve, "Їжакевичі": Yizhakevychi).
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UK_LETTERS = re.compile(r"[іїєґ]", re.I)
_VOWELS_CYR = frozenset("аеёиоуыэюяіїєьъ'’ʼ")


def _romanise(text: str, table: dict[str, str], initial: dict[str, str], after_vowel: bool) -> str:
    """*text* lower-cased and romanised by *table*, with *initial*'s letters at a word's start (or after a vowel)."""
    out, prev = [], " "
    for ch in text.lower():
        t = table.get(ch)
        if t is None:
            out.append(ch)
        elif ch in initial and (not prev.isalpha() and prev not in "'’ʼ" or after_vowel and prev in _VOWELS_CYR):
            out.append(initial[ch])
        else:
            out.append(t.strip("_"))
        prev = ch
    return "".join(out)


def romanise_uk(name: str) -> str:
    """*name*, in Ukrainian, romanised by Ukraine's national system (Cabinet of Ministers resolution No. 55 of
    27 January 2010), as GeoNames romanises Ukraine's places: the table above, "зг" as "zgh" (not "zh", which is
    "ж"), apostrophes and the soft sign dropped, capitals kept ("Щ" -> "Shch").

    >>> romanise_uk("Велика Новосілка"), romanise_uk("Згурівка"), romanise_uk("Їжакевичі"), romanise_uk("Знам'янка")
    ('Velyka Novosilka', 'Zghurivka', 'Yizhakevychi', 'Znamianka')
    """
    out, prev = [], " "
    for ch in name:
        low = ch.lower()
        t = _UK_LATIN.get(low)
        if t is None:
            if ch not in "'’ʼ`":
                out.append(ch)
            prev = ch
            continue
        if low in _UK_INITIAL and not prev.isalpha() and prev not in "'’ʼ`":
            t = _UK_INITIAL[low]
        elif low == "г" and prev.lower() == "з":
            t = "gh"
        t = t.strip("_")
        out.append(t[:1].upper() + t[1:] if ch != low and t else t)
        prev = ch
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def transliterations(name: str) -> tuple[str, ...]:
    """The keys of *name* in Latin letters, likeliest first: :func:`transliterate`, and for Cyrillic also the
    romanisations the gazetteer's own names follow (Russian's BGN/PCGN, Ukraine's national system).

    >>> transliterations("Ейск")[:2], transliterations("Шебекине")[:2]
    (('eysk', 'yeysk'), ('shebekine', 'shebekyne'))
    """
    first = transliterate(name)
    if not _CYRILLIC.search(name):
        return (first,) if first else ()
    from anyascii import anyascii

    ru = (_RU_LATIN, _RU_INITIAL, True)
    uk = (_UK_LATIN, _UK_INITIAL, False)
    schemes = (uk, ru) if _UK_LETTERS.search(name) else (ru, uk)
    keys = [first] + [normalize(anyascii(_romanise(name, *t))) for t in schemes]
    return tuple(k for k in dict.fromkeys(keys) if k)


#: Words naming an administrative area; stripped to get an area's core name.
REGION_WORDS = frozenset(
    "region oblast oblasti kray krai province provincia state county parish district governorate "
    "prefecture territory department municipality voivodeship canton okrug autonomous republic "
    "respublika raion rayon area emirate borough shire".split())


def core_name(key: str) -> str:
    """Return a normalized area name without its region words ("kursk oblast" -> "kursk").

    >>> core_name("laurel county")
    'laurel'
    """
    if not _REGION_WORD_RE.search(key):  # most names: nothing to strip
        return key
    toks = [t for t in key.split() if t not in REGION_WORDS and t != "of"]
    return " ".join(toks)


_REGION_WORD_RE = re.compile(r"(?:^| )(?:%s)(?= |$)" % "|".join(sorted(REGION_WORDS | {"of"})))


# The spellings one name takes in the scripts and languages of the places that bear it, for counting namesakes (not
# for matching): a Russian village name and its Ukrainian or Belarusian form ("-ovka"/"-evka"/"-ivka": Berezovka,
# Berezivka; "Aleksandr-"/"Oleksandr-", "Nikola-"/"Mykola-", "Vasil-"/"Vasyl-"), "й" written "y" or "i"
# ("Pervomaisk", "Pervomaysk"), and an Arabic name with or without its article and with its feminine ending written
# "-ah", "-a", "-eh" or "-e" ("Al-Hamidiyah", "Hamidiya", "Hamidiyeh"); a Russian adjective's ending as each
# romanisation writes it ("Mirny", "Mirnyy").
_SUFFIX_FORMS = (("ovka", "evka", "ivka", "yevka", "yivka", "ievka", "iyivka"), ("ovo", "ove"), ("ino", "ine", "yno"),
                 ("iya", "iyah", "iyeh", "iye", "iyya", "iyyah"),
                 # a Russian adjective's "-ый"/"-ий" ("Mirny", "Mirnyy"; "Oktyabrsky", "Oktyabrskiy", "Oktyabr'skiy")
                 ("skiy", "sky", "skii", "skij", "skyi", "skyy"), ("nyy", "ny", "nyi", "nyj", "niy"))
_PREFIX_FORMS = (("aleksandr", "oleksandr", "alexandr"), ("nikola", "mykola", "mikola"), ("vasil", "vasyl"),
                 ("petro", "petr"), ("novo", "nova"), ("ivano", "ivan"), ("mikha", "mykha"))
# (not "el", "es", "et": the Spanish, Catalan and French articles; "El Carmel" is no Carmel)
_ARTICLES = ("al ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ")


def namesake_keys(key: str) -> list[str]:
    """Other spellings of a normalized place name under which its namesakes may be filed (see above): the name
    itself first; at most a few dozen keys, each a plain lookup.

    >>> namesake_keys("berezovka")[:4]
    ['berezovka', 'berezevka', 'berezievka', 'berezivka']
    >>> "hamidiyah" in namesake_keys("al hamidiya")
    True
    """
    bases = {key}
    for art in _ARTICLES:  # "al hamidiyah" -> "hamidiyah"; a bare Arabic name gets no article added
        if key.startswith(art) and len(key) > len(art) + 3:
            bases.add(key[len(art):])
            bases.add("el " + key[len(art):])
            break
    out = set(bases)
    for b in bases:
        for forms in _PREFIX_FORMS:
            for f in forms:
                if b.startswith(f):
                    out.update(g + b[len(f):] for g in forms)
                    break
    for b in list(out):
        for forms in _SUFFIX_FORMS:
            for f in sorted(forms, key=len, reverse=True):
                if b.endswith(f) and len(b) > len(f) + 2:
                    out.update(b[: -len(f)] + g for g in forms)
                    break
    for b in list(out):  # "й": "ai" <-> "ay" before a consonant or at the end
        out.add(re.sub(r"a([yi])(?![aeiou])", lambda m: "a" + ("i" if m.group(1) == "y" else "y"), b))
    out.discard(key)
    return [key, *sorted(out)][:40]
