"""Qt-free actions shared by the UI and the CLI.

Each service is a small class over one `ServiceContext` (the store, the clock, the change hub). A
write commits through the store, announces its `Change` and returns its result, or raises one
`ServiceError` carrying a `Message` for the user; reads go through the same classes, so widgets
never reach the store themselves.
"""
