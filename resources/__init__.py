"""Data files shipped with Neuron Lab (presets, later icons and translations), found by importlib."""
