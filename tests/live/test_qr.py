"""The join QR code in text: every module of segno's code, quiet zone included."""

from __future__ import annotations

import segno

from woest_tui.live.qr import QUIET_ZONE, qr_lines

URL = "http://192.168.178.23:45678/j/aj5CWxFbd7QMMta3"


def modules(lines: list[str]) -> list[list[bool]]:
    """The dark modules the half blocks draw, two rows per line."""
    rows: list[list[bool]] = []
    for line in lines:
        rows.append([c in "█▀" for c in line])
        rows.append([c in "█▄" for c in line])
    return rows


def test_the_text_draws_segnos_code_exactly() -> None:
    code = segno.make(URL, error="m", micro=False)
    expected = [[bool(m) for m in row] for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]
    drawn = modules(qr_lines(URL))
    # an odd number of module rows gets one light row more at the bottom
    assert drawn[: len(expected)] == expected
    assert all(not dark for row in drawn[len(expected) :] for dark in row)


def test_the_quiet_zone_is_light_all_round() -> None:
    drawn = modules(qr_lines(URL))
    width = len(drawn[0])
    assert all(len(row) == width for row in drawn)
    for row in drawn[:QUIET_ZONE]:
        assert not any(row)
    for row in drawn:
        assert not any(row[:QUIET_ZONE]) and not any(row[-QUIET_ZONE:])
