"""The collector's thresholds are raised while a page is analysed and put back after."""

from __future__ import annotations

import gc
import threading

import pytest

from newsdesk.core.collector import fewer_collections
from newsdesk.core.pipeline import analyze_page


@pytest.fixture
def thresholds():
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*saved)


def test_raised_inside_and_restored_after(thresholds):
    with fewer_collections(30_000):
        assert gc.get_threshold() == (30_000, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_after_an_error(thresholds):
    with pytest.raises(RuntimeError), fewer_collections(30_000):
        raise RuntimeError("boom")
    assert gc.get_threshold() == (700, 10, 10)


def test_nested_uses_restore_what_the_first_found(thresholds):
    with fewer_collections(30_000):
        with fewer_collections(30_000):
            pass
        assert gc.get_threshold()[0] == 30_000  # the outer one still runs
    assert gc.get_threshold() == (700, 10, 10)


def test_overlapping_threads_restore_the_original(thresholds):
    inside, release = threading.Event(), threading.Event()

    def worker():
        with fewer_collections(30_000):
            inside.set()
            release.wait(5)

    t = threading.Thread(target=worker)
    with fewer_collections(30_000):
        t.start()
        inside.wait(5)
    assert gc.get_threshold()[0] == 30_000  # the worker is still inside
    release.set()
    t.join(5)
    assert gc.get_threshold() == (700, 10, 10)


def test_a_disabled_collector_stays_disabled(thresholds):
    gc.set_threshold(0)
    with fewer_collections(30_000):
        assert gc.get_threshold()[0] == 0
    assert gc.get_threshold()[0] == 0


def test_analysis_leaves_the_thresholds_as_it_found_them(thresholds):
    analyze_page("本报讯　今天上午，区里召开会议。\n\n会议通过了决定。\n")
    assert gc.get_threshold() == (700, 10, 10)
