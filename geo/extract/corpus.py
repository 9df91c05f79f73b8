"""Many articles at once: every core by default, or a Dask cluster; results in input order, streamed.

Each article is read and extracted on its own (one task per small batch of
articles), and its rows come back in the order of the inputs as soon as they
and all before them are done, so the caller writes them while the rest are
still running. At most a few batches per worker are in flight, so memory stays
flat in the number of articles: only the list of paths grows with the corpus.
"""

from __future__ import annotations

import os
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .pipeline import Options, extract_article
from .read import read_article
from .records import Article


@dataclass(frozen=True)
class Outcome:
    """One input's result: its rows, or why it could not be read (``error``)."""

    path: str
    rows: list[dict]
    error: str = ""


def extract_one(path: str | tuple[str, str], options: Options = Options()) -> Outcome:
    """Read and extract one input (a path, or a path and the article's name); a failure is returned in ``error``.

    >>> extract_one("/nonexistent.txt").error
    "'/nonexistent.txt': cannot read: No such file or directory"
    """
    path, name = path if isinstance(path, tuple) else (path, None)
    try:
        return Outcome(path, extract_article(read_article(path, name=name), options))
    except Exception as exc:  # one bad article must not stop a corpus; the CLI names it
        msg = str(exc) if isinstance(exc, OSError) and str(path) in str(exc) else f"{path!r}: {exc}"
        return Outcome(path, [], msg)


def _batch(paths: Sequence[str | tuple[str, str]], options: Options) -> list[Outcome]:
    return [extract_one(p, options) for p in paths]


def _warm() -> None:
    """Load the gazetteer, the recogniser and dateparser's tables once per worker, before the first article."""
    from .dates import find_date

    extract_article(Article("warm-up", "Troops were sent from Kursk to Kyiv on October 8."), Options())
    find_date("October 8", "2024-10-28")


def _chunks(paths: Sequence[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(paths), size):
        yield list(paths[i:i + size])


def run(paths: Sequence[str | tuple[str, str]], options: Options = Options(), *, workers: int | None = None,
        dask: str | bool | None = None, progress: bool | None = None, batch: int = 16) -> Iterator[Outcome]:
    """Extract every path, yielding :class:`Outcome` records in the order of *paths*.

    Parameters
    ----------
    paths : article files (``-`` is read in this process), or (file, article name) pairs.
    options : as for :func:`geo.extract.pipeline.extract_article`.
    workers : processes on this machine (default: every core); 1 runs in this process.
    dask : a scheduler address (``"tcp://host:8786"``) to run on an existing Dask cluster,
        ``True`` for a local cluster, None/False for local processes.
    progress : a progress bar on stderr (default: only when stderr is a terminal).
    batch : articles per task.

    >>> [o.error != "" for o in run(["/nonexistent.txt"], workers=1)]
    [True]
    """
    from ..progress import Progress

    paths = list(paths)
    bar: Progress | None = None
    try:
        stdin = any((p[0] if isinstance(p, tuple) else p) == "-" for p in paths)  # only this process has it
        if dask and not stdin:
            results = _run_dask(paths, options, dask, batch)
        else:
            workers = workers or os.cpu_count() or 1
            if workers <= 1 or len(paths) <= 1 or stdin:
                if len(paths) > 1:
                    _warm()
                results = (extract_one(p, options) for p in paths)
            else:
                results = _run_pool(paths, options, workers, batch)
        for outcome in results:
            if bar is None and progress is not False:
                # Started with the first article, once the workers are forked: a fork must not
                # copy the bar's drawing thread in the middle of a write to stderr.
                bar = Progress("extract", len(paths), unit="articles", always=bool(progress))
            if bar is not None:
                bar.advance()
            yield outcome
    finally:
        if bar is not None:
            bar.close()


def _run_pool(paths: Sequence[str], options: Options, workers: int, batch: int) -> Iterator[Outcome]:
    import functools
    import multiprocessing as mp

    size = max(1, min(batch, len(paths) // (workers * 4) or 1))
    ctx = mp.get_context("spawn" if sys.platform == "win32" else "fork")
    if ctx.get_start_method() == "fork":
        # loaded once here, the gazetteer and the model are shared by the forked workers (copy-on-write)
        _warm()
    with ctx.Pool(workers, initializer=None if ctx.get_start_method() == "fork" else _warm) as pool:
        # imap keeps the order; with a bounded window of chunks in flight (below) memory stays flat
        window = workers * 4
        pending: deque = deque()
        chunks = _chunks(paths, size)
        work = functools.partial(_batch, options=options)
        for chunk in chunks:
            pending.append(pool.apply_async(work, (chunk,)))
            if len(pending) >= window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def _run_dask(paths: Sequence[str], options: Options, address: str | bool, batch: int) -> Iterator[Outcome]:
    from distributed import Client

    client = Client(address) if isinstance(address, str) else Client(processes=True)
    try:
        nworkers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()))
        window = nworkers * 4
        pending: deque = deque()
        for chunk in _chunks(paths, batch):
            pending.append(client.submit(_batch, chunk, options, pure=False))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
