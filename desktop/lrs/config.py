"""IT's lrs.yaml: where the learning records go, with which credentials, about whom.

The learner never sees or edits it. It is looked for, in this order: ``--lrs-config
FILE``; ``lrs.yaml`` beside the installed app (a bundle IT unpacks with its own
file); the platform's machine-wide config folder. No file means no LRS: the app
then opens no socket at all.

Problems are reported like content problems (``lrs.yaml:7: unknown key 'endpont'
(did you mean 'endpoint'?)``). The secret is kept out of ``repr`` so it cannot reach
a log or a traceback.
"""

from __future__ import annotations

import difflib
import os
import re
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ..content.reader import ContentError, Problem, Reader, read_file

FILE_NAME = "lrs.yaml"
#: "anonymous_station": a kiosk's visitors, each visit its own anonymous actor (docs/records.md).
ANONYMOUS = "anonymous_station"
ACTORS = ("account", "email", ANONYMOUS)
KEYS = ("schema", "name", "endpoint", "auth", "actor", "send_automatically", "batch_size",
        "timeout_seconds", "ca_file")
AUTH_KEYS = ("key", "secret")
ACTOR_KEYS = ("identify_by", "home_page", "station")
STATION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


@dataclass(frozen=True)
class LrsConfig:
    name: str  # what the learner reads: "All 37 records sent to <name>"
    endpoint: str  # the xAPI base, ending in "/" (statements resource = endpoint + "statements")
    key: str
    secret: str = field(repr=False)
    identify_by: str = "account"  # "account": the random learner id; "email": mbox when given
    home_page: str = ""  # the account's system; "" = the course IRI's origin
    station: str = ""  # anonymous_station: which kiosk; "" = this computer's host name
    send_automatically: bool = True
    batch_size: int = 50
    timeout_seconds: float = 20.0
    ca_file: Path | None = None  # IT's own certificate authority, for an LRS behind a company CA
    source: Path | None = None

    @property
    def anonymous(self) -> bool:
        """Kiosk visitors, one anonymous actor per visit; refused outside a kiosk."""
        return self.identify_by == ANONYMOUS

    @property
    def station_id(self) -> str:
        """The station's name in the anonymous actors (the host name reads no socket)."""
        return self.station or _host_station()

    @property
    def statements_url(self) -> str:
        return self.endpoint + "statements"


def machine_config_dirs(app_name: str) -> list[Path]:
    """The platform's machine-wide config folders (where IT deploys files), most specific first."""
    if sys.platform.startswith("win"):
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return [Path(base) / app_name]
    if sys.platform == "darwin":
        return [Path("/Library/Application Support") / app_name]
    dirs = os.environ.get("XDG_CONFIG_DIRS", "/etc/xdg").split(os.pathsep)
    return [Path(d) / app_name for d in dirs if d] + [Path("/etc") / app_name]


def beside_app_dir() -> Path | None:
    """The folder of an installed (frozen) app; a source checkout has none."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def find_config(explicit: Path | None, app_name: str) -> Path | None:
    """The lrs.yaml that applies, or None (then the app keeps everything local)."""
    if explicit is not None:
        return Path(explicit)
    beside = beside_app_dir()
    candidates = ([beside / FILE_NAME] if beside else []) + [
        d / FILE_NAME for d in machine_config_dirs(app_name)]
    return next((p for p in candidates if p.is_file()), None)


def load_config(path: Path) -> LrsConfig:
    """Parse and check lrs.yaml; ContentError lists every problem with file:line."""
    r = read_file(Path(path), str(path))
    if not r.is_mapping():
        r.problem("lrs.yaml must be a mapping (key: value lines)")
        r.raise_if_problems()
    _unknown_keys(r, KEYS)
    r.integer("schema", minimum=1, maximum=1)
    name = r.text("name")
    endpoint = _endpoint(r)
    auth = r.child("auth")
    _unknown_keys(auth, AUTH_KEYS)
    key, secret = auth.text("key"), auth.text("secret")
    identify_by, home_page, station = _actor(r)
    config = LrsConfig(
        name=name, endpoint=endpoint, key=key, secret=secret, identify_by=identify_by,
        home_page=home_page.rstrip("/"), station=station,
        send_automatically=r.boolean("send_automatically", True),
        batch_size=r.integer("batch_size", 50, minimum=1, maximum=500),
        timeout_seconds=r.number("timeout_seconds", 20.0, minimum=1, maximum=300),
        ca_file=_ca_file(r, Path(path)),
        source=Path(path))
    r.raise_if_problems()
    return config


def _actor(r: Reader) -> tuple[str, str, str]:
    if not r.has("actor"):
        return "account", "", ""
    actor = r.child("actor")
    _unknown_keys(actor, ACTOR_KEYS)
    identify_by = _identify_by(actor)
    home_page = actor.text("home_page", "")
    if home_page and not _is_web_address(home_page):
        actor.problem("'home_page' must be a web address (https://…)", actor.line_of("home_page"))
    station = actor.text("station", "") if actor.has("station") else ""
    if station and identify_by != ANONYMOUS:
        actor.problem(f"'station' names a kiosk and is only read with 'identify_by: {ANONYMOUS}'",
                      actor.line_of("station"))
    elif station and not STATION.fullmatch(station):
        actor.problem(f"'station' must be 1-64 letters, digits, '.', '_' or '-' (like lobby-1), "
                      f"found {station!r}", actor.line_of("station"))
    return identify_by, home_page, station


def _identify_by(actor: Reader) -> str:
    value = actor.text("identify_by", "account")
    if value in ACTORS:
        return value
    close = difflib.get_close_matches(value, ACTORS, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    actor.problem(f"'identify_by' must be one of {', '.join(ACTORS)}; found '{value}'{hint}",
                  actor.line_of("identify_by"))
    return "account"


def _host_station() -> str:
    """This computer's host name, cut to what a station id may hold."""
    name = re.sub(r"[^A-Za-z0-9._-]", "-", socket.gethostname().split(".")[0])[:64].strip("-._")
    return name or "kiosk"


def _endpoint(r: Reader) -> str:
    endpoint = r.text("endpoint")
    if not endpoint:
        return endpoint
    if not _is_web_address(endpoint):
        r.problem(f"'endpoint' must be the LRS's xAPI address (https://lrs.example.com/xAPI/), "
                  f"found {endpoint!r}", r.line_of("endpoint"))
    if endpoint.rstrip("/").endswith("/statements"):
        r.problem("'endpoint' is the xAPI base, without '/statements' at the end",
                  r.line_of("endpoint"))
    return endpoint.rstrip("/") + "/"


def _ca_file(r: Reader, config_path: Path) -> Path | None:
    """A PEM file of the CA that signed the LRS's certificate (relative to lrs.yaml)."""
    text = r.text("ca_file", "")
    if not text:
        return None
    path = Path(text).expanduser()
    path = path if path.is_absolute() else config_path.resolve().parent / path
    if not path.is_file():
        r.problem(f"'ca_file' {text!r} is not a file ({path})", r.line_of("ca_file"))
    return path


def _is_web_address(text: str) -> bool:
    parts = urlsplit(text)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in text


def _unknown_keys(r: Reader, known: tuple[str, ...]) -> None:
    for key in r.keys():
        if key in known:
            continue
        close = difflib.get_close_matches(key, known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(known)})"
        r.problem(f"unknown key '{key}'{hint}", r.line_of(key))


def config_problems(path: Path) -> list[Problem]:
    try:
        load_config(path)
    except ContentError as exc:
        return exc.problems
    return []
