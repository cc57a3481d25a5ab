"""The room beside each bar, counted at once, equals the plain loop over bars and gaps."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest

from transition_planner.charts.bar_room import room_ends


def plain(bx0, bx1, by0, by1, gx0, gy0, gy1):  # type: ignore[no-untyped-def]
    ends = np.full(len(bx0), np.inf)
    lanes: dict[float, list[int]] = {}
    for k, lane_y in enumerate(by0):
        lanes.setdefault(float(lane_y), []).append(k)
    for members in lanes.values():
        members.sort(key=lambda k: (float(bx0[k]), k))
        for first, second in pairwise(members):
            ends[first] = bx0[second]
    for x, top, bottom in zip(gx0, gy0, gy1, strict=True):
        after = (x >= bx1) & (by0 < bottom) & (by1 > top)
        ends[after] = np.minimum(ends[after], x)
    return ends


@pytest.mark.parametrize("seed", range(40))
def test_room_ends_equals_the_plain_loop(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n, g = int(rng.integers(0, 300)), int(rng.integers(0, 60))
    lane = rng.integers(0, 25, n).astype(float)
    by0 = lane * 0.5 + 0.1
    by1 = by0 + 0.35
    bx0 = rng.integers(0, 2000, n).astype(float)
    bx1 = bx0 + rng.integers(1, 400, n)
    gx0 = rng.integers(0, 2400, g).astype(float)
    gy0 = rng.uniform(0, 13, g)
    gy1 = gy0 + rng.uniform(0.05, 3.0, g)
    got = room_ends(bx0, bx1, by0, by1, gx0, gy0, gy1)
    np.testing.assert_array_equal(got, plain(bx0, bx1, by0, by1, gx0, gy0, gy1))


def test_no_bars_or_no_gaps() -> None:
    empty = np.array([])
    assert len(room_ends(empty, empty, empty, empty, empty, empty, empty)) == 0
    one = np.array([1.0])
    assert room_ends(one, one + 5, one, one + 0.3, empty, empty, empty)[0] == np.inf
