"""Writes one export, printing "written" when it is done.

With ``--limit BYTES`` the process may write no file larger than BYTES
(RLIMIT_FSIZE), and the kernel kills it (SIGXFSZ) at the write that goes
beyond: a kill in the middle of the export, at the same byte every run.

    python tests/process/export_loop.py certificate|xapi|csv PATH [--limit BYTES]
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from desktop.certificate import completion_date, write_certificate
from desktop.model.learning_record import (
    CourseRecord, QuestionResult, StepResult, export_statements, write_csv,
)

NAME, EMAIL = "Ada Lovelace", "ada@example.com"


def sample() -> CourseRecord:
    return CourseRecord(
        "Framework 4: Enterprise ML Integration", "https://courses.example.com/mlops/framework-4",
        "test", "0" * 32, NAME, EMAIL, "00000000-0000-4000-8000-000000000000",
        tuple(StepResult(n, f"Step {n}", True, "2026-11-12T09:30:00+01:00") for n in range(1, 6)),
        tuple(QuestionResult(f"q{n}", n, f"Question {n}?", "b", "B", "b", "B") for n in range(1, 6)),
        100, 80, "2026-11-12T09:30:00+01:00")


def main(kind: str, path: Path) -> None:
    record = sample()
    statements = [{"id": f"{i:08d}-0000-4000-8000-000000000000", "actor": {"name": NAME,
                   "mbox": f"mailto:{EMAIL}"}, "verb": {"id": "x"}, "padding": "x" * 2000}
                  for i in range(2000)]
    write = {
        "certificate": lambda: write_certificate(path, record, "ABCD-EFGH-JKLM-NPQR",
                                                 completion_date(record.completed_at)),
        "xapi": lambda: export_statements(statements, path),
        "csv": lambda: write_csv(record, path),
    }[kind]
    write()
    print("written", flush=True)


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    if "--limit" in sys.argv:
        import resource
        import signal

        limit = int(sys.argv[sys.argv.index("--limit") + 1])
        signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it; the kernel then kills
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    main(sys.argv[1], Path(sys.argv[2]))
