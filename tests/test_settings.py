"""One settings model: every option has a config key and a variable, misspelt keys and
variables are refused with a suggestion, and `config show` says where each value comes from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audio_edition.cli import cli
from audio_edition.errors import InputError
from audio_edition.options import check_environment, read_config, settings_table

from .conftest import SAMPLE, invoke, invoke_main, run_cli


def test_every_option_has_one_key_and_one_variable_per_command() -> None:
    table = settings_table(cli)
    by_command: dict[str, list[str]] = {}
    for s in table:
        by_command.setdefault(s.command, []).append(s.envvar)
        assert s.key and s.envvar.startswith("AUDIO_EDITION_") and s.option.envvar == s.envvar
    for command, variables in by_command.items():
        assert len(variables) == len(set(variables)), command
    build = {s.key: s for s in table if s.command == "build"}
    assert build["bitrate"].param == "bitrate_kbps" and build["bitrate"].envvar == "AUDIO_EDITION_BITRATE"
    titles = {s.command: s.envvar for s in table if s.key == "title"}
    assert titles["edition"] != titles["feed"]  # the same flag, two meanings: two variables


def test_config_keys_are_the_flags_and_misspellings_are_refused() -> None:
    config = read_config(cli, {"quiet": True, "build": {"bitrate": 96, "sample_rate": 48000}}, "c.toml")
    assert config.commands["build"] == {"bitrate_kbps": 96, "sample_rate": "48000"}
    assert config.top == {"quiet": True}
    assert read_config(cli, {"build": {"voice": "vi"}}, "c.toml").commands["build"] == {"voices": ["vi"]}
    with pytest.raises(InputError, match=r"\[build\] bitrat is not a setting \(did you mean bitrate\?\)"):
        read_config(cli, {"build": {"bitrat": 96}}, "c.toml")
    with pytest.raises(InputError, match=r"\[biuld\] is not a command \(did you mean build\?\)"):
        read_config(cli, {"biuld": {"bitrate": 96}}, "c.toml")
    nested = read_config(cli, {"voices": {"list": {"json": True}}}, "c.toml")  # [voices.list]
    assert nested.commands == {"voices list": {"as_json": True}}
    with pytest.raises(InputError, match=r"\[voices.lsit\] is not a command \(did you mean voices.list\?\)"):
        read_config(cli, {"voices": {"lsit": {"json": True}}}, "c.toml")
    with pytest.raises(InputError, match=r"quite is not a setting \(did you mean quiet\?\)"):
        read_config(cli, {"quite": True}, "c.toml")


def test_an_unknown_variable_is_refused_and_service_variables_are_known() -> None:
    check_environment(cli, {"AUDIO_EDITION_GTTS_URL": "x", "AUDIO_EDITION_PAUSE_LEAD": "1", "HOME": "/"})
    with pytest.raises(InputError, match="AUDIO_EDITION_BITRAT is not a setting .did you mean AUDIO_EDITION_BITRATE"):
        check_environment(cli, {"AUDIO_EDITION_BITRAT": "96"})


def test_a_misspelt_key_or_variable_fails_the_command_in_one_line(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[build]\nbitrat = 96\n", encoding="utf-8")
    proc = invoke_main("--config", str(config), "normalize", "1")
    assert proc.exit_code == 2 and proc.stderr.count("\n") == 1 and "did you mean bitrate?" in proc.stderr
    proc = invoke_main("normalize", "1", env={"AUDIO_EDITION_RAET": "1.2"})
    assert proc.exit_code == 2 and proc.stderr.count("\n") == 1 and "AUDIO_EDITION_RATE" in proc.stderr


def test_config_show_names_the_source_of_each_value(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("quiet = true\n[build]\nbitrate = 96\npause-lead = 1.5\n", encoding="utf-8")
    proc = invoke_main("--config", str(config), "config", "show", "--json", env={"AUDIO_EDITION_PAUSE_LEAD": "2"})
    assert proc.exit_code == 0, proc.stderr
    rows = {(r["command"], r["key"]): r for r in json.loads(proc.stdout)["settings"]}
    assert rows[("build", "bitrate")]["value"] == 96 and rows[("build", "bitrate")]["source"] == f"config {config}"
    assert rows[("build", "pause-lead")]["source"] == "environment AUDIO_EDITION_PAUSE_LEAD"
    assert rows[("build", "reading")]["source"] == "default" and rows[("", "quiet")]["value"] is True


def test_a_bitrate_in_the_config_file_makes_the_mp3(tmp_path: Path) -> None:
    from audio_edition.inspect_mp3 import inspect_mp3

    article = tmp_path / "tin.txt"
    article.write_text("Tin ngắn\n\nHà Nội có mưa rào vào chiều nay.\n\nTrời mát hơn.\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text('[build]\nbitrate = 96\nengine = "espeak"\n', encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("--config", str(config), "build", str(article), "-o", str(out), "--no-cache")
    assert proc.returncode == 0, proc.stderr
    (mp3,) = out.glob("*.mp3")
    assert inspect_mp3(mp3)["bitrate_kbps"] == 96


def test_a_variable_means_one_thing_wherever_it_applies() -> None:
    meanings: dict[str, set[str]] = {}
    for s in settings_table(cli):
        meanings.setdefault(s.envvar, set()).add(s.help)
    assert {v: h for v, h in meanings.items() if len(h) > 1} == {}


def test_the_readme_daily_config_is_valid() -> None:
    import re

    from audio_edition.config import tomllib

    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"# /etc/audio-edition/daily.toml\n((?:    .*\n)+)", readme)
    assert block is not None
    data = tomllib.loads("\n".join(line[4:] for line in block.group(1).splitlines()))
    assert read_config(cli, data, "README").commands["daily"]["keep"] == 60


def test_only_the_daily_command_takes_its_config_file_first() -> None:
    from audio_edition.cli import _daily_config_first

    assert _daily_config_first(["daily", "d.toml", "-q"]) == ["--config", "d.toml", "daily", "-q"]
    assert _daily_config_first(["-q", "--fetch-timeout", "5", "daily", "d.toml"]) == [
        "-q",
        "--fetch-timeout",
        "5",
        "--config",
        "d.toml",
        "daily",
    ]
    assert _daily_config_first(["build", "daily", "x.txt"]) == ["build", "daily", "x.txt"]  # an article named daily
    assert _daily_config_first(["daily", "--limit", "3"]) == ["daily", "--limit", "3"]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('allow-private-urls = "false"', "allow-private-urls = 'false' is not true or false"),
        ('verbose = "x"', "verbose = 'x' is not a whole number"),
        ("[build]\nrate = nan", "[build] rate = nan is not a number"),
        ("[build]\nrate = 9.5", "[build] rate = 9.5: 9.5 is not in the range"),
        ("[build]\nbitrate = [96]", "[build] bitrate is a list"),
        ("[build]\nrate = 1979-05-27", "[build] rate = 1979-05-27 is a date"),
        ("[build]\nbitrate = { kbps = 96 }", "[build] bitrate is a table"),
        ("[build]\nengine = 5", "[build] engine = '5': '5' is not one of"),
        ("[build]\noutput-dir = 7", "[build] output-dir = 7 is not text"),
    ],
    ids=["flag-as-text", "count-as-text", "nan", "out-of-range", "list", "date", "table", "choice", "path-as-number"],
)
def test_a_config_value_of_the_wrong_type_is_one_line(tmp_path: Path, toml: str, message: str) -> None:
    """Every value is checked as its flag would be (a quoted "false" used to turn the guard off)."""
    config = tmp_path / "config.toml"
    config.write_text(toml + "\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        invoke("--config", str(config), "plan", str(SAMPLE))
    assert message in refused.value.one_line() and "\n" not in refused.value.one_line()


def test_rate_nan_on_the_command_line_is_a_usage_error() -> None:
    result = invoke("build", str(SAMPLE), "--rate", "nan", "-o", "unused")
    assert result.exit_code == 2 and "'nan' is not a number" in result.output + result.stderr
