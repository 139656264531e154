"""xAPI 1.0.3 over HTTP with the standard library (urllib): POST and GET statements.

The standard library does all this needs (Basic auth, JSON, a timeout); a
dependency such as requests or httpx would add megabytes to the bundle and
nothing the sender uses.
"""

from __future__ import annotations

import base64
import http.client
import json
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any, Sequence
from urllib.parse import urlencode

from .config import LrsConfig

XAPI_VERSION = "1.0.3"
MAX_REASON = 2000


class Unreachable(Exception):
    """No answer from the LRS: no network, DNS, refused, reset or timed out.

    ``untrusted``: the LRS answered, but with a certificate this computer does not trust
    (waiting for the network would not help; IT must act).
    """

    def __init__(self, reason: str, untrusted: bool = False):
        super().__init__(reason)
        self.untrusted = untrusted


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes

    @property
    def reason(self) -> str:
        """The LRS's own words (its JSON 'detail', else the body), bounded for the ledger."""
        text = self.body.decode("utf-8", "replace")
        try:
            doc = json.loads(text)
            if isinstance(doc, dict) and "detail" in doc:
                detail = doc["detail"]
                text = detail if isinstance(detail, str) else json.dumps(detail)
        except ValueError:
            pass
        return f"HTTP {self.status}: {text.strip()}"[:MAX_REASON]

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


class LrsClient:
    def __init__(self, config: LrsConfig):
        self.config = config
        token = base64.b64encode(f"{config.key}:{config.secret}".encode("utf-8")).decode("ascii")
        self._auth = f"Basic {token}"
        self._tls = None
        if config.endpoint.startswith("https:"):
            import ssl  # only with an https LRS: a learner's start maps no OpenSSL

            self._tls = ssl.create_default_context(
                cafile=str(config.ca_file) if config.ca_file else None)

    def __repr__(self) -> str:  # never the credentials
        return f"LrsClient({self.config.endpoint!r})"

    def post_statements(self, statements: Sequence[dict[str, Any]]) -> Reply:
        body = json.dumps(list(statements), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return self._request("POST", self.config.statements_url, body)

    def get_statements(self, **params: Any) -> Reply:
        query = urlencode({k: v for k, v in params.items() if v is not None})
        return self._request("GET", self.config.statements_url + (f"?{query}" if query else ""))

    def get_more(self, more: str) -> Reply:
        """Follow a StatementResult's 'more' link (a path on the same server, or a full URL)."""
        if more.startswith("http"):
            url = more
        else:
            from urllib.parse import urlsplit
            parts = urlsplit(self.config.endpoint)
            url = f"{parts.scheme}://{parts.netloc}{more}"
        return self._request("GET", url)

    def all_statements(self, **params: Any) -> list[dict[str, Any]]:
        """Every statement matching ``params``, following 'more' pages."""
        reply = self.get_statements(**params)
        out: list[dict[str, Any]] = []
        while True:
            if reply.status != 200:
                raise Unreachable(reply.reason)
            doc = reply.json()
            out.extend(doc.get("statements", []))
            more = doc.get("more")
            if not more:
                return out
            reply = self.get_more(more)

    def _request(self, method: str, url: str, body: bytes | None = None) -> Reply:
        headers = {"X-Experience-API-Version": XAPI_VERSION, "Authorization": self._auth,
                   "Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.config.timeout_seconds,
                                        context=self._tls) as response:
                return Reply(response.status, response.read())
        except urllib.error.HTTPError as exc:
            try:
                data = exc.read()
            except OSError:
                data = b""
            return Reply(exc.code, data)
        except (urllib.error.URLError, http.client.HTTPException, socket.timeout, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            untrusted = type(reason).__name__ == "SSLCertVerificationError"
            raise Unreachable(str(reason), untrusted) from None
