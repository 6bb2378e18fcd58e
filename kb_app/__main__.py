"""`python -m kb_app` and `kb-app`: open the desktop application."""

from __future__ import annotations

import sys


def main() -> int:
    from kb_app.cli.main import main as kb_main

    return kb_main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    raise SystemExit(main())
