"""Corpus-mode throughput of ``python -m geo extract``: articles per second per core, scaling, memory.

Reads the public gold sets' article texts (``scripts/goldsets.py``), writes them
as ``.txt`` files under a directory in /tmp, and times the same work the CLI
does on a directory (read, extract, stream the rows to a CSV) with 1 and 2
worker processes; then a large corpus made by repeating those files (hard links)
up to ``--big`` articles (default 100,000), run with every core, sampling the
resident memory of the whole process tree as it goes so that a growth with the
number of articles would show. Prints figures only (no goals are asserted).

    python scripts/bench_corpus.py [--big 100000] [--workers 1 2] [--tmp /tmp/geo-bench-corpus] [--max-seconds S]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import goldsets  # noqa: E402

from geo.extract.corpus import run  # noqa: E402
from geo.extract.pipeline import Options  # noqa: E402
from geo.extract.read import iter_inputs  # noqa: E402
from geo.extract.rows import DraftSink  # noqa: E402


def write_public(base: str, sets_dir: str) -> list[str]:
    """Every public article as ``<set>_<index>.txt`` under *base*; the paths, sorted."""
    if os.path.isdir(base):
        shutil.rmtree(base)
    os.makedirs(base)
    for name in goldsets.SETS:
        for art in goldsets.articles(name, sets_dir):
            with open(os.path.join(base, f"{name}_{art.index:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(art.text)
    return sorted(iter_inputs([base]))


def make_big(base_paths: list[str], big: str, n: int) -> None:
    """*n* articles under *big*, hard links to the public ones in turn (1,000 per subdirectory)."""
    if os.path.isdir(big):
        shutil.rmtree(big)
    for i in range(n):
        sub = os.path.join(big, f"{i // 1000:04d}")
        if i % 1000 == 0:
            os.makedirs(sub)
        src = base_paths[i % len(base_paths)]
        dst = os.path.join(sub, f"{i:06d}.txt")
        try:
            os.link(src, dst)
        except OSError:
            shutil.copyfile(src, dst)


class TreeRSS:
    """Samples the resident memory of this process and its children (MB), every *every* seconds."""

    def __init__(self, every: float = 0.5):
        import psutil

        self._p = psutil.Process()
        self.samples: list[tuple[float, float]] = []
        self._stop = threading.Event()
        self._every = every
        self._t = threading.Thread(target=self._loop, daemon=True)

    def _rss(self) -> float:
        total = 0
        for p in [self._p, *self._p.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except Exception:
                pass
        return total / 2**20

    def _loop(self):
        t0 = time.perf_counter()
        while not self._stop.is_set():
            self.samples.append((time.perf_counter() - t0, self._rss()))
            self._stop.wait(self._every)

    def __enter__(self):
        self._t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()


def timed(paths: list[str], workers: int, out: str, progress_every: int = 0, rss: TreeRSS | None = None,
          max_seconds: float = 0.0):
    """Run corpus mode on *paths* into *out*; (seconds, CPU seconds, rows, failures, marks).

    CPU seconds are this process's and its finished children's (user + system): on a shared,
    loaded machine, articles per CPU-second is what one free core would do.
    """
    def cpu():
        a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime

    c0 = cpu()
    sink = DraftSink(out=out)
    rows = failures = done = 0
    marks = []
    t0 = time.perf_counter()
    outcomes = run(paths, Options(), workers=workers, progress=False)
    for o in outcomes:
        sink.write(o.rows)
        rows += len(o.rows)
        failures += bool(o.error)
        done += 1
        stop = max_seconds and time.perf_counter() - t0 > max_seconds
        if progress_every and (done % progress_every == 0 or stop):
            mb = rss.samples[-1][1] if rss and rss.samples else float("nan")
            marks.append((done, time.perf_counter() - t0, mb))
            print(f"  {done:>7,} articles  {time.perf_counter() - t0:8.1f} s  tree RSS {mb:7.0f} MB",
                  flush=True)
        if stop:
            print(f"  stopped after {max_seconds:.0f} s (--max-seconds): {done:,} of {len(paths):,} articles")
            break
    outcomes.close()  # ends the worker pool, so that its CPU time is counted
    sink.commit()
    return time.perf_counter() - t0, cpu() - c0, rows, failures, marks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sets = goldsets.sets_dir()  # $GEO_SHARED names the shared folder when the checkout is not beside it
    ap.add_argument("--sets", default=sets, help="the gold sets' directory")
    ap.add_argument("--tmp", default="/tmp/geo-bench-corpus", help="where the corpora are written")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare")
    ap.add_argument("--big", type=int, default=100_000, help="articles in the large corpus (0: skip it)")
    ap.add_argument("--big-workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--marks", type=int, default=10, help="memory and time printed this many times on the way")
    ap.add_argument("--max-seconds", type=float, default=0.0,
                    help="stop the large corpus after this long and report what was done (0: run it all)")
    args = ap.parse_args()

    base = write_public(os.path.join(args.tmp, "public"), args.sets)
    nbytes = sum(os.path.getsize(p) for p in base)
    print(f"public articles: {len(base):,} ({nbytes / 2**20:.1f} MB of text), cores: {os.cpu_count()}, "
          f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    # warm the gazetteer cache and the recogniser once, outside the timings
    list(run(base[:2], Options(), workers=1, progress=False))
    one = None
    for w in args.workers:
        secs, cpu_s, rows, failures, _ = timed(base, w, os.path.join(args.tmp, f"public-{w}.csv"))
        rate = len(base) / secs
        one = one or rate
        print(f"workers={w}: {secs:6.1f} s, {rate:6.1f} articles/s ({rate / w:5.1f} per worker), "
              f"speed-up {rate / one:4.2f}x; {len(base) / cpu_s:5.1f} articles per CPU-second; "
              f"{rows:,} rows, {failures} failures; load average now {os.getloadavg()[0]:.2f}")
    if args.big:
        big = os.path.join(args.tmp, f"big{args.big}")
        make_big(base, big, args.big)
        paths = sorted(iter_inputs([big]))
        print(f"large corpus: {len(paths):,} articles (the public ones repeated), workers={args.big_workers}")
        with TreeRSS() as rss:
            secs, cpu_s, rows, failures, marks = timed(paths, args.big_workers, os.path.join(args.tmp, "big.csv"),
                                                progress_every=max(1, len(paths) // args.marks), rss=rss,
                                                max_seconds=args.max_seconds)
        done = marks[-1][0] if marks else len(paths)
        peak = max(mb for _t, mb in rss.samples)
        first = [mb for t, mb in rss.samples if t > 5][:20] or [peak]
        print(f"large corpus: {done:,} articles in {secs:7.1f} s, {done / secs:6.1f} articles/s "
              f"({done / secs / args.big_workers:5.1f} per worker; {done / cpu_s:5.1f} per CPU-second), "
              f"{rows:,} rows, {failures} failures; "
              f"process-tree RSS peak {peak:,.0f} MB (first seconds {max(first):,.0f} MB)")
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
