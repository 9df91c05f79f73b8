"""Read articles: ``.txt`` files, ``.html`` pages (main text only), standard input, directories.

A ``.txt`` file's text is its decoded bytes unchanged (UTF-8; a byte-order mark
is dropped), so the offsets in a draft point into the file as a reader opens it.
An HTML page's text is its main text as trafilatura extracts it (menus,
comments and other boilerplate removed); its publication date and canonical URL
come from the page's metadata.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from ..errors import GeoError
from .records import Article

#: The file endings read as articles, and which of them are HTML.
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")


class ArticleReadError(GeoError, OSError):
    """An input that cannot be read as an article; the message names it and says why."""


def read_article(path: str | os.PathLike, *, name: str | None = None) -> Article:
    """Read one ``.txt`` or ``.html``/``.htm`` file, or ``-`` for standard input.

    Parameters
    ----------
    path : the file; ``"-"`` reads standard input as text (HTML if it starts with ``<``).
    name : the article's name in the draft (default: the file name; ``stdin`` for ``-``).

    Raises
    ------
    ArticleReadError : the file is missing, unreadable, not UTF-8, or has another ending.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_text("KYIV, March 3 (Reuters) - Troops left Belgorod.", encoding="utf-8")
    >>> read_article(p).text[:4]
    'KYIV'
    """
    if str(path) == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
        text = _decode(data, "standard input")
        if text.lstrip().startswith("<"):
            return _from_html(text, name or "stdin")
        return Article(name or "stdin", text)
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES:
        raise ArticleReadError(f"{str(path)!r}: not an article file (expected .txt, .html or .htm)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ArticleReadError(f"{str(path)!r}: cannot read: {exc.strerror or exc}") from None
    text = _decode(data, repr(str(path)))
    if suffix in HTML_SUFFIXES:
        return _from_html(text, name or p.name, str(path))
    return Article(name or p.name, text)


def _decode(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleReadError(f"{where}: not UTF-8 text (byte {exc.start}); "
                               f"save it as UTF-8") from None


def _from_html(html: str, name: str, where: str = "standard input") -> Article:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True,
                               deduplicate=False, with_metadata=False)
    if not text:
        raise ArticleReadError(f"{where!r}: no article text found in the page")
    meta = trafilatura.extract_metadata(html)
    date = getattr(meta, "date", None) if meta else None
    url = getattr(meta, "url", None) if meta else None
    return Article(name, text, date=date or None,
                   url=url if url and url.lower().startswith(("http://", "https://")) else "")


def iter_named_inputs(inputs: list[str]) -> Iterator[tuple[str, str]]:
    """Like :func:`iter_inputs`, each path with the article's name for the draft.

    The name is the file name of a file given, ``stdin`` for ``-``, and the path
    relative to the directory for a file found in a directory given (unique,
    where file names alone may repeat across subdirectories).

    >>> list(iter_named_inputs(["-"]))
    [('-', 'stdin')]
    """
    for item in inputs:
        if item != "-" and os.path.isdir(item):
            for path in iter_inputs([item]):
                yield path, Path(os.path.relpath(path, item)).as_posix()
        else:
            yield item, "stdin" if item == "-" else Path(item).name


def iter_inputs(inputs: list[str]) -> Iterator[str]:
    """Expand INPUT arguments into article paths, in a deterministic order.

    Files and ``-`` are kept as given; a directory gives every ``.txt``,
    ``.html`` and ``.htm`` file under it, sorted by path (subdirectories too).

    >>> list(iter_inputs(["-"]))
    ['-']
    """
    suffixes = TEXT_SUFFIXES + HTML_SUFFIXES
    for item in inputs:
        if item != "-" and os.path.isdir(item):
            for root, dirs, files in os.walk(item):
                dirs.sort()
                for f in sorted(files):
                    if f.lower().endswith(suffixes):
                        yield os.path.join(root, f)
        else:
            yield item
