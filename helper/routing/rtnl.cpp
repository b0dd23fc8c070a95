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
#include <sys/time.h>

namespace byway::route {

void detail::MnlClose::operator()(mnl_socket *s) const
{
    mnl_socket_close(s);
}

Error kernelError(const QString &what, int err, const QString &extack)
{
    Error e = Error::make(ErrorCode::KernelFailed,
                          what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(err))
                              + (extack.isEmpty() ? QString() : QStringLiteral(" (") + extack + QLatin1Char(')')));
    e.sysErrno = err;
    return e;
}

Rtnl::Rtnl(std::unique_ptr<mnl_socket, detail::MnlClose> sock)
    : m_sock(std::move(sock))
    , m_portid(mnl_socket_get_portid(m_sock.get()))
    , m_buf(65536)
{
}

Rtnl::Rtnl(Rtnl &&) noexcept = default;
Rtnl &Rtnl::operator=(Rtnl &&) noexcept = default;
Rtnl::~Rtnl() = default;

Result<Rtnl> Rtnl::open()
{
    std::unique_ptr<mnl_socket, detail::MnlClose> sock(mnl_socket_open2(NETLINK_ROUTE, SOCK_CLOEXEC));
    if (!sock)
        return std::unexpected(kernelError(QStringLiteral("rtnetlink socket"), errno));
    if (mnl_socket_bind(sock.get(), 0, MNL_SOCKET_AUTOPID) < 0)
        return std::unexpected(kernelError(QStringLiteral("rtnetlink bind"), errno));
    // A kernel that never answers must not hang bywayd.
    timeval tv{5, 0};
    (void)::setsockopt(mnl_socket_get_fd(sock.get()), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    int on = 1;
    // CAP_ACK: errors carry only the header of our request, not all of it.
    // EXT_ACK: the kernel explains EINVAL & co. in a string attribute.
    // GET_STRICT_CHK (4.20): dumps honour the header/attribute filters
    // (table, protocol, ifindex) instead of ignoring them.
    (void)mnl_socket_setsockopt(sock.get(), NETLINK_CAP_ACK, &on, sizeof on);
    (void)mnl_socket_setsockopt(sock.get(), NETLINK_EXT_ACK, &on, sizeof on);
    (void)mnl_socket_setsockopt(sock.get(), NETLINK_GET_STRICT_CHK, &on, sizeof on);
    return Rtnl(std::move(sock));
}

namespace {

struct ExchangeCtx {
    const std::function<void(const nlmsghdr *)> *onMessage;
    int error = 0;
    QString extack;
};

int dataCb(const nlmsghdr *nlh, void *data)
{
    (*static_cast<ExchangeCtx *>(data)->onMessage)(nlh);
    return MNL_CB_OK;
}

// NLMSG_ERROR handled here rather than by libmnl so the extended-ack text
// (NLMSGERR_ATTR_MSG) can be kept. error 0 is the ACK that ends a request.
int errorCb(const nlmsghdr *nlh, void *data)
{
    auto *ctx = static_cast<ExchangeCtx *>(data);
    if (nlh->nlmsg_len < mnl_nlmsg_size(sizeof(nlmsgerr))) {
        ctx->error = EBADMSG;
        return MNL_CB_ERROR;
    }
    const auto *err = static_cast<const nlmsgerr *>(mnl_nlmsg_get_payload(nlh));
    if (err->error == 0)
        return MNL_CB_STOP;
    ctx->error = -err->error;
    if (nlh->nlmsg_flags & NLM_F_ACK_TLVS) {
        // With NETLINK_CAP_ACK the echoed request is its header only.
        unsigned offset = sizeof(nlmsgerr);
        if (!(nlh->nlmsg_flags & NLM_F_CAPPED))
            offset += err->msg.nlmsg_len - sizeof(nlmsghdr);
        nl::Attrs<NLMSGERR_ATTR_MAX + 1> tb;
        if (nl::parse(nlh, offset, {{NLMSGERR_ATTR_MSG, MNL_TYPE_NUL_STRING}}, tb) && tb[NLMSGERR_ATTR_MSG])
            ctx->extack = QString::fromUtf8(mnl_attr_get_str(tb[NLMSGERR_ATTR_MSG]));
    }
    return MNL_CB_ERROR;
}

// With a control array libmnl runs none of its defaults, so DONE (the end
// of a dump) is ours too. A dump that failed inside the kernel ends with
// DONE carrying a negative errno.
int doneCb(const nlmsghdr *nlh, void *data)
{
    auto *ctx = static_cast<ExchangeCtx *>(data);
    if (mnl_nlmsg_get_payload_len(nlh) >= sizeof(int)) {
        int err = 0;
        std::memcpy(&err, mnl_nlmsg_get_payload(nlh), sizeof err);
        if (err < 0) {
            ctx->error = -err;
            return MNL_CB_ERROR;
        }
    }
    return MNL_CB_STOP;
}

int noopCb(const nlmsghdr *, void *)
{
    return MNL_CB_OK;
}

} // namespace

int Rtnl::exchange(nlmsghdr *req, const MessageFn &onMessage, QString *why)
{
    req->nlmsg_seq = ++m_seq;
    // NLM_F_DUMP shares its bits with NLM_F_EXCL/NLM_F_ATOMIC (they mean
    // different things for NEW and GET), so a dump is a GET (type % 4 == 2
    // in rtnetlink) with both dump bits; everything else asks for an ACK.
    const bool dump = (req->nlmsg_type & 3) == 2 && (req->nlmsg_flags & NLM_F_DUMP) == NLM_F_DUMP;
    if (!dump)
        req->nlmsg_flags |= NLM_F_ACK;
    if (mnl_socket_sendto(m_sock.get(), req, req->nlmsg_len) < 0)
        return errno;
    ExchangeCtx ctx{&onMessage, 0, {}};
    mnl_cb_t ctl[NLMSG_MIN_TYPE] = {};
    ctl[NLMSG_NOOP] = noopCb;
    ctl[NLMSG_ERROR] = errorCb;
    ctl[NLMSG_DONE] = doneCb;
    for (;;) {
        const ssize_t n = mnl_socket_recvfrom(m_sock.get(), m_buf.data(), m_buf.size());
        if (n < 0)
            return errno == EAGAIN ? ETIMEDOUT : errno;
        // mnl_cb_run2 drops replies whose seq/portid are not ours (ESRCH/EPROTO).
        errno = 0;
        const int rc = mnl_cb_run2(m_buf.data(), size_t(n), req->nlmsg_seq, m_portid, dataCb, &ctx, ctl, NLMSG_MIN_TYPE);
        if (rc == MNL_CB_ERROR) {
            if (why)
                *why = ctx.extack;
            return ctx.error ? ctx.error : (errno ? errno : EPROTO);
        }
        if (rc == MNL_CB_STOP)
            return 0;
    }
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
    });
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
