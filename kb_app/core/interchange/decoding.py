"""Turning a file's bytes into text with one deterministic policy, never guessing silently.

1. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
2. UTF-16 without a mark is recognised by its zero bytes;
3. then strict UTF-8;
4. then the encoding the file declares (JabRef's ``% Encoding:`` header), then the one the
   user chose; a file that fits none of them is refused with the line of its first bad byte.

Line ends become ``\\n``; NUL characters are removed with a warning. Text that looks
double-encoded (« Ã© » for « é ») is kept as it is but flagged, never stored silently.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from kb_app.core.errors import Problem, ValidationError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(rb"^%\s*Encoding:\s*([A-Za-z0-9_.:-]+)", re.MULTILINE)
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf]|â€[\u0080-\u00bf™œ\u009d˜“”]")
ALIASES = {"latin1": "latin-1", "latin-1": "latin-1", "cp1252": "windows-1252"}
FALLBACKS = ("windows-1252", "latin-1", "iso-8859-15", "iso-8859-2", "gbk")


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[Problem] = field(default_factory=list)


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(ALIASES.get(name.lower(), name)).name
    except LookupError:
        return None


def _sniff_utf16(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes, where: str, *, fallback: str | None = None) -> Decoded:
    """Decode ``data`` (the content of ``where``) by the policy above."""
    warnings: list[Problem] = []
    text: str | None = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding, text = name, _strict(data[len(bom) :], name, where)
            break
    if text is None and (utf16 := _sniff_utf16(data)) is not None:
        encoding, text = utf16, _strict(data, utf16, where)
    if text is None:
        try:
            encoding, text = "utf-8", data.decode("utf-8")
        except UnicodeDecodeError as err:
            first_bad = err
            encoding, text = _fallback(data, where, first_bad, fallback, warnings)
    if "\x00" in text:
        warnings.append(Problem(where, "decoding.nul_removed", _first_line(text, "\x00")))
        text = text.replace("\x00", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if (m := _mojibake(text)) is not None:
        warnings.append(
            Problem(
                where,
                "decoding.double_encoded",
                text.count("\n", 0, m.start()) + 1,
                {"sample": m.group()},
            )
        )
    return Decoded(text, encoding, warnings)


def _mojibake(text: str, window: int = 65536) -> re.Match[str] | None:
    """The first double-encoded sequence, searched window by window: one regex call over a
    100 MB text would hold the GIL (and the window's event loop) for its whole length."""
    for start in range(0, len(text), window):
        found = _MOJIBAKE.search(text, start, min(len(text), start + window + 8))
        if found is not None:
            return found
    return None


def _first_line(text: str, needle: str) -> int:
    return text.count("\n", 0, max(0, text.find(needle))) + 1


def _strict(data: bytes, encoding: str, where: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        problem = Problem(
            where, "decoding.invalid_bytes", _line_of(data, err.start), {"encoding": encoding}
        )
        raise ValidationError("file.unreadable", [problem], name=where) from None


def _fallback(
    data: bytes,
    where: str,
    err: UnicodeDecodeError,
    chosen: str | None,
    warnings: list[Problem],
) -> tuple[str, str]:
    line = _line_of(data, err.start)
    declared_match = _DECLARED.search(data[:4096])
    candidates: list[tuple[str, str]] = []
    if declared_match is not None:
        declared = _codec(declared_match.group(1).decode("ascii"))
        if declared is not None and declared != "utf-8":
            candidates.append((declared, "declared"))
    if chosen:
        codec = _codec(chosen)
        if codec is None:
            raise ValidationError("decoding.unknown_encoding", encoding=chosen)
        candidates.append((codec, "chosen"))
    for codec, why in candidates:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        read_as = {"line": line, "encoding": codec, "how": why}
        warnings.append(Problem(where, "decoding.read_as", line, read_as))
        return codec, text
    hint = ", ".join(FALLBACKS[:2])
    bad_byte = {"byte": f"{data[err.start]:#04x}", "examples": hint}
    problem = Problem(where, "decoding.bad_byte", line, bad_byte)
    raise ValidationError("decoding.not_utf8", [problem], name=where)
