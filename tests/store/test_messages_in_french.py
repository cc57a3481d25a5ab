"""The store's messages for a person come from the one catalogue: in French under a French
language (issue 12), in English as before outside it."""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from transition_planner import i18n
from transition_planner.store import NotAWorkspace, Workspace, WorkspaceLocked
from transition_planner.store.locking import _since, lock_path

NBSP = "\u00a0"


def test_the_lock_message_in_french(ws: Workspace, ws_path: Path) -> None:
    ws.close()
    nine_25 = datetime.now().astimezone().replace(hour=9, minute=25, second=0, microsecond=0)
    lock_path(ws_path).write_text(
        json.dumps(
            {
                "pid": os.getppid(),
                "host": socket.gethostname(),
                "app": "Transition Planner 2.1.0",
                "time": nine_25.isoformat(),
            }
        ),
        encoding="utf-8",
    )
    with i18n.use_language("fr"), pytest.raises(WorkspaceLocked) as french:
        Workspace.open(ws_path)
    assert str(french.value) == (
        f"{ws_path} est ouvert dans Transition Planner sur cet ordinateur depuis aujourd'hui "
        "09:25 — fermez-le d'abord là-bas, ou ouvrez-le en lecture seule"
    )
    # the same lock, outside the French block: the English sentence, word for word
    with pytest.raises(WorkspaceLocked) as english:
        Workspace.open(ws_path)
    assert str(english.value) == (
        f"{ws_path} is open in Transition Planner on this computer since 09:25 today — close "
        "it there first, or open it read-only"
    )


def test_since_in_french_writes_the_day_the_french_way() -> None:
    now = datetime(2026, 12, 1, 10, 30).astimezone()
    with i18n.use_language("fr"):
        assert _since((now - timedelta(days=1)).isoformat(), now) == " depuis hier 10:30"
        assert _since((now - timedelta(days=3)).isoformat(), now) == (
            " depuis le 28 nov. 2026 10:30"
        )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_refused_named_pipe_in_french(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.tpw"
    os.mkfifo(fifo)
    with i18n.use_language("fr"), pytest.raises(NotAWorkspace) as info:
        Workspace.open(fifo)
    assert str(info.value) == (
        f"{fifo} est un tube nommé (FIFO), pas un fichier d'espace de travail{NBSP}; choisissez "
        "un fichier d'espace de travail Transition Planner (.tpw). Rien n'a été écrit"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.tpw"]  # nothing written beside
