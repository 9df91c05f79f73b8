"""Build the map of places.csv into maps/ with the defaults (offline gazetteer).

Usage: python scripts/build_map.py [CSV] [python -m geo build options]
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.cli import run  # noqa: E402

if __name__ == "__main__":
    run(["build", *sys.argv[1:]])
