"""What the learner is told when a file of theirs could not be used: the model says what
happened (desktop/model/persistence.py, settings.py), this words it in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def settings_notice(problem) -> str:
    """The settings file was set aside (a model.settings.SetAside), or "" for None."""
    if problem is None:
        return ""
    if not problem.kept_as:
        return QCoreApplication.translate(
            "notices", "Your appearance settings could not be read, so the defaults apply for now.")
    return QCoreApplication.translate(
        "notices", "Your appearance settings were damaged, so the defaults apply; the old file "
                   "was kept as {name}.").format(name=problem.kept_as)


def progress_notice_of(loaded, path) -> str:
    """The progress file at ``path`` was set aside (a model.persistence.LoadResult with a
    message), or "" if it loaded."""
    if loaded is None or not loaded.message:
        return ""
    if loaded.moved_to is not None:
        return QCoreApplication.translate(
            "notices", "Your saved progress was damaged or unreadable, so the course starts fresh; "
                       "the old file was kept as {name}.").format(name=loaded.moved_to.name)
    return QCoreApplication.translate(
        "notices", "Your saved progress could not be read, so the course starts fresh and nothing "
                   "is saved, to keep the old file ({path}).").format(path=path)
