// SPDX-License-Identifier: GPL-3.0-or-later
// Kernel support for the tunnel types Byway sits behind: xfrm (IKEv2/IPsec)
// and ppp (L2TP/PPTP/PPPoE).
#include "probe/internal.h"
#include "probe/fd.h"
#include "probe/nl.h"

#include <cerrno>

#include <fcntl.h>
#include <linux/xfrm.h>
#include <unistd.h>

namespace byway::probe {

void checkXfrm(Context &, Findings &out)
{
    const QString check = QStringLiteral("xfrm");
    auto sock = nl::open(NETLINK_XFRM);
    if (!sock) {
        out << badFinding(Finding::Status::Warn, check, QStringLiteral("xfrm.unsupported"),
                          QStringLiteral("No xfrm (IPsec) in this kernel"),
                          QStringLiteral("socket(NETLINK_XFRM): %1").arg(errnoText(sock.error())),
                          QStringLiteral("IKEv2/IPsec tunnels cannot terminate on this box."),
                          QStringLiteral("Use a kernel with CONFIG_XFRM_USER (xfrm_user module)."));
        return;
    }
    char buf[8192]; // one request message; MNL_SOCKET_BUFFER_SIZE is not a constant
    nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
    nlh->nlmsg_type = XFRM_MSG_GETSA;
    nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    int sas = 0;
    auto r = nl::request(sock->get(), nlh, [&](const nlmsghdr *m) {
        if (m->nlmsg_type == XFRM_MSG_NEWSA)
            ++sas;
        return MNL_CB_OK;
    });
    if (!r) {
        out << badFinding(Finding::Status::Warn, check, r.error() == EPERM ? QStringLiteral("xfrm.denied") : QStringLiteral("xfrm.error"),
                          QStringLiteral("xfrm state cannot be listed"),
                          QStringLiteral("XFRM_MSG_GETSA dump: %1").arg(errnoText(r.error())),
                          QStringLiteral("IKEv2 tunnels on this box cannot be inspected."),
                          QStringLiteral("Give bywayd CAP_NET_ADMIN."));
        return;
    }
    out << okFinding(check, QStringLiteral("xfrm.ok"), QStringLiteral("xfrm present (%1 SAs)").arg(sas),
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
        out << okFinding(check, QStringLiteral("ppp.ok"), QStringLiteral("/dev/ppp usable"), QStringLiteral("open(/dev/ppp) ok"));
        return;
    }
    const int err = errno;
    const QString ev = QStringLiteral("open(/dev/ppp): %1").arg(errnoText(err));
    const QString off = QStringLiteral("PPP-based tunnels (L2TP, PPTP) cannot terminate here.");
    if (err == ENOENT)
        out << badFinding(Finding::Status::Warn, check, QStringLiteral("ppp.missing"), QStringLiteral("/dev/ppp does not exist"),
                          ev, off, QStringLiteral("Pass --device /dev/ppp to the container, or create it (mknod /dev/ppp c 108 0)."));
    else if (err == ENODEV || err == ENXIO)
        out << badFinding(Finding::Status::Warn, check, QStringLiteral("ppp.unsupported"), QStringLiteral("No PPP driver"),
                          ev, off, QStringLiteral("Load ppp_generic on the host."));
    else
        out << badFinding(Finding::Status::Warn, check, QStringLiteral("ppp.denied"), QStringLiteral("/dev/ppp cannot be opened"),
                          ev, off, QStringLiteral("Give bywayd CAP_NET_ADMIN and allow the device (DeviceAllow=/dev/ppp rw)."));
}

} // namespace byway::probe
