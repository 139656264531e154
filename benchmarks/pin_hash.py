"""How long one check of the kiosk PIN takes at each scrypt cost, on this machine.

The kiosk's PIN hash should cost an attacker as much as the kiosk can afford:
about a quarter of a second per check (the pad's "Unlock" may take that long).
This prints the time of one scrypt call (median of a few, on CPU time so a busy
machine does not distort it) for n = 2**14 ... 2**17 with r = 8, p = 1, and the
memory each needs (128 * n * r bytes), and last the cost desktop/kiosk/pin.py
uses for new PINs (chosen from this table; docs/kiosk.md quotes it).

    python benchmarks/pin_hash.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import time


def one_check(n: int, r: int, p: int) -> float:
    salt = os.urandom(16)
    start = time.process_time()
    hashlib.scrypt(b"123456", salt=salt, n=n, r=r, p=p, dklen=32,
                   maxmem=128 * n * r * (p + 1) + 1024 * 1024)
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    print(f"{'n':>8} {'r':>2} {'p':>2} {'memory':>8} {'seconds per check (median)':>28}")
    from desktop.kiosk.pin import SCRYPT_N, SCRYPT_P, SCRYPT_R

    rows = [(2 ** exp, 8, 1) for exp in range(14, 18)] + [(SCRYPT_N, SCRYPT_R, SCRYPT_P)]
    for n, r, p in rows:
        exp = n.bit_length() - 1
        times = [one_check(n, r, p) for _ in range(args.repeat)]
        print(f"{'2**' + str(exp):>8} {r:>2} {p:>2} {128 * n * r // 2**20:>6} MB "
              f"{statistics.median(times):>28.3f}"
              + ("   <- pin.py" if (n, r, p) == (SCRYPT_N, SCRYPT_R, SCRYPT_P) else ""))


if __name__ == "__main__":
    main()
