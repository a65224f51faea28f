"""One frozen configuration object, driven by a single table of settings (name, default, help).

The same table builds the CLI options, reads the `[eventmill]` section of a TOML config file and
feeds the settings reference in the README, so the three never drift apart.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventmill.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    """One row of the settings table."""

    name: str
    default: Any
    help: str
    type: type = str
    choices: tuple[str, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting("lang", None, "article language (fr, en); detected from the text when not given"),
    Setting(
        "published",
        None,
        "publication date YYYY-MM-DD for articles whose metadata, dateline and byline give none; "
        "relative dates ('jeudi', 'hier') resolve against the article's date",
    ),
    Setting(
        "languages",
        "fr,en",
        "languages detection may choose from (comma-separated language folders); an article detected "
        "as another language fails with a clear error",
    ),
    Setting("max_bytes", 2_000_000, "largest article accepted, in bytes; bigger ones fail with a clear error", int),
    Setting("min_chars", 20, "smallest article accepted, in characters of text", int),
    Setting(
        "inherit_place_sentences", 2, "how many earlier sentences an event without a place may take its place from", int
    ),
    Setting(
        "inherit_date_sentences",
        2,
        "how many earlier sentences an event without a date of its own may take its date from",
        int,
    ),
    Setting("merge_window", 6, "how many sentences apart two reports of one incident may be merged", int),
    Setting(
        "keep",
        "asserted",
        "which events to output: 'asserted' (specific events the text reports as having happened) or "
        "'all' (also negated, hypothetical and questioned mentions, headings, deaths with no violence "
        "named and statement nouns with nobody named, each with its reason in 'unasserted')",
        choices=("asserted", "all"),
    ),
    Setting(
        "typer",
        "rules",
        "what decides each candidate event's type: 'rules' (eventmill's hand-written rules) or the name "
        "of a typer a package registers (see eventmill.events.typers)",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Config:
    """Every setting eventmill reads, frozen; build with `Config.from_mapping` to validate types."""

    lang: str | None = None
    published: str | None = None
    languages: str = "fr,en"
    max_bytes: int = 2_000_000
    min_chars: int = 20
    inherit_place_sentences: int = 2
    inherit_date_sentences: int = 2
    merge_window: int = 6
    keep: str = "asserted"
    typer: str = "rules"

    def __post_init__(self) -> None:
        # `Config(keep="events")` from Python must fail as clearly as `--keep events` does
        for setting in SETTINGS:
            if setting.choices and getattr(self, setting.name) not in setting.choices:
                raise ConfigError(
                    f"setting {setting.name!r} must be one of {', '.join(setting.choices)}, "
                    f"got {getattr(self, setting.name)!r}"
                )

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> Config:
        """Config from a dict of setting names (unknown names and bad types are errors)."""
        kwargs = {}
        for key, val in values.items():
            key = key.replace("-", "_")
            if key not in _BY_NAME:
                raise ConfigError(f"unknown setting {key!r}; known settings: {', '.join(_BY_NAME)}")
            if val is None:
                continue
            want = _BY_NAME[key].type
            try:
                kwargs[key] = want(val)
            except (TypeError, ValueError):
                raise ConfigError(f"setting {key!r} must be {want.__name__}, got {val!r}") from None
            if _BY_NAME[key].choices and kwargs[key] not in _BY_NAME[key].choices:
                raise ConfigError(f"setting {key!r} must be one of {', '.join(_BY_NAME[key].choices)}, got {val!r}")
        return dataclasses.replace(cls(), **kwargs)

    @classmethod
    def from_file(cls, path: str | Path, **overrides: Any) -> Config:
        """Config from the `[eventmill]` table of a TOML file, then explicit overrides."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8")).get("eventmill", {})
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}") from None
        data.update({k: v for k, v in overrides.items() if v is not None})
        return cls.from_mapping(data)

    def language_list(self) -> tuple[str, ...]:
        return tuple(x.strip() for x in self.languages.split(",") if x.strip())
