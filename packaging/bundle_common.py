"""What the three PyInstaller specs share: excludes, the Qt plug-in allow-list, licences.

Used by build.spec (the app) and by packaging/bare_window.spec and
packaging/plot_window.spec (the benchmark floors), so the floors are frozen with
exactly the app's excludes and the size/start-up ratios compare like with like.

Nothing here names an absolute or platform-specific path: every path is built
from the spec's folder or from the installed packages, so the same files build
on Windows, macOS and Linux.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

APP_NAME = "enterprise-ml-integration"
DISPLAY_NAME = "Enterprise ML Integration"
BUNDLE_ID = "org.enterprisemlcourse.enterprise-ml-integration"

# --------------------------------------------------------------------------------------------
# Python modules the app never uses. Qt binding modules first: PySide6 ships ~60 of them and
# PyInstaller's hooks would follow every one that something imports "just in case".
# The app uses QtCore, QtGui (incl. QPdfWriter), QtWidgets and QtSvg. pyqtgraph 0.14 imports
# QtOpenGL and QtOpenGLWidgets unconditionally (pyqtgraph/Qt/OpenGLHelpers.py, reached from
# PlotCurveItem), so those two stay; it tries QtTest inside try/except and works without it.
# QtSvgWidgets is kept on purpose: it is small and a diagram may use QGraphicsSvgItem.
EXCLUDED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent", "QtDBus",
    "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp",
    "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork",
    "QtNetworkAuth", "QtNfc", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtPrintSupport", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech",
    "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets",
    "QtWebSockets", "QtWebView", "QtXml",
)

#: Python packages and stdlib parts nothing in the app (or pyqtgraph's used parts) needs.
#: Kept: email/importlib.metadata (psygnal, numpy), urllib.parse (pathlib), json, logging,
#: xml.* is dropped only as xmlrpc (pyqtgraph's SVG exporter, unused, would need xml.dom).
EXCLUDED_PYTHON = (
    # other Qt bindings pyqtgraph knows about
    "PyQt5", "PyQt6", "PySide2",
    # pyqtgraph parts the app does not use (3D, notebooks, examples, dock/flowchart/console)
    # (pyqtgraph itself imports parametertree -> pydoc, and multiprocess -> multiprocessing)
    "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter", "pyqtgraph.flowchart",
    "pyqtgraph.console", "pyqtgraph.canvas", "pyqtgraph.dockarea",
    # optional accelerators pyqtgraph probes for
    "cupy", "numba", "OpenGL", "h5py", "matplotlib", "scipy", "pandas", "IPython", "jupyter_rfb",
    "colorcet", "metaarray",
    # numpy's build/test tooling
    "numpy.f2py", "numpy.distutils", "numpy.testing", "numpy._pyinstaller", "numpy.conftest",
    # stdlib parts with no use in an offline GUI
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "unittest", "doctest",
    "pydoc_data", "lib2to3", "distutils", "setuptools", "pkg_resources", "pip", "ensurepip",
    "venv", "test", "sqlite3", "_sqlite3", "curses", "_curses", "xmlrpc", "http.server",
    "ftplib", "imaplib", "poplib", "smtplib", "telnetlib", "nntplib", "mailbox", "wsgiref",
    "cgi", "cgitb", "pdb", "bdb", "pytest", "_pytest", "hypothesis", "pytestqt",
    # (ssl/_ssl stay since issue 21: IT may configure an LRS in lrs.yaml (DESIGN.md's one
    # network exception), and a company LRS is reached over HTTPS. Nothing imports ssl unless
    # an lrs.yaml exists; tests/lrs/test_https.py checks the client over TLS.)
    # _hashlib (OpenSSL's libcrypto) stays: hashlib.scrypt exists only there, and the kiosk's
    # PIN is a scrypt hash. Without it 'kiosk set-pin' and the PIN pad fail with
    # AttributeError and a kiosk can never be left (issue 15). It costs no start-up time: a
    # learner's start imports no hashlib (tests/test_cli.py).
)


#: PyInstaller's own strip=True is off: it strips every binary, and stripping the libraries
#: that auditwheel patched (numpy.libs/libscipy_openblas...) makes them unloadable ("ELF load
#: command address/offset not page-aligned"). See strip_interpreter() instead.
STRIP = False


def excludes() -> list[str]:
    return [f"PySide6.{m}" for m in EXCLUDED_QT_MODULES] + list(EXCLUDED_PYTHON)


# --------------------------------------------------------------------------------------------
# Qt plug-ins: only these are kept; every other plug-in folder (tls, sqldrivers, qmltooling,
# networkinformation, printsupport, egldeviceintegrations, generic, virtual keyboard, ...) is
# dropped. A name matches a plug-in file whose stem is "<name>", "q<name>" or "lib<name>" /
# "libq<name>" (Qt's naming on the three platforms).
if sys.platform.startswith("win"):
    _PLATFORMS = ("windows", "offscreen", "minimal")
elif sys.platform == "darwin":
    _PLATFORMS = ("cocoa", "offscreen", "minimal")
else:
    _PLATFORMS = ("xcb", "wayland", "offscreen", "minimal")

QT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": _PLATFORMS,
    "imageformats": ("svg",),
    "iconengines": ("svgicon",),
    "styles": None,                       # None: the whole folder (Windows/macOS native styles)
    # light/dark detection on Linux desktops (gtk3 would need GTK on the build machine and
    # drags in cairo/pango/atk; the portal theme reads the same setting over D-Bus)
    "platformthemes": ("xdgdesktopportal",),
    "platforminputcontexts": ("composeplatforminputcontextplugin",
                              "ibusplatforminputcontextplugin"),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("bradient", "adwaita"),
}

#: Qt shared libraries only reachable through the dropped plug-ins or excluded modules.
_UNUSED_QT_LIBS = (
    "Network", "Qml", "QmlMeta", "QmlModels", "QmlWorkerScript", "Quick", "QuickWidgets",
    "VirtualKeyboard", "VirtualKeyboardQml", "Pdf", "PdfWidgets",
    "Sql", "Test", "PrintSupport", "EglFSDeviceIntegration", "EglFsKmsSupport",
    "EglFsKmsGbmSupport", "WaylandCompositor", "WaylandEglClientHwIntegration",
    "WaylandEglCompositorHwIntegration", "WlShellIntegration", "Multimedia", "Xml",
)
_UNUSED_QT_LIB_RE = re.compile(
    r"(^|[\\/])(lib)?Qt6?(" + "|".join(_UNUSED_QT_LIBS) + r")(\.so[.\d]*|\.dll|\.dylib|\.framework|$)",
    re.IGNORECASE,
)
_UNUSED_FRAMEWORK_RE = re.compile(
    r"(^|/)Qt(" + "|".join(_UNUSED_QT_LIBS) + r")\.framework(/|$)", re.IGNORECASE)
#: Windows: Mesa's software OpenGL (about 20 MB) is only for OpenGL rendering without a GPU
#: driver; the app paints with Qt's raster engine (pyqtgraph's useOpenGL stays off).
_UNUSED_FILES = {"opengl32sw.dll", "d3dcompiler_47.dll"}
_PLUGIN_RE = re.compile(r"(?:^|/)(?:PySide6/)(?:Qt/)?plugins/([^/]+)/([^/]+)$", re.IGNORECASE)


def _plugin_stem(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return stem


#: Qt's catalogues the bundle keeps: one per interface language but English (resources/i18n).
QT_CATALOGUES = frozenset({"qtbase_de.qm", "qtbase_ar.qm"})


def keep(dest: str) -> bool:
    """Whether a bundle entry (its destination path inside the bundle) is kept."""
    dest = dest.replace("\\", "/")
    if "/Qt/translations/" in dest or dest.startswith("PySide6/translations/"):
        # Qt's own words (Yes/No, the file dialog) for the languages the app ships
        # (desktop/i18n.py loads qtbase_<lang>.qm); the other ~100 catalogues stay out.
        return dest.rsplit("/", 1)[-1] in QT_CATALOGUES
    match = _PLUGIN_RE.search(dest)
    if match:
        folder, filename = match.group(1), match.group(2)
        if folder not in QT_PLUGINS:
            return False
        allowed = QT_PLUGINS[folder]
        if allowed is None:
            return True
        stem = _plugin_stem(filename)
        return any(stem in (name, "q" + name) for name in allowed)
    base = dest.rsplit("/", 1)[-1]
    if base.lower() in _UNUSED_FILES or _UNUSED_FRAMEWORK_RE.search(dest):
        return False
    return not _UNUSED_QT_LIB_RE.search(base) and "/Qt/qml/" not in dest


def prune(toc):
    """Drop the TOC entries (dest, src, typecode) that :func:`keep` rejects."""
    return [entry for entry in toc if keep(entry[0])]


#: PyInstaller runtime hooks added because pyqtgraph (and so multiprocessing) is bundled.
#: They make a frozen app able to spawn Python subprocesses (multiprocessing's spawn and
#: pyqtgraph.multiprocess), which neither the app nor the floors ever do, and they run
#: before anything else: importing multiprocessing, spawn and subprocess costs 20-35 ms of
#: every start. Dropped from all three bundles alike.
UNUSED_RUNTIME_HOOKS = ("pyi_rth_multiprocessing", "pyi_rth_pyqtgraph_multiprocess")


def prune_scripts(scripts):
    """The Analysis' scripts without :data:`UNUSED_RUNTIME_HOOKS` (TOC: name, path, kind)."""
    return [entry for entry in scripts if entry[0] not in UNUSED_RUNTIME_HOOKS]


def prune_before_dependency_scan() -> bool:
    """Drop unwanted plug-ins *before* PyInstaller looks for the libraries they link to.

    Pruning ``a.binaries`` after Analysis removes a plug-in but not the system libraries
    collected for it (a GTK theme plug-in drags in cairo, pango, atk...). PyInstaller 6
    scans for those in ``build_main.find_binary_dependencies(binaries, ...)``; wrapping it
    prunes its input list in place first. If a later PyInstaller renames it, nothing
    breaks: the spec still prunes afterwards, the bundle is only larger. Returns whether
    the wrapper is in place.
    """
    try:
        from PyInstaller.building import build_main
    except ImportError:
        return False
    original = getattr(build_main, "find_binary_dependencies", None)
    if original is None:
        return False
    if getattr(original, "_prunes", False):
        return True

    def find_binary_dependencies(binaries, *args, **kwargs):
        binaries[:] = prune(binaries)
        return prune(original(binaries, *args, **kwargs))

    find_binary_dependencies._prunes = True
    build_main.find_binary_dependencies = find_binary_dependencies
    return True


# --------------------------------------------------------------------------------------------
# Licences of everything the bundle carries.
LICENCE_DISTS = {
    "PySide6": "pyside6_essentials",
    "shiboken6": "shiboken6",
    "pyqtgraph": "pyqtgraph",
    "numpy": "numpy",
    "PyYAML": "pyyaml",
    "psygnal": "psygnal",
    "polib": "polib",
}
_LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def licence_datas(include_app: bool = True, work_dir: str | None = None) -> list[tuple[str, str]]:
    """(source file, bundle folder) pairs that put every licence text under licences/.

    packaging/licences/ (LGPL-3.0 and GPL-3.0 for Qt/PySide6/shiboken6, whose wheels carry
    no licence text, and THIRD-PARTY.md), each package's licence files from its dist-info,
    Python's LICENSE, the DejaVu font licence, and (with ``work_dir``) a generated
    VERSIONS.txt naming the exact version of each component in this build.
    """
    out: list[tuple[str, str]] = [(str(p), "licences") for p in sorted((HERE / "licences").glob("*"))
                                  if p.is_file()]
    versions = [f"Python {sys.version.split()[0]}"]
    for folder, dist_name in LICENCE_DISTS.items():
        try:
            dist = metadata.distribution(dist_name)
        except metadata.PackageNotFoundError:
            continue
        versions.append(f"{dist.metadata['Name']} {dist.version}")
        for f in dist.files or ():
            parts = Path(str(f)).parts
            if len(parts) < 2 or not parts[0].endswith(".dist-info"):
                continue
            if not any(_LICENCE_NAME.search(p) for p in parts[1:]):
                continue
            src = Path(dist.locate_file(f))
            if src.is_file():
                inner = parts[2:] if parts[1] in ("licenses", "licences") else parts[1:]
                out.append((str(src), Path("licences", folder, *inner[:-1]).as_posix()))
    python_licence = _python_licence()
    if python_licence:
        out.append((str(python_licence), "licences/Python"))
    if include_app:
        out.append((str(ROOT / "resources" / "fonts" / "LICENSE-DejaVu.txt"), "licences/DejaVu-fonts"))
        out.append((str(ROOT / "resources" / "fonts" / "LICENSE-Noto.txt"), "licences/Noto-fonts"))
    if work_dir:
        os.makedirs(work_dir, exist_ok=True)
        target = os.path.join(work_dir, "VERSIONS.txt")
        with open(target, "w", encoding="utf-8") as fh:
            fh.write("Components of this build (see THIRD-PARTY.md for their licences):\n")
            fh.write("".join(f"  {line}\n" for line in versions))
        out.append((target, "licences"))
    return out


def _python_licence() -> Path | None:
    base = Path(sys.base_prefix)
    version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    for base in (base, base / "lib" / version, base / "Lib"):
        for name in ("LICENSE.txt", "LICENSE"):
            if (base / name).is_file():
                return base / name
    return None


# --------------------------------------------------------------------------------------------
def app_version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise SystemExit("desktop/__init__.py has no __version__")
    return match.group(1)


def lazy_modules() -> list[str]:
    """Modules the app imports by name (importlib), which PyInstaller cannot see: every
    page, every interactive part (desktop.widgets.parts imports each by its YAML id) and
    every kiosk module (desktop.kiosk loads its parts on first use)."""
    out: list[str] = []
    for package in ("pages", "widgets.parts", "kiosk"):
        folder = ROOT / "desktop" / package.replace(".", "/")
        out += sorted(f"desktop.{package}.{p.stem}" for p in folder.glob("*.py")
                      if p.stem != "__init__")
    return out


def icon_file() -> str:
    """The app icon in the format this platform's executable takes."""
    ext = {"win32": "ico", "darwin": "icns"}.get(sys.platform, "png")
    return str(ROOT / "resources" / "app" / f"app-icon.{ext}")


def windows_version_file(work_dir: str, version: str) -> str | None:
    """Render packaging/version_info.txt for this version (Windows only; None elsewhere)."""
    if not sys.platform.startswith("win"):
        return None
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    text = (HERE / "version_info.txt").read_text(encoding="utf-8")
    text = text.replace("@VERSION_TUPLE@", ", ".join(str(n) for n in numbers))
    text = text.replace("@VERSION@", version)
    os.makedirs(work_dir, exist_ok=True)
    out = os.path.join(work_dir, "version_info.txt")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(text)
    return out


def copy_file(src: str, dest_dir: str) -> None:
    """Copy one file into a folder, keeping its permissions (scripts stay executable)."""
    shutil.copy2(src, dest_dir)


def copy_tree(src: Path | str, dest: str) -> None:
    """Replace ``dest`` with a copy of ``src`` (used for the editable content/ folder)."""
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))


def strip_interpreter(bundle_dir: str) -> int:
    """Linux only: drop debug symbols from libpython and lib-dynload (~25 MB on a pyenv
    build, whose libpython carries full debug info). Only the interpreter's own files are
    touched, never a wheel's libraries. Returns the bytes saved (0 where not applicable)."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or not strip:
        return 0
    import subprocess

    internal = Path(bundle_dir) / "_internal"
    targets = [p for p in internal.glob("libpython3*.so*") if p.is_file() and not p.is_symlink()]
    targets += [p for p in internal.glob("python3*/lib-dynload/*.so") if not p.is_symlink()]
    before = sum(p.stat().st_size for p in targets)
    for path in targets:
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
    return before - sum(p.stat().st_size for p in targets)


def freeze_floor(spec: dict, script: str, name: str) -> None:
    """Build a benchmark floor (packaging/bare_window.spec, plot_window.spec) exactly as
    build.spec builds the app: same excludes, plug-in allow-list, strip and windowed mode,
    with the licences but none of the app's resources or content."""
    prune_before_dependency_scan()
    bench = str(ROOT / "benchmarks")
    a = spec["Analysis"](
        [str(ROOT / "benchmarks" / script)],
        pathex=[bench],
        datas=licence_datas(include_app=False, work_dir=os.path.join(spec["workpath"], "licences")),
        excludes=excludes(),
        noarchive=False,
        optimize=0,
    )
    a.binaries = prune(a.binaries)
    a.datas = prune(a.datas)
    pyz = spec["PYZ"](a.pure)
    exe = spec["EXE"](pyz, prune_scripts(a.scripts), [], exclude_binaries=True, name=name, debug=False,
                      strip=STRIP, upx=False, console=False)
    spec["COLLECT"](exe, a.binaries, a.datas, strip=STRIP, upx=False, name=name)
    strip_interpreter(os.path.join(spec["DISTPATH"], name))
