"""Take the README's PNG screenshots of a built map, at laptop and phone size, in headless Chromium.

Each screenshot's line also prints how much of the map the panels cover, measured as a reader
sees it: every box over the map (title, notices, legend and the other boxes, the footer note,
zoom, full-screen, scale and credits), their union as a share of the map's area
(:data:`PANELS`, :func:`coverage`; tests/test_browser.py holds the page to 25%).

Usage: python scripts/screenshot.py [maps/NAME.html] [-o maps/screenshot.png]
       [--phone maps/screenshot-phone.png] [--size 1280x720] [--phone-size 390x844] [--online]

Opens the page from disk, waits until the map has drawn (``window.geoMap``),
and writes one PNG at laptop size and one at phone size, by default beside
the first with ``-phone`` added to its name (``--phone ''`` skips it). By default every network request is blocked, so the screenshots
show the offline basemap exactly as a reader without a connection would see
it; ``--online`` lets tiles load. Any script error or Content-Security-Policy
violation on the page fails the run.

Example: python scripts/screenshot.py maps/places.html -o maps/screenshot.png --phone maps/screenshot-phone.png
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CSP_LISTENER = """window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective));"""


#: The boxes over the map, in screen pixels, as the reader sees them: what a panel's scrolling hides is not there.
PANELS = """() => {
  const map = document.querySelector('.leaflet-container').getBoundingClientRect();
  const side = document.querySelector('.geo-side').getBoundingClientRect();
  const sel = ['.geo-title .geo-panel', '.geo-offline', '.geo-box', '.geo-tab', '.leaflet-control-zoom', '.geo-fs',
               '.leaflet-control-scale', '.leaflet-control-attribution', '.geo-note'];
  const out = [];
  for (const s of sel) for (const e of document.querySelectorAll(s)) {
    let r = e.getBoundingClientRect();
    if (!r.width || !r.height || getComputedStyle(e).display === 'none' || e.closest('[hidden]')) continue;
    let box = [r.left, r.top, r.right, r.bottom];
    if (e.closest('.geo-side')) {  // what the column's scrolling hides is not on the screen
      box = [Math.max(box[0], side.left), Math.max(box[1], side.top), Math.min(box[2], side.right), Math.min(box[3], side.bottom)];
      if (box[2] <= box[0] || box[3] <= box[1]) continue;
    }
    out.push({name: s + ' ' + (e.className || ''), box: box});
  }
  return {map: [map.left, map.top, map.right, map.bottom], panels: out};
}"""


def coverage(panels: list[dict], w: int, h: int, step: int = 4) -> float:
    """The share of a *w* x *h* map that the union of the panels' boxes covers (sampled every *step* pixels)."""
    covered = 0
    for y in range(0, h, step):
        for x in range(0, w, step):
            if any(b[0] <= x < b[2] and b[1] <= y < b[3] for b in (p["box"] for p in panels)):
                covered += 1
    return covered / ((w // step) * (h // step))


def screenshots(html: Path, shots: list[tuple[Path, int, int]], online: bool = False) -> list[Path]:
    """Write a screenshot of the map page *html* for each (png, width, height); return the paths.

    >>> screenshots(Path("maps/places.html"), [(Path("maps/screenshot.png"), 1280, 720)])  # doctest: +SKIP
    [PosixPath('maps/screenshot.png')]
    """
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for png, width, height in shots:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.add_init_script(CSP_LISTENER)
                if not online:
                    page.route("**/*", lambda route: route.continue_()
                               if route.request.url.startswith(("file:", "data:")) else route.abort())
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.goto(html.resolve().as_uri())
                page.wait_for_function("window.geoMap && window.geoMap.ready", timeout=30_000)
                # Let tiles (or their failure and the fallback) settle.
                page.wait_for_timeout(1500 if online else 700)
                errors.extend(f"CSP violation: {v}" for v in page.evaluate("window.__csp"))
                png.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(png))
                share = coverage(page.evaluate(PANELS)["panels"], width, height)
                print(f"{png}: {width}x{height}, panels cover {share:.1%} of the map")
                page.close()
        finally:
            browser.close()
    if errors:
        raise RuntimeError("errors on the page: " + "; ".join(errors))
    return [png for png, _, _ in shots]


def _size(text: str) -> tuple[int, int]:
    w, h = (int(v) for v in text.lower().split("x"))
    return w, h


def phone_path(output: Path, phone: str | None) -> Path | None:
    """Where the phone-size PNG goes: ``phone`` if given ('' for none), else beside ``output``.

    Beside the laptop PNG, so shooting another map never overwrites the README's phone screenshot.

    >>> phone_path(Path("/tmp/x/shot.png"), None)
    PosixPath('/tmp/x/shot-phone.png')
    >>> phone_path(Path("shot.png"), "") is None
    True
    """
    if phone is None:
        return output.with_name(f"{output.stem}-phone{output.suffix}")
    return Path(phone) if phone else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("html", nargs="?", default="maps/places.html", type=Path)
    ap.add_argument("-o", "--output", default=Path("maps/screenshot.png"), type=Path, help="the laptop-size PNG")
    ap.add_argument("--phone", default=None,
                    help="the phone-size PNG (default: the laptop PNG's name with -phone; '' for none)")
    ap.add_argument("--size", default="1280x720", help="laptop WIDTHxHEIGHT in CSS pixels")
    ap.add_argument("--phone-size", default="390x844", help="phone WIDTHxHEIGHT in CSS pixels")
    ap.add_argument("--online", action="store_true", help="let map tiles load from the network")
    a = ap.parse_args(argv)
    if not a.html.exists():
        print(f"no such map: {a.html} (build it first: python scripts/build_map.py)", file=sys.stderr)
        return 2
    shots = [(a.output, *_size(a.size))]
    phone = phone_path(a.output, a.phone)
    if phone:
        shots.append((phone, *_size(a.phone_size)))
    screenshots(a.html, shots, a.online)
    return 0


if __name__ == "__main__":
    sys.exit(main())
