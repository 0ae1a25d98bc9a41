"""The errors newsparse raises and the exit codes of its command line."""
from __future__ import annotations

from enum import IntEnum


class NewsparseError(Exception):
    """Base for every error newsparse raises."""


class InputError(NewsparseError, ValueError):
    """The input is not usable text (empty, binary, or in an encoding that cannot be read)."""


class RegistryError(NewsparseError, ValueError):
    """An outlet registry file cannot be read."""


class ExitCode(IntEnum):
    OK = 0              # every input parsed and written
    INPUT_ERRORS = 1    # at least one input failed; the others were still written
    USAGE = 2           # bad options or arguments (click's UsageError)
    NOTHING_PARSED = 3  # no input could be parsed
    OUTPUT_ERROR = 4    # the output could not be written (a full disk, a folder that cannot be made)
    HANGUP = 129        # stopped by SIGHUP (the terminal went away): 128 + 1
    INTERRUPTED = 130   # stopped by SIGINT (Ctrl-C): 128 + 2; only complete files were left
    TERMINATED = 143    # stopped by SIGTERM: 128 + 15
