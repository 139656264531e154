"""Command line: ``--kiosk`` / ``--kiosk-config FILE`` for the app, and ``kiosk set-pin``."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Callable, Sequence, TextIO

from .config import KioskConfig, KioskConfigError, config_path, load_config, save_pin
from .options import CONFIG_NAME, kiosk_requested
from .pin import hash_pin, pin_problem


def kiosk_config_for(args: argparse.Namespace, data_dir: Path) -> KioskConfig | None:
    """The kiosk settings if this run is a kiosk, else None (raises KioskConfigError).

    A run is a kiosk with ``--kiosk``, with ``--kiosk-config FILE``, or when the data
    folder holds a kiosk.yaml that does not say ``enabled: false``.
    """
    if not kiosk_requested(args, data_dir):
        return None
    path = getattr(args, "kiosk_config", None)
    forced = bool(getattr(args, "kiosk", False) or path)
    config = load_config(path, data_dir)
    return config if forced or config.enabled else None


def run_kiosk_command(argv: Sequence[str], default_data_dir: Callable[[], Path] | None = None,
                      *, stdin: TextIO | None = None, stdout: TextIO | None = None,
                      stderr: TextIO | None = None) -> int:
    """``python -m desktop kiosk set-pin|check [--config FILE | --data-dir DIR]``."""
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    parser = argparse.ArgumentParser(prog="enterprise-ml-integration kiosk",
                                     description="Kiosk mode set-up (see docs/kiosk.md).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, text in (("set-pin", "set the administrator PIN (stored as a salted hash only)"),
                       ("check", "check a kiosk settings file and show the settings in effect")):
        cmd = sub.add_parser(name, help=text, description=text)
        where = cmd.add_mutually_exclusive_group()
        where.add_argument("--config", metavar="FILE", type=Path,
                           help=f"the settings file (default: {CONFIG_NAME} in the data folder)")
        where.add_argument("--data-dir", metavar="DIR", type=Path,
                           help="the app's data folder (default: the platform's app-data folder)")
    args = parser.parse_args(list(argv))
    if args.config is None and args.data_dir is None and default_data_dir is None:
        print("give --config FILE or --data-dir DIR", file=stderr)
        return 2
    data_dir = args.data_dir or (default_data_dir() if args.config is None else Path("."))
    file = config_path(args.config, data_dir)
    if args.command == "check":
        return _check(args.config, data_dir, file, stdout, stderr)
    return _set_pin(file, stdin, stdout, stderr)


def _check(path: Path | None, data_dir: Path, file: Path, stdout: TextIO, stderr: TextIO) -> int:
    try:
        config = load_config(path, data_dir)
    except KioskConfigError as exc:
        for problem in exc.problems:
            print(problem, file=stderr)
        return 1
    print(f"{file}: {'valid' if config.source else 'not found, the defaults apply'}", file=stdout)
    for key, value in vars(config).items():
        if key == "pin":
            value = "set (salted scrypt hash)" if value else "NOT SET: run 'kiosk set-pin'"
        elif isinstance(value, bool):
            value = str(value).lower()
        elif isinstance(value, float):
            value = f"{value:g}"
        if key != "source":
            print(f"  {key}: {value}", file=stdout)
    return 0


def _set_pin(file: Path, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    try:
        pin = _ask_pin(stdin, stderr)
    except (EOFError, KeyboardInterrupt):
        print("\nno PIN given; nothing changed", file=stderr)
        return 1
    except ValueError as exc:
        print(f"{exc}; nothing changed", file=stderr)
        return 1
    try:
        save_pin(file, hash_pin(pin))
    except KioskConfigError as exc:
        print("the settings file has problems; fix them first (nothing changed):", file=stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=stderr)
        return 1
    except OSError as exc:
        print(f"could not write {file}: {exc}", file=stderr)
        return 1
    print(f"PIN saved to {file} as a salted scrypt hash. "
          "Restart the kiosk app for it to take effect.", file=stdout)
    return 0


def _ask_pin(stdin: TextIO, stderr: TextIO) -> str:
    """Twice with getpass on a terminal; one line from stdin otherwise (scripts)."""
    if stdin.isatty():
        first = getpass.getpass("New kiosk PIN (4 to 12 digits): ", stream=stderr)
        problem = pin_problem(first)
        if problem:
            raise ValueError(problem)
        if getpass.getpass("The same PIN again: ", stream=stderr) != first:
            raise ValueError("the two PINs differ")
        return first
    line = stdin.readline()
    if not line:
        raise EOFError
    pin = line.strip()
    problem = pin_problem(pin)
    if problem:
        raise ValueError(problem)
    return pin
