"""Qt side of Neuron Lab: the window, its widgets, the background trainer and the command line.

Sub-packages by purpose, highest layer first (contracts in pyproject.toml, checked by `lint-imports`):
`window` (wires everything) → `export` → `plots` | `views` → `engine` | `style`. At the top stay only
`cli` (the command, Qt-free until a handler needs Qt), `__main__`, `qt_app` (the QApplication set-up,
no window) and `launcher` (opens the window, on screen or for a screenshot).
"""
