"""Widgets that show one state of a run: the neuron diagram, the readouts, the parameter panel, and
the words that describe a run (titles, status lines, hints).

Views only draw values the model computed. May import `style`, `model`, PySide6. Never `engine`
(a view does not know where its values come from), `window`, `plots` or `export`.
"""
