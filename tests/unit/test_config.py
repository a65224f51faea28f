import dataclasses

import pytest

from eventmill.config import SETTINGS, Config
from eventmill.errors import ConfigError


def test_settings_table_matches_config_defaults():
    defaults = {f.name: f.default for f in dataclasses.fields(Config)}
    assert {s.name: s.default for s in SETTINGS} == defaults


def test_config_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        Config().lang = "fr"


def test_unknown_setting_is_a_clear_error():
    with pytest.raises(ConfigError, match="unknown setting 'colour'"):
        Config.from_mapping({"colour": "red"})


def test_bad_type_is_a_clear_error():
    with pytest.raises(ConfigError, match="max_bytes"):
        Config.from_mapping({"max_bytes": "lots"})


def test_config_file_and_overrides(tmp_path):
    f = tmp_path / "eventmill.toml"
    f.write_text('[eventmill]\nlang = "fr"\nmerge_window = 3\n')
    cfg = Config.from_file(f, merge_window=4)
    assert (cfg.lang, cfg.merge_window) == ("fr", 4)


def test_a_setting_outside_its_choices_is_a_clear_error_from_python_too():
    with pytest.raises(ConfigError, match="'keep' must be one of asserted, all, got 'events'"):
        Config(keep="events")
    with pytest.raises(ConfigError, match="keep"):
        Config.from_mapping({"keep": "everything"})
    assert Config(keep="all").keep == "all"
