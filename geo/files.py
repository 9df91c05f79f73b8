"""Writing files so that a failure never leaves half of one, nor half of a set.

One file (a picture, a cache file): :func:`write_atomic` writes a temporary file in the
target's folder, flushes it to disk and renames it over the target: readers see the old
file or the new one, and a failed write leaves the old one.

A set of files that belong together (a build's page, exports, snapshot and geocoding record):
each is first written whole beside its target (:func:`stage`), and only then are they all
moved into place together (:func:`publish`), with the previous set put back if a move fails.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from pathlib import Path


def write_atomic(path: str | os.PathLike, data: str | bytes) -> Path:
    """Write *data* (text is UTF-8 encoded) to *path* via a temporary file and a rename; return the path.

    The file is readable by everyone (0644), like any file a user saves: ``mkstemp`` alone
    would make it readable by its owner only.

    >>> import tempfile, pathlib
    >>> p = write_atomic(pathlib.Path(tempfile.mkdtemp()) / "a" / "b.txt", "hello")
    >>> p.read_text(), oct(p.stat().st_mode & 0o777)
    ('hello', '0o644')
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def stage(path: str | os.PathLike, data: str | bytes) -> Path:
    """Write *data* to *path*, a file no reader looks at yet (in a staging folder), flushed to disk.

    >>> import tempfile, pathlib
    >>> stage(pathlib.Path(tempfile.mkdtemp()) / "page.html", "<!DOCTYPE html>").read_text()
    '<!DOCTYPE html>'
    """
    path = Path(path)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
        f.flush()
        os.fsync(f.fileno())
    os.chmod(path, 0o644)
    return path


def publish(moves: list[tuple[Path, Path]]) -> list[Path]:
    """Move each staged file over its target as one set; return the targets.

    Each staged file must be whole and on disk (:func:`stage`) and on the same file system as
    its target. Before anything moves, each existing target gets a second name (a hard link,
    or a copy where links are not possible); if a move fails, the targets moved so far get
    their previous files back (or are removed if they had none) and the error is raised: a
    reader finds the previous set or the new one, never a mix of the two.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> a, b = stage(d / ".a.new", "A2"), stage(d / ".b.new", "B2")
    >>> [p.name for p in publish([(a, d / "a.txt"), (b, d / "b.txt")])], (d / "b.txt").read_text()
    (['a.txt', 'b.txt'], 'B2')
    """
    backups: dict[Path, Path] = {}
    moved: list[Path] = []
    try:
        for _, target in moves:
            if target.exists():
                backup = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.old")
                try:
                    os.link(target, backup)
                except OSError:
                    shutil.copy2(target, backup)
                backups[target] = backup
        for staged, target in moves:
            os.replace(staged, target)
            moved.append(target)
    except BaseException:
        for target in reversed(moved):  # put the previous set back, as far as it goes
            try:
                if target in backups:
                    os.replace(backups.pop(target), target)
                else:
                    target.unlink()
            except OSError:
                pass
        raise
    finally:
        for backup in backups.values():
            backup.unlink(missing_ok=True)
    return [target for _, target in moves]
