"""French typography, applied once, on what the citation engine gives (text or HTML).

- a straight apostrophe becomes ’ (U+2019);
- straight quotes, double or single, around words become « … », with no-break spaces inside;
  guillemets already there get no-break spaces inside;
- a space before « : » becomes a no-break space (U+00A0), a space before « ; ? ! » a narrow
  no-break space (U+202F), as the Imprimerie nationale's rules say; a mark without a space
  before it is left as it is (an English title keeps its « Title: subtitle »).

Web addresses and DOIs are left untouched, and so are HTML tags: ``french_html`` changes only
the text between tags (entities stay as they are).
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
NNBSP = "\u202f"
_ADDRESS = re.compile(r"((?:https?|ftp)://[^\s\ue020]+|doi:[^\s\ue020]+|www\.[^\s\ue020]+)")
_TAG = re.compile(r"(<[^>]*>)")
_DOUBLE = re.compile(r'"([^"<>]+?)"')
_SINGLE = re.compile(r"(?<![\w’'])'(?=\w)([^'<>]+?)(?<=[\w.!?])'(?![\w'’])")
_APOSTROPHE = re.compile(r"'")
_OPEN = re.compile(r"«[ \u00a0\u202f]*")
_CLOSE = re.compile(r"[ \u00a0\u202f]*»")
_BEFORE_COLON = re.compile(r"[ \u00a0\u202f]+:")
_BEFORE_OTHERS = re.compile(r"[ \u00a0\u202f]+([;?!])")


def french(text: str) -> str:
    """Plain text in French typography (see the module documentation)."""
    return "".join(
        piece if i % 2 else _typeset(piece) for i, piece in enumerate(_ADDRESS.split(text))
    )


def french_html(fragment: str) -> str:
    """An HTML fragment in French typography: only the text between tags changes."""
    pieces = _TAG.split(fragment)
    text = "\ue020".join(pieces[0::2])  # the text as one, so quotes may pair across tags
    typeset = french(text).split("\ue020")
    out = []
    for i, piece in enumerate(typeset):
        out.append(piece)
        if 2 * i + 1 < len(pieces):
            out.append(pieces[2 * i + 1])
    return "".join(out)


def _typeset(text: str) -> str:
    text = _DOUBLE.sub(lambda m: f"«{NBSP}{m.group(1).strip()}{NBSP}»", text)
    text = _SINGLE.sub(lambda m: f"«{NBSP}{m.group(1).strip()}{NBSP}»", text)
    text = _APOSTROPHE.sub("’", text)
    text = _OPEN.sub("«" + NBSP, text)
    text = _CLOSE.sub(NBSP + "»", text)
    text = _BEFORE_COLON.sub(NBSP + ":", text)
    return _BEFORE_OTHERS.sub(NNBSP + r"\1", text)
