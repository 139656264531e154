"""Bundle-size benchmark: the one-folder size of the app and of the floors' bundles.

    python benchmarks/bundle_size.py [--build] [--top 15]

Sizes dist/enterprise-ml-integration/ and dist/floors/{plot-window,bare-window}/ (built
first if missing; --build rebuilds all three with build.spec and packaging/*.spec, which
share their excludes). Size = the bytes of every regular file (symbolic links, which
PyInstaller uses on Linux/macOS for library aliases, count as links). Prints the sizes,
the ratio app/plot floor (budget <= 1.15x), the largest parts of the app bundle, and what
the app carries that the plot floor does not.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bench as b  # noqa: E402

BUDGET = 1.15


def files_of(folder: Path) -> dict[str, int]:
    out = {}
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath, name)
            if path.is_symlink():
                continue
            out[path.relative_to(folder).as_posix()] = path.stat().st_size
    return out


def part_of(rel: str) -> str:
    """Group a file into a readable part: _internal/<top>[/<second> for PySide6/Qt]."""
    parts = rel.split("/")
    if parts[0] != "_internal" or len(parts) == 1:
        return parts[0] if len(parts) > 1 else "(executable and top-level files)"
    if parts[1] == "PySide6" and len(parts) > 3:
        return "/".join(parts[1:4]) if parts[2] == "Qt" else "/".join(parts[1:3])
    if len(parts) == 2:
        return "(libraries in _internal/)" if ".so" in parts[1] or parts[1].endswith((".dll", ".dylib")) \
            else parts[1]
    return parts[1]


def mb(n: int) -> str:
    return f"{n / 2**20:7.1f} MB"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--build", action="store_true", help="rebuild the three bundles first")
    p.add_argument("--top", type=int, default=15)
    opts = p.parse_args(argv)
    b.ensure_bundles(opts.build)
    bundles = {"app": b.APP_BUNDLE.parent, "plot floor": b.PLOT_BUNDLE.parent,
               "bare floor": b.BARE_BUNDLE.parent}
    files = {k: files_of(v) for k, v in bundles.items()}
    sizes = {k: sum(v.values()) for k, v in files.items()}
    print("One-folder bundle sizes")
    for k, folder in bundles.items():
        print(f"{k:<12} {mb(sizes[k])}  {len(files[k]):5d} files  {folder.relative_to(b.ROOT)}")
    print()
    print(b.ratio_line("bundle size app/plot floor", sizes["app"], sizes["plot floor"], BUDGET))
    print(f"  for reference: app/bare floor {sizes['app'] / sizes['bare floor']:.2f}x")

    parts: dict[str, int] = defaultdict(int)
    for rel, size in files["app"].items():
        parts[part_of(rel)] += size
    print(f"\n-- largest parts of the app bundle (top {opts.top})")
    for name, size in sorted(parts.items(), key=lambda kv: -kv[1])[:opts.top]:
        print(f"{mb(size)}  {name}")

    only_app = {rel: s for rel, s in files["app"].items() if rel not in files["plot floor"]}
    grouped: dict[str, int] = defaultdict(int)
    for rel, size in only_app.items():
        grouped[part_of(rel)] += size
    print(f"\n-- in the app but not in the plot floor: {mb(sum(only_app.values())).strip()}")
    for name, size in sorted(grouped.items(), key=lambda kv: -kv[1])[:opts.top]:
        print(f"{mb(size)}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
