"""A certificate authority for the tests' TLS servers that stand for real services (Edge's voice
service), trusted the way a machine's certificate store would be: its certificate is added to
a copy of certifi's bundle, which `certifi.where()` names from then on. edge-tts builds its TLS
context from `certifi.where()` when it is imported, so `trust_test_authority()` runs from
conftest, before any test imports it. Certificates the authority did not sign are refused as
before (the self-signed tests still see that)."""

from __future__ import annotations

import atexit
import os
import sys
import tempfile

import certifi
import trustme

AUTHORITY = trustme.CA()


def trust_test_authority() -> None:
    if "edge_tts.communicate" in sys.modules:
        raise RuntimeError("edge-tts was imported before the test authority was trusted")
    with open(certifi.where(), "rb") as f:
        bundle = f.read()
    path = os.environ.get(_bundle_key())
    if path is None or not os.path.exists(path):
        handle, path = tempfile.mkstemp(prefix="audio-edition-test-ca-", suffix=".pem")
        with os.fdopen(handle, "wb") as out:
            out.write(bundle + b"\n" + AUTHORITY.cert_pem.bytes())
        atexit.register(os.unlink, path)
        os.environ[_bundle_key()] = path
    certifi.where = lambda: path  # what the machine's store would hold; edge-tts reads it once


# The bundle's path, for the processes a test starts (a batch's workers import the tests to find
# their job): they use the one bundle the test run made, and one killed with os._exit leaves no
# file of its own behind. Their own AUTHORITY is not in it; no test serves TLS from a worker.
_BUNDLE = "PYTEST_AUDIO_EDITION_CA_BUNDLE"  # never "AUDIO_EDITION_...", a setting's prefix


def _bundle_key() -> str:
    """The bundle's variable for this test process: each of pytest-xdist's workers makes its own authority, so each
    keeps its own bundle (the processes it starts inherit that one)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return f"{_BUNDLE}_{worker.upper()}" if worker else _BUNDLE
