// SPDX-License-Identifier: GPL-3.0-or-later
// Interface addresses (RTM_{NEW,DEL,GET}ADDR).
#include "routing/rtnl.h"

#include "routing/nlattrs.h"

#include <QHash>

#include <libmnl/libmnl.h>
#include <linux/if_addr.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace byway::route {

Result<QList<AddressSpec>> Rtnl::addresses(const QString &dev, bool ownedOnly)
{
    int index = 0;
    if (!dev.isEmpty()) {
        auto i = ifindex(dev);
        if (!i)
            return std::unexpected(i.error());
        index = *i;
    }
    auto names = linkNames();
    if (!names)
        return std::unexpected(names.error());
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
    nlh->nlmsg_type = RTM_GETADDR;
    nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    auto *ifa = static_cast<ifaddrmsg *>(mnl_nlmsg_put_extra_header(nlh, sizeof(ifaddrmsg)));
    ifa->ifa_family = AF_UNSPEC;
    ifa->ifa_index = unsigned(index); // with strict checking the kernel filters by it
    QList<AddressSpec> out;
    const int err = exchange(nlh, [&](const nlmsghdr *m) {
        if (m->nlmsg_type != RTM_NEWADDR || m->nlmsg_len < mnl_nlmsg_size(sizeof(ifaddrmsg)))
            return;
        const auto *a = static_cast<const ifaddrmsg *>(mnl_nlmsg_get_payload(m));
        if (index && int(a->ifa_index) != index)
            return;
        nl::Attrs<IFA_MAX + 1> tb;
        if (!nl::parse(m, sizeof(ifaddrmsg), {{IFA_ADDRESS, MNL_TYPE_BINARY, 4}, {IFA_LOCAL, MNL_TYPE_BINARY, 4}, {IFA_PROTO, MNL_TYPE_U8}}, tb))
            return;
        // IFA_LOCAL is the interface's own address; IFA_ADDRESS is the same
        // except on point-to-point links, where it is the peer.
        const nlattr *own = tb[IFA_LOCAL] ? tb[IFA_LOCAL] : tb[IFA_ADDRESS];
        const QHostAddress addr = nl::address(own, a->ifa_family);
        if (addr.isNull())
            return;
        const quint8 proto = tb[IFA_PROTO] ? mnl_attr_get_u8(tb[IFA_PROTO]) : 0;
        if (ownedOnly && proto != kProtocol)
            return;
        AddressSpec spec{Prefix{addr, a->ifa_prefixlen}, names->value(int(a->ifa_index)), proto, {}};
        if (tb[IFA_LOCAL] && tb[IFA_ADDRESS]) {
            const QHostAddress peer = nl::address(tb[IFA_ADDRESS], a->ifa_family);
            if (peer != addr)
                spec.peer = peer;
        }
        out.append(spec);
    }, nullptr, [&] { out.clear(); });
    if (err)
        return std::unexpected(kernelError(QStringLiteral("ip addr show %1").arg(dev), err));
    return out;
}

namespace {

nlmsghdr *addressRequest(char *buf, uint16_t type, uint16_t flags, const AddressSpec &a, int index)
{
    nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
    nlh->nlmsg_type = type;
    nlh->nlmsg_flags = NLM_F_REQUEST | flags;
    auto *ifa = static_cast<ifaddrmsg *>(mnl_nlmsg_put_extra_header(nlh, sizeof(ifaddrmsg)));
    ifa->ifa_family = static_cast<quint8>(afOf(a.family()));
    ifa->ifa_prefixlen = static_cast<quint8>(a.address.length);
    ifa->ifa_flags = IFA_F_PERMANENT;
    ifa->ifa_scope = RT_SCOPE_UNIVERSE;
    ifa->ifa_index = unsigned(index);
    nl::putAddress(nlh, IFA_LOCAL, a.address.address);
    nl::putAddress(nlh, IFA_ADDRESS, a.address.address);
    return nlh;
}

} // namespace

Result<void> Rtnl::addAddress(const AddressSpec &a)
{
    auto index = ifindex(a.dev);
    if (!index)
        return std::unexpected(index.error());
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    nlmsghdr *nlh = addressRequest(buf, RTM_NEWADDR, NLM_F_CREATE | NLM_F_EXCL, a, *index);
    // IFA_PROTO (6.1): the address says who made it; ip shows "proto 183".
    mnl_attr_put_u8(nlh, IFA_PROTO, a.protocol);
    return change(nlh, [&] { return a.toIpText(); });
}

Result<void> Rtnl::deleteAddress(const AddressSpec &a)
{
    auto index = ifindex(a.dev);
    if (!index) // the interface went away and took its addresses with it
        return index.error().sysErrno == ENODEV ? Result<void>{} : Result<void>{std::unexpected(index.error())};
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    nlmsghdr *nlh = addressRequest(buf, RTM_DELADDR, 0, a, *index);
    // Gone already (EADDRNOTAVAIL) is the state we wanted.
    return change(nlh, [&] { return a.toIpText(QStringLiteral("del")); }, true);
}

} // namespace byway::route
