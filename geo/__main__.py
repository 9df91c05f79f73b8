"""``python -m geo``: see :mod:`geo.cli`."""

from .cli import run

run()
