"""The summary as a self-contained markdown report; every user text is escaped."""

from __future__ import annotations

from woest_tui.report.common import status_word, text_bar
from woest_tui.report.escape import md_escape, md_escape_lines
from woest_tui.report.summary_view import Item, SummaryView


def _table(header: list[str], align: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def discuss_markdown(view: SummaryView) -> list[str]:
    """The items to discuss as a numbered list, each with what good looks like."""
    if not view.discuss:
        return [f"_{md_escape(view.t('rep_discuss_none'))}_"]
    lines = []
    for number, item in enumerate(view.discuss, start=1):
        detail = f"{md_escape(item.why)} · {md_escape(item.context)}"
        if item.status is not None:
            detail += f" · {status_word(item.status, view.lang)}"
        lines.append(f"{number}. **{md_escape(item.title)}** ({detail})")
        if item.help:
            good = md_escape(view.t("rep_discuss_good"))
            lines.append(f"   - _{good}:_ {md_escape(item.help)}")
    return lines


def follow_up_markdown(view: SummaryView) -> list[str]:
    """Last time's priorities with their status and note, as a table."""
    t = view.t
    intro = [f"_{md_escape(t('rep_follow_up_from', date=view.follow_up_date))}_", ""]
    keys = ("rep_col_rank", "rep_col_about", "rep_col_action", "rep_col_owner", "rep_col_due")
    heads = [*(t(k) for k in keys), t("rep_col_follow_status"), t("rep_col_follow_note")]
    rows = [
        [str(r.rank), md_escape(r.about), md_escape(r.action), md_escape(r.owner), r.due]
        for r in view.follow_up
    ]
    for row, r in zip(rows, view.follow_up, strict=True):
        # a table cell holds one line: the note's line breaks become spaces
        row += [md_escape(r.status_text), md_escape(" ".join(r.note.split()))]
    return intro + _table(heads, ["--:", "---", "---", "---", "---", "---", "---"], rows)


def _items(view: SummaryView, items: tuple[Item, ...]) -> list[str]:
    if not items:
        return [f"_{md_escape(view.t('rep_none'))}_"]
    lines = []
    for item in items:
        title = md_escape(item.title)
        title = f"**{title}**" if item.kind == "theme" else title
        detail = f"{md_escape(item.context)} · {md_escape(item.detail)}"
        if item.status is not None:
            detail += f" · {status_word(item.status, view.lang)}"
        lines.append(f"- {title} ({detail})")
    return lines


def view_to_markdown(view: SummaryView) -> str:
    """Write a summary view as markdown, with the same content as the terminal summary.

    Args:
        view: the view (see `summary_view.build_view`).

    Returns:
        The markdown document.
    """
    t = view.t
    out = [f"# {md_escape(t('rep_title'))}: {md_escape(view.title)}", ""]
    out.append(md_escape(view.subtitle))
    if view.unfinished_notice:
        out += ["", f"> **{md_escape(view.unfinished_notice)}**"]
    # the same order as the terminal: what steers the conversation first
    out += ["", f"## {md_escape(t('rep_discuss'))}", "", *discuss_markdown(view)]
    out += ["", f"## {md_escape(t('rep_priorities'))}", ""]
    if view.priorities:
        out += _table(
            [t(k) for k in ("rep_col_rank", "rep_col_about", "rep_col_action")]
            + [t("rep_col_owner"), t("rep_col_due")],
            ["--:", "---", "---", "---", "---"],
            [
                [str(p.rank), md_escape(p.about), md_escape(p.action), md_escape(p.owner), p.due]
                for p in view.priorities
            ],
        )
    else:
        out.append(f"_{md_escape(t('rep_no_priorities'))}_")
    if view.follow_up:
        out += ["", f"## {md_escape(t('rep_follow_up'))}", "", *follow_up_markdown(view)]
    out += ["", f"## {md_escape(t('rep_themes'))}", ""]
    scale = view.scale
    extra = view.shows_not_applicable
    out += _table(
        [
            t("rep_col_theme"),
            t("rep_col_bar", min=scale.min, max=scale.max),
            t("rep_col_score"),
            t("rep_col_status"),
            t("rep_col_answered"),
            t("rep_col_dont_know"),
            *([t("rep_col_not_applicable")] if extra else []),
        ],
        ["---", "---", "--:", "---", "--:", "--:", *(["--:"] if extra else [])],
        [
            [
                md_escape(row.title),
                f"`{text_bar(row.score, scale)}`",
                row.shown,
                status_word(row.status, view.lang),
                f"{row.answered}/{row.total}",
                f"**{row.dont_know_text(view.votes)}**"
                if row.blind_spot
                else row.dont_know_text(view.votes),
                *([row.not_applicable_text(view.votes)] if extra else []),
            ]
            for row in view.themes
        ],
    )
    out += ["", f"_{md_escape(view.dont_know_legend)}_"]
    for key, items in (
        ("rep_strengths", view.strengths),
        ("rep_development", view.development_points),
        ("rep_blind_spots", view.blind_spots),
        ("rep_not_applicable", view.not_applicable),
        ("rep_disagreements", view.disagreements),
    ):
        out += ["", f"## {md_escape(t(key))}", "", *_items(view, items)]
    if view.votes_legend:
        out += ["", f"_{md_escape(view.votes_legend)}_"]
    if view.roles:
        out += ["", f"## {md_escape(t('rep_roles'))}", ""]
        numbers = [str(n) for n in range(1, len(view.role_themes) + 1)]
        out += _table(
            [t("rep_col_role"), *numbers],
            ["---"] + ["--:"] * len(numbers),
            [
                [md_escape(role), *(f"{c.shown} {status_word(c.status, view.lang)}" for c in cells)]
                for role, cells in view.role_rows
            ],
        )
        out += ["", md_escape(t("rep_roles_columns")), ""]
        out += [f"{n}. {md_escape(title)}" for n, title in enumerate(view.role_themes, start=1)]
    out += ["", f"## {md_escape(t('rep_about_session'))}", ""]
    out += _table(
        ["", ""],
        ["---", "---"],
        [[f"**{md_escape(label)}**", md_escape(value)] for label, value in view.header],
    )
    out += ["", f"## {md_escape(t('rep_details'))}"]
    for theme in view.details:
        out += ["", f"### {md_escape(theme.title)}", ""]
        for line in theme.lines:
            prefix = ""
            if line.type == "scale" and line.score is not None:
                prefix = f"**{md_escape(line.shown)} {status_word(line.status, view.lang)}**: "
            out.append(f"- {prefix}{md_escape(line.text)}")
            if line.answer:
                out.append(f"  - {md_escape(t('rep_col_answer'))}: _{md_escape(line.answer)}_")
            # a note keeps its lines: hard breaks, continued inside its list item
            out += [
                f"  - {md_escape(label)}: {md_escape_lines(note, '    ')}"
                for label, note in line.notes
            ]
        if theme.open:
            # a blank line ends the list, so the remark is not read as part of its last item
            out += ([""] if theme.lines else []) + [
                f"_{md_escape(t('rep_open', count=theme.open))}_"
            ]
    out += ["", "---", "", f"_{md_escape(view.footer)}_", ""]
    return "\n".join(out)
