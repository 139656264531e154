"""The sent-ledger: which statement ids the LRS has confirmed, and which it refused.

One small JSON file beside the statement log, replaced atomically (like progress),
so a kill leaves the old ledger or the new one. The ledger only ever lags the LRS:
an id is written after the LRS said it holds it. A statement sent but not yet in
the ledger is simply sent again, and the LRS keeps one copy (its id is fixed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..model.persistence import atomic_write

LEDGER_FILE = "lrs-ledger.json"
SCHEMA = 1
PRIVATE = 0o600  # the reasons quote the learner's statements


@dataclass
class Ledger:
    delivered: set[str] = field(default_factory=set)
    rejected: dict[str, str] = field(default_factory=dict)  # id -> the LRS's reason

    def settled(self, statement_id: str) -> bool:
        return statement_id in self.delivered or statement_id in self.rejected


class LedgerStore:
    def __init__(self, path: Path):
        self.path = Path(path)

    def load(self) -> Ledger:
        """The ledger; a missing or unreadable one is empty (everything is sent again, once)."""
        try:
            doc = json.loads(self.path.read_text("utf-8"))
            if doc.get("schema") != SCHEMA:
                return Ledger()
            delivered = {str(i) for i in doc.get("delivered", [])}
            rejected = {str(k): str(v) for k, v in dict(doc.get("rejected", {})).items()}
        except (OSError, UnicodeDecodeError, ValueError, TypeError, AttributeError, RecursionError):
            return Ledger()
        return Ledger(delivered, rejected)

    def save(self, ledger: Ledger) -> None:
        doc = {"schema": SCHEMA, "delivered": sorted(ledger.delivered),
               "rejected": dict(sorted(ledger.rejected.items()))}
        atomic_write(self.path, json.dumps(doc, indent=0).encode("utf-8"), mode=PRIVATE)
