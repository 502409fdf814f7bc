"""The seam into Textual's input decoding: fails loudly when Textual changes it."""

from __future__ import annotations

import inspect

from textual.drivers import linux_driver

from woest_tui.tui.support import terminal


def test_textuals_driver_still_decodes_its_input_as_we_patch_it() -> None:
    # the driver makes its decoder from the module's own name, in its input thread
    source = inspect.getsource(linux_driver.LinuxDriver.run_input_thread)
    assert 'getincrementaldecoder("utf-8")()' in source
    assert terminal.PATCHED in linux_driver.LinuxDriver.run_input_thread.__code__.co_names


def test_the_patched_decoder_passes_a_byte_that_is_no_utf8_over() -> None:
    before = getattr(linux_driver, terminal.PATCHED)
    try:
        assert terminal.lenient_input()
        assert terminal.lenient_input()  # twice is the same
        decode = getattr(linux_driver, terminal.PATCHED)("utf-8")().decode
        assert decode(b"\xe9a") == "a"
        assert decode(b"caf\xc3") == "caf"  # half a character waits for the rest
        assert decode(b"\xa9!") == "é!"
    finally:
        setattr(linux_driver, terminal.PATCHED, before)
