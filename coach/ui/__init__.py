"""Everything that builds widgets. Nothing below this package imports it.

PySide6 hooks `import` to read the source of every module that imports something after PySide6 is
loaded (it looks for `from __feature__ import ...`). At start-up that read about 40 files, standard
library ones included, into `linecache`: some 2 MB and several milliseconds. The Qt-free layers the
UI stands on are therefore imported here, before any module of this package loads PySide6.
"""

import coach.store.db
import coach.store.repo  # noqa: F401
