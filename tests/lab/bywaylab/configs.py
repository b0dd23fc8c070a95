# SPDX-License-Identifier: GPL-3.0-or-later
"""Config documents the lab tests share."""

# The WAN exit of a wan-separated router: its mark selects table 2101.
WAN_EXIT = {"name": "wan", "mark": "0x00010000", "table": 2101}


def wan_separated(device=None, more_exits=(), **sections):
    """role wan-separated on client-router-upstream's router (wan0 the WAN,
    lan0 the mesh) with the exit "wan" (bound to `device` when given), then
    `more_exits`; `sections` are added as they are (dns, ...)."""
    wan = dict(WAN_EXIT, **({"device": device} if device else {}))
    return {"version": 1, "role": "wan-separated",
            "interfaces": {"wan": ["wan0"], "lan": ["lan0"]},
            "exits": [wan, *more_exits], **sections}
