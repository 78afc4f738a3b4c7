"""store.session.collector_paused: no collection while many objects are made, and none of them walked in a
young pass afterwards (one pass over a 100,000-person payment's objects held the window for 90 ms)."""

from __future__ import annotations

import gc
import threading

from ssclient.store.session import collector_paused


class Made:
    """A container the collector tracks, as a payment line is."""

    def __init__(self) -> None:
        self.items: list[object] = []


def _generation_of(marker: object) -> int | None:
    for generation in range(3):
        if any(item is marker for item in gc.get_objects(generation)):
            return generation
    return None


def test_objects_made_while_paused_go_to_the_oldest_generation_unexamined() -> None:
    assert gc.isenabled()
    collections_before = [stats["collections"] for stats in gc.get_stats()]
    with collector_paused():
        assert not gc.isenabled()
        made = [Made() for _ in range(50_000)]  # would set off young passes were the collector on
        assert [stats["collections"] for stats in gc.get_stats()] == collections_before
    assert gc.isenabled()
    assert [stats["collections"] for stats in gc.get_stats()] == collections_before
    assert _generation_of(made[0]) == 2
    assert _generation_of(made) == 2


def test_pauses_nest_and_span_threads() -> None:
    entered, leave = threading.Event(), threading.Event()

    def pausing() -> None:
        with collector_paused():
            entered.set()
            leave.wait(10)

    other = threading.Thread(target=pausing)
    other.start()
    try:
        assert entered.wait(10)
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the other thread still pauses it"
    finally:
        leave.set()
        other.join(10)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
