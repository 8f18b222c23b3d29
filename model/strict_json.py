"""Strict JSON for experiment files: a parser that refuses what Python's `json` lets through
(NaN and Infinity, a key twice in one object), and short one-line descriptions of JSON values
for messages. Messages are marked for translation (see `model.messages`)."""

from __future__ import annotations

import json
from typing import Any

from model.messages import QT_TRANSLATE_NOOP

MAX_SHOWN = 40  # characters of an offending string quoted in a message
JSON_REASONS = (
    QT_TRANSLATE_NOOP("Errors", "Expecting value"),
    QT_TRANSLATE_NOOP("Errors", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("Errors", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("Errors", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("Errors", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("Errors", "Invalid control character at"),
    QT_TRANSLATE_NOOP("Errors", "Invalid \\escape"),
    QT_TRANSLATE_NOOP("Errors", "Invalid \\uXXXX escape"),
    QT_TRANSLATE_NOOP("Errors", "Extra data"),
)
"""What Python's JSON parser says (`{reason}` of "is not valid JSON"), marked so the window can
say it in the user's language."""


class Refused(Exception):
    """Raised inside json.loads by our hooks (NaN/Infinity, a repeated key): the problem's
    template and values."""

    def __init__(self, problem: str, **values: object) -> None:
        super().__init__(problem)
        self.problem, self.values = problem, values


def strict_loads(text: str) -> Any:
    """`json.loads`, refusing NaN, Infinity and repeated keys (`Refused`)."""
    return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)


def _refuse_constant(literal: str) -> Any:
    raise Refused(
        QT_TRANSLATE_NOOP("Errors", "contains {literal}, which is not a number JSON allows"),
        literal=literal,
    )


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise Refused(
                QT_TRANSLATE_NOOP("Errors", "has the key {key} twice in one object"),
                key=shown(key),
            )
        result[key] = value
    return result


def described(value: Any) -> str:
    """A short, one-line, recursion-free description of a JSON value for a message."""
    if value is None:
        return "null"
    if type(value) is bool:
        return "true" if value else "false"
    if type(value) is str:
        return shown(value)
    if type(value) in (int, float):
        return (
            one_line(repr(value))
            if type(value) is float or abs(value) < 10**30
            else QT_TRANSLATE_NOOP("Errors", "a huge number")
        )
    return (
        QT_TRANSLATE_NOOP("Errors", "a list")
        if type(value) is list
        else QT_TRANSLATE_NOOP("Errors", "an object")
    )


def shown(text: str) -> str:
    if len(text) > MAX_SHOWN:
        text = text[:MAX_SHOWN] + "…"
    return repr(text)


def one_line(text: str) -> str:
    return " ".join(text.split())
