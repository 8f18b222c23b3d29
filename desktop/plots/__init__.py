"""Live pyqtgraph plots of runs: plot styling (titles that wrap to the plot's width, axes whose
labels never collide and whose epochs read "300", "500k", "2M", legends that scale), one
`RunSeries` of curves per run fed from the run's trajectory through incremental per-pixel-column
peak bins, the hover crosshair and the drawn prediction.

May import `style`, `model`, PySide6 and pyqtgraph. Never `engine` (plots redraw when told to),
`window`, `views` or `export`. `peak_bins` is Qt-free.
"""
