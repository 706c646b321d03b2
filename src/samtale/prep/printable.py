"""A note as one self-contained, printable HTML page: the card on page one, the rest after.

Pure: Markdown text in, HTML text out. markdown-it-py does the CommonMark (the note is
CommonMark, so a real parser renders it the way every viewer does); this module only wraps
it in a page. The page loads nothing: no fonts, images, scripts or style sheets from
anywhere, raw HTML in the note is shown as text, Markdown images are not rendered, and a
Content-Security-Policy forbids any load a future change might add. Links stay links.
"""

from __future__ import annotations

import re
from html import escape

from samtale.prep.card import split_card

# Our own metadata comments (note metadata, follow-up records): for the program, not readers.
_OWN_COMMENT = re.compile(r"^<!-- samtale[ -].*-->$")

STYLE = """
:root { color-scheme: light; }
body { font: 11pt/1.4 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #111;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.25em; margin-top: 1.4em; } h3 { font-size: 1.05em; }
blockquote { margin: 1em 0; padding: .5em 1em; border-left: 4px solid #888; background: #f4f4f4; }
ul { padding-left: 1.4em; }
li.task { list-style: none; margin-left: -1.3em; }
a { color: inherit; }
.card { border: 2px solid #333; border-radius: 6px; padding: .2em 1.2em 1em; font-size: 10pt;
        line-height: 1.3; }
.card h2 { margin-top: .6em; } .card h3 { margin: .8em 0 .3em; }
.card p, .card ul { margin: .35em 0; }
@page { size: A4; margin: 12mm 14mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  .card { border: none; padding: 0; font-size: 9.5pt; break-after: page;
          page-break-after: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  li { break-inside: avoid; page-break-inside: avoid; }
  a { text-decoration: none; }
}
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'"


def readable(text: str) -> str:
    """The note's Markdown without our metadata comments: what a reader or printer gets."""
    kept = [line for line in text.split("\n") if not _OWN_COMMENT.match(line)]
    return "\n".join(kept).strip("\n") + "\n"


# A task-list item as CommonMark renders it ("- [ ] Aftal …" is plain text there).
_TASK = re.compile(r"<li>(\s*<p>)?\[([ xX])\] ")
BOXES = {" ": "☐", "x": "☑", "X": "☑"}


def markdown_to_html(text: str) -> str:
    """CommonMark to an HTML fragment, with raw HTML and images switched off.

    The note's "- [ ]" items become boxes to tick on paper (☐), not a literal "[ ]".
    """
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False}).disable("image")
    return _TASK.sub(lambda m: f'<li class="task">{m[1] or ""}{BOXES[m[2]]} ', parser.render(text))


def html_page(text: str, title: str, lang: str) -> str:
    """The whole note as a page; the card, when the note has one, is its first printed page.

    `title` is the page's title (printed in a browser's page header, so it should not name
    the person).
    """
    text = readable(text)
    parts = split_card(text)
    if parts is None:
        body = f"<main>\n{markdown_to_html(text)}</main>"
    else:
        card, rest = parts
        body = (
            f'<section class="card">\n{markdown_to_html(card)}</section>\n'
            f"<main>\n{markdown_to_html(rest)}</main>"
        )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )
