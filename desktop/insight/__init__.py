"""Views that explain a run rather than show it: the why-slow panel (σ with its tangent at the
current z, the chain-rule factors of ∂C/∂w as live bars, |∂C/∂w| per epoch on a log axis, the
cost's formulas with the current numbers) and, later, the cost landscape, the learning-speed map
and the chapter's exercises.

Each is given runs (parameters and trajectories) and a cursor epoch; the numbers come from the
model (`model.why_slow`, `model.comparison`). May import `plots`, `views`, `style`, `model`,
PySide6 and pyqtgraph. Never `engine`, `window` or `export`.
"""
