"""Everything that builds widgets. Nothing below this package imports it.

Loading PySide6 replaces `import` with a hook that, for every module named in an import statement
and not seen before, reads the module's whole source (into `linecache`) to find out whether it
mentions PySide6: the answer only matters to `from __feature__ import snake_case`, which Coach does
not use. At start-up that read about 55 files, mostly the standard library's (typing, logging,
pathlib, ...): some 3 MiB of peak memory and 7 ms (see napari/napari#8584). So the Qt-free layers
the UI stands on (the services, and through them the store and the domain) are imported here
first, and PySide6 is told the answer for every module loaded before it (none of them uses
PySide6) and for this package's own (all are Qt code, none uses a feature), which it would
otherwise read.
"""

import os
import sys

# The services the first window uses, and through them the store and the domain below.
import coach.services.active_plan
import coach.services.checkins
import coach.services.history
import coach.services.reminders
import coach.services.safety
import coach.services.settings
import coach.services.storage
import coach.services.timers  # noqa: F401

IGNORED_BY_FEATURES = -1  # PySide6's "this module does not use PySide6"
NO_FEATURES = 0  # PySide6's "this module uses PySide6, with no __feature__ switched on"


def _answer_pysides_source_scan() -> None:
    loaded_before_qt = [
        name for name in sys.modules if name != "__main__" and not name.startswith(__name__)
    ]
    import PySide6.QtCore  # noqa: F401, PLC0415

    feature = sys.modules.get("PySide6.support.feature")
    answers = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(answers, dict):  # a PySide6 without the hook reads nothing
        return
    for name in loaded_before_qt:
        answers.setdefault(name, IGNORED_BY_FEATURES)
    # This package's own modules are Coach's Qt code: none switches a feature on. (os.walk, not
    # Path.rglob: a third of the time, on every start.)
    package = os.path.dirname(__file__)
    for folder, subfolders, files in os.walk(package):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        inside = os.path.relpath(folder, package)
        prefix = __name__ if inside == "." else f"{__name__}.{inside.replace(os.sep, '.')}"
        for file in files:
            if file.endswith(".py"):
                module = file[:-3]
                answers.setdefault(
                    prefix if module == "__init__" else f"{prefix}.{module}", NO_FEATURES
                )


_answer_pysides_source_scan()
