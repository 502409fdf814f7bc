"""The live room is a face beside the TUI: it imports neither textual nor rich."""

from __future__ import annotations

import subprocess
import sys

LIVE = ["room", "tally", "page", "server", "qr", "session"]


def test_the_live_room_imports_neither_textual_nor_rich() -> None:
    code = (
        "import sys\n"
        + "".join(f"import woest_tui.live.{name}\n" for name in LIVE)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", out.stdout


def test_woest_run_without_live_does_not_load_the_server() -> None:
    code = (
        "import sys\n"
        "from woest_tui.core.session.launch import prepare_launch\n"
        "from woest_tui.tui.app import WoestApp\n"
        "print('aiohttp' in sys.modules, 'segno' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
