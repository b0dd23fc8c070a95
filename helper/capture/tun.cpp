// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/tun.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

namespace byway::capture {

namespace {

// linux/if_tun.h's from Linux 6.2 on (Debian 12's headers are 6.1).
constexpr unsigned long kTunUso4 = 0x20;
constexpr unsigned long kTunUso6 = 0x40;

std::unexpected<Error> kernelError(const QString &what, int err)
{
    Error e = Error::make(ErrorCode::KernelFailed, QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(strerror(err))));
    e.sysErrno = err;
    return std::unexpected(e);
}


// One queue of `name` (the first one creates the device and resolves a
// "%d" pattern in `ifr`). Offloads are the device's: every queue of a
// multi-queue device is opened with the same flags.
Result<Fd> openQueue(ifreq &ifr, short flags, TunDevice &dev)
{
    Fd fd(::open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC));
    if (!fd)
        return kernelError(QStringLiteral("open /dev/net/tun"), errno);
    ifr.ifr_flags = short(flags | (dev.vnetHdr ? IFF_VNET_HDR : 0));
    int rc = ::ioctl(fd.get(), TUNSETIFF, &ifr);
    if (rc < 0 && dev.vnetHdr && errno == EINVAL && dev.queues.empty()) {
        // A kernel without virtio_net_hdr on TUN: the plain device.
        ifr.ifr_flags = flags;
        dev.vnetHdr = false;
        rc = ::ioctl(fd.get(), TUNSETIFF, &ifr);
    }
    if (rc < 0)
        return kernelError(QStringLiteral("TUNSETIFF %1").arg(QString::fromLocal8Bit(ifr.ifr_name)), errno);
    if (dev.vnetHdr) {
        // Without TUN_F_CSUM the kernel finishes every checksum itself and
        // sends no super-packets; TSO needs it. TSO_ECN is left out: the
        // kernel segments CWR-marked super-packets before they reach us.
        // USO (Linux 6.2+): a client's UDP GSO comes whole, datagrams of its
        // gso_size (UdpFlow sends them on with one sendmsg); an older kernel
        // refuses the flags and cuts them up before the TUN.
        const unsigned long tso = TUN_F_CSUM | TUN_F_TSO4 | TUN_F_TSO6;
        const unsigned long uso = tso | kTunUso4 | kTunUso6;
        const unsigned long csumOnly = TUN_F_CSUM;
        if (::ioctl(fd.get(), TUNSETOFFLOAD, uso) == 0)
            dev.tso = dev.uso = true;
        else if (::ioctl(fd.get(), TUNSETOFFLOAD, tso) == 0)
            dev.tso = true;
        else if (::ioctl(fd.get(), TUNSETOFFLOAD, csumOnly) != 0)
            qCWarning(lcTun).noquote() << "TUNSETOFFLOAD failed on" << ifr.ifr_name << strerror(errno);
    }
    return fd;
}
} // namespace

Result<TunDevice> openTun(const QString &name, int mtu, int queues, int txqueuelen, bool offload)
{
    const QByteArray n = name.toLocal8Bit();
    if (n.isEmpty() || n.size() >= IFNAMSIZ)
        return fail(ErrorCode::InvalidParams, QStringLiteral("bad TUN name '%1'").arg(name), QStringLiteral("/capture/tun"));
    if (queues < 1 || queues > kMaxTunQueues)
        return fail(ErrorCode::InvalidParams, QStringLiteral("TUN queues must be between 1 and %1, not %2").arg(kMaxTunQueues).arg(queues),
                    QStringLiteral("/capture/workers"));
    ifreq ifr{};
    std::memcpy(ifr.ifr_name, n.constData(), size_t(n.size()));
    const short flags = short(IFF_TUN | IFF_NO_PI | (queues > 1 ? IFF_MULTI_QUEUE : 0));
    TunDevice dev;
    dev.vnetHdr = offload;
    for (int q = 0; q < queues; ++q) {
        // The kernel wrote the resolved name back into ifr: the next
        // queues attach to the same device.
        auto fd = openQueue(ifr, flags, dev);
        if (!fd)
            return std::unexpected(fd.error());
        dev.queues.push_back(std::move(*fd));
    }
    dev.name = QString::fromLocal8Bit(ifr.ifr_name);

    Fd ctl(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (!ctl)
        return kernelError(QStringLiteral("socket"), errno);
    ifreq q{};
    std::memcpy(q.ifr_name, ifr.ifr_name, IFNAMSIZ);
    q.ifr_mtu = mtu;
    if (::ioctl(ctl.get(), SIOCSIFMTU, &q) < 0)
        return kernelError(QStringLiteral("SIOCSIFMTU %1 on %2").arg(mtu).arg(dev.name), errno);
    q.ifr_qlen = txqueuelen;
    if (::ioctl(ctl.get(), SIOCSIFTXQLEN, &q) < 0)
        qCWarning(lcTun).noquote() << "SIOCSIFTXQLEN failed on" << dev.name << strerror(errno);
    if (::ioctl(ctl.get(), SIOCGIFFLAGS, &q) < 0)
        return kernelError(QStringLiteral("SIOCGIFFLAGS %1").arg(dev.name), errno);
    q.ifr_flags |= IFF_UP;
    if (::ioctl(ctl.get(), SIOCSIFFLAGS, &q) < 0)
        return kernelError(QStringLiteral("SIOCSIFFLAGS %1").arg(dev.name), errno);
    if (::ioctl(ctl.get(), SIOCGIFINDEX, &q) < 0)
        return kernelError(QStringLiteral("SIOCGIFINDEX %1").arg(dev.name), errno);
    dev.ifindex = q.ifr_ifindex;
    qCDebug(lcTun).noquote() << "TUN" << dev.name << "index" << dev.ifindex << "mtu" << mtu << "queues" << queues
                             << "vnet header" << dev.vnetHdr << "TSO" << dev.tso << "USO" << dev.uso;
    return dev;
}

QString cpuMask(const std::vector<int> &cpus)
{
    const int top = cpus.empty() ? 0 : *std::max_element(cpus.begin(), cpus.end());
    std::vector<uint32_t> groups(size_t(top / 32 + 1), 0);
    for (int c : cpus)
        if (c >= 0)
            groups[size_t(c / 32)] |= uint32_t(1) << (c % 32);
    QStringList parts;
    for (auto it = groups.rbegin(); it != groups.rend(); ++it)
        parts << (parts.isEmpty() ? QString::number(*it, 16) : QStringLiteral("%1").arg(*it, 8, 16, QLatin1Char('0')));
    return parts.join(QLatin1Char(','));
}

Result<QString> steerReceive(const QString &name)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (::sched_getaffinity(0, sizeof set, &set) != 0)
        return kernelError(QStringLiteral("sched_getaffinity"), errno);
    std::vector<int> cpus;
    for (int c = 0; c < CPU_SETSIZE; ++c)
        if (CPU_ISSET(c, &set))
            cpus.push_back(c);
    if (cpus.size() < 2)
        return QString();
    const QString mask = cpuMask(cpus);
    if (auto ok = steerQueues(QStringLiteral("/sys/class/net/%1/queues").arg(name), mask); !ok)
        return std::unexpected(ok.error());
    return mask;
}

Result<void> steerQueues(const QString &queuesDir, const QString &mask)
{
    const QDir queues(queuesDir);
    const QStringList rx = queues.entryList({QStringLiteral("rx-*")}, QDir::Dirs);
    if (rx.isEmpty())
        return kernelError(queues.path(), ENOENT);
    std::vector<std::pair<QString, QByteArray>> written;
    auto write = [](const QString &path, const QByteArray &value) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || f.write(value) != value.size())
            return f.errorString();
        return QString();
    };
    for (const QString &q : rx) {
        const QString path = queues.filePath(q + QStringLiteral("/rps_cpus"));
        QFile old(path);
        const QByteArray before = old.open(QIODevice::ReadOnly) ? old.readAll().trimmed() : QByteArray();
        if (const QString why = write(path, mask.toLatin1()); !why.isEmpty()) {
            for (const auto &[p, v] : written)
                (void)write(p, v);
            return std::unexpected(Error::make(ErrorCode::KernelFailed, QStringLiteral("%1: %2").arg(path, why)));
        }
        written.emplace_back(path, before.isEmpty() ? QByteArrayLiteral("0") : before);
    }
    return {};
}

} // namespace byway::capture
