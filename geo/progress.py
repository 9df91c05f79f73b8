"""A progress bar on stderr for long builds and geocoding, shown only on an interactive terminal.

A build of 100,000 stops takes several seconds, most of them in a few long
steps (reading, geocoding, joining legs, drawing, writing) that each run in
one call, so the bar counts steps, names the running one and shows the time
going on. It is drawn only when the stream is a terminal and the task has run
for :data:`DELAY` seconds: pipes, logs, tests and quick builds see nothing.
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

    Use it as a context manager; :meth:`step` starts the next step. When the
    stream is not a terminal nothing is started or written.

    Parameters
    ----------
    title : what the task is, e.g. ``"build places.csv"``.
    total : how many steps it has.
    stream : where to draw (default: ``sys.stderr``).

    >>> import io
    >>> with Progress("build", 2, stream=io.StringIO()) as p:  # not a terminal: silent
    ...     p.step("reading")
    """

    def __init__(self, title: str, total: int, stream: TextIO | None = None):
        self.title, self.total = title, max(total, 1)
        self.stream = sys.stderr if stream is None else stream
        self.done, self.label = 0, ""
        self._start = time.monotonic()
        self._drawn = 0  # length of the line on screen
        self._stop = threading.Event()
        self._thread = None
        if _interactive(self.stream):
            self._thread = threading.Thread(target=self._run, name="geo-progress", daemon=True)
            self._thread.start()

    def step(self, label: str) -> None:
        """Start the next step, called *label*."""
        if self.label:
            self.done = min(self.done + 1, self.total)
        self.label = label

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
        return (f"{self.title}: [{'#' * filled}{' ' * (_WIDTH - filled)}] {self.done}/{self.total} "
                f"{self.label} · {seconds:.0f} s")

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
