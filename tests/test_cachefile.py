"""Checked cache files (geo/cachefile.py) and the two caches kept in them: the gazetteer index
and the simplified country outlines. A tampered file is never trusted: it is rebuilt, with one
line on stderr saying why, and replaced by a valid one."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import numpy as np
import pytest

from geo import assets, cachefile
from geo import gazetteer as gz


class _Trap:
    """Unpickling this creates the directory ``path``: proof that a cache ran code."""

    def __init__(self, path: Path):
        self.path = str(path)

    def __reduce__(self):
        return os.mkdir, (self.path,)


def _flip(p: Path) -> None:
    data = bytearray(p.read_bytes())
    data[-7] ^= 0xFF
    p.write_bytes(bytes(data))


def _truncate(p: Path) -> None:
    data = p.read_bytes()
    p.write_bytes(data[:data.index(b"\n") + 1 + (len(data) - data.index(b"\n")) // 2])


def _pickle(p: Path) -> None:
    p.write_bytes(pickle.dumps(_Trap(p.parent / "trap")))


def _empty(p: Path) -> None:
    p.write_bytes(b"")


def _other_version(p: Path) -> None:
    head, payload = p.read_bytes().split(b"\n", 1)
    h = json.loads(head)
    h["version"] = {**h["version"], "data": "some other version"}
    p.write_bytes(json.dumps(h).encode() + b"\n" + payload)


def _junk_payload(p: Path) -> None:
    """A well-formed file, checksum and all, around a payload that is not what it should be."""
    head = json.loads(p.read_bytes().split(b"\n", 1)[0])
    cachefile.write(p, head["kind"], head["version"], pickle.dumps(_Trap(p.parent / "trap")))


#: tamper -> what the one line on stderr must say
TAMPERS = {
    "flipped byte": (_flip, "is corrupt (checksum mismatch)"),
    "truncated": (_truncate, "is truncated"),
    "pickle swapped in": (_pickle, "is not a geo cache file"),
    "empty": (_empty, "is not a geo cache file"),
    "other version": (_other_version, "was made for another version (data)"),
    "junk payload, valid checksum": (_junk_payload, "has an unreadable payload"),
}


# --- the file format


def test_write_then_read_gives_the_payload(tmp_path):
    p = tmp_path / "a.cache"
    cachefile.write(p, "demo", {"v": 1}, b"payload\n\x00bytes")
    payload, why = cachefile.read(p, "demo", {"v": 1})
    assert (bytes(payload), why) == (b"payload\n\x00bytes", None)
    assert [f.name for f in tmp_path.iterdir()] == ["a.cache"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    p = tmp_path / "a.cache"
    cachefile.write(p, "demo", {"v": 1}, b"old")

    def fail(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        cachefile.write(p, "demo", {"v": 1}, b"new" * 1000)
    assert cachefile.read(p, "demo", {"v": 1}) == (b"old", None)
    assert [f.name for f in tmp_path.iterdir()] == ["a.cache"]


def test_a_missing_file_is_no_reason_to_complain(tmp_path):
    assert cachefile.read(tmp_path / "none.cache", "demo", {}) == (None, None)


@pytest.mark.parametrize("kind, version, why", [
    ("other", {"v": 1}, "is a 'demo' cache of format 1, not 'other' of 1"),
    ("demo", {"v": 2}, "was made for another version (v)"),
    ("demo", {"v": 1, "w": 0}, "was made for another version (w)"),
])
def test_a_foreign_file_is_refused(tmp_path, kind, version, why):
    p = tmp_path / "a.cache"
    cachefile.write(p, "demo", {"v": 1}, b"x")
    assert cachefile.read(p, kind, version) == (None, why)


@pytest.mark.parametrize("tamper", [t for t in TAMPERS if t != "junk payload, valid checksum"])
def test_a_tampered_file_is_refused_with_its_reason(tmp_path, tamper):
    p = tmp_path / "a.cache"
    cachefile.write(p, "demo", {"data": 1}, b"some payload bytes " * 20)
    fn, why = TAMPERS[tamper]
    fn(p)
    payload, got = cachefile.read(p, "demo", {"data": 1})
    assert payload is None and got.startswith(why)
    assert not (tmp_path / "trap").exists()


def test_arrays_round_trip_as_read_only_views():
    arrays = {"a": np.arange(5, dtype=np.int8), "b": np.linspace(0, 1, 6).reshape(2, 3),
              "c": np.array([], np.int64), "d": np.array([1.5], np.float32)}
    got = cachefile.unpack_arrays(memoryview(cachefile.pack_arrays(arrays)))
    assert list(got) == sorted(arrays)
    for k, a in arrays.items():
        assert got[k].dtype == a.dtype and got[k].shape == a.shape and (got[k] == a).all()
    assert not got["a"].flags.writeable


@pytest.mark.parametrize("table", [
    {"x": ["|O", [1], 0]},  # an object array would need pickle
    {"x": ["<i8", [10], 0]},  # more bytes than there are
    {"x": ["<i8", [1], -8]},
])
def test_unpack_refuses_what_is_not_plain_numbers(table):
    payload = json.dumps(table).encode() + b"\n" + bytes(16)
    with pytest.raises((ValueError, TypeError)):
        cachefile.unpack_arrays(memoryview(payload))


def test_pack_refuses_object_arrays():
    with pytest.raises(TypeError, match="'x'"):
        cachefile.pack_arrays({"x": np.array([{"a": 1}], object)})


# --- the gazetteer index


@pytest.fixture(scope="module")
def idx():
    return gz.load()


@pytest.mark.parametrize("tamper", TAMPERS)
def test_a_tampered_index_is_rebuilt_with_one_line(idx, tmp_path, monkeypatch, capsys, tamper):
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    path = Path(gz.cache_path())
    gz.cache.save(idx, str(path))
    fn, why = TAMPERS[tamper]
    fn(path)
    built = []
    monkeypatch.setattr(gz.cache, "build", lambda: built.append(1) or idx)
    monkeypatch.setattr(gz.cache, "_loaded", {})
    capsys.readouterr()
    try:
        assert gz.load() is idx and built == [1]
        err = capsys.readouterr().err
        assert err.count("\n") == 1, err
        assert err.startswith(f"geo: rebuilding the offline gazetteer index (~10 s): {path} {why}")
        assert gz.cache.read(str(path))[1] is None  # replaced by a valid file
        assert not (tmp_path / "trap").exists()
    finally:
        path.unlink(missing_ok=True)  # 55 MB


def test_a_valid_index_file_is_loaded_not_rebuilt(idx, tmp_path, monkeypatch, capsys):
    from index_fingerprint import fingerprint

    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    path = Path(gz.cache_path())
    gz.cache.save(idx, str(path))
    monkeypatch.setattr(gz.cache, "build", lambda: pytest.fail("rebuilt a valid index"))
    monkeypatch.setattr(gz.cache, "_loaded", {})
    capsys.readouterr()
    try:
        again = gz.load()
        assert again is not idx and capsys.readouterr().err == ""
        assert fingerprint(again) == fingerprint(idx)
    finally:
        path.unlink(missing_ok=True)


# --- the country outlines


@pytest.fixture
def outlines(tmp_path, monkeypatch):
    """The outlines cache in *tmp_path*, computed as a small stand-in value (fast)."""
    value = (((1, 2, 3, 4, -1, -2),), {"KP": ((5, 6, 1, 1, -1, 0),), "RU": ()})
    computed = []
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(assets, "_compute_outlines", lambda: computed.append(1) or value)
    assets._outlines.cache_clear()
    yield value, computed
    assets._outlines.cache_clear()  # later tests read the real outlines


def test_outlines_are_cached_as_checked_json(outlines, tmp_path, capsys):
    value, computed = outlines
    assert assets._outlines() == value and computed == [1]
    (path,) = tmp_path.glob("outlines-*.cache")
    assert json.loads(path.read_bytes().split(b"\n", 1)[1]) == json.loads(json.dumps(
        {"basemap": value[0], "countries": value[1]}))
    assets._outlines.cache_clear()
    assert assets._outlines() == value and computed == [1]  # read back, not recomputed
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("tamper", TAMPERS)
def test_tampered_outlines_are_recomputed_with_one_line(outlines, tmp_path, capsys, tamper):
    value, computed = outlines
    assets._outlines()
    (path,) = tmp_path.glob("outlines-*.cache")
    fn, why = TAMPERS[tamper]
    fn(path)
    assets._outlines.cache_clear()
    capsys.readouterr()
    assert assets._outlines() == value and computed == [1, 1]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"geo: recomputing the country outlines: {path} {why}"), err
    assets._outlines.cache_clear()
    assert assets._outlines() == value and computed == [1, 1]  # the file was replaced by a valid one
    assert not (tmp_path / "trap").exists()


def test_outlines_with_a_non_integer_are_refused(outlines, tmp_path, capsys):
    value, computed = outlines
    assets._outlines()
    (path,) = tmp_path.glob("outlines-*.cache")
    head = json.loads(path.read_bytes().split(b"\n", 1)[0])
    cachefile.write(path, head["kind"], head["version"], b'{"basemap": [["<script>"]], "countries": {}}')
    assets._outlines.cache_clear()
    capsys.readouterr()
    assert assets._outlines() == value and computed == [1, 1]
    assert "has an unreadable payload (TypeError" in capsys.readouterr().err


# --- the sea network (geo/routes.py)


@pytest.fixture
def sea_network(tmp_path, monkeypatch):
    """The sea network cache in *tmp_path*, read from a small stand-in network (fast)."""
    from geo import routes

    value = (np.array([[0.0, 0.0], [1.0, 0.5], [2.0, 1.0]]), np.array([0, 1, 3, 4]),
             np.array([1, 0, 2, 1]), np.array([120.0, 120.0, 130.5, 130.5]))
    read = []
    monkeypatch.setenv("GEO_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(routes, "_read_searoute_network", lambda: read.append(1) or value)
    routes._sea_network.cache_clear()
    yield routes, value, read
    routes._sea_network.cache_clear()  # later tests use the real network


def _same_network(got, value):
    xy, _, graph, tree = got
    assert xy.tolist() == value[0].tolist() and len(tree) == 3
    assert (graph.indptr.tolist(), graph.indices.tolist(), graph.data.tolist()) == tuple(a.tolist() for a in value[1:])


def test_the_sea_network_is_cached_as_checked_arrays(sea_network, tmp_path, capsys):
    routes, value, read = sea_network
    _same_network(routes._sea_network(), value)
    assert read == [1]
    (path,) = tmp_path.glob("sea-network-*.cache")
    assert cachefile.read(path, "sea-network", json.loads(path.read_bytes().split(b"\n", 1)[0])["version"],
                          cachefile.unpack_arrays)[1] is None
    routes._sea_network.cache_clear()
    _same_network(routes._sea_network(), value)
    assert read == [1] and capsys.readouterr().err == ""  # read back, not reread from searoute


@pytest.mark.parametrize("tamper", TAMPERS)
def test_a_tampered_sea_network_is_reread_with_one_line(sea_network, tmp_path, capsys, tamper):
    routes, value, read = sea_network
    routes._sea_network()
    (path,) = tmp_path.glob("sea-network-*.cache")
    fn, why = TAMPERS[tamper]
    fn(path)
    routes._sea_network.cache_clear()
    capsys.readouterr()
    _same_network(routes._sea_network(), value)
    assert read == [1, 1]
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"geo: rereading searoute's sea network: {path} {why}"), err
    routes._sea_network.cache_clear()
    _same_network(routes._sea_network(), value)
    assert read == [1, 1]  # the file was replaced by a valid one
    assert not (tmp_path / "trap").exists()


def test_a_sea_network_pointing_outside_itself_is_refused(sea_network, tmp_path, capsys):
    routes, value, read = sea_network
    routes._sea_network()
    (path,) = tmp_path.glob("sea-network-*.cache")
    head = json.loads(path.read_bytes().split(b"\n", 1)[0])
    bad = dict(zip(("xy", "indptr", "indices", "weights"), value))
    bad["indices"] = np.array([1, 0, 7, 1])  # node 7 does not exist
    cachefile.write(path, head["kind"], head["version"], cachefile.pack_arrays(bad))
    routes._sea_network.cache_clear()
    capsys.readouterr()
    _same_network(routes._sea_network(), value)
    assert read == [1, 1]
    assert "has an unreadable payload (ValueError: the arrays do not make a network)" in capsys.readouterr().err
