"""Configuration: one TOML file with defaults, validated at load.

``load_config(path)`` reads ``pipeline/config.toml`` and merges a user file
over it. Unknown sections or keys are reported all at once (``ConfigError``).
"""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULTS_PATH = Path(__file__).with_name("config.toml")


def _merge(base: dict, over: dict, path: str, problems: list[str]) -> dict:
    out = copy.deepcopy(base)
    for key, value in over.items():
        where = f"{path}.{key}" if path else key
        if key not in base:
            # stage sections may carry stage-specific keys; everything else is fixed
            if path == "stages" or path.startswith("stages."):
                out[key] = value
                continue
            problems.append(f"unknown key '{where}'")
            continue
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                problems.append(f"'{where}' must be a table")
                continue
            out[key] = _merge(base[key], value, where, problems)
        else:
            if base[key] is not None and not isinstance(value, type(base[key])):
                problems.append(f"'{where}' must be {type(base[key]).__name__}, got {type(value).__name__}")
                continue
            out[key] = value
    return out


def load_config(path: str | Path | None = None, overrides: dict | None = None) -> dict[str, Any]:
    """Defaults merged with the user's file and then with ``overrides``.

    Raises:
        ConfigError: the file is missing or not TOML, or keys are unknown or of the wrong type.
    """
    with DEFAULTS_PATH.open("rb") as f:
        config = tomllib.load(f)
    problems: list[str] = []
    if path is not None:
        try:
            with Path(path).open("rb") as f:
                user = tomllib.load(f)
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {path}", hint="check the path given to --config")
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}")
        config = _merge(config, user, "", problems)
    if overrides:
        config = _merge(config, overrides, "", problems)
    stages = config["pipeline"]["stages"]
    if not all(isinstance(s, str) for s in stages):
        problems.append("'pipeline.stages' must be a list of stage names")
    if problems:
        raise ConfigError("invalid configuration: " + "; ".join(problems),
                          hint="see pipeline/config.toml for the keys and their types")
    return config
