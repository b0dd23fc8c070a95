// SPDX-License-Identifier: GPL-3.0-or-later
// The neighbour table (RTM_GETNEIGH): the hosts this box has talked to on
// its links, for topology.get's known clients. Read only.
#include "routing/rtnl.h"

#include "routing/nlattrs.h"

#include <libmnl/libmnl.h>
#include <linux/neighbour.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace byway::route {

namespace {

QString linkLayerText(const nlattr *a)
{
    const auto *bytes = static_cast<const quint8 *>(mnl_attr_get_payload(a));
    QStringList parts;
    for (quint16 i = 0; i < mnl_attr_get_payload_len(a); ++i)
        parts.append(QStringLiteral("%1").arg(uint(bytes[i]), 2, 16, QLatin1Char('0')));
    return parts.join(QLatin1Char(':'));
}

} // namespace

Result<QList<Neighbour>> Rtnl::neighbours(int limit)
{
    auto names = linkNames();
    if (!names)
        return std::unexpected(names.error());
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
    nlh->nlmsg_type = RTM_GETNEIGH;
    nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    auto *nd = static_cast<ndmsg *>(mnl_nlmsg_put_extra_header(nlh, sizeof(ndmsg)));
    nd->ndm_family = AF_UNSPEC;
    QList<Neighbour> out;
    const int err = exchange(nlh, [&](const nlmsghdr *m) {
        if (m->nlmsg_type != RTM_NEWNEIGH || m->nlmsg_len < mnl_nlmsg_size(sizeof(ndmsg)) || out.size() >= limit)
            return;
        const auto *n = static_cast<const ndmsg *>(mnl_nlmsg_get_payload(m));
        // A host that answered (reachable) or did recently (stale, and the
        // states on the way back to reachable); not failed or incomplete
        // lookups, not static entries nor those of point-to-point links.
        constexpr int kSeen = NUD_REACHABLE | NUD_STALE | NUD_DELAY | NUD_PROBE;
        if (!(n->ndm_state & kSeen) || (n->ndm_family != AF_INET && n->ndm_family != AF_INET6))
            return;
        nl::Attrs<NDA_MAX + 1> tb;
        if (!nl::parse(m, sizeof(ndmsg), {{NDA_DST, MNL_TYPE_BINARY, 4}, {NDA_LLADDR, MNL_TYPE_BINARY, 1}}, tb)
            || !tb[NDA_DST])
            return;
        const QHostAddress addr = nl::address(tb[NDA_DST], n->ndm_family);
        if (addr.isNull() || addr.isLinkLocal() || addr.isMulticast())
            return;
        out.append(Neighbour{addr, names->value(n->ndm_ifindex), tb[NDA_LLADDR] ? linkLayerText(tb[NDA_LLADDR]) : QString(),
                             bool(n->ndm_state & NUD_REACHABLE)});
    }, nullptr, [&] { out.clear(); });
    if (err)
        return std::unexpected(kernelError(QStringLiteral("ip neigh show"), err));
    return out;
}

} // namespace byway::route
