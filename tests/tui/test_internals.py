"""Canaries: each private part of Textual that woest relies on is still there, as woest uses it.

When one of these fails after a Textual upgrade, the failing test names the internal; fix
woest_tui/tui/support/internals.py (and the widget that needs it) before changing the pin.
"""

from __future__ import annotations

import asyncio
import inspect
from importlib.metadata import version
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Input, Static

from woest_tui.tui.support import internals

ROOT = Path(__file__).resolve().parents[2]


def test_textual_is_pinned_exactly_to_the_installed_version() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"textual=={version("textual")}"' in pyproject


@pytest.mark.parametrize(
    ("cls", "name"), internals.OVERRIDDEN, ids=lambda v: getattr(v, "__name__", v)
)
def test_each_overridden_hook_exists(cls: type, name: str) -> None:
    hook = getattr(cls, name, None)
    assert callable(hook), f"Textual's {cls.__name__}.{name} is gone"
    params = list(inspect.signature(hook).parameters)
    assert params[0] == "self"
    assert len(params) >= 2, f"Textual's {cls.__name__}.{name} takes other arguments now"


def test_footer_key_is_a_widget_with_compact() -> None:
    assert hasattr(internals.FooterKey, "compact")


def test_no_module_outside_internals_reaches_into_textual_privates() -> None:
    package = ROOT / "woest_tui"
    offenders = []
    for path in package.rglob("*.py"):
        if path.name == "internals.py":
            continue
        text = path.read_text(encoding="utf-8")
        for needle in (
            "._bindings",
            "_message_queue",
            "._waiters",
            "textual.widgets._",
            "self._bindings_ready",
        ):
            if needle in text:
                offenders.append(f"{path.relative_to(ROOT)}: {needle}")
    assert offenders == []


class _Probe(App[None]):
    def compose(self) -> ComposeResult:
        yield Input(id="field")
        yield Static("x")
        yield Footer()


async def test_bindings_by_key_is_the_live_map_of_the_node() -> None:
    app = _Probe()
    async with app.run_test() as pilot:
        field = app.query_one(Input)
        table = internals.bindings_by_key(field)
        assert isinstance(table, dict)
        assert "left" in table  # Input binds its cursor keys
        table["f9"] = [Binding("f9", "app.bell", "bell")]
        assert [b.action for b in internals.bindings_by_key(field)["f9"]] == ["app.bell"]
        await pilot.pause()


async def test_the_queue_helpers_see_an_idle_and_a_busy_pump() -> None:
    app = _Probe()
    async with app.run_test() as pilot:
        await pilot.pause()
        field = app.query_one(Input)
        assert internals.queue_is_empty(field)
        waiters = list(internals.queue_waiters(field))
        assert waiters and all(isinstance(w, asyncio.Future) for w in waiters)
        assert any(not w.done() for w in waiters), "an idle widget no longer waits on its queue"


async def test_the_footer_flag_is_read_and_set() -> None:
    app = _Probe()
    async with app.run_test() as pilot:
        await pilot.pause()
        footer = app.query_one(Footer)
        internals.mark_footer_bindings_ready(footer)
        assert internals.footer_bindings_ready(footer) is True
        assert list(footer.query(internals.FooterKey)), (
            "the footer no longer builds FooterKey widgets"
        )
