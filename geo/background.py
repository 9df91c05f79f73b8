"""Run one step of a build in a second process while the first goes on.

A default build writes the map and, beside it, the GeoJSON and GeoPackage
exports. Both take seconds at 100,000 stops and neither needs the other, but
Python runs one of them at a time in a process (GDAL holds the interpreter lock
while it writes), so on a machine with more than one core the exports are
written by a forked copy of the build while it draws the map.

Only on Linux, where ``fork`` is cheap: the copy shares the build's memory, so
nothing is pickled on the way in. Elsewhere the step simply runs first, in the
same process, with the same result. The forked copy writes only files; what it
returns, or the exception it raised, comes back through a pipe. It runs no
thread of the parent's (the progress bar's among them) and writes to stderr
through its own file object, so a lock a parent thread held at the fork cannot
stop it; Python 3.12 warns about forking with threads for that reason. It
leaves through ``os._exit``, so it never flushes the parent's buffered output
a second time.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import traceback
import warnings
from collections.abc import Callable
from typing import Any

__all__ = ["Background", "start", "FORKS"]

#: Whether :func:`start` forks (Linux) or runs the step at once (elsewhere).
FORKS = sys.platform.startswith("linux") and hasattr(os, "fork")


class Background:
    """A step running in a forked process (or already done); :meth:`result` waits for it."""

    def __init__(self, name: str, pid: int | None, pipe: int | None, done: tuple[bool, Any] | None = None):
        self.name = name
        self._pid, self._pipe, self._done = pid, pipe, done

    def result(self) -> Any:
        """Wait for the step; return its value or raise its exception."""
        if self._done is None:
            self._collect(read=True)
        ok, value = self._done
        if not ok:
            raise value
        return value

    def cancel(self) -> None:
        """Stop the step if it still runs (the build failed elsewhere) and wait for it; never raises."""
        if self._done is None:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._collect(read=False)

    def _collect(self, read: bool) -> None:
        """Read the child's answer (if *read*), reap it, and keep the outcome in ``_done``; once."""
        chunks = []
        try:
            while read and (chunk := os.read(self._pipe, 1 << 16)):
                chunks.append(chunk)
        finally:
            os.close(self._pipe)
            _, status = os.waitpid(self._pid, 0)
            code = os.waitstatus_to_exitcode(status)
            self._done = (False, ChildProcessError(f"the process {self.name} stopped (exit code {code}) "
                                                   "before it finished"))
        if chunks:
            try:  # our own child's answer, which it checked unpickles
                self._done = pickle.loads(b"".join(chunks))
            except Exception:
                pass  # cut short: the process died while writing it (the exit code says how)


def _portable(answer: tuple[bool, Any], name: str) -> tuple[bytes, bool]:
    """*answer* pickled so that the parent can rebuild it (else as a ChildProcessError), and whether it is a success."""
    try:
        payload = pickle.dumps(answer)
        pickle.loads(payload)  # e.g. an exception whose __init__ wants other arguments than its args
        return payload, answer[0]
    except Exception:
        ok, value = answer
        what = f"{type(value).__name__}: {value}" if not ok else f"an answer of type {type(value).__name__}"
        return pickle.dumps((False, ChildProcessError(f"the process {name} failed with {what}"))), False


def start(name: str, step: Callable[..., Any], *args: Any) -> Background:
    """Start ``step(*args)`` in a forked copy of this process (Linux), or run it now (elsewhere).

    Parameters
    ----------
    name : what the step does, for the message if its process dies ("writing the exports").
    step, args : the function to call and its arguments.

    >>> job = start("adding up", sum, [1, 2, 3])
    >>> job.result()
    6
    """
    if not FORKS:
        try:
            return Background(name, None, None, (True, step(*args)))
        except Exception as exc:  # raised by result(), where a forked step's error would be
            return Background(name, None, None, (False, exc))
    for stream in (sys.stdout, sys.stderr):  # else the copy would hold, and could repeat, unwritten output
        if stream is not None:
            stream.flush()
    read_end, write_end = os.pipe()
    try:
        with warnings.catch_warnings():
            # Python 3.12+ warns when a process with threads forks, since the copy could wait on a
            # lock one of them held; the copy here takes none of theirs (see the module docstring).
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except BaseException:
        os.close(read_end)
        os.close(write_end)
        raise
    if pid:
        os.close(write_end)
        return Background(name, pid, read_end)
    # The forked copy: see the module's docstring.
    code = 1
    try:
        os.close(read_end)
        sys.stdout = sys.stderr = open(2, "w", closefd=False)
        try:
            answer = (True, step(*args))
        except BaseException as exc:
            # The child's traceback is lost with it: keep it with the exception.
            exc.add_note("in the process " + name + ":\n" + "".join(traceback.format_tb(exc.__traceback__)))
            answer = (False, exc)
        payload, ok = _portable(answer, name)
        code = 0 if ok else 1
        view = memoryview(payload)
        while view:
            view = view[os.write(write_end, view):]
    finally:
        os._exit(code)
