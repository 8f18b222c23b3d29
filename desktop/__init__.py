"""Qt side of Neuron Lab: the window, its widgets, the background trainer and the command line."""
