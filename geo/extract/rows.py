"""The draft: rows in places.csv's own format, with the evidence and the geocoder's choice.

The first 19 columns are places.csv's (``what``: what moved, as printed; ``moved``: ``people``,
``materiel`` or ``both``); then where the place is in the article
(``article``, ``start``, ``end``: character offsets in the text as read), what
the text reports there (``role``, and ``cue``: the words or the rule that decided
it), and how it was placed (``gazetteer``: the reference and the name matched;
``match``: how, with its score and any doubt). ``python -m geo build`` keeps the
extra columns and shows them in the popups.

A reading to check (the geocoder's doubt, a noun read as a place named before it, a stop
placed by a town or area the text puts it near or in) ends its ``match`` with the clause
:data:`CHECK` (written by :func:`to_check`); the build draws such a row marked uncertain,
with its ``match`` as the reason (:func:`doubt_of`), as it does a name it doubts itself.
"""

from __future__ import annotations

import csv
import io
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from ..errors import GeoError

#: The draft's columns, in order.
COLUMNS = ("route", "seq", "place", "country", "lat", "lon", "precision", "radius_km", "date", "reported", "mode",
           "troops", "what", "moved", "status", "source", "url", "note", "article", "start", "end", "role", "cue", "gazetteer",
           "match")


#: The last clause of a draft's ``match`` when its reading is to check (see :func:`to_check`).
CHECK = "to check"
_SEP = "; "


def to_check(*clauses: str) -> str:
    """A ``match`` of the *clauses* (how it was placed, why to check it) that says the reading is to check.

    Clauses already marked lose their mark, so marking twice marks once; empty clauses are left out.

    >>> to_check("exact 0.97", "placed near Latakia, where the text puts it")
    'exact 0.97; placed near Latakia, where the text puts it; to check'
    >>> to_check("refers to 'Kursk' before it", _)
    "refers to 'Kursk' before it; exact 0.97; placed near Latakia, where the text puts it; to check"
    """
    parts = [c.removesuffix(_SEP + CHECK) for c in clauses if c and c != CHECK]
    return _SEP.join([p for p in parts if p] + [CHECK])


def doubt_of(match: str | None) -> str:
    """Why a draft row's reading is to check, from its ``match`` ("" when it is not marked :data:`CHECK`).

    >>> doubt_of("fuzzy 0.80; fuzzy match of 'Khabrovsk' to Khabarovsk, RU; to check")
    "fuzzy 0.80; fuzzy match of 'Khabrovsk' to Khabarovsk, RU"
    >>> doubt_of("exact 0.97"), doubt_of("checked: exact 0.97"), doubt_of(None)
    ('', '', '')
    """
    match = (match or "").strip()
    if match == CHECK:
        return CHECK
    return match.removesuffix(_SEP + CHECK).strip() if match.endswith(_SEP + CHECK) else ""


class DraftWriteError(GeoError, OSError):
    """The draft could not be written (or the file to append to could not be read)."""


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(round(v, 6)).removesuffix(".0") if v == int(v) else repr(v)
    return str(v)


class DraftSink:
    """Where draft rows go as articles finish: standard output, a new file, or a places file to append to.

    Files are written atomically: rows stream into a temporary file beside the
    target, which replaces it only at :meth:`commit`; :meth:`abort` leaves the
    target as it was. When appending, the file keeps its rows, order and
    separator; columns of the draft it lacks are added at the end (empty for
    its own rows); a row is skipped when one with the same values in every
    column the file shares with the draft is already there.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "places.csv"
    >>> for _ in range(2):
    ...     sink = DraftSink(append=p); sink.write([{"place": "Kursk"}]); sink.commit()
    >>> sink.added, p.read_text().count("Kursk")
    (0, 1)
    """

    def __init__(self, out: str | os.PathLike | None = None, append: str | os.PathLike | None = None,
                 stream=None):
        self.added = 0
        self._target = Path(append or out) if (append or out) else None
        self._tmp: str | None = None
        self._keys: list[str] = list(COLUMNS)
        self._shared: list[str] = []
        self._seen: set = set()
        self._delimiter = ","
        if self._target is None:
            self._f = stream or sys.stdout
            self._writer = csv.writer(self._f, lineterminator="\n")
            self._writer.writerow(COLUMNS)
            return
        old: list[list[str]] = []
        bom, newline = False, "\n"
        if append and self._target.exists():
            try:
                data = self._target.read_bytes()
                text = data.decode("utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                raise DraftWriteError(f"{str(self._target)!r}: cannot read the places file to append to: "
                                      f"{exc}") from None
            bom = data.startswith(b"\xef\xbb\xbf")
            newline = "\r\n" if "\r\n" in text else "\n"
            first = text.split("\n", 1)[0]
            self._delimiter = max(",;\t", key=first.count) if first.strip() else ","
            old = list(csv.reader(io.StringIO(text, newline=""), delimiter=self._delimiter))
        header = [h.strip() for h in old[0]] if old else []
        keys = [h.lower().replace(" ", "_").replace("-", "_") for h in header]
        new_cols = [c for c in COLUMNS if c not in keys]
        self._keys = keys + new_cols
        if old:
            self._shared = [c for c in COLUMNS if c in keys]
            where = [keys.index(c) for c in self._shared]
            for r in old[1:]:
                r = r + [""] * (len(keys) - len(r))
                self._seen.add(tuple(r[i].strip() for i in where))
        try:
            fd, self._tmp = tempfile.mkstemp(dir=self._target.parent, prefix=f".{self._target.name}.",
                                             suffix=".tmp")
            # mkstemp makes the file private (0600): the draft gets the mode of the file it replaces, else
            # the one geo.files gives a map
            os.chmod(self._tmp, stat.S_IMODE(self._target.stat().st_mode) if self._target.exists() else 0o644)
            self._f = os.fdopen(fd, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise DraftWriteError(f"{str(self._target)!r}: cannot write the draft: {exc.strerror or exc}") from None
        if bom:
            self._f.write("\ufeff")
        self._writer = csv.writer(self._f, delimiter=self._delimiter, lineterminator=newline)
        self._writer.writerow(header + new_cols if old else COLUMNS)
        for r in old[1:]:
            self._writer.writerow(r + [""] * (len(self._keys) - len(r)))

    def write(self, rows: Iterable[dict]) -> None:
        """Add the rows of one article (skipping any already in the file appended to)."""
        for r in rows:
            if self._shared:
                key = tuple(_cell(r.get(c)).strip() for c in self._shared)
                if key in self._seen:
                    continue
                self._seen.add(key)
            self._writer.writerow([_cell(r.get(k)) if k in COLUMNS else "" for k in self._keys])
            self.added += 1
        if self._target is None:
            self._f.flush()

    def commit(self) -> None:
        """Finish: the target file is replaced by the complete draft (nothing to do for stdout)."""
        if self._tmp is None:
            return
        try:
            self._f.close()
            os.replace(self._tmp, self._target)
        except OSError as exc:
            self.abort()
            raise DraftWriteError(f"{str(self._target)!r}: cannot write the draft: {exc.strerror or exc}") from None
        self._tmp = None

    def abort(self) -> None:
        """Leave the target as it was."""
        if self._tmp is not None:
            self._f.close()
            if os.path.exists(self._tmp):
                os.unlink(self._tmp)
            self._tmp = None
