"""The error family: every message tells the user what went wrong and what to do next."""

from __future__ import annotations


class EventmillError(Exception):
    """Base class; the CLI prints the message on one line and exits non-zero."""

    exit_code = 1


class InputError(EventmillError):
    """The article itself is unusable: empty, binary, mis-encoded, too large."""

    exit_code = 2


class UnsupportedLanguage(InputError):
    """The article is in a language eventmill has no resource folder for; `lang` is the language it
    was recognised as (ISO 639-1), when it was."""

    exit_code = 3

    def __init__(self, message: str, lang: str | None = None) -> None:
        super().__init__(message)
        self.lang = lang


class ConfigError(EventmillError):
    """A setting or option has a value eventmill cannot use."""

    exit_code = 4


class ResourceError(EventmillError):
    """A language resource or model is missing or malformed (an installation problem)."""

    exit_code = 5


class PipelineError(EventmillError):
    """Stages were assembled in an order where one needs a field no earlier stage fills."""

    exit_code = 6
