"""New text in a widget without a new layout of the screen, when its size stays the same."""

from __future__ import annotations

from textual.visual import VisualType
from textual.widget import Widget
from textual.widgets import Static


def keeps_size(widget: Widget) -> bool:
    """Whether the widget's content, as it is now, fills exactly the place it has on screen.

    Only then may it be repainted without a layout: a layout measures and places every
    widget of the screen again and repaints all that moved, while a repaint redraws only
    the widget itself.

    Args:
        widget: a mounted widget whose content just changed.

    Returns:
        True when neither its height nor its width would change.
    """
    if not widget.display:
        return True  # it takes no place; showing it again lays the screen out anyway
    styles = widget.styles
    size = widget.content_size
    if not size.width or styles.min_height is not None or styles.max_height is not None:
        return False  # not placed yet, or its height is bounded: let Textual work it out
    if styles.width is not None and styles.width.is_auto:
        return False  # as wide as its text
    if styles.height is not None and not styles.height.is_auto:
        return True  # its height does not follow its content
    return widget.get_content_height(size, size, size.width) == size.height


def update(widget: Static, content: VisualType, lines: int | None = None) -> None:
    """Show `content` in a Static, with a layout only when its size changes.

    Args:
        widget: the Static.
        content: what it shows from now on.
        lines: the lines it takes, when they are known (measuring costs a wrap of it).
    """
    widget.update(content, layout=False)
    if lines is not None and widget.display and widget.content_size.width:
        same = lines == widget.content_size.height
    else:
        same = keeps_size(widget)
    if not same:
        widget.refresh(layout=True)
