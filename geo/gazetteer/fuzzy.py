"""Fuzzy pools: which keys a misspelt name is compared with.

A typo ("Khabrovsk") is matched only against keys of about its length that share its first
or last two letters. The pools are computed once with the index (:func:`fuzzy_pools`, one
sort, no Python loop per key), stored in its cache as one string per pool, and split into
lists only when a lookup touches a pool (:class:`FuzzyBlocks`), so loading stays cheap.
"""

from __future__ import annotations

import numpy as np


class FuzzyBlocks:
    """Read-only view of ``Index.fuzzy_pools`` whose pools are split into lists on first use.

    Loading stays cheap (one string per pool in the cache, not ~760,000 small
    ones) and a lookup pays only for the few pools it touches.
    """

    __slots__ = ("_pools", "_split")

    def __init__(self, pools: dict):
        self._pools, self._split = pools, {}

    def get(self, key, default=()):
        """The keys of pool *key* (a list), or *default* if there is none."""
        got = self._split.get(key)
        if got is None:
            text = self._pools.get(key)
            if text is None:
                return default
            got = self._split[key] = text.split("\n")
        return got

    def __getitem__(self, key):
        got = self.get(key, None)
        if got is None:
            raise KeyError(key)
        return got

    def __contains__(self, key) -> bool:
        return key in self._pools

    def __len__(self) -> int:
        return len(self._pools)

    def __iter__(self):
        return iter(self._pools)


def fuzzy_pools(keys: list[str]) -> dict:
    """Pools of fuzzy-matchable ASCII *keys* by (first/last two letters, length), in the keys' order.

    Vectorized: each key's two pool codes (tag, two bytes, length) come from its bytes in the
    joined text; pools are numbered in first-seen order (a key's "^" pool before its "$" pool),
    as a dict filled key by key would order them.
    """
    if not keys:
        return {}
    raw = np.frombuffer(("\n".join(keys) + "\n").encode("ascii"), np.uint8)
    buf = raw.astype(np.int64)
    ends = np.flatnonzero(raw == 10)
    starts = np.concatenate([[0], ends[:-1] + 1])
    n = ends - starts
    head = (buf[starts] << 8 | buf[starts + 1]) << 16 | n
    tail = (buf[ends - 2] << 8 | buf[ends - 1]) << 16 | n | 1 << 40
    codes = np.empty(2 * len(keys), np.int64)
    codes[0::2], codes[1::2] = head, tail
    # by pool, each pool's keys in their order (one sort of distinct code << 22 | position)
    pos_bits = max(int(codes.size).bit_length(), 1)
    packed = np.sort(codes << pos_bits | np.arange(codes.size))
    order, srt = packed & ((1 << pos_bits) - 1), packed >> pos_bits
    start = np.flatnonzero(np.concatenate([[True], srt[1:] != srt[:-1]]))
    member = order >> 1
    size = n[member] + 1  # each listed key and its "\n", gathered from the joined bytes
    cut = np.concatenate([[0], np.cumsum(size)])
    text = raw[np.repeat(starts[member] - cut[:-1], size) + np.arange(int(cut[-1]))].tobytes().decode("ascii")
    lo, hi = cut[start].tolist(), (cut[np.append(start[1:], member.size)] - 1).tolist()
    first = order[start]  # a pool's first sighting: pools go into the dict in that order
    out = {}
    for p in np.argsort(first).tolist():
        f = int(first[p])
        k = keys[f >> 1]
        tag = "$" + k[-2:] if f & 1 else "^" + k[:2]
        out[tag, len(k)] = text[lo[p]:hi[p]]
    return out
