"""The application never opens a socket: the end-to-end flows run with sockets forbidden."""

from __future__ import annotations

import socket
from pathlib import Path

import openpyxl
import pytest

from transition_planner.domain.changes import set_fields
from transition_planner.services import PlanningService


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def forbid(name: str):
        def guard(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise NetworkUsed(f"the application tried to use the network ({name})")

        return guard

    class GuardedSocket(socket.socket):
        def __init__(self, *args: object, **kwargs: object) -> None:
            forbid("socket.socket")()

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, forbid(f"socket.{name}"))
    return attempts


def test_flows_without_network(no_sockets: list[str], tmp_path: Path) -> None:
    with PlanningService.open(tmp_path / "w.tpw", create=True) as service:
        assert service.add_examples()
        plan = service.find_plan("Sudan")
        first = plan.presences[0]
        service.edit(plan.id, set_fields(plan, first, notes="checked offline"))
        book = tmp_path / "sudan.xlsx"
        service.export_workbook(plan.id, book)
        wb = openpyxl.load_workbook(book)
        summary = wb["Summary"]
        row = next(r for r in range(1, 40) if summary.cell(r, 1).value == "Description")
        summary.cell(row, 2, "Edited offline")
        wb.save(book)
        review = service.review_import(plan.id, book)
        service.apply_import(plan.id, review.change)
        assert service.plan(plan.id).description == "Edited offline"
        service.import_new(book, name="Sudan copy")
    assert no_sockets == []


def test_window_without_network(no_sockets: list[str], qtbot, tmp_path: Path) -> None:
    from transition_planner.ui.main_window import MainWindow

    service = PlanningService.open(tmp_path / "w.tpw", create=True)
    service.add_examples()
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert no_sockets == []
    window.close()
