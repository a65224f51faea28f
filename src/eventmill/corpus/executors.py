"""Where batches run: in this process, on a local process pool, or on a Dask cluster.

All three take the same batch function and hand back futures; the runner drives them the same way,
so a Dask run writes exactly what a local run writes. Each names the exceptions (`died`) its futures
raise when the worker coding them died, and `recover()` makes it usable again afterwards.
"""

from __future__ import annotations

import concurrent.futures as cf
import concurrent.futures.process as cfp
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from eventmill.corpus.extras import require
from eventmill.errors import ConfigError, EventmillError

log = logging.getLogger(__name__)

# how long to keep trying to reach a Dask scheduler before giving up
CONNECT_TIMEOUT = "15s"


class ExecutorError(EventmillError):
    """Workers could not be started or reached, or one died."""

    exit_code = 1


class InProcess:
    """Runs each batch at once in this process (`--workers 0`: for debugging and tiny inputs)."""

    slots = 1
    name = "in-process"
    died: tuple[type[BaseException], ...] = ()  # a crash here ends the run itself

    def recover(self) -> None:
        pass

    def submit(self, fn: Callable, *args: Any) -> cf.Future:
        fut: cf.Future = cf.Future()
        try:
            fut.set_result(fn(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
            fut.set_exception(exc)
        return fut

    def wait(self, pending: set) -> tuple[set, set]:
        return set(pending), set()

    def close(self, cancel: bool = False) -> None:
        pass


def _init_worker(parent: int, log_level: int) -> None:
    """In a pool worker: log like the parent, and exit when the parent dies (a kill -9 of the run
    leaves no orphans coding for nobody)."""
    logging.basicConfig(level=log_level, format="eventmill: worker %(process)d: %(levelname)s: %(message)s")

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="eventmill-parent-watch").start()


class ProcessPool:
    """A local pool of worker processes, each loading its own spaCy model once (on its first batch)."""

    # a worker that dies breaks the whole pool: every batch in flight fails with this
    died: tuple[type[BaseException], ...] = (cfp.BrokenProcessPool,)

    def __init__(self, workers: int):
        self.slots = workers
        self.name = f"local:{workers} workers"
        self.pool = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        # spawn, not fork: the parent holds a DuckDB connection and threads that must not be copied
        return cf.ProcessPoolExecutor(
            max_workers=self.slots,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(os.getpid(), logging.getLogger().getEffectiveLevel()),
        )

    def recover(self) -> None:
        """Replace a broken pool with a fresh one (its workers load their models again)."""
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._start()

    def submit(self, fn: Callable, *args: Any) -> cf.Future:
        return self.pool.submit(fn, *args)

    def wait(self, pending: set) -> tuple[set, set]:
        done, not_done = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
        return done, not_done

    def close(self, cancel: bool = False) -> None:
        self.pool.shutdown(wait=not cancel, cancel_futures=cancel)


def _worker_version() -> str:
    import eventmill

    return eventmill.__version__


class DaskCluster:
    """Batches as tasks on a Dask cluster: `local` starts a LocalCluster of `workers` processes,
    anything else is a scheduler address (`tcp://host:8786`) whose workers have eventmill installed."""

    def __init__(self, address: str, workers: int):
        distributed = require("distributed", "dask")
        self.distributed = distributed
        self.cluster = None
        try:
            if address == "local":
                import dask

                # the workers' statistical profiler samples every thread every 10 ms: a cost here
                # for a dashboard no one reads (a cluster of your own keeps its own settings)
                with dask.config.set({"distributed.worker.profile.enabled": False}):
                    self.cluster = distributed.LocalCluster(
                        n_workers=max(1, workers),
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                self.client = distributed.Client(self.cluster)
            else:
                self.client = distributed.Client(address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise ExecutorError(
                f"cannot reach the Dask scheduler at {address} ({exc}); start one with "
                "`dask scheduler` and workers with `dask worker ADDRESS --nthreads 1`"
            ) from None
        versions = self.client.run(_worker_version)
        from eventmill import __version__

        wrong = {w: v for w, v in versions.items() if v != __version__}
        if wrong:
            self.close()
            raise ExecutorError(
                f"Dask workers run another eventmill version ({wrong}); install eventmill {__version__} on every worker"
            )
        nthreads = self.client.nthreads()
        if not nthreads:
            self.close()
            raise ExecutorError(
                f"the Dask scheduler at {address} has no workers; start some with `dask worker {address} --nthreads 1`"
            )
        self.slots = sum(nthreads.values())
        self.name = f"dask:{address} ({len(nthreads)} workers, {self.slots} threads)"
        # Dask restarts a dead worker and reruns its task elsewhere; a task that kept killing its
        # workers (distributed.scheduler.allowed-failures, 3 by default) fails with KilledWorker
        self.died = (distributed.KilledWorker,)

    def recover(self) -> None:
        pass  # the nannies have already replaced the dead workers

    def submit(self, fn: Callable, *args: Any):
        return self.client.submit(fn, *args, pure=False)

    def wait(self, pending: set) -> tuple[set, set]:
        result = self.distributed.wait(list(pending), return_when="FIRST_COMPLETED")
        return set(result.done), set(result.not_done)

    def close(self, cancel: bool = False) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_executor(workers: int, dask: str | None):
    """The executor for these options."""
    if workers < 0:
        raise ConfigError(f"--workers must be 0 or more, got {workers}")
    if dask:
        return DaskCluster(dask, workers or 1)
    if workers == 0:
        return InProcess()
    return ProcessPool(workers)
