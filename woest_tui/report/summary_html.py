"""The summary as a self-contained HTML page: inline style, no scripts, all user text escaped."""

from __future__ import annotations

from woest_tui.core.scoring.rules import Status
from woest_tui.i18n import Lang
from woest_tui.report.common import STATUS_COLOUR, filled_cells, status_label
from woest_tui.report.escape import html_escape as esc
from woest_tui.report.summary_view import Item, SummaryView

#: Forbids every script, frame, form and remote resource; only the inline style applies.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'"

STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto;
       padding: 0 1rem; color: #212121; line-height: 1.45; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem;
       border-bottom: 1px solid #ccc; } h3 { font-size: 1.05rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #eee;
         vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
.header th { width: 10rem; }
.bar { background: #eee; height: .9rem; min-width: 6rem; border-radius: 2px; }
.bar span { display: block; height: 100%; border-radius: 2px; }
.status { font-weight: bold; white-space: nowrap; }
.notice { background: #fff3cd; border: 1px solid #b8860b; padding: .5rem 1rem;
          font-weight: bold; }
.muted { color: #4a4a4a; } .note { margin-left: 1rem; }
ul.items li, ul.answers li { margin-bottom: .4rem; }
footer { margin-top: 2rem; color: #4a4a4a; font-size: .9rem; }
"""


def _status(status: Status | None, lang: Lang) -> str:
    colour = STATUS_COLOUR[status]
    return f'<span class="status" style="color:{colour}">{esc(status_label(status, lang))}</span>'


def _bar(view: SummaryView, score: float | None, shown: str, status: Status | None) -> str:
    share = filled_cells(score, view.scale, 100)
    colour = STATUS_COLOUR[status]
    return (
        f'<div class="bar" role="img" aria-label="{esc(shown)}">'
        f'<span style="width:{share}%;background:{colour}"></span></div>'
    )


def _lines(text: str) -> str:
    """Escaped text that keeps its line breaks."""
    return "<br>".join(esc(line) for line in text.splitlines())


def _items(view: SummaryView, items: tuple[Item, ...]) -> list[str]:
    if not items:
        return [f'<p class="muted">{esc(view.t("rep_none"))}</p>']
    out = ['<ul class="items">']
    for item in items:
        title = f"<strong>{esc(item.title)}</strong>" if item.kind == "theme" else esc(item.title)
        detail = f"{esc(item.context)} · {esc(item.detail)}"
        if item.status is not None:
            detail += f" · {_status(item.status, view.lang)}"
        out.append(f'<li>{title}<br><span class="muted">{detail}</span></li>')
    return [*out, "</ul>"]


def _themes(view: SummaryView) -> list[str]:
    t = view.t
    heads = [
        t("rep_col_theme"),
        t("rep_col_bar", min=view.scale.min, max=view.scale.max),
        t("rep_col_score"),
        t("rep_col_status"),
        t("rep_col_answered"),
        t("rep_col_dont_know"),
    ]
    if view.shows_not_applicable:
        heads.append(t("rep_col_not_applicable"))
    out = ["<table>", "<tr>" + "".join(f"<th>{esc(h)}</th>" for h in heads) + "</tr>"]
    for row in view.themes:
        dont_know = esc(row.dont_know_text(view.votes))
        dont_know = f"<strong>{dont_know}</strong>" if row.blind_spot else dont_know
        not_applicable = (
            f'<td class="num">{esc(row.not_applicable_text(view.votes))}</td>'
            if view.shows_not_applicable
            else ""
        )
        out.append(
            f"<tr><td>{esc(row.title)}</td><td>{_bar(view, row.score, row.shown, row.status)}</td>"
            f'<td class="num">{esc(row.shown)}</td>'
            f"<td>{_status(row.status, view.lang)}</td>"
            f'<td class="num">{row.answered}/{row.total}</td>'
            f'<td class="num">{dont_know}</td>{not_applicable}</tr>'
        )
    return [*out, "</table>", f'<p class="muted">{esc(view.dont_know_legend)}</p>']


def _roles(view: SummaryView) -> list[str]:
    heads = f"<th>{esc(view.t('rep_col_role'))}</th>" + "".join(
        f'<th class="num" title="{esc(title)}">{index}</th>'
        for index, title in enumerate(view.role_themes, start=1)
    )
    out = ["<table>", f"<tr>{heads}</tr>"]
    for role, cells in view.role_rows:
        tds = "".join(
            f'<td class="num">{esc(c.shown)} {_status(c.status, view.lang)}</td>' for c in cells
        )
        out.append(f"<tr><td>{esc(role)}</td>{tds}</tr>")
    out += ["</table>", f'<p class="muted">{esc(view.t("rep_roles_columns"))}</p>', "<ol>"]
    out += [f"<li>{esc(title)}</li>" for title in view.role_themes]
    return [*out, "</ol>"]


def _details(view: SummaryView) -> list[str]:
    out: list[str] = []
    for theme in view.details:
        out.append(f"<h3>{esc(theme.title)}</h3>")
        if theme.lines:
            out.append('<ul class="answers">')
            for line in theme.lines:
                head = ""
                if line.type == "scale" and line.score is not None:
                    score = esc(line.shown)
                    head = f"<strong>{score}</strong> {_status(line.status, view.lang)}: "
                parts = [f"{head}{esc(line.text)}"]
                if line.answer:
                    parts.append(
                        f'<span class="muted">{esc(view.t("rep_col_answer"))}:</span> '
                        f"<em>{esc(line.answer)}</em>"
                    )
                parts += [
                    f'<span class="note"><span class="muted">{esc(label)}:</span> '
                    f"{_lines(note)}</span>"
                    for label, note in line.notes
                ]
                out.append("<li>" + "<br>".join(parts) + "</li>")
            out.append("</ul>")
        if theme.open:
            out.append(f'<p class="muted">{esc(view.t("rep_open", count=theme.open))}</p>')
    return out


def _priorities(view: SummaryView) -> list[str]:
    if not view.priorities:
        return [f'<p class="muted">{esc(view.t("rep_no_priorities"))}</p>']
    keys = ("rep_col_rank", "rep_col_about", "rep_col_action", "rep_col_owner", "rep_col_due")
    out = ["<table>", "<tr>" + "".join(f"<th>{esc(view.t(k))}</th>" for k in keys) + "</tr>"]
    for p in view.priorities:
        cells = (esc(p.about), esc(p.action), esc(p.owner), esc(p.due))
        out.append(
            f'<tr><td class="num">{p.rank}</td>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        )
    return [*out, "</table>"]


def _discuss(view: SummaryView) -> list[str]:
    if not view.discuss:
        return [f'<p class="muted">{esc(view.t("rep_discuss_none"))}</p>']
    out = ['<ol class="items">']
    for item in view.discuss:
        detail = f"{esc(item.why)} · {esc(item.context)}"
        if item.status is not None:
            detail += f" · {_status(item.status, view.lang)}"
        parts = [f"<strong>{esc(item.title)}</strong>", f'<span class="muted">{detail}</span>']
        if item.help:
            parts.append(f"<em>{esc(view.t('rep_discuss_good'))}:</em> {esc(item.help)}")
        out.append("<li>" + "<br>".join(parts) + "</li>")
    return [*out, "</ol>"]


def _follow_up(view: SummaryView) -> list[str]:
    t = view.t
    keys = ("rep_col_rank", "rep_col_about", "rep_col_action", "rep_col_owner", "rep_col_due")
    heads = [t(k) for k in keys] + [t("rep_col_follow_status"), t("rep_col_follow_note")]
    out = [
        f'<p class="muted">{esc(t("rep_follow_up_from", date=view.follow_up_date))}</p>',
        "<table>",
        "<tr>" + "".join(f"<th>{esc(h)}</th>" for h in heads) + "</tr>",
    ]
    for r in view.follow_up:
        cells = (esc(r.about), esc(r.action), esc(r.owner), esc(r.due), esc(r.status_text))
        out.append(
            f'<tr><td class="num">{r.rank}</td>'
            + "".join(f"<td>{c}</td>" for c in cells)
            + f"<td>{_lines(r.note)}</td></tr>"
        )
    return [*out, "</table>"]


def view_to_html(view: SummaryView) -> str:
    """Write a summary view as one HTML page, with the same content as the terminal summary.

    Args:
        view: the view (see `summary_view.build_view`).

    Returns:
        The HTML document.
    """
    t = view.t
    title = f"{t('rep_title')}: {view.title}"
    team = dict(view.header).get(t("rep_team"), "")
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(view.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)} – {esc(team)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{esc(title)}</h1>",
        f"<p>{esc(view.subtitle)}</p>",
    ]
    if view.unfinished_notice:
        out.append(f'<p class="notice">{esc(view.unfinished_notice)}</p>')
    # the same order as the terminal: what steers the conversation first
    out += [f"<h2>{esc(t('rep_discuss'))}</h2>", *_discuss(view)]
    out += [f"<h2>{esc(t('rep_priorities'))}</h2>", *_priorities(view)]
    if view.follow_up:
        out += [f"<h2>{esc(t('rep_follow_up'))}</h2>", *_follow_up(view)]
    out += [f"<h2>{esc(t('rep_themes'))}</h2>", *_themes(view)]
    for key, items in (
        ("rep_strengths", view.strengths),
        ("rep_development", view.development_points),
        ("rep_blind_spots", view.blind_spots),
        ("rep_not_applicable", view.not_applicable),
        ("rep_disagreements", view.disagreements),
    ):
        out += [f"<h2>{esc(t(key))}</h2>", *_items(view, items)]
    if view.votes_legend:
        out.append(f'<p class="muted">{esc(view.votes_legend)}</p>')
    if view.roles:
        out += [f"<h2>{esc(t('rep_roles'))}</h2>", *_roles(view)]
    out += [f"<h2>{esc(t('rep_about_session'))}</h2>", '<table class="header">']
    out += [f"<tr><th>{esc(label)}</th><td>{esc(value)}</td></tr>" for label, value in view.header]
    out.append("</table>")
    out += [f"<h2>{esc(t('rep_details'))}</h2>", *_details(view)]
    out += [f"<footer>{esc(view.footer)}</footer>", "</body>", "</html>", ""]
    return "\n".join(out)
