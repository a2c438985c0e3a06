"""The benchmark's SMTP sink (aiosmtpd, as in the tests) in a process of its own.

In production the SMTP server is another program on another machine; run in the benchmark's
own process, aiosmtpd would take the interpreter lock from the pipeline it is measuring while it
receives the letters. The child writes one line per accepted message (its recipients) to a file
that the benchmark reads.

    python -m bench.sink PORT LOGFILE      # what ProcessSink starts
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from pathlib import Path

from tests.servers import _die_with_parent, free_port, wait_for_port


class ProcessSink:
    def __init__(self, work: Path) -> None:
        self.log = work / "sink.log"
        self.log.touch()
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.sink", str(self.port), str(self.log)],
            preexec_fn=_die_with_parent,
        )
        wait_for_port(self.port)

    def count(self) -> int:
        with self.log.open("rb") as f:
            return sum(1 for _ in f)

    def delivered_to(self, address: str) -> bool:
        return address in self.log.read_text().split()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def main(port: int, log: Path) -> None:
    from aiosmtpd.controller import Controller

    out = log.open("a", buffering=1)

    class Handler:
        async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
            out.write(" ".join(envelope.rcpt_tos) + "\n")
            return "250 OK"

    controller = Controller(
        Handler(), hostname="127.0.0.1", port=port, data_size_limit=100 * 1024 * 1024
    )
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]))
