"""``python -m desktop records sync|status|check|push|report`` (see docs/records.md)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import Callable, Sequence

from .. import APP_NAME
from ..content.reader import ContentError
from .config import LrsConfig, find_config, load_config


def run_records_command(argv: Sequence[str], default_data_dir: Callable[[], Path] | None = None,
                        report: Callable[[list[Path], Path], int] | None = None) -> int:
    """``report`` draws the class report (Qt, a layer above this one: app.py passes it in)."""
    parser = argparse.ArgumentParser(prog="enterprise-ml-integration records",
                                     description="Learning records and the LRS (see docs/records.md).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, text in (("sync", "send this computer's waiting records to the LRS now"),
                       ("status", "say how many records the LRS holds and how many wait")):
        cmd = sub.add_parser(name, help=text, description=text)
        cmd.add_argument("--data-dir", type=Path, help="the learner's data folder")
        cmd.add_argument("--lrs-config", type=Path, metavar="FILE", help="the LRS settings (lrs.yaml)")
    check = sub.add_parser("check", help="check an lrs.yaml", description="check an lrs.yaml")
    check.add_argument("--lrs-config", type=Path, metavar="FILE")
    push = sub.add_parser("push", help="send a records bundle (zip) to the LRS",
                          description="send a records bundle (zip) to the LRS")
    push.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE.zip")
    push.add_argument("--lrs-config", type=Path, metavar="FILE")
    report_cmd = sub.add_parser("report", help="a class report (CSV and PDF) from records bundles",
                            description="a class report (CSV and PDF) from records bundles")
    report_cmd.add_argument("sources", nargs="*", type=Path, metavar="BUNDLE_OR_FILE")
    report_cmd.add_argument("--lrs-config", type=Path, metavar="FILE",
                            help="also read every statement the LRS holds (its GET statements)")
    report_cmd.add_argument("--out", type=Path, required=True, metavar="DIR")
    args = parser.parse_args(list(argv))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stdout)
    if args.command == "report":
        if report is None:
            print("'records report' needs the app's charts (run python -m desktop records report)",
                  file=sys.stderr)
            return 2
        sources = list(args.sources)
        if args.lrs_config is not None:
            fetched = _fetch_from_lrs(args.lrs_config, args.out)
            if fetched is None:
                return 1
            sources.append(fetched)
        if not sources:
            print("give bundles or statement files, or --lrs-config FILE", file=sys.stderr)
            return 2
        return report(sources, args.out)
    config = _config(args.lrs_config)
    if config is None:
        return 2
    if args.command == "push":
        from .bundle import push_bundles

        return push_bundles(args.bundles, config)
    if args.command == "check":
        print(f"{config.source}: fine; records go to {config.name} at {config.endpoint} "
              f"(as {config.identify_by}, key {config.key!r})")
        return 0
    data_dir = args.data_dir or (default_data_dir() if default_data_dir else None)
    if data_dir is None:
        print("give --data-dir DIR", file=sys.stderr)
        return 2
    from .sender import Queue
    from .visits import VisitQueues

    # anonymous_station: a kiosk's data folder holds one queue per visit.
    queue = VisitQueues(data_dir, config) if config.anonymous else Queue(data_dir, config)
    if args.command == "sync":
        result = queue.sync()
        print(queue.status(result.problem).message())
        if result.detail:
            print(result.detail, file=sys.stderr)
        return 0 if not result.problem else 1
    print(queue.status().message())
    for sid, reason in sorted(queue.ledger.load().rejected.items()):
        print(f"refused {sid}: {reason}")  # for the trainer: the LRS's own words
    return 0


def _fetch_from_lrs(config_path: Path, out: Path) -> Path | None:
    """The LRS's statements, saved in ``out`` as the report's source (and for the record)."""
    import json

    from ..model.persistence import atomic_write
    from .client import LrsClient, Unreachable

    config = _config(config_path)
    if config is None:
        return None
    try:
        statements = LrsClient(config).all_statements(limit=500)
    except Unreachable as exc:
        print(f"{config.name} could not be read: {exc}", file=sys.stderr)
        return None
    path = Path(out) / "lrs-statements.json"
    atomic_write(path, json.dumps(statements, ensure_ascii=False).encode("utf-8"), mode=0o600)
    print(f"Read {len(statements)} statements from {config.name}.")
    return path


def _config(explicit: Path | None) -> LrsConfig | None:
    path = find_config(explicit, APP_NAME)
    if path is None:
        print("No lrs.yaml found: give --lrs-config FILE (see docs/records.md).", file=sys.stderr)
        return None
    try:
        return load_config(path)
    except ContentError as exc:
        print(f"The LRS settings have problems:\n{exc}", file=sys.stderr)
        return None
