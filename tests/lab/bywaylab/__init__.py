# SPDX-License-Identifier: GPL-3.0-or-later
"""Byway's network lab: network namespaces, veth pairs and bridges built from
`ip`/`sysctl`, bywayd started inside them, and checks run from outside.

Every object lives in a namespace named ``bwl<pid>-<node>`` (the pid of the
process that built it), so runs never collide and leftovers of a dead run are
recognised and removed by the next one. Interfaces are created directly inside
their namespaces and never appear in the host's.
"""

from .lab import Lab, LabError, cleanup_leftovers, requirements_problem
from .daemon import Bywayd, default_config
from .rpc import RpcConnection, RpcError
from . import topologies

__all__ = [
    "Lab", "LabError", "cleanup_leftovers", "requirements_problem",
    "Bywayd", "default_config", "RpcConnection", "RpcError", "topologies",
]
