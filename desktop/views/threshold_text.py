"""Compare mode's threshold words, built from numbers (Qt-free, so every case tests fast).

For each run: when its output first came within the threshold T of the target
("Run 1 (quadratic): |a − y| < 0.1 at epoch 312"), or that it has not yet, or did not; and for
the pair, how many times as many epochs the slower run takes ("run 1 needs 6.24× the epochs of
run 2"), a lower bound ("≥ 6×") when only one run got there, or that they got there together.

Every template is marked for Qt's translation tools (context `TRANSLATION_CONTEXT`) and passed
through a `translate` callable: the widget gives `QCoreApplication.translate` for that context,
tests give nothing (English).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.style.number_format import format_epoch, format_number
from desktop.views.number_text import decimal_text
from model import CostName, RuleName, RunParameters
from model.comparison import epochs_ratio

TRANSLATION_CONTEXT = "ThresholdText"
THRESHOLD_DECIMALS = 4
"""Places a threshold is written with: the field's own, so "0.1" reads the same in both."""

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark `text` for Qt's translation tools without importing Qt; `translate` translates it."""
    return text


def no_translation(text: str) -> str:
    """English as written (tests, and anything without a translator)."""
    return text


_RUN = QT_TRANSLATE_NOOP("ThresholdText", "Run {number}")
_RUN_LABELLED = QT_TRANSLATE_NOOP("ThresholdText", "Run {number} ({label})")
_RUN_STATUS = QT_TRANSLATE_NOOP("ThresholdText", "{run}: {status}")
_REACHED = QT_TRANSLATE_NOOP("ThresholdText", "|a − y| < {threshold} at epoch {epoch}")
_NOT_YET = QT_TRANSLATE_NOOP("ThresholdText", "not yet")
_NOT_YET_SHOWN = QT_TRANSLATE_NOOP("ThresholdText", "not yet (epoch {epoch} shown)")
_NOT_REACHED = QT_TRANSLATE_NOOP("ThresholdText", "not reached in {epochs} epochs")
_NOT_REACHED_ONE = QT_TRANSLATE_NOOP("ThresholdText", "not reached in 1 epoch")
_NOT_REACHED_BY = QT_TRANSLATE_NOOP("ThresholdText", "not reached by epoch {epoch}")
_TIMES = QT_TRANSLATE_NOOP("ThresholdText", "run {slow} needs {ratio}× the epochs of run {fast}")
_AT_LEAST = QT_TRANSLATE_NOOP(
    "ThresholdText", "run {slow} needs ≥ {ratio}× the epochs of run {fast}"
)
_TOGETHER = QT_TRANSLATE_NOOP("ThresholdText", "runs 1 and 2 reached it together")
_FIRST = QT_TRANSLATE_NOOP("ThresholdText", "run {fast} reached it first")
_NEITHER_YET = QT_TRANSLATE_NOOP("ThresholdText", "neither run has reached it yet")
_NEITHER = QT_TRANSLATE_NOOP("ThresholdText", "neither run reached it")
_QUADRATIC = QT_TRANSLATE_NOOP("ThresholdText", "quadratic")
_CROSS_ENTROPY = QT_TRANSLATE_NOOP("ThresholdText", "cross-entropy")
_BOOK_RULE = QT_TRANSLATE_NOOP("ThresholdText", "book rule")
_TRUE_GRADIENT = QT_TRANSLATE_NOOP("ThresholdText", "true gradient")
_ETA = QT_TRANSLATE_NOOP("ThresholdText", "η = {eta}")


@dataclass(frozen=True, slots=True)
class RunThreshold:
    """What compare mode knows of one run for the threshold readout.

    `label` names the run in words ("quadratic", may be ""); `epoch` is the first epoch with
    |a − y| < T among the `rows_shown` rows (epochs 0 … rows_shown − 1), None if none;
    `planned_epochs` is the run's plan; `ended` says no more rows will come (finished,
    stopped or diverged), so a missing epoch is final.
    """

    label: str
    epoch: int | None
    rows_shown: int
    planned_epochs: int
    ended: bool

    def epochs_done(self) -> int:
        """The last epoch shown (0 before the first row)."""
        return max(self.rows_shown - 1, 0)


def threshold_text(threshold: float) -> str:
    """T as the field writes it: "0.1", "0.05"."""
    return decimal_text(threshold, THRESHOLD_DECIMALS)


def times_text(ratio: float) -> str:
    """A ratio with the app's 4 significant digits, trailing zeros dropped: "6.24", "2",
    "312.5"; "12,345" from 10,000 up (never scientific: a ratio is read aloud)."""
    if ratio >= 1e4:
        return format_epoch(ratio)
    text = format_number(ratio)
    if "." in text and "e" not in text:
        text = text.rstrip("0").rstrip(".")
    return text


def run_labels(
    first: RunParameters, second: RunParameters, translate: Translate = no_translation
) -> tuple[str, str]:
    """The two runs in a few words, naming what differs: "quadratic" / "cross-entropy",
    "book rule" / "true gradient", "η = 0.15" / "η = 0.6", or all of it. The book rule is the
    gradient for the quadratic cost, so it is named only with cross-entropy."""
    book = (_book(first), _book(second))
    labels = []
    for run, is_book in zip((first, second), book, strict=True):
        parts = []
        if first.cost is not second.cost:
            parts.append(_cost_word(run.cost, translate))
            if is_book:
                parts.append(translate(_BOOK_RULE))
        elif book[0] != book[1]:
            parts.append(translate(_BOOK_RULE if is_book else _TRUE_GRADIENT))
        if first.eta != second.eta:
            parts.append(translate(_ETA).format(eta=decimal_text(run.eta, 4)))
        labels.append(", ".join(parts) or _cost_word(run.cost, translate))
    return labels[0], labels[1]


def _book(run: RunParameters) -> bool:
    """Whether the run steps by the book widget's dC/da (not the gradient)."""
    return run.cost is CostName.CROSS_ENTROPY and run.rule is RuleName.BOOK_WIDGET


def _cost_word(cost: CostName, translate: Translate) -> str:
    return translate(_QUADRATIC if cost is CostName.QUADRATIC else _CROSS_ENTROPY)


def run_name(index: int, label: str, translate: Translate = no_translation) -> str:
    """ "Run 1 (quadratic)" for index 0; "Run 1" when the label is empty."""
    if not label:
        return translate(_RUN).format(number=index + 1)
    return translate(_RUN_LABELLED).format(number=index + 1, label=label)


def run_status(run: RunThreshold, threshold: float, translate: Translate = no_translation) -> str:
    """Where one run stands: "|a − y| < 0.1 at epoch 312", "not yet (epoch 120 shown)",
    "not reached in 300 epochs" (it finished), "not reached by epoch 120" (it ended early)."""
    if run.epoch is not None:
        return translate(_REACHED).format(
            threshold=threshold_text(threshold), epoch=format_epoch(run.epoch)
        )
    if not run.ended:
        if run.rows_shown == 0:
            return translate(_NOT_YET)
        return translate(_NOT_YET_SHOWN).format(epoch=format_epoch(run.epochs_done()))
    done = run.epochs_done()
    if done < run.planned_epochs:
        return translate(_NOT_REACHED_BY).format(epoch=format_epoch(done))
    if done == 1:
        return translate(_NOT_REACHED_ONE)
    return translate(_NOT_REACHED).format(epochs=format_epoch(done))


def run_text(
    index: int, run: RunThreshold, threshold: float, translate: Translate = no_translation
) -> str:
    """One run's whole line (index 0 is run 1): "Run 1 (quadratic): |a − y| < 0.1 at epoch 312"."""
    return translate(_RUN_STATUS).format(
        run=run_name(index, run.label, translate),
        status=run_status(run, threshold, translate),
    )


def ratio_text(runs: Sequence[RunThreshold], translate: Translate = no_translation) -> str:
    """How the two runs compare: "run 1 needs 6.24× the epochs of run 2" (the slower run
    first), "run 1 needs ≥ 6× …" when only run 2 got there (run 1 would at epoch rows_shown at
    the earliest, so the bound grows while it runs and is final once it ended), "runs 1 and 2
    reached it together", or that neither did (yet)."""
    if len(runs) != 2:
        raise ValueError(f"compare mode has two runs, got {len(runs)}")
    first, second = runs
    ratio = epochs_ratio(first.epoch, second.epoch)
    if ratio is not None:
        if times_text(ratio) == "1" and times_text(1 / ratio) == "1":
            return translate(_TOGETHER)
        slow, fast, times = (1, 2, ratio) if ratio > 1 else (2, 1, 1 / ratio)
        return translate(_TIMES).format(slow=slow, fast=fast, ratio=times_text(times))
    if first.epoch is None and second.epoch is None:
        return translate(_NEITHER if first.ended and second.ended else _NEITHER_YET)
    reached, waiting, fast, slow = (
        (first, second, 1, 2) if first.epoch is not None else (second, first, 2, 1)
    )
    bound = epochs_ratio(waiting.rows_shown, reached.epoch)
    if bound is None or bound < 1 or times_text(bound) == "1":
        return translate(_FIRST).format(fast=fast)
    return translate(_AT_LEAST).format(slow=slow, fast=fast, ratio=times_text(bound))
