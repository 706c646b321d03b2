"""The printable page: self-contained HTML rendered from the note's Markdown."""

from __future__ import annotations

from html.parser import HTMLParser

from samtale.prep.printable import html_page, readable
from tests.personas.test_card import plan_and_note

# Attributes through which a page loads something (links to follow are fine: <a href>).
LOADING = {"src", "srcset", "poster", "data", "background", "action", "formaction"}


class Page(HTMLParser):
    """Collects what the test looks at: tags, loading attributes, text per section."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.loads: list[tuple[str, str, str]] = []
        self.links: list[str] = []
        self.styles: list[str] = []
        self.sections: dict[str, list[str]] = {}
        self._where: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        for name, value in attrs:
            if name in LOADING or (tag == "link" and name == "href"):
                self.loads.append((tag, name, value or ""))
        if tag == "a":
            self.links.append(values.get("href") or "")
        if tag in ("section", "main"):
            self._where.append(values.get("class") or tag)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("section", "main") and self._where:
            self._where.pop()
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)
        elif self._where:
            self.sections.setdefault(self._where[-1], []).append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def test_page_loads_nothing_and_puts_the_card_first() -> None:
    _, note = plan_and_note("dk_young_woman_odense")
    html = html_page(note, "Samtalekort", "da")
    page = parse(html)
    assert page.loads == []
    assert not {"script", "img", "iframe", "link", "object", "embed"} & set(page.tags)
    assert all("http" not in style and "@import" not in style for style in page.styles)
    assert "break-after: page" in "".join(page.styles)
    card_text = " ".join(page.sections["card"])
    assert "Samtalekort" in card_text
    assert "Forberedelse af samtale med K.M." not in card_text
    assert "Forberedelse af samtale med K.M." in " ".join(page.sections["main"])
    assert list(page.sections) == ["card", "main"]
    assert html.index('class="card"') < html.index("<main>")


def test_user_text_and_markup_in_the_note_stay_text() -> None:
    note = (
        '<!-- samtale {"citizen": "X"} -->\n\n# Note\n\n'
        "<script>alert(1)</script>\n\n"
        "![spor](https://tracker.invalid/pixel.png)\n\n"
        "<img src=https://tracker.invalid/a.png>\n\n"
        "Se [Grænseløst](https://www.graenseloest.dk).\n"
    )
    page = parse(html_page(note, "T", "da"))
    assert page.loads == []
    assert "script" not in page.tags
    assert "img" not in page.tags
    # A disabled image is a plain link to its address: nothing is fetched.
    assert page.links == ["https://tracker.invalid/pixel.png", "https://www.graenseloest.dk"]
    text = " ".join(page.sections["main"])
    assert "<script>alert(1)</script>" in text  # shown, not run
    assert "samtale" not in text  # the metadata comment is not for readers


def test_a_note_without_a_card_is_one_main_section() -> None:
    page = parse(html_page("# Gammel note\n\nTekst\n", "T", "da"))
    assert list(page.sections) == ["main"]


def test_readable_drops_only_our_comments() -> None:
    text = '<!-- samtale {"a": 1} -->\n\n# T\n\n<!-- samtale-followup {"b": 2} -->\n## F\n'
    assert readable(text) == "# T\n\n## F\n"
