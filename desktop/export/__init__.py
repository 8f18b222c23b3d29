"""Everything that turns a run (or two runs compared) into files: the figure drawn offscreen,
PNG/SVG/PDF/CSV writers, SVG stroke baking, GIF frames and encoding, the export dialog, exports
from the window and from the command line (headless), the book figures.

`options` and `atomic_file` are Qt-free, so the command line checks a request before Qt loads;
`run_files` and `headless_export` load Qt only when a figure is asked for (a CSV needs none).
May import `plots`, `views`, `style`, `model`, `desktop.qt_app`. Never `window` or `engine`.
"""
