// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/tun.h"

#include "capture/log.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include <dirent.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace byway::capture {

namespace {

// linux/if_tun.h's from Linux 6.2 on (Debian 12's headers are 6.1).
constexpr unsigned long kTunUso4 = 0x20;
constexpr unsigned long kTunUso6 = 0x40;

// One queue of `name` (the first one creates the device and resolves a
// "%d" pattern in `ifr`). Offloads are the device's: every queue of a
// multi-queue device is opened with the same flags.
Result<Fd> openQueue(ifreq &ifr, short flags, TunDevice &dev)
{
    Fd fd(::open("/dev/net/tun", O_RDWR | O_NONBLOCK | O_CLOEXEC));
    if (!fd)
        return kernelFault("open /dev/net/tun", errno);
    ifr.ifr_flags = short(flags | (dev.vnetHdr ? IFF_VNET_HDR : 0));
    int rc = ::ioctl(fd.get(), TUNSETIFF, &ifr);
    if (rc < 0 && dev.vnetHdr && errno == EINVAL && dev.queues.empty()) {
        // A kernel without virtio_net_hdr on TUN: the plain device.
        ifr.ifr_flags = flags;
        dev.vnetHdr = false;
        rc = ::ioctl(fd.get(), TUNSETIFF, &ifr);
    }
    if (rc < 0)
        return kernelFault(std::string("TUNSETIFF ") + ifr.ifr_name, errno);
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
            CLOG_WARNING(Tun).noquote() << "TUNSETOFFLOAD failed on" << ifr.ifr_name << strerror(errno);
    }
    return fd;
}
} // namespace

Result<TunDevice> openTun(const std::string &name, int mtu, int queues, int txqueuelen, bool offload)
{
    const std::string &n = name;
    if (n.empty() || n.size() >= IFNAMSIZ)
        return fail(FaultKind::InvalidParams, "bad TUN name '" + name + "'", "/capture/tun");
    if (queues < 1 || queues > kMaxTunQueues)
        return fail(FaultKind::InvalidParams,
                    "TUN queues must be between 1 and " + std::to_string(kMaxTunQueues) + ", not " + std::to_string(queues),
                    "/capture/workers");
    ifreq ifr{};
    std::memcpy(ifr.ifr_name, n.data(), size_t(n.size()));
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
    dev.name = ifr.ifr_name;

    Fd ctl(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (!ctl)
        return kernelFault("socket", errno);
    ifreq q{};
    std::memcpy(q.ifr_name, ifr.ifr_name, IFNAMSIZ);
    q.ifr_mtu = mtu;
    if (::ioctl(ctl.get(), SIOCSIFMTU, &q) < 0)
        return kernelFault("SIOCSIFMTU " + std::to_string(mtu) + " on " + dev.name, errno);
    q.ifr_qlen = txqueuelen;
    if (::ioctl(ctl.get(), SIOCSIFTXQLEN, &q) < 0)
        CLOG_WARNING(Tun).noquote() << "SIOCSIFTXQLEN failed on" << dev.name << strerror(errno);
    if (::ioctl(ctl.get(), SIOCGIFFLAGS, &q) < 0)
        return kernelFault("SIOCGIFFLAGS " + dev.name, errno);
    q.ifr_flags |= IFF_UP;
    if (::ioctl(ctl.get(), SIOCSIFFLAGS, &q) < 0)
        return kernelFault("SIOCSIFFLAGS " + dev.name, errno);
    if (::ioctl(ctl.get(), SIOCGIFINDEX, &q) < 0)
        return kernelFault("SIOCGIFINDEX " + dev.name, errno);
    dev.ifindex = q.ifr_ifindex;
    CLOG_DEBUG(Tun).noquote() << "TUN" << dev.name << "index" << dev.ifindex << "mtu" << mtu << "queues" << queues
                              << "vnet header" << dev.vnetHdr << "TSO" << dev.tso << "USO" << dev.uso;
    return dev;
}

std::string cpuMask(const std::vector<int> &cpus)
{
    const int top = cpus.empty() ? 0 : *std::max_element(cpus.begin(), cpus.end());
    std::vector<uint32_t> groups(size_t(top / 32 + 1), 0);
    for (int c : cpus)
        if (c >= 0)
            groups[size_t(c / 32)] |= uint32_t(1) << (c % 32);
    std::string out;
    for (auto it = groups.rbegin(); it != groups.rend(); ++it) {
        char part[16];
        std::snprintf(part, sizeof part, out.empty() ? "%x" : ",%08x", *it);
        out += part;
    }
    return out;
}

Result<std::string> steerReceive(const std::string &name)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (::sched_getaffinity(0, sizeof set, &set) != 0)
        return kernelFault("sched_getaffinity", errno);
    std::vector<int> cpus;
    for (int c = 0; c < CPU_SETSIZE; ++c)
        if (CPU_ISSET(c, &set))
            cpus.push_back(c);
    if (cpus.size() < 2)
        return std::string();
    const std::string mask = cpuMask(cpus);
    if (auto ok = steerQueues("/sys/class/net/" + name + "/queues", mask); !ok)
        return std::unexpected(ok.error());
    return mask;
}

namespace {

// The file's first line, trimmed; empty when it cannot be read.
std::string readLine(const std::string &path)
{
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    char buf[256];
    const ssize_t n = fd ? ::read(fd.get(), buf, sizeof buf - 1) : -1;
    std::string s(buf, size_t(std::max<ssize_t>(n, 0)));
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

// Writes `value` whole in one write (sysfs takes a value per write);
// the errno when it could not.
int writeValue(const std::string &path, const std::string &value)
{
    Fd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
    if (!fd)
        return errno;
    const ssize_t n = ::write(fd.get(), value.data(), value.size());
    if (n < 0)
        return errno;
    return size_t(n) == value.size() ? 0 : EIO;
}

} // namespace

Result<void> steerQueues(const std::string &queuesDir, const std::string &mask)
{
    std::vector<std::string> rx;
    if (DIR *d = ::opendir(queuesDir.c_str())) {
        while (const dirent *e = ::readdir(d))
            if (std::string_view(e->d_name).starts_with("rx-"))
                rx.emplace_back(e->d_name);
        ::closedir(d);
    }
    if (rx.empty())
        return kernelFault(queuesDir, ENOENT);
    std::sort(rx.begin(), rx.end());
    std::vector<std::pair<std::string, std::string>> written;
    for (const std::string &q : rx) {
        const std::string path = queuesDir + '/' + q + "/rps_cpus";
        const std::string before = readLine(path);
        if (const int err = writeValue(path, mask)) {
            for (const auto &[p, v] : written)
                (void)writeValue(p, v);
            return kernelFault(path, err);
        }
        written.emplace_back(path, before.empty() ? std::string("0") : before);
    }
    return {};
}

} // namespace byway::capture
