#!/usr/bin/python
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
module: byway_config
short_description: Make a Byway box run a desired config (plan, diff, apply, health-checked confirm)
version_added: "0.1.0"
description:
  - Speaks to bywayd's remote TLS API. The desired config is either a whole document (C(config))
    or a few role-level options (C(role), C(wan), C(lan), C(tunnels), C(pools), C(masquerade))
    merged into the config stored on the box (or into C(config) when both are given).
  - Idempotent by bywayd's own verdict. The module asks bywayd to plan the desired config
    (C(config.plan)); the task is C(changed) only when the plan needs kernel writes or the
    stored config would change. Nothing to do means no apply at all.
  - Check mode plans only and applies nothing; C(--diff) shows the stored and the desired
    config (as bywayd reads them, defaults filled in) and the plan's text (the equivalent
    C(nft)/C(sysctl) changes).
  - With C(confirm) the apply is health-checked, bywayd runs the checks through the new state
    and confirms by itself when they pass, or rolls back when they fail. A rollback fails the task
    with the reason.
  - "Errors from bywayd fail the task with their code, the field and the message, e.g.
    C(validation_failed: /pools/0/subnet: ...); every problem is in C(error)."
extends_documentation_fragment:
  - byway.appliance.connection
options:
  config:
    description:
      - The whole desired config document (docs/config.md), as a YAML mapping or a JSON string.
      - Without it the role-level options are merged into the config stored on the box.
    type: raw
  role:
    description: Sets C(role).
    type: str
    choices: [none, vpn-gateway, bypass-router, secondary-router, wan-separated]
  wan:
    description: Sets C(interfaces.wan).
    type: list
    elements: str
  lan:
    description: Sets C(interfaces.lan).
    type: list
    elements: str
  tunnels:
    description: Sets C(interfaces.tunnels) (names or prefixes ending in C(*), e.g. C(vpns*)).
    type: list
    elements: str
  pools:
    description:
      - Sets C(pools) (replaces the list); each C({name, subnet, exit?, users?}).
    type: list
    elements: dict
  masquerade:
    description: Sets C(nat.masquerade) (replaces the list); each C({source, out}).
    type: list
    elements: dict
  confirm:
    description:
      - "Health-checked confirm, passed to C(config.apply) as C(confirm)
        C({withinSec, checks: [{kind: tcp|icmp|dns, target, timeoutMs?, name?, exit?, server?}], wait})."
      - C(wait) defaults to C(true) here, so the task ends when bywayd has confirmed or rolled back.
      - "A check C({kind: reconnect, address}) is for a config that moves the box's management address
        (its C(bypass.address)): the module applies over C(host), then connects to C(address) with the same
        fingerprint and token (that request passes the check) and reports confirmed or rolled back; when
        C(address) cannot be reached it asks C(host) for the outcome."
      - Needs a bywayd with the health-checked confirm; an older one fails the task.
    type: dict
author:
  - Byway developers
'''

EXAMPLES = r'''
- name: VPN gateway, role-level options merged into the stored config
  byway.appliance.byway_config:
    host: "{{ byway_host }}"
    token: "{{ byway_token }}"
    fingerprint: "{{ byway_fingerprint }}"
    role: vpn-gateway
    wan: [eth0]
    tunnels: ["vpns*"]
    pools: [{name: vpn, subnet: 10.20.0.0/24}]
    masquerade: [{source: 10.20.0.0/24, out: eth0}]

- name: Whole document, kept only when the upstream is still reachable afterwards
  byway.appliance.byway_config:
    host: "{{ byway_host }}"
    token: "{{ byway_token }}"
    fingerprint: "{{ byway_fingerprint }}"
    config: "{{ lookup('file', 'byway/' + inventory_hostname + '.json') }}"
    confirm:
      withinSec: 30
      checks:
        - {kind: tcp, target: "192.0.2.10:443"}
        - {kind: dns, target: example.org, server: 192.0.2.53}
'''

RETURN = r'''
changed:
  description: The plan needed kernel writes or the stored config changed (bywayd's verdict).
  returned: always
  type: bool
revision:
  description: The config revision on the box after the task (before it, in check mode).
  returned: success
  type: int
writes:
  description: Kernel changes the apply made (0 in check mode or when nothing was to do).
  returned: success
  type: int
history_id:
  description: The config history entry the apply recorded (0 when none).
  returned: when applied
  type: int
config_changed:
  description: The stored config differs (differed, in check mode) from the desired one.
  returned: success
  type: bool
plan:
  description: The plan's summary.
  returned: success
  type: dict
  contains:
    changes: {description: An apply makes kernel writes., type: bool}
    deferred: {description: Some changes wait for something (IPv6 until its egress is verified)., type: bool}
    nft_action: {description: "none, create, replace or remove (table inet byway).", type: str}
    nft_rules: {description: Rules in the desired table., type: int}
    sysctls: {description: Sysctls that change., type: int}
    routes: {description: Route and rule changes., type: int}
    notes: {description: Decisions a person should know (English)., type: list, elements: str}
    text: {description: The plan as the equivalent nft / sysctl / ip text., type: str}
findings:
  description: Environment findings of bywayd's verdict, C({path, code, id, args, message, severity}); warnings are also Ansible warnings.
  returned: success
  type: list
  elements: dict
confirm:
  description: The health-checked confirm's outcome, C({state, checks, reason?}) (state C(confirmed), C(rolled_back), C(superseded) when another change ended the wait, or C(checking) without wait).
  returned: when C(confirm) was given and an apply ran
  type: dict
error:
  description: bywayd's error, C({code, message, field?, errors?}); C(errors) lists every validation problem with its path.
  returned: failure
  type: dict
'''

import copy
import json

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.byway.appliance.plugins.module_utils.byway_client import (
    BywayClient, BywayError, connect, connection_argument_spec, fail, follow_reconnect, reconnect_address, split_address)

# Role-level option -> path in the config document (docs/config.md).
OPTION_PATHS = {
    "role": ("role",),
    "wan": ("interfaces", "wan"),
    "lan": ("interfaces", "lan"),
    "tunnels": ("interfaces", "tunnels"),
    "pools": ("pools",),
    "masquerade": ("nat", "masquerade"),
}


def desired_config(module, stored):
    """The document to plan: C(config) or the stored one, with the role-level options set on it."""
    raw = module.params["config"]
    if raw is None:
        doc = copy.deepcopy(stored)
    elif isinstance(raw, dict):
        doc = copy.deepcopy(raw)
    elif isinstance(raw, str):
        try:
            doc = json.loads(raw)
        except ValueError as e:
            module.fail_json(msg="config: not JSON: %s" % e, error={"code": "invalid_params", "field": "config",
                                                                  "message": "not JSON: %s" % e})
        if not isinstance(doc, dict):
            module.fail_json(msg="config: a JSON object is needed", error={"code": "invalid_params",
                                                                          "field": "config"})
    else:
        module.fail_json(msg="config: a mapping or a JSON string is needed, not %s" % type(raw).__name__,
                         error={"code": "invalid_params", "field": "config"})
    for option, path in OPTION_PATHS.items():
        value = module.params[option]
        if value is None:
            continue
        node = doc
        for key in path[:-1]:
            if not isinstance(node.get(key), dict):
                node[key] = {}
            node = node[key]
        node[path[-1]] = value
    return doc


def plan_summary(plan):
    return {
        "changes": bool(plan.get("changes")),
        "deferred": bool(plan.get("deferred")),
        "nft_action": (plan.get("nft") or {}).get("action", "none"),
        "nft_rules": (plan.get("nft") or {}).get("rules", 0),
        "sysctls": len(plan.get("sysctls") or []),
        "routes": plan.get("routeChanges", len(plan.get("routes") or [])),
        "notes": [n.get("message", "") if isinstance(n, dict) else str(n) for n in plan.get("notes") or []],
        "text": plan.get("text", ""),
    }


def warn_findings(module, findings):
    for f in findings or []:
        if f.get("severity") == "warning":
            where = "%s: " % f["path"] if f.get("path") else ""
            module.warn("byway %s%s (%s)" % (where, f.get("message", ""), f.get("id", f.get("code", ""))))


def pretty(doc):
    return json.dumps(doc, indent=2, sort_keys=True) + "\n"


def main():
    spec = connection_argument_spec()
    spec.update(
        config=dict(type="raw"),
        role=dict(type="str", choices=["none", "vpn-gateway", "bypass-router", "secondary-router", "wan-separated"]),
        wan=dict(type="list", elements="str"),
        lan=dict(type="list", elements="str"),
        tunnels=dict(type="list", elements="str"),
        pools=dict(type="list", elements="dict"),
        masquerade=dict(type="list", elements="dict"),
        confirm=dict(type="dict"),
    )
    module = AnsibleModule(argument_spec=spec, supports_check_mode=True)
    confirm = module.params["confirm"]
    moved = reconnect_address(confirm)
    if confirm is not None:
        confirm = dict(confirm)
        # A reconnect check passes only once we come back through the new address.
        confirm["wait"] = False if moved else confirm.get("wait", True)
    timeout = module.params["timeout"]
    if confirm and confirm.get("wait"):
        within = confirm.get("withinSec")
        timeout = max(timeout, (within if isinstance(within, int) else 0) + 30)

    client = connect(module, timeout=timeout)
    with client:
        try:
            got = client.call("config.get")
            stored, revision = got["config"], got["revision"]
            desired = desired_config(module, stored)
            plan = client.call("config.plan", {"config": desired, "withConfig": True})
        except BywayError as e:
            fail(module, e)
        planned = plan.get("config", desired)  # an older bywayd has no withConfig
        config_changed = planned != stored
        findings = plan.get("findings") or []
        warn_findings(module, findings)
        result = dict(changed=bool(plan.get("changes")) or config_changed, revision=revision, writes=0,
                      config_changed=config_changed, plan=plan_summary(plan), findings=findings)
        if module._diff:
            result["diff"] = [
                dict(before=pretty(stored), after=pretty(planned),
                     before_header="%s: stored config (revision %d)" % (module.params["host"], revision),
                     after_header="%s: desired config" % module.params["host"]),
                dict(prepared=plan.get("text", "")),
            ]
        if module.check_mode or not result["changed"]:
            module.exit_json(**result)

        # desired is the stored config with the task's changes: refused
        # (conflict) if someone stored another one since it was read.
        params = {"config": desired, "baseRevision": revision}
        if confirm is not None:
            params["confirm"] = confirm
        try:
            # Its outcome is recorded after the newest entry now (an apply of
            # the stored config has no entry of its own).
            since = (client.call("config.history", {"limit": 1}).get("entries") or [{}])[0].get("id", 0) if moved else 0
            applied = client.call("config.apply", params, timeout=timeout)
        except BywayError as e:
            fail(module, e, changed=False, revision=revision)
    result.update(changed=applied.get("writes", 0) > 0 or applied.get("revision", revision) != revision,
                  revision=applied.get("revision", revision), writes=applied.get("writes", 0),
                  history_id=applied.get("historyId", 0), plan=plan_summary(applied.get("plan") or plan))
    if moved and applied.get("confirm", {}).get("state") == "checking":
        p = module.params

        def open_client(host, port):
            return BywayClient(host, p["token"], p["fingerprint"], port=port, timeout=p["timeout"])
        try:
            applied["confirm"] = follow_reconnect(open_client, (p["host"], p["port"]), split_address(moved, p["port"]),
                                                  confirm.get("withinSec") or 60, max(since, applied.get("historyId", 0)))
        except BywayError as e:
            fail(module, e, **result)
    if confirm is not None:
        outcome = applied.get("confirm")
        if outcome is None:
            module.fail_json(msg="confirm: this bywayd has no health-checked confirm and ignored it; the config WAS "
                                 "applied without it (revision %s)" % result["revision"],
                             error={"code": "unsupported", "field": "confirm"}, **result)
        result["confirm"] = outcome
        if outcome.get("state") == "rolled_back":
            # The box is back at the config it had: nothing changed in the end.
            result["changed"] = False
            module.fail_json(msg="rolled_back: %s" % (outcome.get("reason") or "a health check failed"),
                             error={"code": "rolled_back", "message": outcome.get("reason", "")}, **result)
        if outcome.get("state") == "superseded":
            # Another apply (or a cleanup) ended the wait before the checks
            # decided: this task's config may not be what the box holds.
            module.fail_json(msg="superseded: %s" % (outcome.get("reason") or "another change ended the health check"),
                             error={"code": "superseded", "message": outcome.get("reason", "")}, **result)
    module.exit_json(**result)


if __name__ == "__main__":
    main()
