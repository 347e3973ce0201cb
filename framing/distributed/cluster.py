"""Which cluster `--dask ADDRESS` means, and connecting to it with a clear message when Dask is missing.

`local` or `local:N` starts a LocalCluster of N worker processes on this machine (one thread each:
spaCy is CPU-bound and holds the GIL, so processes, not threads, give parallelism); anything else is a
scheduler address (`tcp://host:8786`, `tls://...`) of a running cluster.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import FramingError
from ..i18n import N_, _

if TYPE_CHECKING:
    from distributed import Client

MISSING_DASK = N_(
    "--dask needs the optional Dask backend, which is not installed: pip install 'framing[dask]' "
    "(dask[distributed] and pyarrow)"
)
LOCAL = "local"
# Dask settings for the workers framing starts. The statistical profiler samples every task thread's
# stack every 10 ms, which costs a pure-Python-heavy analysis much of its speed; nothing framing shows
# needs it. (Workers started with `dask worker` take it from DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED,
# see docs/scale.md.)
WORKER_CONFIG: dict[str, object] = {
    "distributed.worker.profile.enabled": False,
    # Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in every worker's environment; an explicit threshold
    # also turns off glibc's dynamic mmap threshold, so spaCy's large array allocations become mmap/munmap
    # pairs (our reading of the cause). Measured on 300 articles, --dask local:2: 24.3 s with it, 19.7 s
    # without, --jobs 2 12.1-12.4 s (one run each, quiet 2-core machine). Unset for the workers we start.
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


@dataclass(frozen=True)
class Address:
    """A parsed `--dask` value: a local cluster of `workers` processes, or a scheduler to connect to."""

    scheduler: str | None  # None: start a LocalCluster
    workers: int = 1


def parse_address(value: str) -> Address:
    """`local`, `local:N` or a scheduler address; anything else is a FramingError naming the value."""
    text = value.strip()
    if text == LOCAL or text.startswith(LOCAL + ":"):
        count = text[len(LOCAL) + 1 :] if ":" in text else ""
        if not count:
            return Address(None, os.cpu_count() or 1)
        if not count.isdigit() or int(count) < 1:
            raise FramingError(
                _("--dask {value}: expected local, local:N (N >= 1 worker processes) or tcp://host:port").format(
                    value=value
                )
            )
        return Address(None, int(count))
    if "://" not in text and ":" in text:
        text = f"tcp://{text}"  # host:port, as `dask scheduler` prints it without the scheme
    if "://" not in text:
        raise FramingError(
            _("--dask {value}: expected local, local:N or a scheduler address such as tcp://host:8786").format(
                value=value
            )
        )
    return Address(text)


def require_dask() -> None:
    """Raise the one-line install hint when dask.distributed cannot be imported."""
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise FramingError(_(MISSING_DASK)) from exc


class Cluster:
    """A client to the cluster `--dask` names; closes what it started (a local cluster) and nothing else."""

    def __init__(self, value: str) -> None:
        require_dask()
        import dask
        from distributed import Client, LocalCluster

        self.address = parse_address(value)
        self.local: Any = None
        self.scratch: str | None = None
        try:
            if self.address.scheduler is None:
                dask.config.set(WORKER_CONFIG)  # the nanny passes it to the workers (replacements too)
                # The workers' scratch folders go in a folder of ours, removed on close: nothing is left in /tmp.
                self.scratch = tempfile.mkdtemp(prefix="framing-dask-")
                with dask.config.set({"temporary-directory": self.scratch}):  # the scheduler's scratch too
                    self.local = self._start_local(LocalCluster)
                self.client: Client = Client(self.local)
            else:
                self.client = Client(self.address.scheduler, timeout="30s")
        except OSError as exc:
            self.close()
            raise FramingError(
                _("--dask {value}: cannot reach the Dask scheduler ({error})").format(value=value, error=exc)
            ) from exc

    def _start_local(self, local_cluster: Any) -> Any:
        """N single-threaded worker processes, no dashboard on a fixed port, only errors logged."""
        return local_cluster(
            local_directory=self.scratch,
            n_workers=self.address.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        )

    def worker_slots(self) -> int:
        """Threads across the cluster's workers now (at least 1): how many batches run at once."""
        workers = self.client.scheduler_info().get("workers", {})
        return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.local is not None:
            self.local.close()
            self.local = None
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None
