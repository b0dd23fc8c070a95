// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace byway::probe {

// A UDP socket of this network namespace is bound to `port` (any address),
// as /proc/net/udp and /proc/net/udp6 list them: port 67 is a DHCP server or
// relay (dnsmasq, kea, odhcpd, udhcpd). false when neither file can be read.
[[nodiscard]] bool udpBound(quint16 port);

} // namespace byway::probe
