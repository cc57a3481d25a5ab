"""A damaged stored value in a sound file (integrity_check ok) is a clear refusal naming the plan
and the row, with the latest backup offered — never a traceback (issue 15.11)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from transition_planner.store import Workspace, WorkspaceCorrupt
from transition_planner.store.sqlite import integrity_check

from .helpers import full_plan

Damage = Callable[[sqlite3.Connection, str], None]


def _sql(statement: str) -> Damage:
    def damage(connection: sqlite3.Connection, plan_id: str) -> None:
        connection.execute(statement, (plan_id,))

    return damage


CASES: dict[str, tuple[Damage, str]] = {
    "a date that is not a date": (
        _sql("UPDATE assignments SET start_date = '2024-01-0x' WHERE plan_id = ? AND position = 0"),
        "assignments row 1 (id '{assignment}'): start_date holds '2024-01-0x', not a date",
    ),
    "text that is not UTF-8": (
        _sql(
            "UPDATE actors SET name = CAST(X'4D494E55ff' AS TEXT) "
            "WHERE plan_id = ? AND position = 1"
        ),
        "actors row 2 (id '{actor}'): name holds 'MINU\ufffd', which is not readable text",
    ),
    "a number that became a blob": (
        _sql("UPDATE assignments SET capacity = X'0102' WHERE plan_id = ? AND position = 0"),
        "assignments row 1 (id '{assignment}'): capacity holds b'\\x01\\x02', not a float",
    ),
    "a reference to a row that is not there": (
        _sql(
            "UPDATE assignments SET actor_id = 'ffffffffffffffff' WHERE plan_id = ? "
            "AND position = 0"
        ),
        "assignments row 1 (id '{assignment}'): actor_id names a actor ('ffffffffffffffff') "
        "that the plan does not have",
    ),
    "an unknown kind": (
        _sql("UPDATE presences SET kind = 'PKQ' WHERE plan_id = ? AND position = 0"),
        "Presence {presence} has an unknown kind 'PKQ'",
    ),
}


def _damaged(ws_path: Path, damage: Damage) -> tuple[Path, dict[str, str]]:
    plan = full_plan()
    with Workspace.open(ws_path, create=True) as ws:
        ws.add_plan(plan)
        backup = ws.backup("good")
    connection = sqlite3.connect(ws_path)
    connection.execute("PRAGMA foreign_keys=OFF")
    damage(connection, plan.id)
    connection.commit()
    connection.close()
    assert integrity_check(ws_path) == [], "the pages are sound: only a value is damaged"
    ids = {
        "assignment": plan.assignments[0].id,
        "actor": plan.actors[1].id,
        "presence": plan.presences[0].id,
    }
    return backup, ids


@pytest.mark.parametrize("case", list(CASES))
def test_a_damaged_value_names_the_plan_and_row(ws_path: Path, case: str) -> None:
    damage, expected = CASES[case]
    backup, ids = _damaged(ws_path, damage)
    with Workspace.open(ws_path, read_only=True) as ws:
        [summary] = ws.list_plans()
        with pytest.raises(WorkspaceCorrupt) as info:
            ws.load_plan(summary.id)
    message = str(info.value)
    assert "plan 'Kandora — full'" in message
    assert expected.format(**ids) in message
    assert info.value.latest_backup == backup and str(backup) in message
    assert "Traceback" not in message


def test_a_damaged_plan_date_refuses_the_listing(ws_path: Path) -> None:
    backup, _ids = _damaged(
        ws_path, _sql("UPDATE plans SET horizon_start = '2O24-01-01' WHERE id = ?")
    )
    with Workspace.open(ws_path, read_only=True) as ws, pytest.raises(WorkspaceCorrupt) as info:
        ws.list_plans()
    message = str(info.value)
    assert "plan 'Kandora — full', its settings: horizon_start holds '2O24-01-01'" in message
    assert info.value.latest_backup == backup


def test_restore_sets_a_workspace_with_a_damaged_value_aside(ws_path: Path) -> None:
    backup, _ids = _damaged(ws_path, CASES["a date that is not a date"][0])
    kept = Workspace.restore(ws_path, backup)
    assert "-damaged-" in kept.name, "not listed as a backup to be offered again"
    assert kept not in [b.path for b in Workspace.backups_of(ws_path)]
    with Workspace.open(backup, read_only=True) as original:
        [summary] = original.list_plans()
        expected = original.load_plan(summary.id)
    with Workspace.open(ws_path) as ws:
        assert ws.load_plan(summary.id) == expected


def test_a_table_definition_that_is_not_utf8(ws_path: Path) -> None:
    """Found by bench/fuzz_workspace.py (seed 7, file 16): SQLite's error quotes the damaged
    definition, whose bytes the driver cannot decode (UnicodeDecodeError from any statement)."""
    with Workspace.open(ws_path, create=True) as ws:
        ws.add_plan(full_plan())
        backup = ws.backup("good")
    data = bytearray(ws_path.read_bytes())
    at = data.index(b"REFERENCES actors")
    data[at + 3] = 0xDD
    ws_path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceCorrupt) as info:
        Workspace.open(ws_path, read_only=True).close()
    assert "damaged" in str(info.value) and info.value.latest_backup == backup
    kept = Workspace.restore(ws_path, backup)
    assert kept.read_bytes() == bytes(data)
    with Workspace.open(ws_path) as ws:
        assert [s.name for s in ws.list_plans()] == [full_plan().name]


@pytest.mark.parametrize(("offset", "value"), [(47, 9), (47, 255)])
def test_an_unsupported_file_format_in_the_header(ws_path: Path, offset: int, value: int) -> None:
    """Found by bench/fuzz_workspace.py (seed 15, 6 files in 5,000): a flipped header byte (the
    schema format number, bytes 44-47) is "unsupported file format" from SQLite."""
    with Workspace.open(ws_path, create=True) as ws:
        ws.add_plan(full_plan())
        backup = ws.backup("good")
    data = bytearray(ws_path.read_bytes())
    data[offset] = value
    ws_path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceCorrupt) as info:
        Workspace.open(ws_path, read_only=True).close()
    assert "unsupported file format" in str(info.value)
    assert info.value.latest_backup == backup
    Workspace.restore(ws_path, backup)
    with Workspace.open(ws_path) as ws:
        assert [s.name for s in ws.list_plans()] == [full_plan().name]
