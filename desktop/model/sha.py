"""SHA-256 without OpenSSL: CPython's own implementation where it has one.

``hashlib`` maps OpenSSL's libcrypto (about 3 MB of resident memory) the first time it
is imported, for a digest that CPython also builds in; the app's digests are small (a
certificate's verification code, the content folder's edition hash), so the built-in
one is as good and costs nothing extra.
"""

from __future__ import annotations

try:
    from _sha2 import sha256  # Python 3.12+
except ImportError:  # pragma: no cover - depends on the Python version
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:
        from hashlib import sha256

__all__ = ["sha256"]
