"""Errors raised by the geo package.

Every error the package raises on purpose derives from :class:`GeoError`, and
also from the built-in exception a caller would expect, so that
``except ValueError`` keeps working for code that does not know this package.
The command line turns any ``GeoError`` into one line and a non-zero exit.
"""

from __future__ import annotations

from collections.abc import Sequence


class GeoError(Exception):
    """Root of every error this package raises on purpose."""


def did_you_mean(suggestions: Sequence[str]) -> str:
    """Return ``"did you mean 'A' or 'B'?"`` for non-empty *suggestions*, else ``""``.

    >>> did_you_mean(["Khabarovsk"])
    "did you mean 'Khabarovsk'?"
    >>> did_you_mean(["A", "B", "C"])
    "did you mean 'A', 'B' or 'C'?"
    """
    quoted = [repr(s) for s in suggestions]
    if not quoted:
        return ""
    if len(quoted) == 1:
        return f"did you mean {quoted[0]}?"
    return f"did you mean {', '.join(quoted[:-1])} or {quoted[-1]}?"


class UnresolvedPlace(GeoError, LookupError):
    """A place name the geocoder cannot resolve with confidence.

    Parameters
    ----------
    query : the name as given.
    reason : why it was refused, e.g. ``"no place of that name"``.
    suggestions : the closest known names, best first (may be empty).
    guess : the geocoder's best answer when it refused one it found too uncertain
        (a :class:`~geo.geocoders.base.GeocodeResult`), else None; the build keeps it
        in the record for the analyst to accept.
    """

    def __init__(self, query: str, reason: str, suggestions: Sequence[str] = (), guess=None):
        self.query = query
        self.reason = reason
        self.suggestions = tuple(suggestions)
        self.guess = guess
        hint = did_you_mean(self.suggestions)
        super().__init__(f"cannot resolve {query!r}: {reason}" + (f"; {hint}" if hint else ""))


class GeocoderServiceError(GeoError, RuntimeError):
    """An online geocoding service failed after its retries (network, quota, bad key)."""


class GazetteerError(GeoError, RuntimeError):
    """The offline gazetteer could not be built or loaded."""


class Problem:
    """One problem found in an input file: where it is, what is wrong, how to fix it.

    ``row`` is the 1-based line number in the file as a spreadsheet shows it
    (the header is row 1); ``column`` is the header name.
    """

    __slots__ = ("path", "row", "column", "value", "message", "suggestion")

    def __init__(self, path: str, row: int | None, column: str | None, value: object,
                 message: str, suggestion: str = ""):
        self.path = str(path)
        self.row = row
        self.column = column
        self.value = value
        self.message = message
        self.suggestion = suggestion

    def __str__(self) -> str:
        where = self.path
        if self.row is not None:
            where += f", row {self.row}"
        if self.column is not None:
            where += f", column {self.column!r}"
        text = f"{where}: {self.message}"
        if self.value is not None:
            text += f" (got {_shown(self.value)})"
        if self.suggestion:
            text += f"; {self.suggestion}"
        return text

    def __repr__(self) -> str:
        return f"Problem({str(self)!r})"


class TableError(GazetteerError, ValueError):
    """A bad row of a table the gazetteer is built from (features.csv, facilities.csv): one :class:`Problem`, its
    ``row`` the line of the file as an editor numbers it (the comment lines above the header counted, so the header
    is row 1 only in a file without them), its ``column`` the header's name, and how to fix it."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


#: Longer values are shown cut, with their length: a line of an error message stays readable.
SHOWN_CHARS = 80


def _shown(value: object) -> str:
    """*value* as ``repr`` shows it, cut after :data:`SHOWN_CHARS` characters.

    >>> _shown("Kursk")
    "'Kursk'"
    >>> _shown("ab" * 500)[-25:]
    "abab…' (1,000 characters)"
    """
    if isinstance(value, str) and len(value) > SHOWN_CHARS:
        cut = repr(value[:SHOWN_CHARS])
        return f"{cut[:-1]}…{cut[-1]} ({len(value):,} characters)"
    return repr(value)


class PlacesFileError(GeoError, ValueError):
    """The places file has one or more problems; all of them are in ``problems``.

    The message lists every problem, one per line (a single problem is one
    line), so a user fixes the file in one pass instead of one error per run.
    """

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        n = len(self.problems)
        if n == 1:  # one problem reads best as one line
            super().__init__(str(self.problems[0]))
        else:
            head = f"{n} problems in {self.problems[0].path}:" if n else "no problems"
            super().__init__("\n".join([head] + [f"  {p}" for p in self.problems]))
