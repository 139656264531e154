"""The per-page table of docs/accessibility.md, measured through the AT-SPI bus.

    python -m tests.atspi.report [--app-root DIR] [--json FILE]

``--app-root`` measures another checkout (the "before" column). Every page is opened
by pressing its step button through AT-SPI, Tab is pressed twice as often as there are
controls, then all five steps are completed to reach the summary.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

HEADER = ("| Page | Controls | Named | Right role | Right value | Reached by Tab |\n"
          "|---|---|---|---|---|---|")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--app-root", type=Path, help="the checkout whose app is measured")
    p.add_argument("--json", type=Path, help="also write every page's tree and failures here")
    args = p.parse_args(argv)
    if args.app_root:
        os.environ["ATSPI_APP_ROOT"] = str(args.app_root.resolve())
    from .audit import page_problems
    from .course_walk import PAGES, measure_page, open_page, page_nodes
    from .harness import Desktop, missing_packages

    if missing_packages():
        print("missing system packages: " + ", ".join(missing_packages()), file=sys.stderr)
        return 2
    out: dict[str, dict] = {}
    desk = Desktop(Path(tempfile.mkdtemp(prefix="atspi-report-")) / "data").start()
    print(HEADER)
    try:
        desk.launch()
        visits = [(page, via) for page, via in PAGES]
        for page, via in visits:
            nodes = open_page(desk, via)
            counted = measure_page(desk, page, nodes)
            print(counted.row(), flush=True)
            out[page] = {"failures": counted.failures, "missed": counted.missed,
                         "problems": page_problems(page_nodes(nodes)), "nodes": nodes}
        for step in range(1, 6):
            open_page(desk, f"stepper.step_{step}")
            desk.press(f"step_{step}.complete")
        nodes = open_page(desk, None)
        counted = measure_page(desk, "closing", nodes)
        print(counted.row(), flush=True)
        out["closing"] = {"failures": counted.failures, "missed": counted.missed,
                          "problems": page_problems(page_nodes(nodes)), "nodes": nodes}
    finally:
        desk.stop()
    for page, found in out.items():
        for line in found["failures"] + found["problems"] + [f"not reached: {m}" for m in found["missed"]]:
            print(f"{page}: {line}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
