"""The one translation helper for texts outside a QObject's `self.tr()`.

pyside6-lupdate finds a text where it sees a call named `translate` (or `tr`) with literal
arguments, so `translate("Labels", "Neck")` is found where it is written and nothing has to be
generated for it. Write the context out at every call, as a literal: a helper that fills it in
(`_tr("Neck")`) hides the context from lupdate, and a text built by an f-string is never found
(use `{placeholders}` and `.format()` after the call). A text with a number (`%n`) goes through
`tr(text, "", n)` of a QObject subclass instead (see `Labels` in coach/ui/text/labels.py).
"""

from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication

# Marks a text for lupdate in a context without translating it (a table of titles translated
# when shown): Qt's own, typed as PySide6's stubs should (it returns the text, not `object`).
QT_TRANSLATE_NOOP: Callable[[str, str], str] = QtCore.QT_TRANSLATE_NOOP  # type: ignore[assignment]


def translate(context: str, text: str) -> str:
    """`text` in the user's language, looked up under `context`; the English text if there is no
    translation (or no application yet)."""
    return QCoreApplication.translate(context, text)
