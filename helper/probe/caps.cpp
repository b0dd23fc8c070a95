// SPDX-License-Identifier: GPL-3.0-or-later
// Effective capabilities via capget(2): what the kernel will check, not what
// a config file claims. They are relative to the user namespace owning our
// network namespace, which is what nfnetlink and the socket calls test.
#include "probe/internal.h"

#include <cerrno>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace byway::probe {

Caps readCaps()
{
    Caps c;
    __user_cap_header_struct hdr{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3]{};
    if (::syscall(SYS_capget, &hdr, data) != 0) {
        c.err = errno;
        return c;
    }
    c.effective = data[0].effective | (quint64(data[1].effective) << 32);
    c.permitted = data[0].permitted | (quint64(data[1].permitted) << 32);
    c.netAdmin = c.effective & (1ULL << CAP_NET_ADMIN);
    c.netRaw = c.effective & (1ULL << CAP_NET_RAW);
    return c;
}

void checkCaps(Context &ctx, Findings &out)
{
    const Caps &c = ctx.caps();
    if (c.err) {
        const QString ev = QStringLiteral("capget: %1").arg(errnoText(c.err));
        for (const char *name : {"cap.net_admin", "cap.net_raw"})
            out << badFinding(Finding::Status::Fail, QString::fromLatin1(name), QString::fromLatin1(name) + QStringLiteral(".unknown"),
                              QStringLiteral("Capabilities could not be read"), ev,
                              QStringLiteral("Everything that needs them is assumed off."),
                              QStringLiteral("Check the seccomp profile of the container; capget must be allowed."));
        return;
    }
    const QString ev = QStringLiteral("capget: effective=0x%1 permitted=0x%2")
                           .arg(c.effective, 16, 16, QLatin1Char('0'))
                           .arg(c.permitted, 16, 16, QLatin1Char('0'));
    const QJsonObject data{{QStringLiteral("effective"), QStringLiteral("0x%1").arg(c.effective, 0, 16)},
                           {QStringLiteral("permitted"), QStringLiteral("0x%1").arg(c.permitted, 0, 16)}};
    if (c.netAdmin)
        out << okFinding(QStringLiteral("cap.net_admin"), QStringLiteral("cap.net_admin.ok"),
                         QStringLiteral("CAP_NET_ADMIN is effective"), ev, data);
    else
        out << badFinding(Finding::Status::Fail, QStringLiteral("cap.net_admin"), QStringLiteral("cap.net_admin.missing"),
                          QStringLiteral("CAP_NET_ADMIN is not effective"), ev,
                          QStringLiteral("No nftables changes, no routes or policy rules, no sysctl changes, no TUN "
                                         "device: Byway can only report."),
                          QStringLiteral("Run bywayd as root or with CAP_NET_ADMIN (container: --cap-add NET_ADMIN; "
                                         "systemd: AmbientCapabilities=CAP_NET_ADMIN CAP_NET_RAW)."),
                          data);
    if (c.netRaw)
        out << okFinding(QStringLiteral("cap.net_raw"), QStringLiteral("cap.net_raw.ok"),
                         QStringLiteral("CAP_NET_RAW is effective"), ev, data);
    else
        out << badFinding(Finding::Status::Fail, QStringLiteral("cap.net_raw"), QStringLiteral("cap.net_raw.missing"),
                          QStringLiteral("CAP_NET_RAW is not effective"), ev,
                          QStringLiteral("No AF_PACKET capture (IKEv2-style compat path), no raw reply injection, no "
                                         "raw ICMP probes, and legacy iptables tables cannot be inspected."),
                          QStringLiteral("Run the container with --cap-add NET_RAW (systemd: add CAP_NET_RAW to "
                                         "AmbientCapabilities and CapabilityBoundingSet)."),
                          data);
}

} // namespace byway::probe
