"""Pure numpy model of one sigmoid neuron learning by gradient descent (no Qt, ever).

Public surface: `RunParameters` (one serialisable object), `Training` (advance a run),
`Trajectory` (stored history, every column on demand), presets, costs and update rules.
"""

from model.costs import CostName, cost_dC_da, cost_delta, cost_value
from model.outcome import RunOutcome
from model.parameters import MAX_ABS_INPUT, MAX_EPOCHS, MAX_ETA, ParameterError, RunParameters
from model.presets import Preset, load_presets, preset
from model.sigmoid import sigmoid, sigmoid_prime, softplus
from model.training import Training
from model.trajectory import COLUMNS, Trajectory, TrajectoryRows
from model.update_rules import RuleName, step_delta

__all__ = [
    "COLUMNS",
    "MAX_ABS_INPUT",
    "MAX_EPOCHS",
    "MAX_ETA",
    "CostName",
    "ParameterError",
    "Preset",
    "RuleName",
    "RunOutcome",
    "RunParameters",
    "Training",
    "Trajectory",
    "TrajectoryRows",
    "cost_dC_da",
    "cost_delta",
    "cost_value",
    "load_presets",
    "preset",
    "sigmoid",
    "sigmoid_prime",
    "softplus",
    "step_delta",
]
