"""The ``newsparse`` program's first step: Ctrl-C while the program loads ends it quietly.

Loading the command line takes a few tens of milliseconds; an interrupt then would print the
traceback of whatever module was being imported. Until the batch takes over the signal (it
stops between records, ``batch.Guard``), an interrupt ends the process at once with the exit
code of an interrupted run: nothing has been written yet. A program that imports
``newsparse.cli`` itself keeps its own signal handlers.
"""
from __future__ import annotations

import os
import signal
import sys


def _end(signum, frame) -> None:
    sys.stderr.write(f"stopped by signal {signum}\n")
    sys.stderr.flush()
    os._exit(128 + signum)


def main() -> None:
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _end)
    from .cli import main as run
    run()
