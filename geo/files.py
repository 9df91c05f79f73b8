"""Writing files so that a failure never leaves half of one: the one atomic write every output uses.

Maps, exports' siblings, the geocoding record, snapshots, pictures and cache files are all
written to a temporary file in the target's folder, flushed to disk, and renamed over the
target: readers see the old file or the new one, and a failed write leaves the old one.
"""

from __future__ import annotations

import os
import tempfile
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
