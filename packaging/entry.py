"""The frozen build's one entry script: `kb` (console) and `kb-app` (windowed) both run it.

Which program this is comes from the executable's name, so one analysis serves both. The
SKOS reader's capped child process re-launches this executable with a hidden first argument
(``kb_app.core.thesaurus.skos_child.FROZEN_FLAG``): there is no ``python -m`` in a bundle.
"""

import os
import sys


def _run() -> int:
    if sys.argv[1:2] == ["--kb-skos-child"]:
        from kb_app.core.thesaurus.skos_child import main as skos_child

        return skos_child(sys.argv[2:])
    from kb_app import launcher

    name = os.path.splitext(os.path.basename(sys.executable))[0]
    return launcher.gui_main() if name == "kb-app" else launcher.main()


if __name__ == "__main__":
    sys.exit(_run())
