"""Test-wide settings: Qt runs offscreen, and never touches a real display or user settings."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")

from hypothesis import settings  # noqa: E402

# Same examples on every run: a red build must be reproducible, not a roll of the dice.
settings.register_profile("deterministic", derandomize=True, deadline=None)
settings.load_profile("deterministic")
