"""`python -m kb_app` is the `kb` command (``kb_app.launcher.main``): the window with no
command or with ``gui``, the CLI for the rest. `kb-app` is the window alone."""

from __future__ import annotations

from kb_app.launcher import main

if __name__ == "__main__":
    raise SystemExit(main())
