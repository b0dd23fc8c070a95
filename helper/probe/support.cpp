// SPDX-License-Identifier: GPL-3.0-or-later
// Kernel support for the tunnel types Byway sits behind: xfrm (IKEv2/IPsec)
// and ppp (L2TP/PPTP/PPPoE).
#include "probe/internal.h"
#include "probe/fd.h"

#include "netlink/socket.h"

#include <libmnl/libmnl.h>

#include <cerrno>

#include <fcntl.h>
#include <linux/xfrm.h>
#include <unistd.h>

namespace byway::probe {

void checkXfrm(Context &, Findings &out)
{
    const QString check = QStringLiteral("xfrm");
    auto sock = netlink::Socket::open(NETLINK_XFRM, {.timeoutMs = kNetlinkTimeoutMs});
    if (!sock) {
        out << badFinding(Finding::Status::Warn, check, QStringLiteral("xfrm.unsupported"), msg::Id("probe.xfrm.unsupported"),
                          {}, QStringLiteral("socket(NETLINK_XFRM): %1").arg(errnoText(sock.error().error)));
        return;
    }
    alignas(nlmsghdr) char buf[8192]; // one request message; MNL_SOCKET_BUFFER_SIZE is not a constant
    nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
    nlh->nlmsg_type = XFRM_MSG_GETSA;
    int sas = 0;
    auto r = sock->dump(nlh, [&](const nlmsghdr *m) {
        if (m->nlmsg_type == XFRM_MSG_NEWSA)
            ++sas;
    }, [&] { sas = 0; });
    if (!r) {
        const bool denied = r.error().error == EPERM;
        out << badFinding(Finding::Status::Warn, check, denied ? QStringLiteral("xfrm.denied") : QStringLiteral("xfrm.error"),
                          denied ? msg::Id("probe.xfrm.denied") : msg::Id("probe.xfrm.error"), {},
                          QStringLiteral("XFRM_MSG_GETSA dump: %1").arg(errnoText(r.error().error)));
        return;
    }
    out << okFinding(check, QStringLiteral("xfrm.ok"), msg::Id("probe.xfrm.ok"), {{QStringLiteral("sas"), sas}},
                     QStringLiteral("NETLINK_XFRM socket ok, XFRM_MSG_GETSA dump: %1 SAs").arg(sas),
                     QJsonObject{{QStringLiteral("sas"), sas}});
}

void checkPpp(Context &, Findings &out)
{
    // Opening /dev/ppp without PPPIOCNEWUNIT/ATTACH creates nothing; ppp_open
    // itself requires CAP_NET_ADMIN.
    const QString check = QStringLiteral("ppp");
    Fd fd(::open("/dev/ppp", O_RDWR | O_CLOEXEC));
    if (fd) {
        out << okFinding(check, QStringLiteral("ppp.ok"), msg::Id("probe.ppp.ok"), {}, QStringLiteral("open(/dev/ppp) ok"));
        return;
    }
    const int err = errno;
    const QString ev = QStringLiteral("open(/dev/ppp): %1").arg(errnoText(err));
    if (err == ENOENT)
        out << badFinding(Finding::Status::Warn, check, QStringLiteral("ppp.missing"), msg::Id("probe.ppp.missing"), {}, ev);
    else if (err == ENODEV || err == ENXIO)
        out << badFinding(Finding::Status::Warn, check, QStringLiteral("ppp.unsupported"), msg::Id("probe.ppp.unsupported"),
                          {}, ev);
    else
        out << badFinding(Finding::Status::Warn, check, QStringLiteral("ppp.denied"), msg::Id("probe.ppp.denied"), {}, ev);
}

} // namespace byway::probe
