"""A time limit on coding one article, so that a pathological input fails alone instead of stalling a run.

Two mechanisms, chosen by where the article is coded:

- In a process's main thread (local pool workers, `--workers 0`) a SIGALRM timer. Its handler runs
  between bytecodes and inside regular-expression matching and sleeps, so it stops Python code, a
  runaway regex and a blocked sleep alike.
- In any other thread (Dask runs tasks in worker threads), or where SIGALRM does not exist
  (Windows), a watchdog thread raises the timeout in the coding thread as an asynchronous exception
  (CPython's `PyThreadState_SetAsyncExc`). It takes effect when that thread next runs Python
  bytecode: a single C call that never returns (a regex, a sleep) is not interrupted.

Where neither is available (a Python without `ctypes.pythonapi`) articles run without a limit, and
the first one says so in the log.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)


class ArticleTimeout(BaseException):
    """Coding an article ran past its time limit.

    A BaseException, like KeyboardInterrupt, so the pipeline's per-stage `except Exception` (which
    records a crashing stage and runs the next) cannot swallow it and go on with the article."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise `ArticleTimeout` in this thread if the body runs longer than `seconds` (0: no limit)."""
    if seconds <= 0:
        yield
    elif hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
    elif _set_async_exc() is not None:
        with _watchdog(seconds):
            yield
    else:
        _warn_once()
        yield


def _fire(signum, frame) -> None:
    raise ArticleTimeout


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    # replaces, for the article's duration, any SIGALRM handler and real-time timer of the caller
    previous = signal.signal(signal.SIGALRM, _fire)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:  # even when the alarm fires between the body's end and the line above
            signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


_ASYNC_EXC: list = []


def _set_async_exc():
    """CPython's PyThreadState_SetAsyncExc, or None where ctypes cannot reach it."""
    if not _ASYNC_EXC:
        try:
            import ctypes

            api = ctypes.pythonapi.PyThreadState_SetAsyncExc

            def func(thread: int, exc: type | None) -> None:
                # no argtypes: None must reach C as NULL (withdraw), not as the object None
                api(ctypes.c_ulong(thread), ctypes.py_object(exc) if exc is not None else None)
        except (ImportError, AttributeError):
            func = None
        _ASYNC_EXC.append(func)
    return _ASYNC_EXC[0]


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    set_exc = _set_async_exc()
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    def fire() -> None:
        with lock:  # never raise into the thread once it has left the body
            if state["active"]:
                state["fired"] = True
                set_exc(target, ArticleTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["active"] = False
            if state["fired"]:
                # withdraw the exception if it is still pending: the body ended before it took effect
                set_exc(target, None)


_WARNED: list[bool] = []


def _warn_once() -> None:
    if not _WARNED:
        _WARNED.append(True)
        log.warning("this Python cannot interrupt a running thread: articles are coded without a time limit")
