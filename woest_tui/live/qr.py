"""The join address as a QR code in text: two modules per character, with a quiet zone."""

from __future__ import annotations

import segno

#: The light margin scanners need around the code, in modules (the standard's minimum).
QUIET_ZONE = 4
#: (top dark, bottom dark) -> the character that draws those halves dark.
_HALVES = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}


def qr_lines(url: str) -> list[str]:
    """The QR code of `url` as lines of half blocks, dark modules drawn.

    Shown dark on light (black characters on a white background, whatever the terminal's
    theme), with the quiet zone included, it scans like a printed code.

    Args:
        url: the address.

    Returns:
        The lines, all of the same width.
    """
    code = segno.make(url, error="m", micro=False)
    rows = [[bool(m) for m in row] for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    return [
        "".join(_HALVES[(top, bottom)] for top, bottom in zip(upper, lower, strict=True))
        for upper, lower in zip(rows[::2], rows[1::2], strict=True)
    ]
