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


#: Runs the kiosk self-test: (settings file or None, data folder, PIN, output) -> exit code.
#: The app provides it, since starting a kiosk takes the whole app.
SelfTest = Callable[[Path | None, Path, str, TextIO], int]


def run_kiosk_command(argv: Sequence[str], default_data_dir: Callable[[], Path] | None = None,
                      *, stdin: TextIO | None = None, stdout: TextIO | None = None,
                      stderr: TextIO | None = None, self_test: SelfTest | None = None) -> int:
    """``python -m desktop kiosk set-pin|check|self-test [--config FILE | --data-dir DIR]``."""
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    parser = argparse.ArgumentParser(prog="enterprise-ml-integration kiosk",
                                     description="Kiosk mode set-up (see docs/kiosk.md).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands = [("set-pin", "set the administrator PIN (stored as a salted hash only)"),
                ("check", "check a kiosk settings file and show the settings in effect")]
    if self_test is not None:
        commands.append(("self-test", "start the kiosk and leave it through its PIN pad with the "
                                      "PIN read from standard input; exit 0 if that worked"))
    for name, text in commands:
        cmd = sub.add_parser(name, help=text, description=text)
        where = cmd.add_mutually_exclusive_group()
        where.add_argument("--config", metavar="FILE", type=Path,
                           help=f"the settings file (default: {CONFIG_NAME} in the data folder)")
        where.add_argument("--data-dir", metavar="DIR", type=Path,
                           help="the app's data folder (default: the platform's app-data folder)")
        if name == "set-pin":
            cmd.add_argument("--enable", action="store_true",
                             help="also turn kiosk mode on in the file (enabled: true); without it "
                                  "a new file says enabled: false and an existing one keeps its "
                                  "setting")
    args = parser.parse_args(list(argv))
    if args.config is None and args.data_dir is None and default_data_dir is None:
        print("give --config FILE or --data-dir DIR", file=stderr)
        return 2
    data_dir = args.data_dir or (default_data_dir() if args.config is None else Path("."))
    file = config_path(args.config, data_dir)
    if args.command == "check":
        return _check(args.config, data_dir, file, stdout, stderr)
    if args.command == "self-test":
        try:
            pin = _ask_pin(stdin, stderr, confirm=False)
        except (EOFError, KeyboardInterrupt, ValueError) as exc:
            print(f"kiosk self-test: no usable PIN given ({exc or 'nothing on standard input'})",
                  file=stderr)
            return 2
        return self_test(args.config, data_dir, pin, stdout)
    return _set_pin(file, args, stdin, stdout, stderr)


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


def _set_pin(file: Path, args: argparse.Namespace, stdin: TextIO, stdout: TextIO,
             stderr: TextIO) -> int:
    try:
        pin = _ask_pin(stdin, stderr)
    except (EOFError, KeyboardInterrupt):
        print("\nno PIN given; nothing changed", file=stderr)
        return 1
    except ValueError as exc:
        print(f"{exc}; nothing changed", file=stderr)
        return 1
    existed = file.is_file()
    # A trainer setting a PIN on their own data folder must not find their next start locked.
    enabled = True if args.enable else (None if existed else False)
    try:
        save_pin(file, hash_pin(pin), enabled)
        config = load_config(file, file.parent)
    except KioskConfigError as exc:
        print("the settings file has problems; fix them first (nothing changed):", file=stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=stderr)
        return 1
    except OSError as exc:
        print(f"could not write {file}: {exc}", file=stderr)
        return 1
    print(f"PIN saved to {file} as a salted scrypt hash ({'updated' if existed else 'new'} "
          "file).", file=stdout)
    print(_what_starts(file, args.config is not None, config.enabled), file=stdout)
    return 0


def _what_starts(file: Path, named: bool, enabled: bool) -> str:
    """Whether the app will now start as a kiosk, in the words an administrator needs."""
    if named:
        return (f"Kiosk mode: a start with --kiosk-config {file} runs as a kiosk with this PIN "
                "(a kiosk that is running keeps its old PIN until it is restarted).")
    if enabled:
        return (f"Kiosk mode is ON: the next start with the data folder {file.parent} runs as a "
                "locked kiosk; this PIN unlocks it (restart a running kiosk to use the new PIN).")
    return (f"Kiosk mode is OFF in {file.name} (enabled: false): the data folder {file.parent} "
            "still starts the normal course. Start a kiosk with --kiosk, or run "
            "'kiosk set-pin --enable' to make every start from this folder a kiosk.")


def _ask_pin(stdin: TextIO, stderr: TextIO, confirm: bool = True) -> str:
    """With getpass on a terminal (twice to ``confirm``); one line from stdin otherwise."""
    if stdin.isatty() and not confirm:
        return getpass.getpass("Kiosk PIN: ", stream=stderr)
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
