"""A build step in a forked process: its value, its errors, its death, and the same without fork."""

import os
import time

import pytest

from geo import background


def _fail(message):
    raise OSError(message)


def _die():
    os._exit(3)


def _sleep_then(path):
    time.sleep(30)
    path.write_text("too late")


def _pid():
    return os.getpid()


def test_the_step_runs_in_another_process_and_its_value_comes_back():
    assert background.FORKS  # the suite runs on Linux, where builds fork
    assert background.start("asking", _pid).result() != os.getpid()
    assert background.start("adding up", sum, [1, 2, 3]).result() == 6


def test_its_exception_is_raised_by_result_with_its_type_message_and_where():
    job = background.start("writing", _fail, "disk full")
    with pytest.raises(OSError, match="^disk full") as info:
        job.result()
    assert str(info.value) == "disk full" and "in the process writing" in info.value.__notes__[0]
    assert "_fail" in info.value.__notes__[0]  # the child's traceback travels as a note
    job.cancel()  # after the answer, harmless


class _Picky(Exception):
    def __init__(self, row, why):  # pickled by its args, it cannot be rebuilt from them
        super().__init__(f"row {row}: {why}")


def _picky():
    raise _Picky(3, "no place of that name")


def test_an_exception_that_cannot_travel_arrives_as_its_type_and_message():
    job = background.start("writing the exports", _picky)
    with pytest.raises(ChildProcessError,
                       match=r"^the process writing the exports failed with _Picky: row 3: no place of that name"):
        job.result()
    job.cancel()


def test_a_large_answer_comes_back_whole():
    assert background.start("copying", bytes, 1_000_000).result() == bytes(1_000_000)


def test_a_process_that_dies_is_an_error_naming_the_step():
    job = background.start("writing the exports", _die)
    with pytest.raises(ChildProcessError, match=r"^the process writing the exports stopped \(exit code 3\)"):
        job.result()


def test_cancel_stops_a_running_step_and_leaves_no_process(tmp_path):
    job = background.start("sleeping", _sleep_then, tmp_path / "late.txt")
    pid = job._pid
    job.cancel()
    with pytest.raises(ProcessLookupError):  # reaped, not a zombie
        os.kill(pid, 0)
    assert not (tmp_path / "late.txt").exists()
    job.cancel()  # twice is harmless


def test_without_fork_the_step_runs_at_once_with_the_same_results(monkeypatch):
    monkeypatch.setattr(background, "FORKS", False)
    assert background.start("asking", _pid).result() == os.getpid()
    job = background.start("writing", _fail, "disk full")
    with pytest.raises(OSError, match="^disk full"):
        job.result()
    job.cancel()


def test_a_fork_warning_never_stops_a_build(monkeypatch):
    import warnings

    real_fork = os.fork

    def fork_that_warns():  # as Python 3.12+ does when the process has threads (the progress bar's)
        warnings.warn("This process is multi-threaded, use of fork() may lead to deadlocks", DeprecationWarning)
        return real_fork()

    monkeypatch.setattr(os, "fork", fork_that_warns)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert background.start("adding up", sum, [1, 2]).result() == 3
