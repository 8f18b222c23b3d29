"""Test-wide settings: Qt runs offscreen, and never touches a real display or user settings."""

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")
# QSettings (remembered scale and theme) go to a fresh folder, never the user's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="neuron-lab-test-config-")

from hypothesis import settings  # noqa: E402

# Same examples on every run: a red build must be reproducible, not a roll of the dice.
settings.register_profile("deterministic", derandomize=True, deadline=None)
settings.load_profile("deterministic")
