"""A company LRS is reached over HTTPS: with IT's CA the records go; without, the learner is told."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.content.reader import ContentError
from desktop.lrs.config import load_config
from desktop.lrs.sender import UNTRUSTED, Queue

from .conftest import make_learner, write_config
from .ralph_server import Ralph


@pytest.fixture(scope="module")
def tls_ralph(tmp_path_factory):
    server = Ralph(tmp_path_factory.mktemp("tls-ralph"), tls=True).start()
    yield server
    server.kill()


def test_records_reach_an_https_lrs_signed_by_the_companys_ca(tls_ralph, tmp_path):
    made = make_learner(tmp_path / "learner", 12)
    text = tls_ralph.config_text() + f"ca_file: {tls_ralph.ca_file}\n"
    queue = Queue(tmp_path / "learner", load_config(write_config(tmp_path / "lrs.yaml", text)))
    assert queue.config.endpoint.startswith("https://")
    assert queue.sync().problem == ""
    counts = Counter(s["id"] for s in tls_ralph.stored())
    assert {s["id"] for s in made} <= set(counts) and max(counts.values()) == 1


def test_an_untrusted_certificate_is_said_to_be_it_departments_job(tls_ralph, tmp_path):
    make_learner(tmp_path / "learner", 2)
    queue = Queue(tmp_path / "learner",
                  load_config(write_config(tmp_path / "lrs.yaml", tls_ralph.config_text())))
    result = queue.sync()
    assert result.problem == UNTRUSTED
    assert queue.status(result.problem).message() == (
        "2 records waiting: this computer does not trust Ralph (test)'s certificate; "
        "please tell your IT department.")


def test_a_missing_ca_file_is_a_problem_at_its_line(tmp_path):
    path = write_config(tmp_path / "lrs.yaml", "schema: 1\nname: X\nendpoint: https://x.example/xAPI/\n"
                        "auth:\n  key: k\n  secret: s\nca_file: company-ca.pem\n")
    with pytest.raises(ContentError, match=r"lrs.yaml:7: 'ca_file' 'company-ca.pem' is not a file"):
        load_config(path)


def test_the_app_bundle_keeps_the_tls_stack():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "packaging" / "bundle_common.py"
    spec = importlib.util.spec_from_file_location("bundle_common_for_lrs", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert not {"ssl", "_ssl"} & set(module.excludes())
