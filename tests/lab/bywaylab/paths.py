# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the binaries and the artifacts are. ctest sets the environment from
the build's targets; the fallbacks serve a developer running a test by hand."""

import os

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def build_dir():
    # Relative means relative to the source tree, as for scripts/dev.sh.
    return os.path.join(SOURCE_DIR, os.environ.get("BYWAY_BUILD_DIR") or "build")


def _binary(env, *relative):
    path = os.environ.get(env)
    if path:
        return path
    return os.path.join(build_dir(), *relative)


def bywayd():
    return _binary("BYWAYD", "helper", "bywayd")


def bywayctl():
    return _binary("BYWAYCTL", "app", "bywayctl", "bywayctl")


def byway_gui():
    return _binary("BYWAY_GUI", "app", "byway", "byway")


def artifacts_dir():
    path = os.environ.get("BYWAY_LAB_ARTIFACTS") or os.path.join(build_dir(), "lab-artifacts")
    os.makedirs(path, exist_ok=True)
    return path


def default_config_file():
    return os.path.join(SOURCE_DIR, "packaging", "config", "byway.json")
