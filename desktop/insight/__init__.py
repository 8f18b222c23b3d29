"""Views that explain a run rather than show it: the why-slow panel (σ with its tangent at the
current z, the chain-rule factors of ∂C/∂w as live bars, |∂C/∂w| per epoch on a log axis, the
cost's formulas with the current numbers) and, later, the cost landscape, the learning-speed map
and the chapter's exercises.

The why-slow panel: `why_slow_panel.WhySlowPanel` (the window's door), made of
`sigmoid_tangent_plot`, `chain_factor_bars`, `gradient_log_plot` and `formulas_view` (HTML from
`cost_formulas`), arranged by `paged_grid` / `panel_layout`; `insight_plot` gives the plots the
app's look and a decade axis, `view_ranges` the round-step ranges, `texts` the words.
`cost_formulas`, `panel_layout` and `view_ranges` are Qt-free.

Each is given runs (parameters and trajectories) and a cursor epoch; the numbers come from the
model (`model.why_slow`, `model.comparison`). May import `plots`, `views`, `style`, `model`,
PySide6 and pyqtgraph. Never `engine`, `window` or `export`.
"""
