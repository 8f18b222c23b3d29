"""Test-wide settings: Qt runs offscreen, and never touches a real display or user settings."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")
