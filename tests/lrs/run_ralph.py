"""Start Ralph's LRS app under uvicorn (run with Ralph's own Python, not the app's).

Ralph 5.1.0's file-system backend writes each POST with its default operation,
CREATE, which refuses to write to a file that exists: the second batch ever
posted fails with "500 Statements bulk indexation failed". The backend supports
APPEND; this sets it as the default write mode. Everything else (validation,
authentication, the id checks that answer 204/409) is Ralph as shipped.
"""

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.fs import FSDataBackend

FSDataBackend.default_operation_type = BaseOperationType.APPEND

if __name__ == "__main__":
    tls = {"ssl_certfile": sys.argv[2], "ssl_keyfile": sys.argv[3]} if len(sys.argv) > 3 else {}
    uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="info", **tls)
