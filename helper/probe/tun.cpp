// SPDX-License-Identifier: GPL-3.0-or-later
// Capture prerequisites: a TUN device we can create, an AF_PACKET socket.
#include "probe/internal.h"
#include "probe/fd.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

namespace byway::probe {

void checkTun(Context &, Findings &out)
{
    const QString check = QStringLiteral("tun");
    Fd fd(::open("/dev/net/tun", O_RDWR | O_CLOEXEC));
    if (!fd) {
        const int err = errno;
        const QString ev = QStringLiteral("open(/dev/net/tun): %1").arg(errnoText(err));
        if (err == ENOENT)
            out << badFinding(Finding::Status::Fail, check, QStringLiteral("tun.missing"), msg::Id("probe.tun.missing"),
                              {}, ev);
        else if (err == ENODEV || err == ENXIO)
            out << badFinding(Finding::Status::Fail, check, QStringLiteral("tun.unsupported"),
                              msg::Id("probe.tun.unsupported"), {}, ev);
        else
            out << badFinding(Finding::Status::Fail, check, QStringLiteral("tun.denied"), msg::Id("probe.tun.open_denied"),
                              {}, ev);
        return;
    }
    unsigned features = 0;
    (void)::ioctl(fd.get(), TUNGETFEATURES, &features);
    // TUNSETIFF with a name the kernel can never register ("bw:probe": ':' is
    // invalid in interface names). tun_set_iff() checks CAP_NET_ADMIN in the
    // namespace's user namespace and the LSM hook (security_tun_dev_create)
    // first, allocates the device, and only then validates the name; so
    // EINVAL means "a real TUNSETIFF would have created it", EPERM means it
    // is refused — and no interface is ever registered: no RTM_NEWLINK for
    // link monitors (ours, NetworkManager, networkd) to react to.
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "bw:probe", IFNAMSIZ - 1);
    ifr.ifr_flags = IFF_TUN | IFF_NO_PI;
    const int rc = ::ioctl(fd.get(), TUNSETIFF, &ifr);
    const int err = rc < 0 ? errno : 0;
    const QString ev = QStringLiteral("open(/dev/net/tun) ok, TUNGETFEATURES=0x%1, TUNSETIFF(IFF_TUN|IFF_NO_PI, "
                                      "invalid name \"bw:probe\"): %2")
                           .arg(features, 0, 16)
                           .arg(err ? errnoText(err) : QStringLiteral("succeeded"));
    if (err == EINVAL) {
        out << okFinding(check, QStringLiteral("tun.ok"), msg::Id("probe.tun.ok"), {},
                         ev + QStringLiteral(" — permission and LSM checks passed, only the name was refused; no "
                                             "device was registered"),
                         QJsonObject{{QStringLiteral("features"), static_cast<int>(features)}});
        return;
    }
    if (rc == 0) {
        // A kernel that accepted the name: the device lives only as long as
        // this non-persistent fd, which closes now.
        out << okFinding(check, QStringLiteral("tun.ok"), msg::Id("probe.tun.ok"), {},
                         ev + QStringLiteral(" — the non-persistent device vanished with the fd"),
                         QJsonObject{{QStringLiteral("features"), static_cast<int>(features)}});
        return;
    }
    const bool denied = err == EPERM || err == EACCES;
    out << badFinding(Finding::Status::Fail, check, denied ? QStringLiteral("tun.denied") : QStringLiteral("tun.error"),
                      denied ? msg::Id("probe.tun.denied") : msg::Id("probe.tun.error"), {}, ev);
}

void checkPacket(Context &, Findings &out)
{
    // socket(AF_PACKET, SOCK_STREAM): __sock_create() runs the LSM hook
    // (security_socket_create), then packet_create() checks CAP_NET_RAW in
    // the namespace's user namespace and only then rejects the socket type.
    // ESOCKTNOSUPPORT therefore means "a SOCK_RAW packet socket would be
    // created", and no socket exists afterwards. A real one would cost an
    // RCU grace period on close (synchronize_net() in packet_release), several
    // ms, for the same answer.
    Fd fd(::socket(AF_PACKET, SOCK_STREAM | SOCK_CLOEXEC, 0));
    const int err = fd ? 0 : errno;
    const QString ev = QStringLiteral("socket(AF_PACKET, SOCK_STREAM, 0): %1")
                           .arg(err ? errnoText(err) : QStringLiteral("created"));
    if (err == ESOCKTNOSUPPORT || err == 0) {
        out << okFinding(QStringLiteral("packet"), QStringLiteral("packet.ok"), msg::Id("probe.packet.ok"), {},
                         ev + QStringLiteral(" — LSM and CAP_NET_RAW checks passed, only the type was refused"));
        return;
    }
    if (err == EAFNOSUPPORT)
        out << badFinding(Finding::Status::Fail, QStringLiteral("packet"), QStringLiteral("packet.unsupported"),
                          msg::Id("probe.packet.unsupported"), {}, ev);
    else
        out << badFinding(Finding::Status::Fail, QStringLiteral("packet"), QStringLiteral("packet.denied"),
                          msg::Id("probe.packet.denied"), {}, ev);
}

} // namespace byway::probe
