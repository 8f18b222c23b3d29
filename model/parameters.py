"""One plain, serialisable object holding everything a run needs, and its validation.

The GUI, the command line, presets and (later) saved experiment files all speak `RunParameters`;
it converts to and from a dict of JSON-compatible values, so nothing else needs to know its fields.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from model.costs import CostName
from model.messages import QT_TRANSLATE_NOOP
from model.update_rules import RuleName

MAX_EPOCHS = 10_000_000
MAX_ETA = 100.0
MAX_ABS_INPUT = 1000.0
"""Bound on |w|, |b| and |x| at the start of a run."""


class ParameterError(ValueError):
    """A parameter is missing, of the wrong kind or out of range; `field` names which one.

    `str()` is `subject` and then `message` with `values` filled in; the window translates
    `message` as a template (see `model.messages`)."""

    def __init__(self, field: str, message: str, subject: str = "", **values: object) -> None:
        text = message.format(**values) if values else message
        super().__init__(f"{subject} {text}" if subject else text)
        self.field = field
        self.subject = subject
        self.template = message
        self.values = values


@dataclass(frozen=True, slots=True)
class RunParameters:
    """Start values and settings of one training run of the single sigmoid neuron.

    Defaults are the book's: input x = 1, target y = 0, w = 0.6, b = 0.9, η = 0.15, 300 epochs,
    quadratic cost, true gradient descent.
    """

    w: float = 0.6
    b: float = 0.9
    eta: float = 0.15
    x: float = 1.0
    y: float = 0.0
    epochs: int = 300
    cost: CostName = CostName.QUADRATIC
    rule: RuleName = RuleName.GRADIENT

    def __post_init__(self) -> None:
        # Accept "quadratic" as well as CostName.QUADRATIC, so callers never compare str to enum.
        object.__setattr__(self, "cost", _convert("cost", self.cost))
        object.__setattr__(self, "rule", _convert("rule", self.rule))

    def validated(self) -> RunParameters:
        """Return self if every value is in range, else raise `ParameterError` saying which."""
        for name in ("w", "b", "x"):
            _check_range(name, getattr(self, name), -MAX_ABS_INPUT, MAX_ABS_INPUT)
        _check_finite("eta", self.eta)
        if not 0.0 < self.eta <= MAX_ETA:
            raise ParameterError(
                "eta",
                QT_TRANSLATE_NOOP("Errors", "must be > 0 and <= {high}, got {value}"),
                QT_TRANSLATE_NOOP("Errors", "eta (learning rate)"),
                high=f"{MAX_ETA:g}",
                value=repr(self.eta),
            )
        _check_range("y", self.y, 0.0, 1.0)
        if isinstance(self.epochs, bool) or not isinstance(self.epochs, int):
            raise ParameterError(
                "epochs",
                QT_TRANSLATE_NOOP("Errors", "must be a whole number, got {value}"),
                QT_TRANSLATE_NOOP("Errors", "epochs"),
                value=repr(self.epochs),
            )
        if not 1 <= self.epochs <= MAX_EPOCHS:
            epochs = QT_TRANSLATE_NOOP("Errors", "epochs")
            raise out_of_range("epochs", epochs, "1", f"{MAX_EPOCHS:,}", f"{self.epochs:,}")
        return self

    def with_changes(self, **changes: Any) -> RunParameters:
        """A copy with some fields replaced, converted and validated like `from_dict`."""
        return RunParameters.from_dict({**self.to_dict(), **changes})

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible dict (enums become their string names)."""
        data = asdict(self)
        data["cost"] = str(self.cost)
        data["rule"] = str(self.rule)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RunParameters:
        """Build and validate from a dict such as `to_dict` gives; unknown keys are an error."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ParameterError(unknown[0], f"unknown parameter {unknown[0]!r}")
        values = {name: _convert(name, value) for name, value in data.items()}
        return replace(cls(), **values).validated()


def _convert(name: str, value: Any) -> Any:
    """Turn one raw value (from JSON, argparse or a widget) into the field's type."""
    try:
        if name == "cost":
            return CostName(value)
        if name == "rule":
            return RuleName(value)
        if name == "epochs":
            as_float = float(value)
            if not as_float.is_integer():
                raise ValueError
            return int(as_float)
        return float(value)
    except (TypeError, ValueError, OverflowError):
        choices: dict[str, list[str]] = {"cost": list(CostName), "rule": list(RuleName)}
        hint = f" (choose from {', '.join(choices[name])})" if name in choices else ""
        raise ParameterError(name, f"invalid value for {name}: {value!r}{hint}") from None


def _check_finite(name: str, value: float) -> None:
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ParameterError(
            name,
            QT_TRANSLATE_NOOP("Errors", "must be a finite number, got {value}"),
            name,
            value=repr(value),
        )


def _check_range(name: str, value: float, low: float, high: float) -> None:
    _check_finite(name, value)
    if not low <= value <= high:
        raise out_of_range(name, name, f"{low:g}", f"{high:g}", repr(value))


def out_of_range(field: str, subject: str, low: str, high: str, value: str) -> ParameterError:
    """ "SUBJECT must be between LOW and HIGH, got VALUE" (the numbers already written out)."""
    return ParameterError(
        field,
        QT_TRANSLATE_NOOP("Errors", "must be between {low} and {high}, got {value}"),
        subject,
        low=low,
        high=high,
        value=value,
    )
