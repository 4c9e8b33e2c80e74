"""The main window, its menus, and the signal the pages listen to."""
