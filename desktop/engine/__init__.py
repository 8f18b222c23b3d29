"""The engine: the background trainer and the GUI's view of each run. QObjects, no widgets.

`TrainerWorker` computes runs in its `QThread`; `TrainingController` owns that thread and forwards
requests to it; `RunSession` plays, pauses, steps and replays one run and paces the frames every view
is redrawn at; `pace` says how fast. The worker computes into the run's one `model.Trajectory`, which
the GUI reads (see `published_rows`), so each run exists once in memory.

May import: `model`, PySide6.QtCore. Never a widget package (`window`, `views`, `plots`, `export`),
QtGui, QtWidgets or pyqtgraph (checked by import-linter, see pyproject.toml).
"""
