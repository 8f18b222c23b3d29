"""The main window and what drives it: the action table, menus and toolbar, lecture keys, the
shortcuts dialog, the timeline and the speed control.

This is the one package that wires things together: it may import `engine`, `views`, `plots`,
`style`, `export` and `model`. Nothing below it imports it (only the launcher does).
"""
