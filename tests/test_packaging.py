"""Fast checks of the bundle set-up: build.spec, packaging/, the resource resolver.

No PyInstaller build runs here (tools/build_bundle.sh does that in CI); the spec is
executed with stand-ins for PyInstaller's build classes, which records what it asks for.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import sys
from pathlib import Path

import pytest

from desktop import __version__, paths

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
PACKAGING = ROOT / "packaging"
SPECS = (SPEC, PACKAGING / "bare_window.spec", PACKAGING / "plot_window.spec")


@pytest.fixture(scope="module")
def common():
    spec = importlib.util.spec_from_file_location("bundle_common", PACKAGING / "bundle_common.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Recorder:
    """Stands in for Analysis/PYZ/EXE/COLLECT/BUNDLE and keeps the arguments."""

    calls: dict[str, list] = {}

    def __init_subclass__(cls) -> None:
        cls.calls = {}

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        type(self).calls.setdefault(type(self).__name__, []).append(self)
        self.binaries, self.datas, self.pure, self.scripts = [], [], [], []


def run_spec(path: Path, tmp_path: Path, monkeypatch) -> dict:
    """Execute a spec file the way PyInstaller does, with recording stand-ins."""
    class Recorder(_Recorder):
        pass

    made = {}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        made[name] = type(name, (Recorder,), {})
    try:  # the spec wraps PyInstaller's dependency scan; undo that after the test
        from PyInstaller.building import build_main
        monkeypatch.setattr(build_main, "find_binary_dependencies",
                            build_main.find_binary_dependencies)
    except ImportError:
        pass
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.delitem(sys.modules, "bundle_common", raising=False)
    namespace = dict(made, SPECPATH=str(path.parent), DISTPATH=str(tmp_path / "dist"),
                     workpath=str(tmp_path / "build"), __file__=str(path), __name__="__main__")
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    namespace["_made"] = made
    return namespace


def only(made, name):
    calls = [c for cls in (made[name],) for c in cls.calls.get(name, [])]
    assert len(calls) == 1, f"{name} called {len(calls)} times"
    return calls[0]


# -- build.spec ------------------------------------------------------------------------------
def test_specs_have_no_absolute_or_platform_specific_paths():
    absolute = re.compile(r"""["'](/(usr|home|root|opt|tmp|work|lib|etc|Users)\b|[A-Za-z]:[\\/]|~/)""")
    for spec in SPECS + (PACKAGING / "bundle_common.py",):
        text = spec.read_text(encoding="utf-8")
        ast.parse(text, str(spec))
        assert not absolute.search(text), f"{spec.name} names an absolute path"
        assert "SPECPATH" in text or spec.suffix == ".py"
    for spec in SPECS:  # library names are for the plug-in filter in bundle_common.py only
        assert not re.search(r"\.(so|dll|dylib)\b", spec.read_text(encoding="utf-8"))


def test_build_spec_builds_the_app_as_asked(tmp_path, monkeypatch, common):
    ns = run_spec(SPEC, tmp_path, monkeypatch)
    made = ns["_made"]
    analysis = only(made, "Analysis")
    exe = only(made, "EXE")
    collect = only(made, "COLLECT")
    script = Path(analysis.args[0][0])
    assert script == ROOT / "desktop" / "__main__.py"
    datas = analysis.kwargs["datas"]
    assert (str(ROOT / "resources"), "resources") in datas
    dests = {dest for _, dest in datas}
    for folder in ("licences", "licences/pyqtgraph", "licences/numpy", "licences/PyYAML",
                   "licences/psygnal", "licences/polib", "licences/DejaVu-fonts",
                   "licences/Noto-fonts"):
        assert folder in dests, f"no {folder} in the bundle"
    names = {Path(src).name for src, _ in datas}
    assert {"LGPL-3.0.txt", "GPL-3.0.txt", "THIRD-PARTY.md", "VERSIONS.txt"} <= names
    # content/ is beside the executable, editable without rebuilding.
    beside = tmp_path / "dist" / "enterprise-ml-integration" / "content"
    assert (beside / "course.yaml").is_file()
    assert sorted(p.name for p in beside.glob("*.yaml")) == \
        sorted(p.name for p in (ROOT / "content").glob("*.yaml"))
    assert exe.kwargs["name"] == collect.kwargs["name"] == "enterprise-ml-integration"
    assert exe.kwargs["console"] is False
    assert exe.kwargs["exclude_binaries"] is True  # one-folder
    hidden = analysis.kwargs["hiddenimports"]
    for page in (ROOT / "desktop" / "pages").glob("step_*.py"):
        assert f"desktop.pages.{page.stem}" in hidden
    # desktop.kiosk loads these by name on first use (kiosk_config_for, install_kiosk...).
    for part in ("cli", "config", "controller", "admin_panel", "fatal"):
        assert f"desktop.kiosk.{part}" in hidden
    excludes = set(analysis.kwargs["excludes"])
    for module in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick",
                   "PySide6.Qt3DCore", "PySide6.QtMultimedia", "PySide6.QtNetwork",
                   "PySide6.QtPdf", "PySide6.QtSql", "PySide6.QtTest", "tkinter", "unittest",
                   "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "numpy.f2py"):
        assert module in excludes
    for needed in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
                   "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "pyqtgraph", "numpy", "yaml",
                   "psygnal", "email", "pydoc", "multiprocessing"):
        assert needed not in excludes, f"{needed} is needed (by the app or pyqtgraph)"


def test_floor_specs_use_the_apps_excludes(tmp_path, monkeypatch):
    app = only(run_spec(SPEC, tmp_path / "app", monkeypatch)["_made"], "Analysis")
    for spec, script in ((PACKAGING / "bare_window.spec", "bare_window.py"),
                         (PACKAGING / "plot_window.spec", "plot_window.py")):
        made = run_spec(spec, tmp_path / spec.stem, monkeypatch)["_made"]
        floor = only(made, "Analysis")
        assert Path(floor.args[0][0]) == ROOT / "benchmarks" / script
        assert (ROOT / "benchmarks" / script).is_file()
        assert floor.kwargs["excludes"] == app.kwargs["excludes"]
        assert only(made, "EXE").kwargs["console"] is False


def test_app_icon_and_version(common):
    assert common.app_version() == __version__
    assert Path(common.icon_file()).is_file()
    for ext in ("ico", "icns", "png", "svg"):
        assert (ROOT / "resources" / "app" / f"app-icon.{ext}").is_file()


def test_windows_version_file_renders(common, tmp_path, monkeypatch):
    monkeypatch.setattr(common.sys, "platform", "win32")
    out = common.windows_version_file(str(tmp_path), "1.2.3")
    text = Path(out).read_text(encoding="utf-8")
    assert "@VERSION" not in text

    def record(name):
        return lambda *args, **kwargs: (name, args, kwargs)

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    info = eval(text, {n: record(n) for n in names})  # the format PyInstaller reads on Windows
    assert info[2]["ffi"][2]["filevers"] == (1, 2, 3, 0)
    assert "'ProductVersion', '1.2.3'" in text
    monkeypatch.setattr(common.sys, "platform", "linux")
    assert common.windows_version_file(str(tmp_path), "1.2.3") is None


# -- what goes into the bundle ---------------------------------------------------------------
@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/plugins/iconengines/qsvgicon.dll", True),
    ("PySide6/plugins/imageformats/qsvg.dll", True),
    ("PySide6/plugins/imageformats/qgif.dll", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/translations/qtbase_de.qm", True),   # Yes/No in German (issue 22)
    ("PySide6/Qt/translations/qtbase_ar.qm", True),
    ("PySide6/Qt/translations/qtbase_fr.qm", False),  # no French interface: not shipped
    ("PySide6/Qt/translations/qtwebengine_de.qm", False),
    ("PySide6/translations/qtbase_de.qm", True),
    ("resources/i18n/emi_de.qm", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt6Pdf.dll", False),
    ("PySide6/Qt/lib/libQt6Gui.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6OpenGL.so.6", True),
    ("PySide6/Qt6OpenGLWidgets.dll", True),
    ("libpython3.11.so.1.0", True),
    ("PySide6/opengl32sw.dll", False),
    ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", False),
    ("PySide6/Qt/lib/QtNetwork.framework/Resources/Info.plist", False),
    ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
    ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
    ("resources/icons/check.svg", True),
])
def test_bundle_keeps_only_what_the_app_needs(common, dest, kept):
    assert common.keep(dest) is kept
    assert common.keep(dest.replace("/", "\\")) is kept


def test_platform_plugins_per_os(common):
    plugins = common.QT_PLUGINS["platforms"]
    assert "offscreen" in plugins  # --smoke / --quit-when-shown in CI
    if sys.platform.startswith("linux"):
        assert {"xcb", "wayland"} <= set(plugins)


def test_app_imports_no_excluded_module(common):
    """A module build.spec excludes is missing from the bundle: using it would break only there."""
    excluded = set(common.excludes())
    offenders = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if any(".".join(parts[:i]) in excluded for i in range(1, len(parts) + 1)):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}")
    assert not offenders, ("imports excluded from the bundle (see packaging/bundle_common.py):\n"
                           + "\n".join(offenders))


def test_licence_texts_are_real(common):
    lgpl = (PACKAGING / "licences" / "LGPL-3.0.txt").read_text(encoding="utf-8")
    gpl = (PACKAGING / "licences" / "GPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl and "Version 3" in lgpl
    assert "GNU GENERAL PUBLIC LICENSE" in gpl and "Version 3" in gpl
    third = (PACKAGING / "licences" / "THIRD-PARTY.md").read_text(encoding="utf-8")
    for name in ("Qt", "PySide6", "pyqtgraph", "NumPy", "PyYAML", "psygnal", "DejaVu"):
        assert name in third
    for src, _ in common.licence_datas():
        assert Path(src).is_file()


# -- Linux desktop entry ---------------------------------------------------------------------
def test_linux_desktop_entry():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(ROOT / "resources" / "app" / "enterprise-ml-integration.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "enterprise-ml-integration"
    assert entry["Icon"] == "enterprise-ml-integration"
    assert entry["Categories"].endswith(";")
    script = PACKAGING / "linux" / "install-desktop-entry.sh"
    text = script.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh") and "set -eu" in text
    assert "app-icon.png" in text and "app-icon.svg" in text and "hicolor" in text
    if sys.platform != "win32":
        assert script.stat().st_mode & 0o111, "the install script must be executable"


# -- the resolver, from source and frozen ----------------------------------------------------
def test_paths_from_source():
    assert not paths.is_frozen()
    assert paths.bundle_root() == ROOT
    assert paths.resource_path("icons", "check.svg") == ROOT / "resources" / "icons" / "check.svg"
    assert paths.resource_path("icons", "check.svg").is_file()
    assert paths.default_content_dir() == ROOT / "content"


def _frozen(monkeypatch, tmp_path) -> Path:
    bundle = tmp_path / "enterprise-ml-integration"
    internal = bundle / "_internal"
    (internal / "resources" / "icons").mkdir(parents=True)
    (internal / "content").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "enterprise-ml-integration"))
    return bundle


def test_paths_frozen_prefer_content_beside_the_executable(monkeypatch, tmp_path):
    bundle = _frozen(monkeypatch, tmp_path)
    (bundle / "content").mkdir()
    assert paths.is_frozen()
    assert paths.bundle_root() == bundle / "_internal"
    assert paths.resource_path("icons", "x.svg") == bundle / "_internal" / "resources" / "icons" / "x.svg"
    assert paths.default_content_dir() == (bundle / "content").resolve()


def test_paths_frozen_fall_back_to_the_bundled_content(monkeypatch, tmp_path):
    bundle = _frozen(monkeypatch, tmp_path)
    assert paths.default_content_dir() == bundle / "_internal" / "content"


# -- the benchmark scripts stay runnable ------------------------------------------------------
def test_benchmark_scripts_compile():
    scripts = sorted((ROOT / "benchmarks").glob("*.py"))
    required = {"bare_window.py", "plot_window.py", "startup.py", "interaction.py", "memory.py",
                "bundle_size.py", "importtime.py", "_bench.py"}
    assert required <= {p.name for p in scripts}
    for path in scripts:  # the page developers' own benchmarks too
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    readme = (ROOT / "benchmarks" / "README.md").read_text(encoding="utf-8")
    for name in sorted(required):
        assert f"`{name}`" in readme, f"benchmarks/README.md does not explain {name}"


def test_runtime_hooks_for_spawning_subprocesses_are_dropped(common):
    scripts = [("pyiboot01_bootstrap", "/x/a.py", "PYSOURCE"),
               ("pyi_rth_inspect", "/x/b.py", "PYSOURCE"),
               ("pyi_rth_multiprocessing", "/x/c.py", "PYSOURCE"),
               ("pyi_rth_pyqtgraph_multiprocess", "/x/d.py", "PYSOURCE"),
               ("pyi_rth_pyside6", "/x/e.py", "PYSOURCE"),
               ("__main__", "/x/f.py", "PYSOURCE")]
    kept = [name for name, _, _ in common.prune_scripts(scripts)]
    assert kept == ["pyiboot01_bootstrap", "pyi_rth_inspect", "pyi_rth_pyside6", "__main__"]
    # The app never starts Python subprocesses, which is what those hooks are for.
    sources = "\n".join(p.read_text("utf-8") for p in (ROOT / "desktop").rglob("*.py"))
    for module in ("multiprocessing", "pyqtgraph.multiprocess", "concurrent.futures"):
        assert f"import {module}" not in sources and f"from {module}" not in sources
