// SPDX-License-Identifier: GPL-3.0-or-later
// The rtnetlink socket, the request/ack exchange, links and addresses.
#include "routing/rtnl.h"

#include "core/logging.h"
#include "routing/nlattrs.h"

#include <QHash>
#include <QJsonObject>

#include <cerrno>
#include <cstring>

#include <libmnl/libmnl.h>
#include <linux/if.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace byway::route {

Error kernelError(const QString &what, int err, const QString &extack)
{
    Error e = Error::make(ErrorCode::KernelFailed,
                          what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(err))
                              + (extack.isEmpty() ? QString() : QStringLiteral(" (") + extack + QLatin1Char(')')));
    e.sysErrno = err;
    return e;
}

Rtnl::Rtnl(netlink::Socket sock)
    : m_sock(std::move(sock))
{
}

Rtnl::Rtnl(Rtnl &&) noexcept = default;
Rtnl &Rtnl::operator=(Rtnl &&) noexcept = default;
Rtnl::~Rtnl() = default;

Result<Rtnl> Rtnl::open()
{
    // A kernel that never answers must not hang bywayd. With strict
    // checking dumps honour the table, protocol and ifindex filters.
    auto sock = netlink::Socket::open(NETLINK_ROUTE, {.timeoutMs = 5000, .strictCheck = true});
    if (!sock)
        return std::unexpected(kernelError(sock.error().stage == netlink::Stage::Bind ? QStringLiteral("rtnetlink bind")
                                                                                       : QStringLiteral("rtnetlink socket"),
                                           sock.error().error));
    return Rtnl(std::move(*sock));
}

int Rtnl::exchange(nlmsghdr *req, const MessageFn &onMessage, QString *why, const std::function<void()> &restart)
{
    // NLM_F_DUMP shares its bits with NLM_F_EXCL/NLM_F_ATOMIC (they mean
    // different things for NEW and GET), so a dump is a GET (type % 4 == 2
    // in rtnetlink) with both dump bits; everything else asks for an ACK.
    const bool dump = (req->nlmsg_type & 3) == 2 && (req->nlmsg_flags & NLM_F_DUMP) == NLM_F_DUMP;
    auto done = dump ? m_sock.dump(req, onMessage, restart) : m_sock.request(req, onMessage);
    if (done)
        return 0;
    if (why)
        *why = QString::fromStdString(done.error().extack);
    return done.error().error;
}

Result<void> Rtnl::change(nlmsghdr *req, const std::function<QString()> &what, bool goneIsOk)
{
    ++m_writes;
    qCDebug(lcRoute).noquote() << "request:" << what();
    QString why;
    const int err = exchange(req, [](const nlmsghdr *) {}, &why);
    if (err == 0)
        return {};
    if (err == ENODEV)
        m_ifindex.clear();
    if (goneIsOk && (err == ENOENT || err == ESRCH || err == EADDRNOTAVAIL)) {
        qCDebug(lcRoute).noquote() << "already gone:" << what();
        return {};
    }
    Error e = kernelError(what(), err, why);
    qCDebug(lcRoute).noquote() << "error:" << e.message;
    return std::unexpected(e);
}

QJsonObject Link::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("index"), index}, {QStringLiteral("up"), up},
                  {QStringLiteral("lowerUp"), lowerUp}, {QStringLiteral("mtu"), qint64(mtu)}};
    if (!kind.isEmpty())
        o.insert(QStringLiteral("kind"), kind);
    return o;
}

namespace {

std::optional<Link> parseLink(const nlmsghdr *nlh)
{
    if (nlh->nlmsg_type != RTM_NEWLINK || nlh->nlmsg_len < mnl_nlmsg_size(sizeof(ifinfomsg)))
        return std::nullopt;
    const auto *ifi = static_cast<const ifinfomsg *>(mnl_nlmsg_get_payload(nlh));
    nl::Attrs<IFLA_MAX + 1> tb;
    if (!nl::parse(nlh, sizeof(ifinfomsg), {{IFLA_IFNAME, MNL_TYPE_NUL_STRING}, {IFLA_MTU, MNL_TYPE_U32}, {IFLA_LINKINFO, MNL_TYPE_NESTED}}, tb)
        || !tb[IFLA_IFNAME])
        return std::nullopt;
    Link l;
    l.index = ifi->ifi_index;
    l.name = QString::fromUtf8(mnl_attr_get_str(tb[IFLA_IFNAME]));
    l.up = ifi->ifi_flags & IFF_UP;
    l.lowerUp = ifi->ifi_flags & IFF_LOWER_UP;
    l.resolves = !(ifi->ifi_flags & (IFF_NOARP | IFF_POINTOPOINT | IFF_LOOPBACK));
    l.mtu = tb[IFLA_MTU] ? mnl_attr_get_u32(tb[IFLA_MTU]) : 0;
    if (tb[IFLA_LINKINFO]) {
        nl::Attrs<IFLA_INFO_MAX + 1> info;
        if (nl::parseNested(tb[IFLA_LINKINFO], {{IFLA_INFO_KIND, MNL_TYPE_STRING}}, info) && info[IFLA_INFO_KIND])
            l.kind = QString::fromUtf8(static_cast<const char *>(mnl_attr_get_payload(info[IFLA_INFO_KIND])),
                                       qstrnlen(static_cast<const char *>(mnl_attr_get_payload(info[IFLA_INFO_KIND])),
                                                mnl_attr_get_payload_len(info[IFLA_INFO_KIND])));
    }
    return l;
}

nlmsghdr *linkRequest(char *buf, uint16_t flags)
{
    nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
    nlh->nlmsg_type = RTM_GETLINK;
    nlh->nlmsg_flags = NLM_F_REQUEST | flags;
    auto *ifi = static_cast<ifinfomsg *>(mnl_nlmsg_put_extra_header(nlh, sizeof(ifinfomsg)));
    ifi->ifi_family = AF_UNSPEC;
    return nlh;
}

} // namespace

Result<QList<Link>> Rtnl::links()
{
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    nlmsghdr *nlh = linkRequest(buf, NLM_F_DUMP);
    QList<Link> out;
    const int err = exchange(nlh, [&](const nlmsghdr *m) {
        if (auto l = parseLink(m))
            out.append(*l);
    }, nullptr, [&] { out.clear(); });
    if (err)
        return std::unexpected(kernelError(QStringLiteral("ip link show"), err));
    m_ifindex.clear();
    for (const Link &l : out)
        m_ifindex.insert(l.name, l.index);
    return out;
}

Result<QHash<int, QString>> Rtnl::linkNames()
{
    auto all = links();
    if (!all)
        return std::unexpected(all.error());
    QHash<int, QString> names;
    for (const Link &l : *all)
        names.insert(l.index, l.name);
    return names;
}

Result<int> Rtnl::ifindex(const QString &name)
{
    if (const auto it = m_ifindex.constFind(name); it != m_ifindex.cend())
        return *it;
    const QByteArray n = name.toUtf8();
    if (n.isEmpty() || n.size() >= IFNAMSIZ)
        return fail(ErrorCode::InvalidParams, QStringLiteral("%1: not an interface name").arg(name));
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    nlmsghdr *nlh = linkRequest(buf, 0);
    mnl_attr_put_strz(nlh, IFLA_IFNAME, n.constData());
    int index = 0;
    const int err = exchange(nlh, [&](const nlmsghdr *m) {
        if (auto l = parseLink(m))
            index = l->index;
    });
    if (err)
        return std::unexpected(kernelError(QStringLiteral("ip link show dev %1").arg(name), err));
    m_ifindex.insert(name, index);
    return index;
}

Result<QString> Rtnl::ifname(int index)
{
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    nlmsghdr *nlh = linkRequest(buf, 0);
    static_cast<ifinfomsg *>(mnl_nlmsg_get_payload(nlh))->ifi_index = index;
    QString name;
    const int err = exchange(nlh, [&](const nlmsghdr *m) {
        if (auto l = parseLink(m))
            name = l->name;
    });
    if (err)
        return std::unexpected(kernelError(QStringLiteral("ip link show index %1").arg(index), err));
    return name;
}

} // namespace byway::route
