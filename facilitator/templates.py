"""Agenda templates: the JSON format, its validation, and the built-in templates."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from facilitator.domain import (
    KIND_LABELS,
    VOTE_KIND_NAMES,
    BoardPreset,
    ItemKind,
    ScaleKind,
    VoteKind,
    VoteRule,
    preset_labels,
    vote_kind_name,
)
from facilitator.errors import FacilitatorError

FORMAT_VERSION = 1
_TOP_KEYS = {"format", "name", "description", "objective", "board_preset", "board_labels", "items"}
_ITEM_KEYS = {"title", "kind", "minutes", "presenter", "goal", "votes"}
_VOTE_KEYS = {"kind", "question", "options", "rule", "multiple"}
MAX_ITEMS = 200
MAX_VOTE_OPTIONS = 50


class TemplateError(FacilitatorError):
    """A template file (or saved template) that does not follow the format; says where and why."""


@dataclass(frozen=True)
class TemplateVote:
    """A vote an agenda item puts to the room (its question, not a result)."""

    kind: VoteKind
    question: str
    scale: ScaleKind | None = None
    options: tuple[str, ...] = ()  # a choice's options, a checklist's questions
    rule: VoteRule | None = None  # a yes/no vote's; None: the default (majority)
    multiple: bool = False

    @property
    def kind_name(self) -> str:
        return vote_kind_name(self.kind, self.scale)


@dataclass(frozen=True)
class TemplateItem:
    title: str
    kind: ItemKind = ItemKind.OTHER
    minutes: int = 10
    presenter: str = ""  # a role ("Head of Sales") in the built-ins; a name in saved ones
    goal: str = ""
    votes: tuple[TemplateVote, ...] = ()


@dataclass(frozen=True)
class Template:
    """A reusable agenda. `key` is what `facilitator new --template` accepts."""

    key: str
    name: str
    items: tuple[TemplateItem, ...]
    description: str = ""
    objective: str = ""
    board_preset: BoardPreset = BoardPreset.KEEP_TUNE_OVERHAUL_START
    board_labels: tuple[str, ...] = ()
    builtin: bool = False
    source: str = field(default="", compare=False)

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.items)

    @property
    def labels(self) -> list[str]:
        return list(self.board_labels) or preset_labels(self.board_preset)


def kind_from_text(value: str) -> ItemKind | None:
    """An ItemKind from its value ("working_session") or label ("Working session"), any case."""
    wanted = " ".join(value.replace("_", " ").replace(" and ", " & ").lower().split())
    for kind, label in KIND_LABELS.items():
        if wanted in (label.lower(), kind.value.replace("_", " ")):
            return kind
    return None


def _text(value: Any, where: str, *, required: bool = False) -> str:
    if value is None:
        if required:
            raise ValueError(f"{where} is missing")
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{where} must be text")
    if required and not value.strip():
        raise ValueError(f"{where} cannot be blank")
    return value.strip()


def _vote_options(raw: Any, kind: VoteKind, where: str) -> tuple[str, ...]:
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        raise ValueError(f"{where}.options must be a list of texts")
    options = tuple(_text(o, f"{where}.options[{n}]", required=True)
                    for n, o in enumerate(raw, start=1))
    least = {VoteKind.CHOICE: 2, VoteKind.CHECKLIST: 1}.get(kind, 0)
    if least == 0 and options:
        raise ValueError(f"{where} is a {kind.label.lower()} vote: it takes no options")
    if len(options) < least:
        raise ValueError(f"{where}.options needs at least {least} for a {kind.label.lower()}")
    if len(options) > MAX_VOTE_OPTIONS:
        raise ValueError(f"{where}.options has {len(options)} entries "
                         f"(limit {MAX_VOTE_OPTIONS})")
    if len({o.casefold() for o in options}) != len(options):
        raise ValueError(f"{where}.options names one option twice")
    return options


def _vote(raw: Any, where: str) -> TemplateVote:
    if not isinstance(raw, dict):
        raise ValueError(f"{where} must be an object like {{\"kind\": ..., \"question\": ...}}")
    unknown = sorted(set(raw) - _VOTE_KEYS)
    if unknown:
        raise ValueError(f"{where} has unknown key {unknown[0]!r} "
                         f"(allowed: {', '.join(sorted(_VOTE_KEYS))})")
    kind_text = _text(raw.get("kind"), f"{where}.kind", required=True)
    if kind_text not in VOTE_KIND_NAMES:
        raise ValueError(f"{where}.kind {kind_text!r} is not one of: "
                         f"{', '.join(VOTE_KIND_NAMES)}")
    kind, scale = VOTE_KIND_NAMES[kind_text]
    rule = None
    if raw.get("rule") is not None:
        rule_text = _text(raw["rule"], f"{where}.rule")
        if rule_text not in {r.value for r in VoteRule}:
            raise ValueError(f"{where}.rule {rule_text!r} is not one of: "
                             f"{', '.join(r.value for r in VoteRule)}")
        rule = VoteRule(rule_text)
        if kind is not VoteKind.YES_NO and rule is not VoteRule.NONE:
            raise ValueError(f"{where}.rule: only a yes/no vote carries by a rule")
    multiple = raw.get("multiple", False)
    if not isinstance(multiple, bool):
        raise ValueError(f"{where}.multiple must be true or false")
    if multiple and kind is not VoteKind.CHOICE:
        raise ValueError(f"{where}.multiple: only a choice allows several choices each")
    return TemplateVote(kind=kind, scale=scale, rule=rule, multiple=multiple,
                        question=_text(raw.get("question"), f"{where}.question", required=True),
                        options=_vote_options(raw.get("options"), kind, where))


def _votes(raw: Any, where: str) -> tuple[TemplateVote, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ValueError(f"{where}.votes must be a list of votes")
    return tuple(_vote(v, f"{where}.votes[{n}]") for n, v in enumerate(raw, start=1))


def vote_to_data(vote: TemplateVote) -> dict[str, Any]:
    """One vote as the template format writes it."""
    return {"kind": vote.kind_name, "question": vote.question,
            **({"options": list(vote.options)} if vote.options else {}),
            **({"rule": vote.rule.value} if vote.rule is not None else {}),
            **({"multiple": True} if vote.multiple else {})}


def _item(raw: Any, where: str) -> TemplateItem:
    if not isinstance(raw, dict):
        raise ValueError(f"{where} must be an object like {{\"title\": ..., \"minutes\": ...}}")
    unknown = sorted(set(raw) - _ITEM_KEYS)
    if unknown:
        raise ValueError(f"{where} has unknown key {unknown[0]!r} "
                         f"(allowed: {', '.join(sorted(_ITEM_KEYS))})")
    kind_text = _text(raw.get("kind", "other"), f"{where}.kind")
    kind = kind_from_text(kind_text)
    if kind is None:
        raise ValueError(f"{where}.kind {kind_text!r} is not one of: "
                         f"{', '.join(k.value for k in ItemKind)}")
    minutes = raw.get("minutes", 10)
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 24 * 60:
        raise ValueError(f"{where}.minutes must be a whole number from 0 to 1440, "
                         f"not {minutes!r}")
    return TemplateItem(
        title=_text(raw.get("title"), f"{where}.title", required=True), kind=kind,
        minutes=minutes, presenter=_text(raw.get("presenter"), f"{where}.presenter"),
        goal=_text(raw.get("goal"), f"{where}.goal"), votes=_votes(raw.get("votes"), where),
    )


def template_from_data(data: Any, *, key: str, source: str, builtin: bool = False) -> Template:
    """Validates decoded JSON; raises TemplateError naming the source and the problem."""
    try:
        if not isinstance(data, dict):
            raise ValueError("the file must hold one JSON object")
        unknown = sorted(set(data) - _TOP_KEYS)
        if unknown:
            raise ValueError(f"unknown key {unknown[0]!r} "
                             f"(allowed: {', '.join(sorted(_TOP_KEYS))})")
        version = data.get("format", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            raise ValueError(f"format {version!r} is not supported (this version reads format "
                             f"{FORMAT_VERSION})")
        name = _text(data.get("name"), "name", required=True)
        preset_text = _text(data.get("board_preset", BoardPreset.KEEP_TUNE_OVERHAUL_START.value),
                            "board_preset")
        try:
            preset = BoardPreset(preset_text)
        except ValueError:
            raise ValueError(f"board_preset {preset_text!r} is not one of: "
                             f"{', '.join(p.value for p in BoardPreset)}") from None
        labels = data.get("board_labels", [])
        if labels and (not isinstance(labels, list) or len(labels) != 4
                       or not all(isinstance(x, str) and x.strip() for x in labels)):
            raise ValueError("board_labels must be a list of four non-blank texts")
        raw_items = data.get("items")
        if not isinstance(raw_items, list) or not raw_items:
            raise ValueError("items must be a non-empty list of agenda items")
        if len(raw_items) > MAX_ITEMS:
            raise ValueError(f"items has {len(raw_items)} entries (limit {MAX_ITEMS})")
        items = tuple(_item(raw, f"items[{n}]") for n, raw in enumerate(raw_items, start=1))
        return Template(
            key=key, name=name, items=items,
            description=_text(data.get("description"), "description"),
            objective=_text(data.get("objective"), "objective"),
            board_preset=preset, board_labels=tuple(x.strip() for x in labels),
            builtin=builtin, source=source,
        )
    except ValueError as exc:
        raise TemplateError(f"{source}: {exc}") from None


def template_from_json(text: str, *, key: str, source: str, builtin: bool = False) -> Template:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TemplateError(f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                            f"{exc.msg})") from None
    return template_from_data(data, key=key, source=source, builtin=builtin)


def load_template_file(path: Path) -> Template:
    """Reads and validates one template file; its key is the file name without .json."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise TemplateError(f"{path}: not a UTF-8 text file") from None
    except OSError as exc:
        raise TemplateError(f"{path}: {exc.strerror or exc}") from None
    return template_from_json(text, key=path.stem, source=str(path))


def builtin_templates() -> list[Template]:
    """The templates shipped in resources/templates, in file-name order."""
    folder = resources.files("resources.templates")
    out = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            key = entry.name.removesuffix(".json")
            out.append(template_from_json(entry.read_text(encoding="utf-8"), key=key,
                                          source=f"built-in template {entry.name}",
                                          builtin=True))
    return out


def template_to_data(template: Template) -> dict[str, Any]:
    """The JSON object of the documented format (what a saved template's body holds)."""
    data: dict[str, Any] = {"format": FORMAT_VERSION, "name": template.name}
    if template.description:
        data["description"] = template.description
    if template.objective:
        data["objective"] = template.objective
    data["board_preset"] = template.board_preset.value
    if template.board_labels:
        data["board_labels"] = list(template.board_labels)
    data["items"] = [
        {"title": i.title, "kind": i.kind.value, "minutes": i.minutes,
         **({"presenter": i.presenter} if i.presenter else {}),
         **({"goal": i.goal} if i.goal else {}),
         **({"votes": [vote_to_data(v) for v in i.votes]} if i.votes else {})}
        for i in template.items
    ]
    return data
