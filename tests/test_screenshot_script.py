"""scripts/screenshot.py's choice of where its PNGs go (the browser part is tests/test_browser.py)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from screenshot import phone_path  # noqa: E402


@pytest.mark.parametrize(
    "output, phone, expected",
    [
        # another map's shots never overwrite the README's maps/screenshot-phone.png
        ("/tmp/shots/ru.png", None, "/tmp/shots/ru-phone.png"),
        ("maps/screenshot.png", None, "maps/screenshot-phone.png"),
        ("maps/screenshot.png", "elsewhere/p.png", "elsewhere/p.png"),
        ("maps/screenshot.png", "", None),
    ],
)
def test_phone_png_goes_beside_the_laptop_png_unless_named(output, phone, expected):
    got = phone_path(Path(output), phone)
    assert got == (Path(expected) if expected else None)
