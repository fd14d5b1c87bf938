"""Agenda items from pasted text: numbered or bulleted lists, kinds, durations and presenters."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from facilitator.domain import ItemKind
from facilitator.templates import TemplateItem

DEFAULT_MINUTES = 10
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class ParsedItem:
    """One agenda item read from the text. `minutes_from` says where its minutes came from:
    "text" (a duration or a time range in the line), "times" (the next item's start time),
    "share" (an even share of the stated total) or "default"."""

    title: str
    kind: ItemKind = ItemKind.OTHER
    minutes: int = DEFAULT_MINUTES
    presenter: str = ""
    goal: str = ""
    start: dt.time | None = None
    minutes_from: str = "default"
    line: int = 0  # 1-based line of the pasted text

    def to_template_item(self) -> TemplateItem:
        return TemplateItem(title=self.title, kind=self.kind, minutes=self.minutes,
                            presenter=self.presenter, goal=self.goal)


# --- the pieces of a line ----------------------------------------------------------------------

_MARKER = re.compile(
    r"^(?P<indent>[ \t]*)(?:"
    r"(?P<num>\(\d{1,2}\)|\d{1,2}[.)](?!\d)|\d{1,2}:(?=\s))"
    r"|(?P<alpha>\([a-zA-Z]\)|[a-zA-Z][.)]|(?:[ivx]{1,4}|[IVX]{1,4})[.)])"
    r"|(?P<bullet>[-*•◦▪‣·–—+>]|\[[ xX]?\]))"
    r"\s+(?P<rest>\S.*)$"
)
_AMPM = r"(?:\s*(?P<{0}>[aApP])\.?[mM]\.?)"
_CLOCK = r"(?<![\d:.,])(?P<{0}h>[01]?\d|2[0-3])(?:[:](?P<{0}m>[0-5]\d)" + _AMPM.format("{0}a") + \
    r"?|(?:\.(?P<{0}d>[0-5]\d))?" + _AMPM.format("{0}b") + r")(?![\d:])"
_TIME = re.compile(_CLOCK.format("s") + r"(?:\s*(?:-|–|—|to|until)\s*" + _CLOCK.format("e") + ")?",
                   re.IGNORECASE)
_DURATION = re.compile(
    r"(?<![\w.:])(?:"
    r"(?P<h>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:h|hrs?|hours?)(?![a-z])"
    r"(?:\s*(?:and\s*)?(?P<hm>\d{1,2})(?:\s*(?:m|mins?|minutes?)(?![a-z]))?)?"
    r"|(?P<m>\d{1,3})\s*(?:m|mins?\.?|minutes?|')(?![a-z])"
    r"|(?P<half>half an hour|half hour|½\s*h(?:ou)?r?)"
    r"|(?P<one>(?:an|one) hour)(?![a-z])"
    r")",
    re.IGNORECASE,
)
_KIND_WORDS: dict[str, ItemKind] = {
    "presentation": ItemKind.PRESENTATION,
    "sharing": ItemKind.SHARING,
    "working session": ItemKind.WORKING_SESSION,
    "workshop": ItemKind.WORKING_SESSION,
    "discussion & decision": ItemKind.DISCUSSION_DECISION,
    "discussion and decision": ItemKind.DISCUSSION_DECISION,
    "discussion/decision": ItemKind.DISCUSSION_DECISION,
    "discussion": ItemKind.DISCUSSION_DECISION,
    "decision": ItemKind.DISCUSSION_DECISION,
    "break": ItemKind.BREAK,
    "close & actions": ItemKind.CLOSE_ACTIONS,
    "close and actions": ItemKind.CLOSE_ACTIONS,
    "other": ItemKind.OTHER,
}
_KIND_ALT = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                     sorted(_KIND_WORDS, key=len, reverse=True))
_KIND_PREFIX = re.compile(rf"^(?P<kind>{_KIND_ALT})\s*(?::|-|–|—|\|)\s*(?P<rest>\S.*)$",
                          re.IGNORECASE)
_KIND_TAG = re.compile(rf"[\[(](?P<kind>{_KIND_ALT})[\])]", re.IGNORECASE)
_PRESENTER_LABEL = re.compile(
    r"[\[(,;]?\s*\b(?:presenters?|presented by|speakers?|lead|led by|owner|facilitated by)"
    r"\s*[:=]?\s*(?P<who>[^)\],;]+)[)\]]?", re.IGNORECASE)
_BY = re.compile(r"\s+by\s+(?P<who>[^,;]+?)\s*$", re.IGNORECASE)
_DASH_TAIL = re.compile(r"\s+(?:—|–|-|\|)\s+(?P<who>[^—–|]+?)\s*$")
_SEPARATORS = " \t-–—:|,;/"

_AGENDA_WORDS = {
    "welcome", "introduction", "introductions", "intro", "overview", "update", "updates",
    "review", "recap", "summary", "steps", "next", "actions", "action", "items", "close",
    "closing", "wrap", "wrap-up", "q&a", "discussion", "decision", "decisions", "session",
    "break", "lunch", "coffee", "plan", "planning", "goals", "objectives", "remarks", "agenda",
    "budget", "roadmap", "strategy", "priorities", "feedback", "results", "report", "questions",
    "open", "aob", "kick-off", "kickoff", "round", "table", "presentation", "demo", "status",
    "team", "teams", "deep", "dive", "check", "check-in", "outlook", "targets", "pipeline",
}
_DATE_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "eod", "end", "noon", "tomorrow", "today", "next", "q1", "q2", "q3",
    "q4",
}
_CONNECTORS = {"of", "and", "&", "de", "van", "von", "der", "da", "la", "le", "the", "+", "/"}
_NAME_TOKEN = re.compile(r"^\(?(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-Z]{2,5}s?)[),]?$")
_END_WORDS = {"end", "ends", "finish", "adjourn", "adjourned", "end of meeting", "meeting ends",
              "close of meeting", "meeting closes"}
_HEADING = re.compile(r"^(?:#+\s*)?(?:agenda|draft agenda|proposed agenda|timing)\b.{0,40}$",
                      re.IGNORECASE)


def looks_like_name(text: str) -> bool:
    """True for "Jane Doe", "Head of Sales", "J. Carter (CMO)"; false for "Next steps"."""
    tokens = text.replace(",", " ").split()
    if not 1 <= len(tokens) <= 6 or not _NAME_TOKEN.match(tokens[0]):
        return False
    for token in tokens:
        bare = token.strip("(),").lower()
        if bare in _AGENDA_WORDS or bare in _DATE_WORDS:
            return False
        if token.lower() not in _CONNECTORS and not _NAME_TOKEN.match(token):
            return False
    return True


def _clean(text: str) -> str:
    text = re.sub(r"\*\*|__|`", "", text)
    text = re.sub(r"[(\[]\s*[,;:\-–—]*\s*[)\]]", "", text)  # brackets emptied by removals
    text = re.sub(r"([(\[])\s*[,;]\s*", r"\1", text)
    text = re.sub(r"\s*[,;]\s*([)\]])", r"\1", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(_SEPARATORS + ".").strip()


def _timed(line: _Line) -> bool:
    """Whether the line starts with a time of day."""
    found = _TIME.match(line.text)
    return bool(found and _clock(found, "s"))


def _clock(match: re.Match[str], tag: str) -> dt.time | None:
    hour = match.group(f"{tag}h")
    if hour is None:
        return None
    minute = match.group(f"{tag}m") or match.group(f"{tag}d") or "0"
    ampm = match.group(f"{tag}a") or match.group(f"{tag}b")
    if match.group(f"{tag}m") is None and ampm is None:
        return None  # a bare number is not a time
    h = int(hour)
    if ampm and ampm.lower() == "p" and h < 12:
        h += 12
    elif ampm and ampm.lower() == "a" and h == 12:
        h = 0
    return dt.time(h, int(minute))


def _minutes_between(a: dt.time, b: dt.time) -> int | None:
    diff = (b.hour * 60 + b.minute) - (a.hour * 60 + a.minute)
    if diff < 0 and b.hour < 12:
        diff += 12 * 60  # "12:30 … 1:00" written on a 12-hour clock
    return diff if 0 < diff <= MAX_MINUTES else None


def _duration(match: re.Match[str]) -> int:
    if match.group("h"):
        hours = float(match.group("h").replace(",", "."))
        return round(hours * 60) + int(match.group("hm") or 0)
    if match.group("m"):
        return int(match.group("m"))
    return 30 if match.group("half") else 60


@dataclass
class _Line:
    number: int
    text: str
    indent: int
    marker: str  # "num", "alpha", "bullet" or ""


def _read_item(text: str, number: int) -> ParsedItem:
    """Everything that can be read from one item's text."""
    start = end = None
    minutes: int | None = None
    source = "default"
    cells = [c for c in re.split(r"\t+|\s\|\s", text)]
    text = " — ".join(c.strip() for c in cells if c.strip()) if len(cells) > 1 else text
    time_match = _TIME.search(text)
    if time_match:
        start, end = _clock(time_match, "s"), _clock(time_match, "e")
        if start is not None:
            text = text[:time_match.start()] + " " + text[time_match.end():]
            if end is not None:
                minutes, source = _minutes_between(start, end), "text"
    duration = _DURATION.search(text)
    if duration:
        minutes, source = min(_duration(duration), MAX_MINUTES), "text"
        text = text[:duration.start()] + " " + text[duration.end():]
    text = _clean(text)
    kind: ItemKind | None = None
    prefix = _KIND_PREFIX.match(text)
    if prefix:
        kind = _KIND_WORDS[" ".join(prefix.group("kind").lower().split())]
        text = prefix.group("rest")
    else:
        tag = _KIND_TAG.search(text)
        if tag:
            kind = _KIND_WORDS[" ".join(tag.group("kind").lower().split())]
            text = _clean(text[:tag.start()] + " " + text[tag.end():])
    presenter = ""
    label = _PRESENTER_LABEL.search(text)
    if label and label.start() > 0 and looks_like_name(label.group("who").strip()):
        presenter = label.group("who").strip()
        text = text[:label.start()] + text[label.end():]
    else:
        for pattern in (_BY, _DASH_TAIL):
            found = pattern.search(_clean(text))
            if found and found.start() > 0 and looks_like_name(found.group("who")):
                presenter, text = found.group("who").strip(), _clean(text)[:found.start()]
                break
    title = _clean(text)
    title = title[:1].upper() + title[1:]
    if kind is None:
        kind = guess_kind(title)
    return ParsedItem(title=title, kind=kind, minutes=minutes if minutes is not None else 0,
                      presenter=_unwrap(presenter), start=start, line=number,
                      minutes_from=source if minutes is not None else "default")


def _unwrap(text: str) -> str:
    text = text.strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    return text


def guess_kind(title: str) -> ItemKind:
    """The kind a bare title implies: a break, the close, or OTHER when it says nothing."""
    low = title.strip().lower()
    if re.fullmatch(r"(?:coffee |comfort |tea |short )?break|lunch(?: break)?|coffee", low):
        return ItemKind.BREAK
    if re.match(r"(?:close|closing|wrap[- ]?up|next steps|actions? (?:and|&) close)\b", low):
        return ItemKind.CLOSE_ACTIONS
    return ItemKind.OTHER


def _lines(text: str) -> list[_Line]:
    out = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        raw = raw.replace("\u00a0", " ").rstrip()
        match = _MARKER.match(raw)
        if match:
            kind = next(k for k in ("num", "alpha", "bullet") if match.group(k))
            indent = len(match.group("indent").expandtabs(4))
            out.append(_Line(number, match.group("rest"), indent, kind))
        else:
            stripped = raw.lstrip()
            out.append(_Line(number, stripped, len(raw) - len(stripped), ""))
    return out


def _is_heading(line: _Line) -> bool:
    text = line.text.strip("*_ #")
    return bool(_HEADING.match(text)) or (text.endswith(":") and not _DURATION.search(text)
                                          and not _TIME.search(text))


def _choose_items(lines: list[_Line]) -> tuple[list[_Line], dict[int, list[str]]]:
    """The lines that are agenda items, and the sub-points (goal text) under each."""
    marked = [ln for ln in lines if ln.marker]
    if marked:
        top = min(ln.indent for ln in marked)
        primary = next(ln.marker for ln in marked if ln.indent == top)

        def is_item(ln: _Line) -> bool:
            return bool(ln.marker) and ln.indent == top and (
                ln.marker == primary or primary == "bullet")
    elif any(_timed(ln) for ln in lines if ln.text):
        def is_item(ln: _Line) -> bool:
            return _timed(ln)
    elif any(_DURATION.search(ln.text) for ln in lines):
        def is_item(ln: _Line) -> bool:
            return bool(_DURATION.search(ln.text)) and not _is_heading(ln)
    else:
        def is_item(ln: _Line) -> bool:
            words = ln.text.split()
            return bool(words) and len(words) <= 15 and not _is_heading(ln) and not (
                ln.text.endswith(".") and len(words) > 8)
    items: list[_Line] = []
    goals: dict[int, list[str]] = {}
    previous: _Line | None = None  # the line before, while inside an item's block
    for ln in lines:
        if not ln.text:
            previous = None if not ln.marker else previous
            continue
        if is_item(ln) and not _is_heading(ln):
            items.append(ln)
            previous = ln
        elif items and previous is not None and (ln.indent > items[-1].indent or ln.marker):
            goals.setdefault(items[-1].number, []).append(_clean(ln.text))
        else:
            previous = None
    return items, goals


def parse_agenda(
    text: str, *, total_minutes: int | None = None, default_minutes: int = DEFAULT_MINUTES
) -> list[ParsedItem]:
    """Agenda items in order. Items without minutes get an even share of what `total_minutes`
    leaves after the stated ones, else `default_minutes`."""
    lines, goals = _choose_items(_lines(text))
    parsed = [_read_item(ln.text, ln.number) for ln in lines]
    parsed = [replace(p, goal="; ".join(g for g in goals.get(p.line, []) if g)) for p in parsed]
    # A last line that only gives a time ("12:00 End") closes the previous item.
    while parsed and parsed[-1].start and (not parsed[-1].title
                                           or parsed[-1].title.lower() in _END_WORDS):
        end = parsed.pop()
        if parsed and parsed[-1].start and parsed[-1].minutes_from == "default":
            gap = _minutes_between(parsed[-1].start, end.start)  # type: ignore[arg-type]
            if gap:
                parsed[-1] = replace(parsed[-1], minutes=gap, minutes_from="times")
    parsed = [p for p in parsed if p.title]
    for n, item in enumerate(parsed):
        if item.minutes_from == "default" and item.start and n + 1 < len(parsed):
            following = parsed[n + 1].start
            gap = _minutes_between(item.start, following) if following else None
            if gap:
                parsed[n] = replace(item, minutes=gap, minutes_from="times")
    return share_minutes(parsed, total_minutes=total_minutes, default_minutes=default_minutes)


def share_minutes(
    items: list[ParsedItem], *, total_minutes: int | None, default_minutes: int = DEFAULT_MINUTES
) -> list[ParsedItem]:
    """Fills in the items whose minutes are not stated ("share"/"default" ones)."""
    known = sum(p.minutes for p in items if p.minutes_from in ("text", "times"))
    open_ = [n for n, p in enumerate(items) if p.minutes_from not in ("text", "times")]
    out = list(items)
    left = (total_minutes or 0) - known
    if total_minutes and open_ and left >= len(open_):
        share, extra = divmod(left, len(open_))
        for rank, n in enumerate(open_):
            out[n] = replace(out[n], minutes=share + (1 if rank < extra else 0),
                             minutes_from="share")
    else:
        for n in open_:
            out[n] = replace(out[n], minutes=default_minutes, minutes_from="default")
    return out


def agenda_start(items: list[ParsedItem]) -> dt.time | None:
    """The first item's start time, when the pasted agenda gave one."""
    return items[0].start if items and items[0].start else None


# --- pieces for readers of structured agendas (Word tables) -------------------------------------

def read_times(text: str) -> tuple[dt.time | None, dt.time | None]:
    """The start and end times a cell gives ("09:30", "13.30 – 14.15", "4:30pm"), else None."""
    found = _TIME.search(text)
    if not found:
        return None, None
    return _clock(found, "s"), _clock(found, "e")


def read_minutes(text: str) -> int | None:
    """The length a cell gives ("20", "20 min", "1h30", "half an hour"), else None."""
    stripped = text.strip()
    if stripped.isdigit():
        return min(int(stripped), MAX_MINUTES) or None
    found = _DURATION.search(stripped)
    return min(_duration(found), MAX_MINUTES) if found else None


def read_line(text: str, number: int = 0) -> ParsedItem:
    """One item's line read on its own: title, kind, minutes, start, presenter."""
    return _read_item(text, number)
