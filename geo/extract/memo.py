"""What the stages of one article ask of the same text more than once, computed once per article.

The pipeline, the source chooser and the status model each read a sentence's source, status and sides
(:mod:`geo.extract.attribution`); the pipeline, the route rules and the route model each ask for the phrases of what
moved in the same clauses (:mod:`geo.extract.what`). The answers depend only on the words asked about and on the
modules' settings, which do not change while an article is read. Within :func:`one_article` (which
:func:`geo.extract.pipeline.extract_article` holds) a function decorated :func:`per_article` computes each distinct
call once; nothing is kept after it, and outside it every call computes afresh (a study that changes a setting
between articles sees its effect).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

_MEMO: ContextVar[dict | None] = ContextVar("extract.memo", default=None)

F = TypeVar("F", bound=Callable)


@contextmanager
def one_article() -> Iterator[None]:
    """Within it, each :func:`per_article` function computes a distinct call once (a context variable: each thread
    has its own)."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def per_article(fn: F) -> F:
    """*fn* (positional arguments, hashable: within an article an unhashable one raises a TypeError that says so;
    an immutable result, or one no caller changes) computed once per distinct arguments within :func:`one_article`.

    >>> calls = []
    >>> double = per_article(lambda x: calls.append(x) or 2 * x)
    >>> with one_article():
    ...     double(2), double(2), double(3)
    (4, 4, 6)
    >>> calls
    [2, 3]
    >>> double(2), calls  # outside it, computed again
    (4, [2, 3, 2])
    """
    @functools.wraps(fn)
    def memoised(*args):
        memo = _MEMO.get()
        if memo is None:
            return fn(*args)
        key = (fn, args)
        try:
            return memo[key]
        except KeyError:
            pass
        except TypeError as e:  # else it would fail only within an article
            raise TypeError(f"{fn.__qualname__} is memoised per article: its arguments must be hashable") from e
        out = memo[key] = fn(*args)
        return out

    return memoised  # type: ignore[return-value]


__all__ = ["one_article", "per_article"]
