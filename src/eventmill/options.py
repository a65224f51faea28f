"""Command-line options shared by every command: one option per row of the settings table
(`eventmill.config.SETTINGS`), and the frozen `Config` they give.

Both `eventmill.cli` and the command modules it loads (`eventmill.corpus.commands`) import this,
so no command module needs the CLI module itself.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from eventmill.config import SETTINGS, Config


def add_settings(parser: argparse.ArgumentParser) -> None:
    """One option per row of the settings table, so CLI, config file and docs stay in step."""
    for s in SETTINGS:
        convert: dict[str, Any] = {"type": s.type} if s.type is not str else {}
        parser.add_argument(
            "--" + s.name.replace("_", "-"),
            dest=s.name,
            default=None,
            choices=s.choices or None,
            metavar="{" + ",".join(s.choices) + "}" if s.choices else s.type.__name__.upper(),
            help=f"{s.help} (default: {s.default})",
            **convert,
        )
    parser.add_argument("--config", type=Path, help="TOML file with an [eventmill] table of these settings")


def config_from_args(args: argparse.Namespace) -> Config:
    """The frozen Config from parsed options (and --config FILE); used by every command."""
    values = {s.name: getattr(args, s.name, None) for s in SETTINGS}
    if getattr(args, "config", None):
        return Config.from_file(args.config, **values)
    return Config.from_mapping(values)
