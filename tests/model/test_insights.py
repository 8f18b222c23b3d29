"""Hints say what the chapter says: saturation slows quadratic learning, not cross-entropy."""

from model import CostName, Training, preset
from model.insights import HintKind, learning_hint, saturation_slowed


def hints_along(name: str) -> list:
    params = preset(name).parameters
    training = Training(params)
    training.run_to_end()
    return [learning_hint(training.trajectory.state(e), params.cost, params.y) for e in range(301)]


def test_saturated_quadratic_start_is_flagged_slow_with_its_sigma_prime() -> None:
    hints = hints_along("quadratic-saturated")
    assert hints[0].kind is HintKind.SATURATED_SLOW
    assert abs(hints[0].value - 0.017662706213291) < 1e-12  # σ'(4)
    assert all(h is not None and h.kind is HintKind.SATURATED_SLOW for h in hints[:150])
    assert hints[-1] is None or hints[-1].kind is not HintKind.SATURATED_SLOW


def test_good_start_is_not_flagged_slow() -> None:
    assert all(
        h is None or h.kind is not HintKind.SATURATED_SLOW
        for h in hints_along("quadratic-good-start")
    )


def test_cross_entropy_large_error_learns_fast() -> None:
    hints = hints_along("cross-entropy-saturated")
    assert hints[0].kind is HintKind.LARGE_ERROR_FAST and hints[0].value > 0.9


def test_state_adds_sigma_prime_to_the_row() -> None:
    training = Training(preset("quadratic-saturated").parameters)
    state = training.trajectory.state(0)
    assert abs(state["sigma_prime"] - 0.017662706213291107) < 1e-15
    assert abs(state["dC_dw"] - state["a"] * state["sigma_prime"]) < 1e-15  # (a − y)σ'(z)x


def test_no_hint_for_an_unremarkable_state() -> None:
    state = {"a": 0.5, "sigma_prime": 0.25, "dC_dw": 0.125, "cost": 0.125}
    assert learning_hint(state, CostName.QUADRATIC, 0.4) is None


def test_saturation_slowed_marks_the_saturated_start_and_not_a_converging_good_start() -> None:
    for name, slowed_at_start in (("quadratic-saturated", True), ("quadratic-good-start", False)):
        params = preset(name).parameters
        training = Training(params)
        training.run_to_end()
        states = [training.trajectory.state(e) for e in range(301)]
        flags = [saturation_slowed(s, params.cost, params.y) for s in states]
        assert flags[0] is slowed_at_start
        assert flags[-1] is False  # near the target a small gradient is the end, not slowness
    cross = preset("cross-entropy-saturated").parameters
    start = Training(cross).trajectory.state(0)
    assert saturation_slowed(start, cross.cost, cross.y) is False  # σ' cancels: fast
