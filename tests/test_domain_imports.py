"""The domain is plain Python: importing it never imports textual or rich."""

from __future__ import annotations

import subprocess
import sys

DOMAIN = [
    "model",
    "bank",
    "storage",
    "fileinfo",
    "tomlfile",
    "check",
    "check_merged",
    "individuals",
    "documents",
    "errors",
    "locate",
    "i18n",
    "session",
    "launch",
    "roles",
    "safe",
    "scoring",
    "compare",
    "merge",
]


def test_domain_imports_neither_textual_nor_rich() -> None:
    modules = [f"woest_tui.{name}" for name in DOMAIN]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", out.stdout
