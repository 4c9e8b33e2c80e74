"""Starting and stopping Coach: the application, start-up, the single instance, opened files,
signals, the error dialog, the self-test, the tray and the language."""
