"""The join screen's QR code, read back as a phone camera would see it on the wall.

The join screen is exported as Textual draws it (SVG), rendered by Debian's chromium, taken
smaller and softer as a camera's frame is (a canvas drawn at a lower scale, smoothed), and
read by zxing-cpp. A code that only looked right would fail here: it must scan.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from playwright.async_api import async_playwright

from devtools.chromium import launch, missing
from tests.tui.conftest import SavesAtOnce
from woest_tui.core.files.bank import bundled_dir
from woest_tui.core.session.launch import prepare_launch
from woest_tui.live.server import Limit
from woest_tui.live.session import LiveOptions
from woest_tui.tui.app import WoestApp
from woest_tui.tui.screens.live_join import LiveJoinScreen

#: The canvas draws the SVG at a size and hands back its grey pixels.
GREY = """async ([svg, width, height]) => {
  const image = new Image();
  image.src = "data:image/svg+xml;base64," + svg;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = "high";
  context.drawImage(image, 0, 0, width, height);
  const rgba = context.getImageData(0, 0, width, height).data;
  const grey = new Array(width * height);
  for (let i = 0; i < grey.length; i += 1) {
    grey[i] = Math.round(0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2]);
  }
  return [width, height, grey];
}"""


async def join_screen_svg(tmp_path: Path, theme: str, size: tuple[int, int]) -> tuple[str, str]:
    """The join screen as Textual exports it, and the address its code must hold."""
    launch_ = prepare_launch(
        questions=bundled_dir() / "quickscan.toml",
        team="Proef",
        out=tmp_path / f"live-{theme}.toml",
        sessions=tmp_path / "sessions",
        live=True,
    )
    app = WoestApp(launch_, "nl", theme=theme, saver=SavesAtOnce)
    app.live_options = LiveOptions(  # type: ignore[attr-defined]
        "127.0.0.1", 0, limit=Limit(rate=1000, burst=1000)
    )
    async with app.run_test(size=size) as pilot:
        for _ in range(250):
            if isinstance(app.screen, LiveJoinScreen):
                break
            await pilot.pause(0.02)
        assert isinstance(app.screen, LiveJoinScreen)
        assert app.live is not None
        await pilot.pause(0.2)
        return app.export_screenshot(), app.live.server.url


async def scanned(svg: str, scale: float) -> list[str]:
    """What zxing-cpp reads in the picture, drawn at `scale` of its size by chromium."""
    problem = missing()
    assert problem is None, problem
    async with async_playwright() as playwright:
        browser = await launch(playwright)
        page = await browser.new_page()
        encoded = base64.b64encode(svg.encode()).decode()
        found = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg)
        assert found is not None
        size = [round(float(found.group(i)) * scale) for i in (1, 2)]
        width, height, grey = await page.evaluate(GREY, [encoded, *size])
        await browser.close()
    pixels: Any = memoryview(bytes(grey)).cast("B", (height, width))
    return [code.text for code in zxingcpp.read_barcodes(pixels)]


@pytest.mark.parametrize(
    ("theme", "size", "scale"),
    [
        ("textual-dark", (100, 30), 0.5),
        ("textual-dark", (100, 30), 0.7),
        ("textual-light", (100, 30), 0.5),
        ("textual-dark", (80, 24), 0.6),
    ],
)
async def test_the_join_code_scans_to_the_rooms_address(
    tmp_path: Path, theme: str, size: tuple[int, int], scale: float
) -> None:
    svg, url = await join_screen_svg(tmp_path, theme, size)
    assert await scanned(svg, scale) == [url]
