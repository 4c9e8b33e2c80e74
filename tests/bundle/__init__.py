"""The installer: coach.spec (PyInstaller) and the Linux desktop files that go with it."""
