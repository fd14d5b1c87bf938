"""Agenda items from pasted text, read the way a person reads an agenda: the top-level lines are
the items, deeper lines are their goal or notes, header facts and prose are not items.

The reading of one line (times, length, kind, presenter) is in agenda_line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from facilitator.agenda_line import (
    DEFAULT_MINUTES,
    MAX_MINUTES,
    ParsedItem,
    _person_name,
    clean,
    duration_minutes,
    find_duration,
    find_times,
    guess_kind,
    has_duration,
    is_only_times,
    looks_like_name,
    minutes_between,
    presenter_name,
    read_item,
    starts_with_time,
    unwrap,
)

__all__ = ["DEFAULT_MINUTES", "MAX_MINUTES", "ParsedItem", "agenda_start", "guess_kind",
           "looks_like_name", "parse_agenda", "read_line", "read_minutes", "read_times",
           "share_minutes"]

_MARKER = re.compile(
    r"^(?P<indent>[ \t]*)(?:"
    r"(?P<sub>\d{1,2}(?:\.\d{1,2})+\.?(?=\s))"
    r"|(?P<num>\(\d{1,2}\)|\d{1,2}[.)](?!\d)\*?|\d{1,4}/\d{1,4}(?=\s)|\d{1,2}:(?=\s)|(?:agenda\s+)?item\s+\d{1,2}\b[.:)]?"
    r"(?:\s*[-–—])?)"
    r"|(?P<alpha>\([a-zA-Z]\)|[a-zA-Z][.)]|\((?:[ivx]{1,4})\)|(?:[ivx]{1,4}|[IVX]{1,4})[.)])"
    r"|(?P<bullet>[-*•◦▪‣·–—+>o●○■□◆◇►▶➢➤✓✔❖\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf02d]|\[[ xX]?\]))"
    r"\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_BREAKS = re.compile(r"\r\n|[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_END = re.compile(r"(?:the\s+)?(?:end|finish|adjourn(?:ed|ment)?|close of (?:the )?[\w' -]{1,30}|"
                  r"(?:end|finish) of (?:the )?[\w' -]{1,30})|(?:the\s+)?[\w' -]{1,30}\s"
                  r"(?:ends|closes|finishes|adjourns)|meeting close", re.IGNORECASE)
_HEADING = re.compile(r"^(?:#+\s*)?(?:agenda|draft agenda|proposed agenda|timing|programme|"
                      r"program|schedule|running order)\b.{0,60}$", re.IGNORECASE)
# Facts about the meeting written before (or around) the items.
_FACT = re.compile(
    r"^(?:when|where|date|dates|time|times|location|venue|room|place|address|dial[- ]?in|"
    r"call[- ]?in|phone|zoom|teams|google meet|meet|webex|join|join online|link|meeting id|"
    r"meeting link|passcode|password|pin|access code|shared doc|shared docs|doc|docs|document|"
    r"documents|slides|pre-?reads?|reading|notes|minutes by|note[- ]?taker|scribe|chair|"
    r"chaired by|chairperson|attendees|attendance|participants|present|invited|invitees|"
    r"guests|apologies from|apologies received|regrets|organi[sz]er|organi[sz]ed by|host|"
    r"hosted by|to|from|cc|bcc|subject|re|objective|objectives|goal|purpose|outcome|outcomes|"
    r"desired outcomes?|timezone|time zone|duration|length|dress code|parking|wifi|wi-fi|"
    r"rsvp|contact|contacts|quorum|facilitator|timekeeper|recorder)"
    r"\s*:(?:\s+|$)", re.IGNORECASE)
_BOILERPLATE = re.compile(
    r"(?:zoom|teams|webex|google meet)\b.*\b(?:meeting|call)\b|is inviting you|one tap mobile|"
    r"dial by your location|find your local number|join (?:zoom|the|microsoft teams|by phone)|"
    r"click here to join|meeting (?:id|link|options)|^passcode|^page \d+ of \d+$|"
    r"^-{3,}$|^[─━=_*~]{3,}$", re.IGNORECASE)
_PHONE = re.compile(r"^\+?\d[\d\s,#*().-]{6,}")
_HEADER_CELLS = {"time", "times", "start", "item", "items", "topic", "topics", "session",
                 "who", "speaker", "speakers", "presenter", "presenters", "lead", "owner",
                 "minutes", "min", "mins", "duration", "length", "agenda item", "what", "when",
                 "title", "description", "facilitator", "notes", "#", "no", "no.", "slot"}
_LINK_DEFINITION = re.compile(r"^\[[^\]]+\]:\s*\S+")
_URL_LINE = re.compile(r"^(?:<?(?:https?://|www\.)\S+>?|\S+@\S+\.\S+)$", re.IGNORECASE)
_DETAIL = re.compile(
    r"^(?:presenters?|presenter\(s\)|presented by|speakers?|speaker\(s\)|lead|leads|led by|"
    r"facilitated by|facilitator|"
    r"moderated by|moderator|owner|owners|hosted by|host|with)\s*[:\-–]?\s+(?P<who>\S.*)$",
    re.IGNORECASE)
_GREETING = re.compile(r"^(?:hi|hello|dear|hey|good (?:morning|afternoon|evening))\b.*[,!:]?$",
                       re.IGNORECASE)
_SIGN_OFF = re.compile(r"^(?:thanks|thank you|many thanks|best|best wishes|kind regards|"
                       r"regards|cheers|see you|see you there|warm regards|all the best)\b",
                       re.IGNORECASE)


_MARKDOWN_PREFIX = re.compile(r"^(\s*)(?:#{1,6}|>)\s+")
_AMPM_START = re.compile(r"[ap]\.?m\.?(?![a-z])", re.IGNORECASE)


@dataclass
class _Line:
    number: int
    text: str
    indent: int
    marker: str  # "num", "alpha", "bullet", "sub" or ""
    depth: int = 0  # "1.2" is 1, "1.2.3" is 2
    role: str = ""  # "fact", "detail", "prose", "blank" or "" (a candidate)
    extra: list[str] = field(default_factory=list)  # wrapped continuation lines

    @property
    def full(self) -> str:
        return " ".join([self.text, *self.extra])


# --- lines -------------------------------------------------------------------------------------

def _lines(text: str) -> list[_Line]:
    out = []
    for number, raw in enumerate(_BREAKS.sub("\n", text).split("\n"), 1):
        raw = raw.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").rstrip()
        raw = _MARKDOWN_PREFIX.sub(r"\1", raw)  # "## 1. Check-in", "> **When:** …"
        match = _MARKER.match(raw)
        if match and not (match.group("sub") and (_dotted_time(match.group("sub"))
                                                  or _AMPM_START.match(match.group("rest")))):
            kind = next(k for k in ("sub", "num", "alpha", "bullet") if match.group(k))
            if kind == "bullet" and match.group("bullet") == "O":
                kind = ""  # a capital O starts a word
            indent = len(match.group("indent").expandtabs(4))
            depth = match.group("sub").rstrip(".").count(".") if kind == "sub" else 0
            out.append(_Line(number, match.group("rest"), indent, kind, depth))
        else:
            stripped = raw.lstrip()
            out.append(_Line(number, stripped, len(raw) - len(stripped), ""))
    return out


_SQUARE_MINUTES = re.compile(r"\s\[(\d{1,3})\]\s*$")


def _bracketed_minutes(lines: list[_Line]) -> list[_Line]:
    """ "[15]" at the end of two or more lines is a column of lengths (a "[mins]" header)."""
    if sum(1 for ln in lines if _SQUARE_MINUTES.search(ln.text)) < 2:
        return lines
    return [replace(ln, text=_SQUARE_MINUTES.sub(r" (\1 min)", ln.text)) for ln in lines]


def _dotted_time(text: str) -> bool:
    """ "13.30" at the start of a line is a time, "1.2" a sub-number."""
    parts = text.rstrip(".").split(".")
    return len(parts) == 2 and len(parts[0]) == 2 and len(parts[1]) == 2 and int(parts[0]) < 24


def _is_heading(line: _Line) -> bool:
    text = line.text.strip("*_ #")
    return bool(_HEADING.match(text)) or (text.endswith(":") and not has_duration(text)
                                          and find_times(text)[1] is None)


def _is_prose(line: _Line) -> bool:
    words = line.text.split()
    if len(words) > 18:
        return True
    sentence = not line.marker and line.text.rstrip().endswith((".", "!", "?")) and len(words) > 7
    return sentence or bool(_GREETING.match(line.text) and len(words) <= 8
                            and line.text.rstrip().endswith((",", "!", ":")))


def _classify(lines: list[_Line]) -> None:
    """Marks what is not an item candidate: blank lines, facts, presenter lines, prose."""
    in_facts = False
    for ln in lines:
        text = ln.text.strip("*_ ")
        if not text:
            ln.role, in_facts = "blank", False
        elif (_LINK_DEFINITION.match(text) or _URL_LINE.match(text) or _PHONE.match(text)
              or _BOILERPLATE.search(text) or _header_row(text)):
            ln.role = "fact"
        elif not text.strip(" -–—_*=~·•|"):
            ln.role, in_facts = "blank", False
        elif _FACT.match(text):
            ln.role = "fact"
            in_facts = not text.split(":", 1)[1].strip()  # "Attendees:" and a list below
        elif in_facts and (ln.marker or ln.indent):
            ln.role = "fact"
        elif _DETAIL.match(text) and looks_like_name(_detail_who(text)):
            ln.role, in_facts = "detail", False
        elif ln.marker == "bullet" and person(ln.text):
            ln.role, in_facts = "detail", False  # "— Dr Ana Silva, University of Porto" below
        elif _is_prose(ln) and not (ln.marker and (starts_with_time(text) or has_duration(text))):
            ln.role, in_facts = "prose", False
        else:
            in_facts = False


def _header_row(text: str) -> bool:
    """ "Time | Item | Owner", "Item<TAB>Who": a table's header row."""
    cells = [c.strip().lower() for c in re.split(r"\t+|\s*\|\s*", text) if c.strip()]
    return len(cells) >= 2 and all(c in _HEADER_CELLS for c in cells)


def person(text: str) -> bool:
    """ "Dr Ana Silva, University of Porto": a person (and where they are from) alone."""
    return _person_name(text.split(",")[0].strip()) and not has_duration(text)


def _detail_who(text: str) -> str:
    found = _DETAIL.match(text)
    if found:
        return presenter_name(unwrap(clean(found.group("who"))))
    return presenter_name(clean(text))


def _join_time_lines(lines: list[_Line]) -> list[_Line]:
    """A time or range alone on a line belongs to the title on the next line."""
    out: list[_Line] = []
    pending: _Line | None = None
    for ln in lines:
        if pending is not None and ln.role == "" and not starts_with_time(ln.text):
            out.append(replace(pending, text=f"{pending.text} {ln.text}", role=""))
            pending = None
            continue
        if pending is not None:
            out.append(pending)
            pending = None
        if ln.role == "" and is_only_times(ln.text):
            pending = ln
        elif ln.role != "blank" or pending is None:
            out.append(ln)
    if pending is not None:
        out.append(pending)
    return out


# --- which lines are items ---------------------------------------------------------------------

def _evidence(lines: list[_Line]) -> int:
    return sum(1 for ln in lines if starts_with_time(ln.text) or has_duration(ln.text))


def _heads(candidates: list[_Line], top: int) -> list[_Line]:
    """Unmarked title lines at the outline's top that have marked lines beneath them."""
    heads = []
    for n, ln in enumerate(candidates):
        if ln.marker or ln.indent > top or _is_heading(ln):
            continue
        following = candidates[n + 1] if n + 1 < len(candidates) else None
        if following is not None and following.marker and following.number > ln.number:
            heads.append(ln)
    return heads


def _choose_items(lines: list[_Line]) -> list[_Line]:
    candidates = [ln for ln in lines if ln.role == "" and ln.text.strip("*_ #")]
    marked = [ln for ln in candidates if ln.marker]
    timed = _timed(candidates)
    if len(timed) >= 2 and not _all_top_marked(timed, marked) and not (
            marked and min(ln.indent for ln in timed) > min(ln.indent for ln in marked)):
        return [ln for ln in timed if not _is_heading(ln)]
    rows = [n for n, ln in enumerate(candidates) if "\t" in ln.text.strip()]
    if len(rows) >= 2 and not marked:  # a table copied from a document: its rows (a last
        # row's empty cells are lost with its trailing tabs)
        return [ln for ln in candidates[rows[0]:] if len(ln.text.split()) <= 12
                and not _is_heading(ln) and not _SIGN_OFF.match(ln.text)]
    if marked:
        top = min(ln.indent for ln in marked)
        first = min((ln for ln in marked if ln.indent == top), key=lambda ln: ln.depth)
        primary, depth = first.marker, first.depth
        items = [ln for ln in marked if ln.indent == top and ln.depth == depth and (
            ln.marker == primary or primary == "bullet" and ln.marker != "sub")
            and not _is_heading(ln)]
        heads = _heads(candidates, top)
        if len(heads) >= 2 and _prefer_heads(heads, items):
            return _with_short_lines(candidates, heads, top)
        return items
    if timed:
        return timed
    if any(has_duration(ln.text) for ln in candidates):
        stated = [n for n, ln in enumerate(candidates) if has_duration(ln.text)]
        inside = candidates[stated[0]:stated[-1] + 1]
        after = []
        for ln in candidates[stated[-1] + 1:]:
            if _SIGN_OFF.match(ln.text) or len(ln.text.split()) > 6 or ln.indent:
                break
            after.append(ln)
        return [ln for ln in inside + after if not _is_heading(ln) and (
            has_duration(ln.text) or len(ln.text.split()) <= 8)]
    out = []
    for ln in candidates:
        if _SIGN_OFF.match(ln.text):
            break
        words = ln.text.split()
        if len(words) <= 15 and not _is_heading(ln):
            out.append(ln)
    return out


def _timed(candidates: list[_Line]) -> list[_Line]:
    """Lines that start with a time, and after the first of them, lines that give a range
    anywhere ("Lunch from 12:00 until 13:30")."""
    out: list[_Line] = []
    for ln in candidates:
        if starts_with_time(ln.text) or (out and find_times(ln.text)[2] is not None):
            out.append(ln)
    return out


def _all_top_marked(timed: list[_Line], marked: list[_Line]) -> bool:
    """Whether the timed lines are the marked list itself ("1. 09:00 Welcome")."""
    if not marked:
        return False
    top = min(ln.indent for ln in marked)
    return all(ln.marker and ln.indent == top for ln in timed)


def _with_short_lines(candidates: list[_Line], heads: list[_Line], top: int) -> list[_Line]:
    """Between the first and the last heading, a short unmarked line with nothing beneath
    ("Lunch") is an item as well."""
    first, last = heads[0].number, heads[-1].number
    return [ln for ln in candidates if ln in heads or (
        first < ln.number < last and not ln.marker and ln.indent <= top
        and len(ln.text.split()) <= 6 and not _is_heading(ln))]


def _prefer_heads(heads: list[_Line], items: list[_Line]) -> bool:
    """Headings with bullets beneath are the items (the bullets their notes), unless the
    marked lines are where the times and lengths are (then the headings are sections)."""
    head_evidence, item_evidence = _evidence(heads), _evidence(items)
    if head_evidence != item_evidence:
        return head_evidence > item_evidence
    return all(ln.marker == "bullet" for ln in items)


# --- from lines to items -----------------------------------------------------------------------

def _blocks(lines: list[_Line], items: list[_Line]) -> dict[int, list[_Line]]:
    """The lines under each item (until the next item), by the item's line number."""
    chosen = {ln.number for ln in items}
    blocks: dict[int, list[_Line]] = {}
    current: int | None = None
    for ln in lines:
        if ln.number in chosen:
            current = ln.number
            blocks[current] = []
        elif current is not None:
            blocks[current].append(ln)
    return blocks


def _continues(item: _Line, ln: _Line) -> bool:
    """ "4. Update from the finance" / "   working group (20 minutes)": a title wrapped onto
    the next line, which starts in lower case."""
    if ln.marker or ln.role != "" or find_times(ln.text)[1] is not None:
        return False  # a note with a time of its own ("submissions close at 12:00") is a note
    if re.fullmatch(r"\([^()]+\)", ln.text.strip()) and looks_like_name(ln.text.strip("() ")):
        return True  # "(Director of Finance)" on the line below the title
    wrapped = len(item.text) >= 50  # a long line that went on: "for the year ended" / "31 March"
    return ((ln.text[:1].islower() or ln.text[:1].isdigit() and item.text[-1:].isalpha()
             and wrapped)
            and not has_duration(item.text) and not item.text.rstrip().endswith((".", ":", "?"))
            and find_times(item.text)[2] is None and ln.indent >= item.indent)


def _read(item: _Line, block: list[_Line]) -> ParsedItem:
    goals: list[str] = []
    presenter = ""
    wrapped = item.text
    for n, ln in enumerate(block):
        if ln.role == "blank":
            if goals or n:
                break
            continue
        if n == 0 and _continues(item, ln):
            wrapped = f"{wrapped} {ln.text}"
        elif ln.role == "detail":
            presenter = presenter or _detail_who(ln.text.strip("*_ "))
        elif ln.role in ("", "prose") and (ln.indent > item.indent or ln.marker
                                          or ln.depth > item.depth or n == 0):
            text = clean(ln.text)
            if text:
                goals.append(text)
        elif ln.role == "fact":
            continue
        else:
            break
    parsed = read_item(wrapped, item.number)
    if presenter and not parsed.presenter:
        parsed = replace(parsed, presenter=presenter)
    return replace(parsed, goal="; ".join(goals))


def _close_with_end(parsed: list[ParsedItem]) -> list[ParsedItem]:
    """A last line that only gives a time ("12:00 End", or a bare "16:30 Close" as the very
    last line) closes the previous item."""
    first = True
    while parsed and parsed[-1].start and (
            not parsed[-1].title or _END.fullmatch(parsed[-1].title)
            or first and parsed[-1].title.lower() == "close"
            and parsed[-1].minutes_from == "default" and len(parsed) > 2):
        first = False
        end = parsed.pop()
        if parsed and parsed[-1].start and parsed[-1].minutes_from == "default":
            assert end.start is not None
            gap = minutes_between(parsed[-1].start, end.start)
            if gap:
                parsed[-1] = replace(parsed[-1], minutes=gap, minutes_from="times")
    return parsed


def parse_agenda(
    text: str, *, total_minutes: int | None = None, default_minutes: int = DEFAULT_MINUTES
) -> list[ParsedItem]:
    """Agenda items in order. Items without minutes get an even share of what `total_minutes`
    leaves after the stated ones, else `default_minutes`."""
    from facilitator.agenda_text_table import table_agenda

    tabled = table_agenda(_BREAKS.sub("\n", text).replace("\u00a0", " ").split("\n"))
    if tabled:  # a table copied from Word or a PDF, with its header row
        return share_minutes(tabled, total_minutes=total_minutes,
                             default_minutes=default_minutes)
    lines = _bracketed_minutes(_lines(text))
    _classify(lines)
    lines = _join_time_lines(lines)
    items = _choose_items(lines)
    blocks = _blocks(lines, items)
    parsed = _close_with_end([_read(ln, blocks.get(ln.number, [])) for ln in items])
    parsed = [p for p in parsed if p.title]
    for n, item in enumerate(parsed):
        if item.minutes_from == "default" and item.start and n + 1 < len(parsed):
            following = parsed[n + 1].start
            gap = minutes_between(item.start, following) if following else None
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
    _, start, end = find_times(text)
    return start, end


def read_minutes(text: str) -> int | None:
    """The length a cell gives ("20", "20 min", "1h30", "half an hour"), else None."""
    stripped = text.strip()
    if stripped.isdigit():
        return min(int(stripped), MAX_MINUTES) or None
    found = find_duration(stripped)
    return min(duration_minutes(found), MAX_MINUTES) if found else None


def read_line(text: str, number: int = 0) -> ParsedItem:
    """One item's line read on its own (a typed list mark left out): title, kind, minutes,
    start, presenter."""
    marked = _MARKER.match(text)
    if marked and not (marked.group("sub") and _dotted_time(marked.group("sub"))):
        text = marked.group("rest")
    return read_item(text, number)
