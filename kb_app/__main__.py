"""`python -m kb_app`: open the desktop application (see ``kb_app.launcher``)."""

from __future__ import annotations

from kb_app.launcher import gui_main

if __name__ == "__main__":
    raise SystemExit(gui_main())
