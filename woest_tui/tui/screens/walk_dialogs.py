"""The dialogs the walk opens, each returning where to go: the overview and the review.

Each runs as a worker of the walk (`WalkScreen.open_overview`, `open_review`): it waits
for the dialog's value with `push_screen_wait`, so there is no callback to follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from woest_tui.tui.screens.walk import WalkScreen


async def overview_then_jump(walk: WalkScreen) -> None:
    """Show every theme and question with its state; jump to the one chosen.

    A theme opens its introduction; a question is a jump the walk remembers (`t` goes back
    to where the meeting was).
    """
    from woest_tui.tui.screens.overview import OverviewScreen

    app = walk.app
    if any(isinstance(screen, OverviewScreen) for screen in app.screen_stack):
        return
    target = await app.push_screen_wait(OverviewScreen(walk.state, walk.lang, walk.walk.position))
    if target is None or not back_on_top(walk):
        return
    kind, index = target
    if kind == "theme":
        await walk.jump_to_theme(index)
    else:
        await walk.jump_to_question(index, remember=True)


async def review_then_jump(walk: WalkScreen) -> None:
    """The finish review: open questions first, then the summary; or back to one of them."""
    from woest_tui.tui.screens.review import ReviewScreen

    app = walk.app
    if any(isinstance(screen, ReviewScreen) for screen in app.screen_stack):
        return
    target = await app.push_screen_wait(ReviewScreen(walk.state, walk.lang))
    if target is not None and back_on_top(walk):
        await walk.jump_to_question(target)


def back_on_top(walk: WalkScreen) -> bool:
    """Close what is still open above the walk (a dialog the palette opened meanwhile).

    Returns:
        False when the walk itself was closed meanwhile: there is nowhere to go then.
    """
    app = walk.app
    if walk not in app.screen_stack:
        return False
    while app.screen is not walk:
        app.pop_screen()
    return True
