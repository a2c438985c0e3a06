"""Optional Prometheus metrics on a local port (`[metrics] port`), with prometheus-client.

Counters only grow and gauges say "now"; a scrape never touches the database.
"""

from __future__ import annotations

import time
from typing import Any

from ppid_mailer.errors import PpidError


class Metrics:
    """Does nothing: the default when `[metrics] port = 0`."""

    def observe(
        self,
        stored: int,
        processed: int,
        shunted: int,
        sent: int,
        deferred: int,
        failed: int,
        inbox_ok: bool,
    ) -> None:
        return None


class PrometheusMetrics(Metrics):
    def __init__(self, address: str, port: int) -> None:
        try:
            import prometheus_client as prom
        except ImportError:
            raise PpidError(
                "[metrics] port is set but prometheus-client is not installed: "
                "pip install 'ppid-mailer[metrics]'"
            ) from None
        self.registry = prom.CollectorRegistry()

        def counter(name: str, text: str) -> Any:
            return prom.Counter(name, text, registry=self.registry)

        self.stored = counter("ppid_messages_stored", "Inbound messages stored")
        self.processed = counter("ppid_messages_processed", "Inbound messages processed")
        self.shunted = counter("ppid_messages_shunted", "Inbound messages shunted by an error")
        self.sent = counter("ppid_letters_sent", "Letters accepted by the mail server")
        self.deferred = counter(
            "ppid_letters_deferred", "Letter attempts deferred by a temporary failure"
        )
        self.failed = counter("ppid_letters_failed", "Letters failed for good")
        self.last_fetch: Any = prom.Gauge(
            "ppid_last_fetch_timestamp_seconds",
            "Unix time of the last successful fetch",
            registry=self.registry,
        )
        try:
            self.server, self.thread = prom.start_http_server(
                port, addr=address, registry=self.registry
            )
        except OSError as exc:
            raise PpidError(
                f"[metrics] cannot listen on {address}:{port}: {exc.strerror}"
            ) from None

    def observe(
        self,
        stored: int,
        processed: int,
        shunted: int,
        sent: int,
        deferred: int,
        failed: int,
        inbox_ok: bool,
    ) -> None:
        for counter, value in (
            (self.stored, stored),
            (self.processed, processed),
            (self.shunted, shunted),
            (self.sent, sent),
            (self.deferred, deferred),
            (self.failed, failed),
        ):
            if value:
                counter.inc(value)
        if inbox_ok:
            self.last_fetch.set(time.time())


def open_metrics(address: str, port: int) -> Metrics:
    return PrometheusMetrics(address, port) if port else Metrics()
