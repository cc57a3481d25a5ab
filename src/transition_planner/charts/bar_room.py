"""Where the room beside each bar ends: the next bar of its lane, or the next gap crossing it.

A short bar's name is written beside it when there is room; the room ends where the next bar of
the same lane starts, or the next gap that crosses the lane. Counted for every bar at once with
sorts and binary searches (a loop over thousands of bars and hundreds of gaps cost milliseconds
on every draw).
"""

from __future__ import annotations

import numpy as np


def room_ends(
    bx0: np.ndarray,
    bx1: np.ndarray,
    by0: np.ndarray,
    by1: np.ndarray,
    gx0: np.ndarray,
    gy0: np.ndarray,
    gy1: np.ndarray,
) -> np.ndarray:
    """For each bar (x from `bx0` to `bx1`, y from `by0` to `by1`), the x where the room after
    it ends: the start of the next bar with the same `by0` (its lane), or the start of the first
    gap (x from `gx0`, y from `gy0` to `gy1`) that starts at or after the bar's end and overlaps
    it vertically; +inf when neither."""
    n = len(bx0)
    ends = np.full(n, np.inf)
    if n == 0:
        return ends
    # the next bar of the lane: bars by lane, then by start
    order = np.lexsort((bx0, by0))
    first, second = order[:-1], order[1:]
    same_lane = by0[first] == by0[second]
    ends[first[same_lane]] = bx0[second[same_lane]]
    if len(gx0) == 0:
        return ends
    # the lanes (distinct by0) and their bottoms; each bar's lane
    lane_top, lane_of = np.unique(by0, return_inverse=True)
    lane_bottom = np.full(len(lane_top), -np.inf)
    np.maximum.at(lane_bottom, lane_of, by1)
    # (gap, lane) pairs that overlap vertically: lanes from the first whose running bottom
    # passes the gap's top to the last whose top is above the gap's bottom, then checked
    reach = np.maximum.accumulate(lane_bottom)
    lo = np.searchsorted(reach, gy0, side="right")
    hi = np.searchsorted(lane_top, gy1, side="left")
    counts = np.maximum(hi - lo, 0)
    gap_of = np.repeat(np.arange(len(gx0)), counts)
    within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    lane = np.repeat(lo, counts) + within
    overlaps = (lane_top[lane] < gy1[gap_of]) & (lane_bottom[lane] > gy0[gap_of])
    gap_of, lane = gap_of[overlaps], lane[overlaps]
    if len(lane) == 0:
        return ends
    # the first gap of the bar's lane starting at or after its end: one sorted key per pair
    low = min(float(bx1.min()), float(gx0.min()))
    span = max(float(bx1.max()), float(gx0.max())) - low + 1.0
    keys = lane * span + (gx0[gap_of] - low)
    by_key = np.argsort(keys, kind="stable")
    keys, lane, starts = keys[by_key], lane[by_key], gx0[gap_of][by_key]
    found = np.searchsorted(keys, lane_of * span + (bx1 - low), side="left")
    inside = found < len(keys)
    hit = np.zeros(n, dtype=bool)
    hit[inside] = lane[found[inside]] == lane_of[inside]
    ends[hit] = np.minimum(ends[hit], starts[found[hit]])
    return ends
