# SPDX-License-Identifier: GPL-3.0-or-later
# The connection options every byway.appliance module takes.

from __future__ import absolute_import, division, print_function

__metaclass__ = type


class ModuleDocFragment(object):
    DOCUMENTATION = r'''
options:
  host:
    description:
      - Address of the box's remote listener (C(bywayd --remote-listen)).
      - "The module runs on the controller (C(connection: local)) and connects from there."
    type: str
    required: true
  port:
    description: Port of the remote listener.
    type: int
    default: 7443
  token:
    description:
      - Access token made on the box (C(bywayctl token create --role admin --name ansible)).
      - C(byway_facts) works with a C(view) token too.
    type: str
    required: true
  fingerprint:
    description:
      - SHA-256 fingerprint of the box's TLS certificate, as C(bywayctl status) shows it
        (line C(remote cert)), C(AB:CD:...); colons optional, any case.
      - The certificate is pinned, a different one fails the task before the token is sent.
    type: str
    required: true
  timeout:
    description:
      - Seconds to wait for the connection and for each reply.
      - An apply that waits for health checks waits at least their C(withinSec) plus 30 s.
    type: int
    default: 30
notes:
  - "Runs on the controller; use C(connection: local) (or C(delegate_to: localhost))."
  - Python standard library only; no packages needed on the box or the controller.
'''
