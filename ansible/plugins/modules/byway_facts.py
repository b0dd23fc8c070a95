#!/usr/bin/python
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: byway_facts
short_description: What a Byway box says about itself (probe mode, findings, apply state, revision, role)
version_added: "0.1.0"
description:
  - Reads C(status.get) and the probe report of bywayd over its remote TLS API and returns them
    as C(ansible_facts.byway). Changes nothing; a C(view) token is enough.
  - Findings are grouped by severity, so a play can assert on them
    (C(byway.findings.error | length == 0), C(byway.probe.fail | length == 0)).
extends_documentation_fragment:
  - byway.appliance.connection
options:
  probe:
    description:
      - Run a fresh probe (C(probe.run)) instead of returning the last one bywayd made
        (it probes at start and after every apply that changed the kernel).
    type: bool
    default: false
author:
  - Byway developers
'''

EXAMPLES = r'''
- name: Facts of every box
  byway.appliance.byway_facts:
    host: "{{ byway_host }}"
    token: "{{ byway_token }}"
    fingerprint: "{{ byway_fingerprint }}"

- name: No box runs a config it cannot hold
  ansible.builtin.assert:
    that:
      - byway.apply.state == 'applied'
      - byway.findings.error | length == 0
      - byway.pending is none
'''

RETURN = r'''
ansible_facts:
  description: Facts under C(byway).
  returned: always
  type: dict
  contains:
    byway:
      description: The box's state.
      type: dict
      contains:
        version: {description: bywayd's version., type: str}
        protocol_version: {description: The control protocol's version., type: int}
        role: {description: The stored config's role., type: str}
        revision: {description: The stored config's revision., type: int}
        config_source: {description: "file, last-good or defaults.", type: str}
        mode: {description: "Probe mode: standard, compat, limited or unknown.", type: str}
        mode_reasons: {description: Probe codes that decided the mode., type: list, elements: str}
        apply: {description: "C({state: applied|failed|unavailable, error?, at?}).", type: dict}
        pending: {description: "The commit-confirm in flight (deadline, secondsLeft, revision, who, checks?), or null.", type: dict}
        probe:
          description: "Probe findings by status: C(fail), C(warn), C(info) lists of C({check, code, id, summary, fix}), and C(counts) per status."
          type: dict
        findings:
          description: "The stored config's environment findings by severity: C(error), C(warning), C(info) lists of C({path, code, id, message})."
          type: dict
        fingerprint: {description: The remote certificate's SHA-256 fingerprint., type: str}
'''

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.byway.appliance.plugins.module_utils.byway_client import (
    BywayError, connect, connection_argument_spec, fail)

PROBE_STATUSES = ("ok", "warn", "fail", "info", "skipped")
SEVERITIES = ("error", "warning", "info")


def probe_facts(report):
    out = {"at": None, "counts": dict((s, 0) for s in PROBE_STATUSES), "fail": [], "warn": [], "info": []}
    if not report:
        return out
    out["at"] = report.get("at")
    for f in report.get("findings") or []:
        status = f.get("status", "info")
        out["counts"][status] = out["counts"].get(status, 0) + 1
        if status in ("fail", "warn", "info"):
            out[status].append(dict((k, f.get(k)) for k in ("check", "code", "id", "summary", "fix")))
    return out


def findings_facts(findings):
    out = dict((s, []) for s in SEVERITIES)
    for f in findings or []:
        out.setdefault(f.get("severity", "info"), []).append(
            dict((k, f.get(k)) for k in ("path", "code", "id", "message")))
    return out


def main():
    spec = connection_argument_spec()
    spec.update(probe=dict(type="bool", default=False))
    module = AnsibleModule(argument_spec=spec, supports_check_mode=True)
    client = connect(module)
    with client:
        try:
            status = client.call("status.get")
            report = client.call("probe.run", {}) if module.params["probe"] else client.call("probe.get")
        except BywayError as e:
            fail(module, e)
    cfg = status.get("config") or {}
    report = report or {}
    facts = {
        "version": status.get("version"),
        "protocol_version": status.get("protocolVersion"),
        "role": cfg.get("role"),
        "revision": cfg.get("revision"),
        "config_source": cfg.get("source"),
        "mode": report.get("mode") or status.get("mode"),
        "mode_reasons": report.get("modeReasons") or (status.get("probe") or {}).get("reasons") or [],
        "apply": status.get("apply") or {},
        "pending": status.get("pending"),
        "probe": probe_facts(report),
        "findings": findings_facts(status.get("findings")),
        "fingerprint": (status.get("remote") or {}).get("fingerprintSha256"),
    }
    module.exit_json(changed=False, ansible_facts={"byway": facts})


if __name__ == "__main__":
    main()
