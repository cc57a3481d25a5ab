"""`analyse` pauses the cycle collector and leaves it, and the process's frozen objects, as it
found them (it moves its own objects to the oldest generation with gc.freeze + unfreeze)."""

from __future__ import annotations

import gc

from transition_planner.domain.analysis import analyse
from transition_planner.workbook.examples import haiti_plan


def test_the_collector_is_left_as_it_was_found() -> None:
    plan = haiti_plan()
    expected = analyse(plan).findings
    assert gc.isenabled()
    assert analyse(plan).findings == expected
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    gc.disable()
    try:
        assert analyse(plan).findings == expected
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_process_s_frozen_objects_stay_frozen() -> None:
    plan = haiti_plan()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        analyse(plan)
        assert gc.get_freeze_count() == frozen  # not released by the analysis
        assert gc.isenabled()
    finally:
        gc.unfreeze()
