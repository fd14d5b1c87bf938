"""An invitation's description as plain lines: HTML read as text, conferencing blocks left out."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser

# Tags that make a description HTML (Google Calendar writes some); "<name>" in a plain text
# is not one of them, so such a text is left as it is.
_HTML_TAGS = {"a", "b", "body", "br", "div", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6",
              "html", "i", "li", "ol", "p", "span", "strong", "table", "td", "th", "tr", "u",
              "ul"}
_LINE_TAGS = {"div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table"}
_HIDDEN_TAGS = {"head", "script", "style"}


class _HtmlText(HTMLParser):
    """Collects the text of an HTML fragment: <br> and block ends as line breaks, a paragraph
    as a block of its own, list items numbered or dashed as the list shows them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # entities decoded in the text
        self.parts: list[str] = []
        self.seen_html = False
        self._hidden = 0
        self._lists: list[int | None] = []  # per open list: the next number, None if bulleted

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen_html = self.seen_html or tag in _HTML_TAGS
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in ("ol", "ul"):
            self._lists.append(1 if tag == "ol" else None)
            self._line_breaks(1)
        elif tag == "li":
            self._line_breaks(1)
            self.parts.append(self._bullet())
        elif tag == "p":
            self._line_breaks(2)
        elif tag in _LINE_TAGS:
            self._line_breaks(1)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "p":
            self._line_breaks(2)
        elif tag in _LINE_TAGS:
            if tag in ("ol", "ul") and self._lists:
                self._lists.pop()
            self._line_breaks(1)

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            # Only spaces between two tags are one space in HTML, wherever the lines break.
            self.parts.append(data if data.strip() else " ")

    def _line_breaks(self, count: int) -> None:
        """Ends the text so far with `count` line breaks at least (a block's end and the next
        block's start are one break, not two)."""
        text = "".join(self.parts).rstrip(" \t")
        have = len(text) - len(text.rstrip("\n"))
        self.parts = [text + "\n" * max(0, count - have)] if text else []

    def _bullet(self) -> str:
        if not self._lists or self._lists[-1] is None:
            return "- "
        number = self._lists[-1]
        self._lists[-1] = number + 1
        return f"{number}. "


def html_to_text(text: str) -> str | None:
    """The text of an HTML description, or None when `text` is not HTML."""
    reader = _HtmlText()
    reader.feed(text)
    reader.close()
    return "".join(reader.parts) if reader.seen_html else None


def _google_marker(line: str) -> bool:
    return line.startswith("-::~") and line.endswith("::-")


def _teams_rule(line: str) -> bool:
    return len(line) >= 20 and set(line) == {"_"}


def _zoom_start(line: str) -> bool:
    folded = line.casefold()
    return folded == "join zoom meeting" or folded.endswith("inviting you to a scheduled zoom "
                                                           "meeting.")


Marker = Callable[[str], bool]
# The joining instructions each calendar appends, by how the block begins and how it ends
# (None: it runs to the end). Their lines would read as agenda items, and say nothing the
# facilitator needs: the link is the location when the invitation has no other.
_BOILERPLATE: tuple[tuple[Marker, Marker | None], ...] = (
    (_google_marker, _google_marker),
    (_teams_rule, _teams_rule),
    (_zoom_start, None),
)


def _without_boilerplate(lines: list[str]) -> list[str]:
    out: list[str] = []
    ends: Marker | None = None
    inside = False
    for line in lines:
        stripped = line.strip()
        if inside:
            if ends is not None and ends(stripped):
                inside = False
            continue
        starts = next(((start, end) for start, end in _BOILERPLATE if start(stripped)), None)
        if starts is None:
            out.append(line)
        else:
            inside, ends = True, starts[1]
    return out


def description_text(raw: str) -> str:
    """The description as the invitation's reader sees it, in plain lines."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = (html_to_text(text) or text).replace("\xa0", " ")
    lines = [line.rstrip() for line in _without_boilerplate(text.split("\n"))]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):  # one blank line between blocks at most
            out.append(line)
    return "\n".join(out).strip("\n")
