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
    const QString fix = QStringLiteral("Pass the device to the container (--device /dev/net/tun) and allow it "
                                       "(systemd: DeviceAllow=/dev/net/tun rw).");
    const QString noTun = QStringLiteral("No TUN capture: the compat path for L2TP/PPP-style pools is off.");
    Fd fd(::open("/dev/net/tun", O_RDWR | O_CLOEXEC));
    if (!fd) {
        const int err = errno;
        const QString ev = QStringLiteral("open(/dev/net/tun): %1").arg(errnoText(err));
        if (err == ENOENT)
            out << badFinding(Finding::Status::Fail, check, QStringLiteral("tun.missing"),
                              QStringLiteral("/dev/net/tun does not exist"), ev, noTun, fix);
        else if (err == ENODEV || err == ENXIO)
            out << badFinding(Finding::Status::Fail, check, QStringLiteral("tun.unsupported"),
                              QStringLiteral("The kernel has no TUN driver"), ev, noTun,
                              QStringLiteral("Load the tun module on the host (modprobe tun) or use a kernel with "
                                             "CONFIG_TUN."));
        else
            out << badFinding(Finding::Status::Fail, check, QStringLiteral("tun.denied"),
                              QStringLiteral("/dev/net/tun cannot be opened"), ev, noTun, fix);
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
        out << okFinding(check, QStringLiteral("tun.ok"), QStringLiteral("TUN devices can be created"),
                         ev + QStringLiteral(" — permission and LSM checks passed, only the name was refused; no "
                                             "device was registered"),
                         QJsonObject{{QStringLiteral("features"), static_cast<int>(features)}});
        return;
    }
    if (rc == 0) {
        // A kernel that accepted the name: the device lives only as long as
        // this non-persistent fd, which closes now.
        out << okFinding(check, QStringLiteral("tun.ok"), QStringLiteral("TUN devices can be created"),
                         ev + QStringLiteral(" — the non-persistent device vanished with the fd"),
                         QJsonObject{{QStringLiteral("features"), static_cast<int>(features)}});
        return;
    }
    out << badFinding(Finding::Status::Fail, check, err == EPERM || err == EACCES ? QStringLiteral("tun.denied") : QStringLiteral("tun.error"),
                      QStringLiteral("A TUN device cannot be created"), ev, noTun,
                      err == EPERM || err == EACCES
                          ? QStringLiteral("Give bywayd CAP_NET_ADMIN (container: --cap-add NET_ADMIN); check the "
                                           "LSM profile allows tun_socket create.")
                          : QStringLiteral("See the kernel log."));
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
        out << okFinding(QStringLiteral("packet"), QStringLiteral("packet.ok"), QStringLiteral("AF_PACKET sockets work"),
                         ev + QStringLiteral(" — LSM and CAP_NET_RAW checks passed, only the type was refused"));
        return;
    }
    const QString off = QStringLiteral("No AF_PACKET capture on per-tunnel interfaces: the compat path for "
                                       "xfrm/IKEv2 interfaces is off.");
    if (err == EAFNOSUPPORT)
        out << badFinding(Finding::Status::Fail, QStringLiteral("packet"), QStringLiteral("packet.unsupported"),
                          QStringLiteral("The kernel has no AF_PACKET"), ev, off,
                          QStringLiteral("Use a kernel with CONFIG_PACKET."));
    else
        out << badFinding(Finding::Status::Fail, QStringLiteral("packet"), QStringLiteral("packet.denied"),
                          QStringLiteral("AF_PACKET sockets are refused"), ev, off,
                          QStringLiteral("Run the container with --cap-add NET_RAW (and check the seccomp/LSM "
                                         "profile allows AF_PACKET)."));
}

} // namespace byway::probe
