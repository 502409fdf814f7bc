"""The one Content-Security-Policy and style sheet of every HTML report, and its colours."""

from __future__ import annotations

from woest_tui.report.common import STATUS_COLOUR
from woest_tui.report.document.model import Tone

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

#: Colours of toned cells: each at least 7:1 on white (WCAG AAA) and always beside words
#: that say the same, so a colour-blind reader or a grey printer loses nothing. A faint
#: cell keeps the text's own colour.
TONE_COLOUR: dict[Tone, str] = {
    "strength": STATUS_COLOUR["strength"],
    "neutral": STATUS_COLOUR["neutral"],
    "development": STATUS_COLOUR["development"],
    "unscored": STATUS_COLOUR[None],
    "better": "#1b5e20",
    "worse": "#a31515",
    "same": "#333333",
    "faint": "",
}
