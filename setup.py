"""Puts the course into the wheel: content/ and resources/ go in as package data under
desktop/_data/, where desktop.paths finds them once installed (pyproject.toml holds
everything else). An editable install reads the checkout's own folders instead."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
DATA_FOLDERS = ("content", "resources")


class BuildWithCourse(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for name in DATA_FOLDERS:
            shutil.copytree(HERE / name, Path(self.build_lib, "desktop", "_data", name),
                            dirs_exist_ok=True,
                            # Translators' sources (.ts) stay in the checkout; the app reads the .qm.
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*", "*.ts"))


setup(cmdclass={"build_py": BuildWithCourse})
