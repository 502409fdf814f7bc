"""The domain is plain Python: importing any module of core or i18n never imports textual or rich."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import woest_tui.core
import woest_tui.i18n


def _modules(package: object) -> list[str]:
    path = package.__path__  # type: ignore[attr-defined]
    prefix = package.__name__ + "."  # type: ignore[attr-defined]
    return [info.name for info in pkgutil.walk_packages(path, prefix)]


def test_every_core_and_i18n_module_is_found() -> None:
    modules = _modules(woest_tui.core) + _modules(woest_tui.i18n)
    assert "woest_tui.core.session.state" in modules
    assert "woest_tui.core.scoring.rules" in modules
    assert len(modules) > 30


def test_domain_imports_neither_textual_nor_rich() -> None:
    modules = [
        "woest_tui.core",
        "woest_tui.i18n",
        *_modules(woest_tui.core),
        *_modules(woest_tui.i18n),
    ]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        + "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", out.stdout
