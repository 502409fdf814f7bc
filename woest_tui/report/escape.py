"""Escape untrusted text for markdown and HTML, so that none of it becomes markup."""

from __future__ import annotations

import html
import re

#: Inline markdown: emphasis, code, links, tables, strike-through; text never starts a line.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_escape(value: str) -> str:
    """Escape user text for markdown: no formatting, links, tables or raw HTML survive.

    Args:
        value: untrusted text.

    Returns:
        Text that a markdown renderer shows literally, on one line.
    """
    text = html.escape(value, quote=False)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return " ".join(text.split())


#: A line that starts with one of these could open a block (heading, list, setext rule).
_MD_BLOCK_MARK = re.compile(r"^[#+=\-]")
#: "1." or "1)" at the start of a line opens a numbered list.
_MD_NUMBERED = re.compile(r"^(\d+)([.)])")


def _md_line(line: str) -> str:
    line = _MD_BLOCK_MARK.sub(lambda m: "\\" + m.group(), line)
    return _MD_NUMBERED.sub(lambda m: m.group(1) + "\\" + m.group(2), line)


def md_escape_lines(value: str, indent: str) -> str:
    """Escape multi-line user text for markdown, keeping its line breaks as hard breaks.

    Each line is escaped like `md_escape` (which already takes care of quotes, code and
    emphasis); a line that could start a heading, a list or a rule gets its first mark
    escaped too. The lines are joined with a backslash line break and `indent`, so they
    stay inside the list item they are in; empty lines are left out.

    Args:
        value: untrusted text, perhaps of several lines.
        indent: the spaces that continue the item (its content's indentation).

    Returns:
        Markdown that shows each non-empty line of the text literally, on its own line.
    """
    lines = [_md_line(md_escape(line)) for line in value.splitlines()]
    return f"\\\n{indent}".join(line for line in lines if line)


def html_escape(value: object) -> str:
    """Escape any value for HTML text and attributes.

    Args:
        value: untrusted text (or a number).

    Returns:
        Escaped text.
    """
    return html.escape(str(value), quote=True)
