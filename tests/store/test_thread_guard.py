"""tests.support.thread_guard: a store that fails a test when the GUI thread touches it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ssclient.gui.workers import start_call
from ssclient.store import Store
from tests.store.conftest import UNIT, active, add_declaration
from tests.support.thread_guard import (
    StoreOnGuiThread,
    guard_store,
    guarded_store,  # noqa: F401 (the fixture, as a conftest.py would import it)
    run_on_thread,
    violations_of,
)


def test_a_store_call_on_the_gui_thread_is_refused_and_remembered(qtbot: QtBot, store: Store) -> None:
    guarded = guard_store(store)

    with pytest.raises(StoreOnGuiThread, match=r"Store\.create_draft was called on the GUI thread"):
        guarded.create_draft(UNIT, add_declaration())
    with pytest.raises(StoreOnGuiThread, match=r"Store\.people\.roster was called"):
        guarded.people.roster(UNIT)

    assert len(violations_of(guarded)) == 2
    assert store.list_declarations(UNIT) == []  # nothing reached the file
    assert guarded.path == store.path  # plain attributes are no calls


def test_the_same_calls_from_a_worker_thread_go_through(qtbot: QtBot, store: Store) -> None:
    guarded = guard_store(store)

    declaration_id = run_on_thread(lambda: guarded.create_draft(UNIT, add_declaration()))
    task = start_call(guarded.documents.get_declaration, declaration_id)
    with qtbot.waitSignal(task.finished) as done:
        pass

    assert done.args is not None and done.args[0].id == declaration_id
    run_on_thread(lambda: guarded.replace_roster(UNIT, [active("110101199003070012", "张三")]))
    assert violations_of(guarded) == []
    assert set(store.roster(UNIT)) == {"110101199003070012"}


def test_the_fixture_hands_out_the_folders_store_guarded(qtbot: QtBot, guarded_store: Store) -> None:  # noqa: F811
    """How tests/gui/conftest.py turns it on: `guarded_store` wraps the `store` fixture it finds."""
    task = start_call(guarded_store.create_draft, UNIT, add_declaration())
    with qtbot.waitSignal(task.finished):
        pass
    assert run_on_thread(lambda: guarded_store.count_declarations(UNIT)) == 1
