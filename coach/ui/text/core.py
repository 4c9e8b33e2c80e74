"""The domain's and the store's messages (`coach.domain.messages.Message`) in the user's language.

Their templates are marked for translation by `make translations` (build/i18n/core_strings.py,
context "core"); numbers are written the user's way ("3,5" in German). A translation that does not
fit its values (a placeholder misspelt, or `{file.name}` where only `{file}` is given) falls back
to the English rather than hiding the message.
"""

import logging

from PySide6.QtCore import QCoreApplication, QLocale

from coach.domain.messages import CORE_CONTEXT, Message

log = logging.getLogger(__name__)


def core_text(message: Message | str) -> str:
    """The message translated and filled in (a plain text, such as an OS error, as it is)."""
    if isinstance(message, str):
        return message
    locale = QLocale()

    def translate(template: str) -> str:
        return QCoreApplication.translate(CORE_CONTEXT, template)

    def number(value: float) -> str:
        return locale.toString(value, "g", 6)

    try:
        return message.render(translate, number)
    except Exception:  # any broken translation: the message must still be shown
        log.exception("the translation of %r does not fit its values", message.template)
        return message.render(number=number)
