"""Take a PNG screenshot of a built map for the README, in headless Chromium.

Usage: python scripts/screenshot.py [maps/NAME.html] [-o maps/screenshot.png]
       [--size 1400x900] [--online]

Opens the page from disk, waits until the map has drawn (``window.geoMap``),
and writes the PNG. By default every network request is blocked, so the
screenshot shows the offline basemap exactly as a reader without a
connection would see it; ``--online`` lets tiles load.

Example: python scripts/screenshot.py maps/places.html -o maps/screenshot.png
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def screenshot(html: Path, png: Path, width: int = 1400, height: int = 900, online: bool = False) -> Path:
    """Write a screenshot of the map page *html* to *png* and return *png*.

    >>> screenshot(Path("maps/places.html"), Path("maps/screenshot.png"))  # doctest: +SKIP
    PosixPath('maps/screenshot.png')
    """
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            if not online:
                page.route("**/*", lambda route: route.continue_()
                           if route.request.url.startswith(("file:", "data:")) else route.abort())
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(html.resolve().as_uri())
            page.wait_for_function("window.geoMap && window.geoMap.ready", timeout=30_000)
            # Let tiles (or their failure and the fallback) settle.
            page.wait_for_timeout(1500 if online else 600)
            png.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png))
        finally:
            browser.close()
    if errors:
        raise RuntimeError("script errors on the page: " + "; ".join(errors))
    return png


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("html", nargs="?", default="maps/places.html", type=Path)
    ap.add_argument("-o", "--output", default=Path("maps/screenshot.png"), type=Path)
    ap.add_argument("--size", default="1400x900", help="WIDTHxHEIGHT in CSS pixels")
    ap.add_argument("--online", action="store_true", help="let map tiles load from the network")
    a = ap.parse_args(argv)
    if not a.html.exists():
        print(f"no such map: {a.html} (build it first: python scripts/build_map.py)", file=sys.stderr)
        return 2
    w, h = (int(v) for v in a.size.lower().split("x"))
    print(screenshot(a.html, a.output, w, h, a.online))
    return 0


if __name__ == "__main__":
    sys.exit(main())
