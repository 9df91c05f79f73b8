"""Roles learnt from annotated Russian and Ukrainian articles (see :mod:`geo.extract.role_model`)."""

from __future__ import annotations


def shipped():
    """The shipped role model for Russian and Ukrainian, or None (the rules then decide)."""
    return None
