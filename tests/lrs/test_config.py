"""IT's lrs.yaml: problems with file:line and did-you-mean; no lrs.yaml, no socket."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from desktop.content.reader import ContentError
from desktop.lrs.config import find_config, load_config

from .ralph_server import ROOT

GOOD = """schema: 1
name: Acme Learning Records
endpoint: https://lrs.acme.example/xAPI
auth:
  key: laptops
  secret: hunter2-Secret
actor:
  identify_by: email
send_automatically: false
"""


def test_a_good_file_gives_the_settings_and_hides_the_secret(tmp_path):
    path = tmp_path / "lrs.yaml"
    path.write_text(GOOD)
    config = load_config(path)
    assert config.statements_url == "https://lrs.acme.example/xAPI/statements"
    assert (config.name, config.key, config.identify_by, config.send_automatically) == (
        "Acme Learning Records", "laptops", "email", False)
    assert "hunter2" not in repr(config)


def test_problems_name_the_line_and_suggest_the_key(tmp_path):
    path = tmp_path / "lrs.yaml"
    path.write_text(GOOD.replace("endpoint:", "endpont:").replace("  secret:", "  secrt:")
                    .replace("identify_by: email", "identify_by: phone"))
    with pytest.raises(ContentError) as caught:
        load_config(path)
    text = str(caught.value)
    assert f"{path}:3: unknown key 'endpont' (did you mean 'endpoint'?)" in text
    assert f"{path}:6: unknown key 'secrt' (did you mean 'secret'?)" in text
    assert f"{path}:8: 'identify_by' must be one of account, email, anonymous_station; found 'phone'" in text
    assert "missing field 'endpoint'" in text


def test_a_kiosk_station_is_anonymous_and_named_by_lrs_yaml_or_the_host(tmp_path):
    path = tmp_path / "lrs.yaml"
    path.write_text(GOOD.replace("identify_by: email", "identify_by: anonymous_station\n  station: lobby-1"))
    config = load_config(path)
    assert config.anonymous and config.station_id == "lobby-1"
    path.write_text(GOOD.replace("identify_by: email", "identify_by: anonymous_station"))
    unnamed = load_config(path)
    assert unnamed.anonymous and unnamed.station_id  # the host name, cut to a station id
    assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", unnamed.station_id)


def test_kiosk_station_problems_name_the_line_and_suggest_the_value(tmp_path):
    path = tmp_path / "lrs.yaml"
    path.write_text(GOOD.replace("identify_by: email", "identify_by: anonymous_statoin\n  station: x"))
    with pytest.raises(ContentError) as caught:
        load_config(path)
    text = str(caught.value)
    assert (f"{path}:8: 'identify_by' must be one of account, email, anonymous_station; found "
            "'anonymous_statoin' (did you mean 'anonymous_station'?)") in text
    assert f"{path}:9: 'station' names a kiosk and is only read with 'identify_by: anonymous_station'" in text
    path.write_text(GOOD.replace("identify_by: email", "identify_by: anonymous_station\n  station: Front desk/2"))
    with pytest.raises(ContentError, match=r":9: 'station' must be 1-64 letters, digits"):
        load_config(path)
    path.write_text(GOOD.replace("identify_by: email", "identify_by: anonymous_station\n  staton: lobby"))
    with pytest.raises(ContentError, match=r":9: unknown key 'staton' \(did you mean 'station'\?\)"):
        load_config(path)


def test_the_statements_url_is_not_the_endpoint(tmp_path):
    path = tmp_path / "lrs.yaml"
    path.write_text(GOOD.replace("/xAPI", "/xAPI/statements"))
    with pytest.raises(ContentError, match=r":3: 'endpoint' is the xAPI base"):
        load_config(path)


def test_the_explicit_file_wins_and_none_is_found_on_a_bare_machine(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))
    assert find_config(tmp_path / "x.yaml", "Some App") == tmp_path / "x.yaml"
    assert find_config(None, "Some App Without Config") is None
    machine = tmp_path / "xdg" / "Some App" / "lrs.yaml"
    machine.parent.mkdir(parents=True)
    machine.write_text(GOOD)
    assert find_config(None, "Some App") == machine


AUDIT = """
import runpy, sys
opened = []
def audit(event, args):
    if event in ("socket.__new__", "socket.connect", "socket.getaddrinfo"):
        opened.append(event)
sys.addaudithook(audit)
sys.argv = ["desktop", "--smoke", "--data-dir", sys.argv[1], *sys.argv[2:]]
try:
    runpy.run_module("desktop", run_name="__main__")
except SystemExit as exit_:
    code = exit_.code
print("SOCKETS", opened, code)
"""


def audited_smoke_run(tmp_path, *extra: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_DIRS": str(tmp_path / "no-config")}
    result = subprocess.run([sys.executable, "-c", AUDIT, str(tmp_path / "data"), *extra], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.stdout.strip(), result.stderr[-3000:]
    return result.stdout.strip().splitlines()[-1]


def test_without_lrs_yaml_the_app_opens_no_socket(tmp_path):
    assert audited_smoke_run(tmp_path) == "SOCKETS [] 0"


def test_the_socket_audit_sees_the_sender_when_an_lrs_is_configured(tmp_path):
    from .ralph_server import free_port

    config = tmp_path / "lrs.yaml"
    config.write_text(f"schema: 1\nname: Nobody\nendpoint: http://127.0.0.1:{free_port()}/xAPI/\n"
                      "auth:\n  key: k\n  secret: s\n")
    assert "socket.__new__" in audited_smoke_run(tmp_path, "--lrs-config", str(config))


def test_the_secret_reaches_no_log_even_when_the_lrs_refuses_it(ralph, tmp_path):
    import base64

    secret = "Zq9-wrong-but-secret"
    config = tmp_path / "lrs.yaml"
    config.write_text(ralph.config_text(secret=secret))
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", AUDIT, str(data), "--lrs-config", str(config)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert result.stdout.strip().splitlines()[-1].endswith(" 0"), result.stderr[-3000:]
    token = base64.b64encode(f"course-laptops:{secret}".encode()).decode()
    written = result.stdout + result.stderr + "".join(
        p.read_text("utf-8", "replace") for p in data.rglob("*") if p.is_file() and p.suffix != ".pdf")
    assert "401" in (ralph.folder / "ralph.log").read_text()  # it did try, and was refused
    assert secret not in written and token not in written
