// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/nlattrs.h"

#include <sys/socket.h>

namespace byway::route::nl {

QHostAddress address(const nlattr *a, int af)
{
    if (!a)
        return {};
    const auto *p = static_cast<const quint8 *>(mnl_attr_get_payload(a));
    const unsigned len = mnl_attr_get_payload_len(a);
    if (af == AF_INET && len >= 4)
        return QHostAddress(quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3]);
    if (af == AF_INET6 && len >= 16)
        return QHostAddress(p);
    return {};
}

void putAddress(nlmsghdr *nlh, int type, const QHostAddress &a)
{
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = a.toIPv6Address();
        mnl_attr_put(nlh, static_cast<uint16_t>(type), 16, v6.c);
    } else {
        const quint32 v = a.toIPv4Address();
        const quint8 b[4] = {quint8(v >> 24), quint8(v >> 16), quint8(v >> 8), quint8(v)};
        mnl_attr_put(nlh, static_cast<uint16_t>(type), 4, b);
    }
}

} // namespace byway::route::nl
