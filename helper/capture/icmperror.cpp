// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/icmperror.h"

#include <cstring>

namespace byway::capture {

std::optional<IcmpError> icmpError(const Packet &p)
{
    // v4: destination unreachable, time exceeded, parameter problem;
    // v6: the same and packet too big.
    const bool v4 = p.version == 4;
    const bool error = v4 ? (p.icmpType == 3 || p.icmpType == 11 || p.icmpType == 12)
                          : (p.icmpType >= 1 && p.icmpType <= 4);
    if (p.proto != (v4 ? kProtoIcmp : kProtoIcmp6) || !error || p.l4len() < 8)
        return std::nullopt;
    const uint8_t *q = p.data + p.l4off + 8; // the quoted packet
    const size_t qlen = p.l4len() - 8;
    size_t ihl = 0;
    uint8_t proto = 0;
    Addr src, dst;
    if (v4) {
        if (qlen < 20 || (q[0] >> 4) != 4)
            return std::nullopt;
        ihl = size_t(q[0] & 0x0f) * 4;
        proto = q[9];
        std::memcpy(src.b.data(), q + 12, 4);
        std::memcpy(dst.b.data(), q + 16, 4);
    } else {
        if (qlen < 40 || (q[0] >> 4) != 6)
            return std::nullopt;
        ihl = 40;
        proto = q[6]; // extension headers before UDP or TCP: not looked into
        src.family = dst.family = 6;
        std::memcpy(src.b.data(), q + 8, 16);
        std::memcpy(dst.b.data(), q + 24, 16);
    }
    // It quotes what the capture sent the client: from the error's
    // destination to its source.
    if ((proto != kProtoUdp && proto != kProtoTcp) || ihl < 20 || qlen < ihl + 4 || src != p.dst.addr
        || dst != p.src.addr)
        return std::nullopt;
    const uint16_t sport = uint16_t(q[ihl] << 8 | q[ihl + 1]), dport = uint16_t(q[ihl + 2] << 8 | q[ihl + 3]);
    IcmpError e;
    e.flow = FlowKey{proto, Endpoint{dst, dport}, Endpoint{src, sport}};
    e.clientGone = v4 ? (p.icmpType == 3 && (p.icmpCode == 2 || p.icmpCode == 3)) : (p.icmpType == 1 && p.icmpCode == 4);
    return e;
}

} // namespace byway::capture
