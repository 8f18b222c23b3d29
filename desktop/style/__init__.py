"""How things look: themes (colours, pens, fonts), the presentation scale, and the one number
formatter every view uses.

May import `model`, PySide6 and pyqtgraph; imports no other desktop package. `number_format` is Qt-free.
"""
