"""Python's cycle collector, paused while the window is being built.

Starting the app creates some 37,000 long-lived objects (modules, classes, Qt wrappers) and little
garbage (about 400 unreachable objects at the first paint). With the collector on, Python walks the
young ones again and again while they are made (some 50 collections before the window is painted),
and later every full collection walks all of them again. So the collector is paused from the
start of a window command until the window is painted; then the start-up garbage is collected once,
the survivors are frozen out of later collections (`gc.freeze`), and the collector runs as usual.
Commands without a window (export, import, report) never pause it.
"""

import gc


def pause() -> None:
    """Stop automatic collections until `resume` (objects are still freed by reference counting)."""
    gc.disable()


def resume() -> None:
    """Collect what start-up left unreachable, keep the survivors out of later collections and turn
    automatic collection back on. Does nothing when the collector is already on."""
    if gc.isenabled():
        return
    gc.collect()
    gc.freeze()
    gc.enable()
