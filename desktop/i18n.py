"""The learner's language: which one, Qt's translators for it, and how numbers read in it.

One language is in force for the whole app at a time. It is chosen, first match wins,
by ``--lang``, the ``EMI_PSEUDO_LOCALE`` environment variable, the learner's saved
choice (View › Language) and the system's language; anything else falls back to
English, the source language. :func:`install` puts it in force: the interface's
catalogue (resources/i18n/emi_<lang>.qm) and Qt's own (standard dialog buttons),
the layout direction (Arabic mirrors the window) and the locale that formats numbers
for display (see :func:`desktop.model.costs.use_display_locale`).

Other modules ask :func:`current_language` or :func:`language_tag` (the BCP 47 tag
that xAPI statements and the certificate use); they never read Qt's state directly.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from .paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

SOURCE = "en"
PSEUDO = "pseudo"
#: Languages with an interface catalogue, in menu order.
LANGUAGES = ("en", "de", "ar")
#: Each language named in itself: a learner who cannot read the current one finds theirs.
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "ar": "العربية", PSEUDO: "[Ƥšéûðô]"}
#: BCP 47 tags for records and documents (xAPI language maps, the certificate).
TAGS = {"en": "en-US", "de": "de-DE", "ar": "ar", PSEUDO: "en-US"}
RIGHT_TO_LEFT = frozenset({"ar"})
PSEUDO_ENV = "EMI_PSEUDO_LOCALE"
CATALOGUE = "emi"
#: Icons that point along the reading direction: mirrored in a right-to-left language.
#: (Chevrons up/down, play and the others do not point along a line of text.)
MIRRORED_ICONS = {"arrow_left": "arrow_right", "arrow_right": "arrow_left"}

_current = SOURCE
_installed: list[QTranslator] = []
_qt_words: set[str] = set()  # languages whose Qt catalogue (Yes/No, ...) was found


def current_language() -> str:
    """The language in force: "en", "de", "ar" or "pseudo"."""
    return _current


def language_tag(language: str | None = None) -> str:
    """The BCP 47 tag of ``language`` (default: the one in force), e.g. "de-DE"."""
    return TAGS.get(language or _current, TAGS[SOURCE])


def has_qt_words(language: str) -> bool:
    """Whether Qt's own catalogue for ``language`` loaded (English needs none)."""
    return language in (SOURCE, PSEUDO) or language in _qt_words


def is_right_to_left(language: str | None = None) -> bool:
    return (language or _current) in RIGHT_TO_LEFT


def supported(language: str | None) -> str | None:
    """``language`` (a code or a locale name like "de_AT") reduced to a shipped one, or None."""
    if not language:
        return None
    if language == PSEUDO:
        return PSEUDO
    base = re.split(r"[_\-.@]", language.strip().lower(), maxsplit=1)[0]
    return base if base in LANGUAGES else None


def choose(cli: str | None, saved: str | None, system: str | None,
           environ: dict[str, str] | None = None) -> str:
    """The language for this start; see the module's docstring for the order."""
    environ = os.environ if environ is None else environ
    if supported(cli):
        return supported(cli)  # type: ignore[return-value]
    if environ.get(PSEUDO_ENV, "") not in ("", "0"):
        return PSEUDO
    return supported(saved) or supported(system) or SOURCE


def system_language() -> str:
    """The operating system's language, as Qt reads it (LANG, the Windows/macOS setting)."""
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def icon_name(name: str) -> str:
    """The icon to draw for ``name`` in the current direction (theme.icon asks this)."""
    return MIRRORED_ICONS.get(name, name) if _current in RIGHT_TO_LEFT else name


def qt_translations() -> str:
    """Where Qt's own catalogues are: PySide6's folder, or the bundle's copy of it."""
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def qm_path(language: str):
    return resource_path("i18n", f"{CATALOGUE}_{language}.qm")


def install(app: QCoreApplication, language: str) -> str:
    """Put ``language`` in force for the whole app; returns it (or English, if its
    catalogue is missing). Safe to call again with another language."""
    from PySide6.QtCore import QLocale, QTranslator

    global _current
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = supported(language) or SOURCE
    if language == PSEUDO:
        from .pseudo import PseudoTranslator

        _installed.append(PseudoTranslator(app))
    else:
        ours = QTranslator(app)
        # English too: its catalogue holds the plural forms ("1 record", "2 records").
        if ours.load(str(qm_path(language))):
            _installed.append(ours)
        elif language != SOURCE:
            language = SOURCE
            if ours.load(str(qm_path(SOURCE))):
                _installed.append(ours)
        qt = QTranslator(app)
        # Qt's own words: Yes/No/Cancel, the file dialog, the context menus.
        if language != SOURCE and qt.load(f"qtbase_{language}", qt_translations()):
            _installed.append(qt)
            _qt_words.add(language)
    for translator in _installed:
        app.installTranslator(translator)
    _current = language
    locale = QLocale(SOURCE if language == PSEUDO else language)
    QLocale.setDefault(locale)
    _set_direction(app, language)
    _tell_model(language, locale)
    return language


def _tell_model(language: str, locale) -> None:
    """The Qt-free layers' hooks: numbers shown, the records' language maps, footnotes."""
    import sys

    plain = language in (SOURCE, PSEUDO)
    # English at start-up: both already default to it; not imported before the first frame.
    if not plain or "desktop.model.costs" in sys.modules:
        from .model.costs import use_display_locale

        use_display_locale(None if plain else LocaleNumbers(locale))
    if language != SOURCE or "desktop.model.xapi" in sys.modules:
        from .model import xapi

        xapi.set_language(language_tag(language))
    if language != SOURCE or "desktop.content.sources" in sys.modules:
        _tell_sources()


def _tell_sources() -> None:
    """Issue 22 (i18n-content): the words of the content's source notes ("Source: ...",
    "Illustrative: ..."), which desktop.content builds without Qt."""
    from PySide6.QtCore import QCoreApplication

    from .content.sources import use_words

    use_words(source=QCoreApplication.translate("Sources", "Source"),
              sources=QCoreApplication.translate("Sources", "Sources"),
              illustrative=QCoreApplication.translate("Sources", "Illustrative"))


def _set_direction(app, language: str) -> None:
    from PySide6.QtCore import Qt

    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)


class LocaleNumbers:
    """Digits, money and percentages as the learner's locale writes them (display only:
    the arithmetic, the CSV and the xAPI records never see these strings)."""

    def __init__(self, locale):
        self.locale = locale

    def digits(self, amount: float, decimals: int) -> str:
        """``amount`` (≥ 0, already rounded) with the locale's separators."""
        return self.locale.toString(float(amount), "f", decimals)

    def money(self, digits: str, symbol: str) -> str:
        """Place ``symbol`` where the locale puts its currency (before or after, spaced or not)."""
        probe = self.locale.toCurrencyString(1.0, "¤", 0)
        probe = probe.replace("\u200f", "").replace("\u200e", "").replace("\u061c", "")
        one = self.locale.toString(1)
        return probe.replace(one, digits, 1).replace("¤", symbol)

    def percent(self, digits: str) -> str:
        sign = self.locale.percent().replace("\u061c", "")
        # German, French and Arabic set a space before "%"; English does not.
        gap = "" if self.locale.language().name == "English" else "\u00a0"
        return f"{digits}{gap}{sign}"

    def date(self, when) -> str:
        from PySide6.QtCore import QLocale

        return self.locale.toString(when, QLocale.FormatType.LongFormat)


def format_date(when) -> str:
    """A date (datetime.date or QDate) written the way the learner's language writes it."""
    from PySide6.QtCore import QDate, QLocale

    if not isinstance(when, QDate):
        when = QDate(when.year, when.month, when.day)
    return QLocale().toString(when, QLocale.FormatType.LongFormat)


def translate_in(language: str, context: str, source: str) -> str:
    """``source`` in ``language`` rather than the one in force (a message about a change
    of language is best read in the new one)."""
    from PySide6.QtCore import QTranslator

    if language == PSEUDO:
        from .pseudo import pseudo

        return pseudo(source)
    translator = QTranslator()
    if language != SOURCE and translator.load(str(qm_path(language))):
        return translator.translate(context, source) or source
    return source
