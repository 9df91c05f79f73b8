"""Tests for geo.progress: a bar on an interactive terminal only, and the CLI's builds showing it."""

from __future__ import annotations

import io
import os
import pty
import time

import pytest

import geo.progress as progress
from geo.cli import main
from geo.progress import Progress

CSV = "route,seq,place,lat,lon\nA,1,Vladivostok,43.1155,131.8855\nA,2,Khabarovsk,48.4814,135.0721\n"


@pytest.fixture
def fast(monkeypatch):
    """No delay before the bar appears, and quick redraws."""
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "INTERVAL", 0.01)


@pytest.fixture
def terminal():
    """A pseudo-terminal: (file to write to, function reading what reached the terminal)."""
    main_fd, child_fd = pty.openpty()
    tty = os.fdopen(child_fd, "w", encoding="utf-8")

    def read() -> str:
        tty.flush()
        chunks = []
        while True:
            try:
                data = os.read(main_fd, 65536) if _ready(main_fd) else b""
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks).decode("utf-8")

    yield tty, read
    tty.close()
    os.close(main_fd)


def _ready(fd: int) -> bool:
    import select

    return bool(select.select([fd], [], [], 0.2)[0])


def test_nothing_is_written_when_the_stream_is_not_a_terminal(fast):
    out = io.StringIO()
    with Progress("build", 2, stream=out) as p:
        p.step("reading")
        time.sleep(0.05)
        p.step("writing")
    assert out.getvalue() == ""


def test_the_bar_is_drawn_on_a_terminal_and_cleared_at_the_end(fast, terminal):
    tty, read = terminal
    with Progress("build x.csv", 4, stream=tty) as p:
        p.step("reading")
        p.step("locating 3 stops")
        time.sleep(0.1)
        assert p.line() == "build x.csv: [#####               ] 1/4 locating 3 stops · 0 s"
    shown = read()
    assert "build x.csv: [" in shown and "1/4 locating 3 stops" in shown
    assert shown.endswith("\r")  # the line was blanked out, the cursor left at its start


def test_a_quick_task_shows_nothing_even_on_a_terminal(terminal):
    tty, read = terminal  # the real DELAY: a task shorter than it draws nothing
    with Progress("build", 2, stream=tty) as p:
        p.step("reading")
    assert read() == ""


def test_cli_build_shows_its_steps_on_a_terminal_only(fast, terminal, tmp_path, monkeypatch, capsys):
    csv = tmp_path / "places.csv"
    csv.write_text(CSV, encoding="utf-8")
    assert main(["build", str(csv), "--no-exports"]) == 0
    assert capsys.readouterr().err == ""  # stderr is not a terminal under capsys

    tty, read = terminal
    monkeypatch.setattr("sys.stderr", tty)
    assert main(["build", str(csv), "--no-exports"]) == 0
    shown = read()
    assert "build places.csv: [" in shown and "/5 " in shown


@pytest.mark.parametrize("command, title, steps", [
    (["check"], "check places.csv", "/3 "),
    (["image", "-o"], "image places.csv", "/5 "),
])
def test_cli_check_and_image_show_their_steps_on_a_terminal(fast, terminal, tmp_path, monkeypatch, command, title,
                                                            steps):
    csv = tmp_path / "places.csv"
    csv.write_text(CSV, encoding="utf-8")
    tty, read = terminal
    monkeypatch.setattr("sys.stderr", tty)
    argv = [command[0], str(csv)] + ([command[1], str(tmp_path / "p.png")] if len(command) > 1 else [])
    assert main(argv) == 0
    shown = read()
    assert f"{title}: [" in shown and steps in shown
