"""Backoff: waits grow exponentially, are jittered, capped, and start over after a success."""

import random

from desktop.lrs.sender import Backoff


def test_waits_double_with_jitter_up_to_the_cap_and_reset():
    backoff = Backoff(base=5, cap=900, rng=random.Random(7))
    waits = [backoff.next_delay() for _ in range(12)]
    for n, wait in enumerate(waits):
        assert 2.5 <= wait <= 2.5 + min(900, 5 * 2 ** n)
    assert len({round(w, 6) for w in waits}) == len(waits)  # jittered: laptops do not march in step
    assert max(waits[:3]) < 45 and max(waits[8:]) > 45  # and they grow
    backoff.reset()
    assert backoff.next_delay() <= 7.5


def test_two_laptops_back_online_together_do_not_retry_together():
    a, b = Backoff(rng=random.Random(1)), Backoff(rng=random.Random(2))
    assert [round(a.next_delay(), 3) for _ in range(5)] != [round(b.next_delay(), 3) for _ in range(5)]
