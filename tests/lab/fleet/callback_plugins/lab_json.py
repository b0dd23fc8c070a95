# SPDX-License-Identifier: GPL-3.0-or-later
"""The fleet lab's stdout callback: the whole run as one JSON document on
stdout, {"plays": [{"play": {"name"}, "tasks": [{"task": {"name"}, "hosts":
{host: result}}]}], "stats": {host: {"ok", "changed", "failures",
"unreachable", "skipped", "rescued", "ignored"}}}. ansible-core (Debian's
ansible-core, all that scripts/deps.txt installs) has no JSON stdout
callback of its own: that one lives in the ansible.posix collection."""

import json

from ansible.module_utils.common.json import AnsibleJSONEncoder
from ansible.plugins.callback import CallbackBase

DOCUMENTATION = """
    name: lab_json
    type: stdout
    short_description: one JSON document of every task's results and the stats
    description: the fleet lab's (tests/lab/bywaylab/fleet.py) output
"""


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "stdout"
    CALLBACK_NAME = "lab_json"

    def __init__(self, display=None):
        super().__init__(display)
        self._plays = []

    def _task(self, task):
        if not self._plays:
            self._plays.append({"play": {"name": ""}, "tasks": []})
        self._plays[-1]["tasks"].append({"task": {"name": task.get_name()}, "hosts": {}})

    def _record(self, result, **flags):
        if not self._plays or not self._plays[-1]["tasks"]:
            self._task(result._task)
        r = dict(result._result)
        self._clean_results(r, result._task.action)
        r.update(flags)
        self._plays[-1]["tasks"][-1]["hosts"][result._host.get_name()] = r

    def v2_playbook_on_play_start(self, play):
        self._plays.append({"play": {"name": play.get_name()}, "tasks": []})

    def v2_playbook_on_task_start(self, task, is_conditional):
        self._task(task)

    def v2_playbook_on_handler_task_start(self, task):
        self._task(task)

    def v2_runner_on_ok(self, result):
        self._record(result)

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._record(result, failed=True)

    def v2_runner_on_unreachable(self, result):
        self._record(result, unreachable=True)

    def v2_runner_on_skipped(self, result):
        self._record(result, skipped=True)

    def v2_playbook_on_stats(self, stats):
        hosts = sorted(stats.processed.keys())
        doc = {"plays": self._plays, "stats": {h: stats.summarize(h) for h in hosts}}
        self._display.display(json.dumps(doc, cls=AnsibleJSONEncoder, indent=2, sort_keys=True))
