"""A progress bar on stderr for long builds, geocoding and corpus runs, shown only on an interactive terminal.

A build of 100,000 stops takes several seconds, most of them in a few long
steps (reading, geocoding, joining legs, drawing, writing) that each run in
one call, so its bar counts steps, names the running one and shows the time
going on. A corpus run counts articles instead (:meth:`Progress.advance`) and
shows their rate. The bar is drawn only when the stream is a terminal and the
task has run for :data:`DELAY` seconds: pipes, logs, tests and quick builds
see nothing.
"""

from __future__ import annotations

import io
import shutil
import sys
import threading
import time
from typing import TextIO

#: Seconds a task runs before its bar appears.
DELAY = 2.0
#: Seconds between redraws (the time shown goes on during a long step).
INTERVAL = 0.5
_WIDTH = 20


class Progress:
    """Steps of one long task, drawn as ``build: [########            ] 2/5 geocoding · 4 s``.

    Use it as a context manager; :meth:`step` starts the next step. Work counted
    in items (``unit="articles"``) calls :meth:`advance` instead and is drawn as
    ``extract: [####                ] 230/1,135 articles · 71/s · 3 s``. When the
    stream is not a terminal nothing is started or written, unless *always*.

    Parameters
    ----------
    title : what the task is, e.g. ``"build places.csv"``.
    total : how many steps (or items) it has.
    stream : where to draw (default: ``sys.stderr``).
    unit : what is counted, for work counted in items; None for named steps.
    always : draw even when the stream is not a terminal (asked for explicitly).

    >>> import io
    >>> with Progress("build", 2, stream=io.StringIO()) as p:  # not a terminal: silent
    ...     p.step("reading")
    >>> p = Progress("extract", 1135, stream=io.StringIO(), unit="articles")
    >>> p.advance(230); p.line().split(" · ")[0]
    'extract: [####                ] 230/1,135 articles'
    """

    def __init__(self, title: str, total: int, stream: TextIO | None = None, unit: str | None = None,
                 always: bool = False):
        self.title, self.total, self.unit = title, max(total, 1), unit
        self.stream = sys.stderr if stream is None else stream
        self.done, self.label = 0, ""
        self._start = time.monotonic()
        self._drawn = 0  # length of the line on screen
        self._stop = threading.Event()
        self._thread = None
        if always or _interactive(self.stream):
            self._thread = threading.Thread(target=self._run, name="geo-progress", daemon=True)
            self._thread.start()

    def step(self, label: str) -> None:
        """Start the next step, called *label*."""
        if self.label:
            self.done = min(self.done + 1, self.total)
        self.label = label

    def advance(self, n: int = 1) -> None:
        """Count *n* more items done."""
        self.done = min(self.done + n, self.total)

    def close(self) -> None:
        """Stop drawing and clear the line."""
        if self._thread is None:
            return
        self._stop.set()
        self._thread.join()
        self._thread = None
        if self._drawn:
            self.stream.write("\r" + " " * self._drawn + "\r")
            self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def line(self) -> str:
        """The bar as drawn now."""
        filled = _WIDTH * self.done // self.total
        seconds = time.monotonic() - self._start
        bar = f"{self.title}: [{'#' * filled}{' ' * (_WIDTH - filled)}]"
        if self.unit is None:
            return f"{bar} {self.done}/{self.total} {self.label} · {seconds:.0f} s"
        rate = f"{self.done / seconds:,.0f}/s" if seconds >= 1 else "…/s"
        return f"{bar} {self.done:,}/{self.total:,} {self.unit} · {rate} · {seconds:.0f} s"

    def _run(self) -> None:
        if self._stop.wait(DELAY):
            return
        while True:
            text = self.line()[:shutil.get_terminal_size().columns - 1]  # one line, never wrapped
            self.stream.write("\r" + text + " " * max(self._drawn - len(text), 0))
            self.stream.flush()
            self._drawn = max(self._drawn, len(text))
            if self._stop.wait(INTERVAL):
                return


def _interactive(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed file
        return False


#: A Progress that never draws, for callers that pass none.
QUIET = Progress("", 1, stream=io.StringIO())
