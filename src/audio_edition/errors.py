"""One error root for everything a user can cause.

Each error carries a message (what went wrong, naming the input), an optional hint
(what to do about it) and the exit code the CLI uses.
"""

from __future__ import annotations


class AudioEditionError(Exception):
    """Root of every error the tool reports to a user."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        text = " ".join(self.message.split())
        if self.hint:
            text += f" (hint: {' '.join(self.hint.split())})"
        return text


class InputError(AudioEditionError):
    """The article, option or file the user gave cannot be used."""

    exit_code = 2


class EngineError(AudioEditionError):
    """A speech engine failed."""

    exit_code = 3


class EngineTransient(EngineError):
    """A failure worth retrying: rate limits, server errors, dropped connections."""


class EnginePermanent(EngineError):
    """A failure retrying will not fix: bad request, unsupported voice, persistent errors."""


class EngineUnavailable(EngineError):
    """The engine cannot run here (missing library, unreachable service)."""


class AudioError(AudioEditionError):
    """Decoding, assembling or encoding audio failed."""

    exit_code = 4


class PublishError(AudioEditionError):
    """Writing the outputs failed."""

    exit_code = 5
