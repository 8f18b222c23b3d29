"""Views that explain a run rather than show it, each in a tab beside the plots.

- The why-slow panel: `why_slow_panel.WhySlowPanel`, made of `sigmoid_tangent_plot`,
  `chain_factor_bars`, `gradient_log_plot` and `formulas_view` (HTML from `cost_formulas`),
  arranged by `paged_grid` / `panel_layout`; `insight_plot` gives the plots the app's look and a
  decade axis, `view_ranges` the round-step ranges, `texts` the words.
- The cost landscape: `landscape_view.LandscapeView`, one `landscape_panel` per run (heatmap,
  contours, descent path, the cursor's dot) with `landscape_colour_bar`.
- The learning-speed map: `speed_map_view.SpeedMapView` (controls, two maps, key, hover and
  click), `speed_map_figure` (the same as a PNG, for `neuron-lab speed-map --png`).
- The chapter's exercises: `exercises_view.ExercisesView` with `exercises_plots`.

The views that follow the run are given runs (parameters and trajectories), the rows published
and a cursor epoch; the speed map is given requests' results (it does not compute: the window
runs `model.speed_map` in a background job). Every number comes from the model
(`model.why_slow`, `model.comparison`, `model.landscape`, `model.speed_map`,
`model.exercises`). May import `plots`, `views`, `style`, `model`, PySide6 and pyqtgraph. Never
`engine`, `window` or `export`. `cost_formulas`, `panel_layout` and `view_ranges` are Qt-free.
"""
