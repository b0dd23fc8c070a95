// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/afpacket.h"

#include "capture/engine.h"
#include "capture/frame.h"
#include "capture/gso.h"
#include "capture/log.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <fnmatch.h>
#include <net/if_arp.h>
#include <linux/ethtool.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <linux/sockios.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace byway::capture {

namespace {

Fd rawSender(int family, const std::string &dev)
{
    // IPPROTO_RAW implies IP_HDRINCL: we hand the kernel the whole packet.
    Fd fd(::socket(family, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_RAW));
    if (fd && ::setsockopt(fd.get(), SOL_SOCKET, SO_BINDTODEVICE, dev.data(), socklen_t(dev.size())) < 0)
        fd.reset();
    return fd;
}

// The kernel driver behind `ifr`'s interface (ETHTOOL_GDRVINFO), empty
// when it does not say.
std::string driverOf(int fd, ifreq ifr)
{
    ethtool_drvinfo info{};
    info.cmd = ETHTOOL_GDRVINFO;
    ifr.ifr_data = reinterpret_cast<char *>(&info);
    if (::ioctl(fd, SIOCETHTOOL, &ifr) < 0)
        return {};
    return std::string(info.driver, size_t(strnlen(info.driver, sizeof info.driver)));
}

// Ethernet-type interfaces: the reply's link-layer header is built from
// the client's frames. TUN devices in L3 mode (OpenVPN, wireguard-go and
// the like: no link header) take the bare IP packet. Any other L3 tunnel
// (xfrm, ipip, ppp) keeps the raw IP socket, which also takes its routing
// and encapsulation: an xfrm interface on an older kernel drops what a
// packet socket hands it (no route attached), and none of them could be
// tried here.
void openGsoSender(PacketInterfaces::Iface &i, const std::string &dev)
{
    ifreq ifr{};
    std::memcpy(ifr.ifr_name, dev.data(), std::min<size_t>(size_t(dev.size()), IFNAMSIZ - 1));
    Fd probe(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (!probe || ::ioctl(probe.get(), SIOCGIFHWADDR, &ifr) < 0)
        return;
    i.hatype = ifr.ifr_hwaddr.sa_family;
    if (i.hatype == ARPHRD_ETHER)
        std::memcpy(i.mac.data(), ifr.ifr_hwaddr.sa_data, i.mac.size());
    else if (i.hatype != ARPHRD_NONE || driverOf(probe.get(), ifr) != "tun")
        return;
    Fd fd(::socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, 0)); // protocol 0: sends only
    const int one = 1;
    sockaddr_ll sll{};
    sll.sll_family = AF_PACKET;
    sll.sll_ifindex = i.ifindex;
    if (!fd || ::setsockopt(fd.get(), SOL_PACKET, PACKET_VNET_HDR, &one, sizeof one) < 0
        || ::bind(fd.get(), reinterpret_cast<sockaddr *>(&sll), sizeof sll) < 0) {
        CLOG_DEBUG(Packet).noquote() << "no GSO sender on" << i.name << strerror(errno) << "(replies go MSS by MSS)";
        return;
    }
    i.gsoTx = std::move(fd);
}

std::array<uint8_t, 16> addressKey(std::span<const uint8_t> ip, bool dst)
{
    std::array<uint8_t, 16> k{};
    if ((ip[0] >> 4) == 4)
        std::memcpy(k.data(), ip.data() + (dst ? 16 : 12), 4);
    else
        std::memcpy(k.data(), ip.data() + (dst ? 24 : 8), 16);
    return k;
}

std::unique_ptr<PacketInterfaces::Iface> openIface(Engine &engine, const std::string &name, int ifindex,
                                                   const SourceFilter &filter)
{
    auto i = std::make_unique<PacketInterfaces::Iface>();
    i->engine = &engine;
    i->name = name;
    i->ifindex = ifindex;
    // Protocol 0: nothing comes up before the filter is on and bind()
    // names the protocol and the interface (a socket made with ETH_P_ALL
    // would take every interface's frames, unfiltered, until then).
    i->sock = Fd(::socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!i->sock) {
        CLOG_WARNING(Packet).noquote() << "AF_PACKET socket:" << strerror(errno);
        return nullptr;
    }
    i->attach(filter);
    sockaddr_ll sll{};
    sll.sll_family = AF_PACKET;
    sll.sll_protocol = htons(ETH_P_ALL);
    sll.sll_ifindex = ifindex;
    if (::bind(i->sock.get(), reinterpret_cast<sockaddr *>(&sll), sizeof sll) < 0) {
        CLOG_WARNING(Packet).noquote() << "bind AF_PACKET to" << name << strerror(errno);
        return nullptr;
    }
    const int buf = 4 << 20;
    ::setsockopt(i->sock.get(), SOL_SOCKET, SO_RCVBUF, &buf, sizeof buf);
    const int one = 1;
    if (::setsockopt(i->sock.get(), SOL_PACKET, PACKET_AUXDATA, &one, sizeof one) < 0)
        CLOG_WARNING(Packet).noquote() << "PACKET_AUXDATA on" << name << strerror(errno) << "(partial checksums will fail)";
    i->rxVnet = ::setsockopt(i->sock.get(), SOL_PACKET, PACKET_VNET_HDR, &one, sizeof one) == 0;
    if (!i->rxVnet)
        CLOG_WARNING(Packet).noquote() << "PACKET_VNET_HDR on" << name << strerror(errno)
                                       << "(a client's UDP GSO would go out as one datagram)";
    const std::string &dev = name;
    i->raw4 = rawSender(AF_INET, dev);
    i->raw6 = rawSender(AF_INET6, dev);
    if (!i->raw4)
        CLOG_WARNING(Packet).noquote() << "raw IPv4 socket on" << name << strerror(errno);
    openGsoSender(*i, dev);
    return i;
}

// What recvmsg said of a frame of `length` bytes (PACKET_AUXDATA).
frame::Info frameInfo(msghdr &mh, int hatype, size_t length)
{
    frame::Info info;
    info.hatype = hatype;
    info.wireLength = length;
    for (cmsghdr *c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c)) {
        if (c->cmsg_level == SOL_PACKET && c->cmsg_type == PACKET_AUXDATA) {
            tpacket_auxdata aux;
            std::memcpy(&aux, CMSG_DATA(c), sizeof aux);
            info.status = aux.tp_status;
            info.vlanTci = aux.tp_vlan_tci;
        }
    }
    return info;
}

} // namespace

bool PacketInterfaces::Iface::onEventsUnlocked(uint32_t)
{
    // Like the TUN queue's (Engine::readTun): up to 64 frames read and
    // inspected without the lock (only this worker reads this socket), a
    // run of small ones handed to their flows in one locked section.
    const std::span<uint8_t> buf = engine->inputBuffer();
    std::array<Engine::Input, Engine::kRun> run;
    size_t n = 0, off = 0;
    for (int k = 0; k < 64; ++k) {
        sockaddr_ll from{};
        alignas(cmsghdr) uint8_t control[CMSG_SPACE(sizeof(tpacket_auxdata))];
        iovec iov{buf.data() + off, buf.size() - off};
        msghdr mh{};
        mh.msg_name = &from;
        mh.msg_namelen = sizeof from;
        mh.msg_iov = &iov;
        mh.msg_iovlen = 1;
        mh.msg_control = control;
        mh.msg_controllen = sizeof control;
        // MSG_TRUNC: the frame's real length, so a longer one is never taken cut short.
        ssize_t r = ::recvmsg(sock.get(), &mh, MSG_DONTWAIT | MSG_TRUNC);
        if (r < 0)
            break;
        std::span<uint8_t> frameBuf{buf.data() + off, buf.size() - off};
        const size_t used = std::min(size_t(r), frameBuf.size());
        // The kernel's GSO description of the frame, then the frame.
        gso::VnetHeader vnet;
        if (rxVnet) {
            if (size_t(r) < gso::kVnetLen)
                continue;
            vnet = gso::readHeader(frameBuf);
            frameBuf = frameBuf.subspan(gso::kVnetLen);
            r -= ssize_t(gso::kVnetLen);
        }
        if (from.sll_pkttype == PACKET_OUTGOING) {
            // Our own replies (and the kernel's) leaving: never re-captured.
            outgoing.fetch_add(1, std::memory_order_relaxed);
            engine->stats().outgoingFiltered.fetch_add(1, std::memory_order_relaxed);
            continue;
        }
        const uint16_t proto = ntohs(from.sll_protocol);
        if (proto != ETH_P_IP && proto != ETH_P_IPV6 && proto != ETH_P_8021Q && proto != ETH_P_8021AD)
            continue; // ARP and friends are the kernel's business
        const frame::Info info = frameInfo(mh, from.sll_hatype, size_t(r));
        captured.fetch_add(1, std::memory_order_relaxed);
        if (uint64_t(r) > largest.load(std::memory_order_relaxed)) // this thread alone writes it
            largest.store(uint64_t(r), std::memory_order_relaxed);
        if (info.status & TP_STATUS_CSUMNOTREADY)
            partialChecksums.fetch_add(1, std::memory_order_relaxed);
        const auto frame = frameBuf.first(std::min(size_t(r), frameBuf.size()));
        if (auto packet = frame::ipPacket(frame, info)) {
            if (gsoTx && hatype == ARPHRD_ETHER)
                learnPeer(frame, packet->bytes);
            const size_t udpSegment = (vnet.gsoType & ~gso::kGsoEcn) == gso::kGsoUdpL4 ? vnet.gsoSize : 0;
            run[n++] = engine->prepare(packet->bytes, udpSegment, packet->trusted);
        } else {
            // Whose it is decides whether it is a drop: the engine looks
            // up its source under the lock, with the run.
            const auto ip = frame::ipStart(frame, info);
            if (ip.empty() && packet.error() == Drop::Unsupported)
                continue; // not IP inside (a VLAN's ARP): the kernel's business
            engine->stats().packetsIn.fetch_add(1, std::memory_order_relaxed);
            run[n++] = Engine::Input{ip, 0, false, std::nullopt, packet.error()};
        }
        off += used;
        // A large frame ends its run, as does a buffer that could no longer
        // take the largest one whole (a shorter buffer truncates).
        if (n == run.size() || used > Engine::kSmall || buf.size() - off < Engine::kLargest) {
            engine->handleRun(ifindex, {run.data(), n});
            n = 0;
            off = 0;
        }
    }
    if (n)
        engine->handleRun(ifindex, {run.data(), n});
    return true;
}

void PacketInterfaces::Iface::onEvents(uint32_t)
{
    // Never called: onEventsUnlocked handles every event.
}

void PacketInterfaces::Iface::learnPeer(std::span<const uint8_t> frame, std::span<const uint8_t> ip)
{
    // An IPv4 header is 20 bytes at least, an IPv6 one 40 (ipPacket checked the version).
    if (frame.size() < 14 || ip.size() < ((ip[0] >> 4) == 4 ? 20u : 40u))
        return;
    std::array<uint8_t, 6> src;
    std::memcpy(src.data(), frame.data() + 6, src.size());
    auto [it, added] = peers.try_emplace(addressKey(ip, false), src);
    if (!added) {
        it->second = src;
    } else if (peers.size() > 4096) {
        peers.clear(); // a bound: a client not known (any more) is answered MSS by MSS
    }
}

void PacketInterfaces::rescan(Engine &engine)
{
    if (m_patterns.empty())
        return;
    std::map<int, std::string> present;
    if (struct if_nameindex *list = ::if_nameindex()) {
        for (struct if_nameindex *p = list; p->if_index != 0; ++p) {
            const std::string name(p->if_name);
            for (const std::string &pat : m_patterns) {
                if (::fnmatch(pat.c_str(), name.c_str(), 0) == 0) {
                    present.emplace(int(p->if_index), name);
                    break;
                }
            }
        }
        ::if_freenameindex(list);
    }
    if (m_worker > 0) {
        // The other workers read only what worker 0 opened in a fanout group.
        std::erase_if(present, [&](const auto &p) {
            if (!m_groups)
                return true;
            auto g = m_groups->joined.find(p.first);
            return g == m_groups->joined.end() || !g->second;
        });
    }
    for (auto it = m_ifaces.begin(); it != m_ifaces.end();) {
        auto p = present.find(it->first);
        if (p == present.end() || p->second != it->second->name) {
            CLOG_DEBUG(Packet).noquote() << "interface gone:" << it->second->name << it->first;
            engine.unwatch(it->second->sock.get());
            if (m_groups && m_worker == 0)
                m_groups->joined.erase(it->first);
            it = m_ifaces.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &[index, name] : present) {
        if (m_ifaces.contains(index))
            continue;
        auto i = openIface(engine, name, index, m_filter);
        if (!i || (m_groups && !joinFanout(*i)))
            continue;
        engine.watch(i.get(), i->sock.get(), EPOLLIN, true);
        CLOG_DEBUG(Packet).noquote() << "capturing on" << name << "index" << index;
        m_ifaces.emplace(index, std::move(i));
    }
}

void PacketInterfaces::Iface::attach(const SourceFilter &f)
{
    sock_fprog prog{uint16_t(f.code.size()), const_cast<sock_filter *>(f.code.data())};
    const bool ok = !f.code.empty() && ::setsockopt(sock.get(), SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog) == 0;
    if (!ok) {
        // Whatever was on before goes (it may leave out a new session's
        // source): every frame comes up and is sorted by the reader.
        if (!f.code.empty() && !filterRefused)
            CLOG_WARNING(Packet).noquote() << "socket filter on" << name << "refused:" << strerror(errno)
                                           << "(every frame is read and sorted here)";
        ::setsockopt(sock.get(), SOL_SOCKET, SO_DETACH_FILTER, nullptr, 0);
    }
    filterRefused = !ok && !f.code.empty();
    ignoresOutgoing = ok;
    bySource = ok && f.bySource;
    byDestination = ok && f.byDestination;
}

void PacketInterfaces::setFilter(const SourceFilter &f)
{
    m_filter = f;
    for (auto &[index, i] : m_ifaces)
        i->attach(m_filter);
}

bool PacketInterfaces::joinFanout(Iface &i)
{
    // The id names the group in the network namespace: one per interface
    // and capture process.
    const uint32_t id = (uint32_t(::getpid()) * 40503u + uint32_t(i.ifindex)) & 0xffffu;
    const int arg = int(id | uint32_t(PACKET_FANOUT_HASH) << 16);
    const bool ok = ::setsockopt(i.sock.get(), SOL_PACKET, PACKET_FANOUT, &arg, sizeof arg) == 0;
    if (m_worker > 0) {
        if (!ok)
            CLOG_WARNING(Packet).noquote() << "worker" << m_worker << "cannot join the PACKET_FANOUT group of" << i.name
                                           << strerror(errno) << "(its flows stay with the other workers)";
        return ok;
    }
    m_groups->joined[i.ifindex] = ok;
    if (!ok)
        CLOG_WARNING(Packet).noquote() << "PACKET_FANOUT refused on" << i.name << strerror(errno)
                                       << ": worker 0 reads it alone";
    return true; // worker 0 reads it either way
}

bool PacketInterfaces::send(int ifindex, std::span<const uint8_t> packet)
{
    auto it = m_ifaces.find(ifindex);
    if (it == m_ifaces.end() || packet.empty())
        return false;
    Iface &i = *it->second;
    sockaddr_storage ss{};
    socklen_t len = 0;
    int fd = -1;
    if ((packet[0] >> 4) == 4 && packet.size() >= 20) {
        auto *s = reinterpret_cast<sockaddr_in *>(&ss);
        s->sin_family = AF_INET;
        std::memcpy(&s->sin_addr, packet.data() + 16, 4);
        len = sizeof *s;
        fd = i.raw4.get();
    } else if (packet.size() >= 40) {
        auto *s = reinterpret_cast<sockaddr_in6 *>(&ss);
        s->sin6_family = AF_INET6;
        std::memcpy(&s->sin6_addr, packet.data() + 24, 16);
        len = sizeof *s;
        fd = i.raw6.get();
    }
    if (fd < 0)
        return false;
    if (::sendto(fd, packet.data(), packet.size(), MSG_DONTWAIT, reinterpret_cast<sockaddr *>(&ss), len) < 0)
        return false;
    i.injected.fetch_add(1, std::memory_order_relaxed);
    return true;
}

bool PacketInterfaces::sendSuper(int ifindex, const Packet &p, size_t mss)
{
    auto it = m_ifaces.find(ifindex);
    if (it == m_ifaces.end() || !it->second->gsoTx)
        return false;
    Iface &i = *it->second;
    const bool ether = i.hatype == ARPHRD_ETHER;
    const auto peer = ether ? i.peers.find(addressKey({p.data, p.len}, true)) : i.peers.end();
    if (ether && peer == i.peers.end())
        return false;
    const auto h = gso::makeSuper(p, mss);
    if (!h)
        return false;
    // virtio_net_hdr, then the Ethernet header if any: its offsets count from the frame's start.
    const size_t link = ether ? ETH_HLEN : 0;
    gso::VnetHeader wire = *h;
    wire.hdrLen = uint16_t(wire.hdrLen + link);
    wire.csumStart = uint16_t(wire.csumStart + link);
    uint8_t head[gso::kVnetLen + ETH_HLEN];
    gso::writeHeader({head, gso::kVnetLen}, wire);
    const uint16_t type = htons(p.version == 4 ? ETH_P_IP : ETH_P_IPV6);
    if (ether) {
        std::memcpy(head + gso::kVnetLen, peer->second.data(), 6);
        std::memcpy(head + gso::kVnetLen + 6, i.mac.data(), 6);
        std::memcpy(head + gso::kVnetLen + 12, &type, 2);
    }
    // The protocol too: an L3 device has no link header to read it from.
    sockaddr_ll to{};
    to.sll_family = AF_PACKET;
    to.sll_ifindex = i.ifindex;
    to.sll_protocol = type;
    iovec iov[2] = {{head, gso::kVnetLen + link}, {p.data, p.len}};
    msghdr mh{};
    mh.msg_name = &to;
    mh.msg_namelen = sizeof to;
    mh.msg_iov = iov;
    mh.msg_iovlen = 2;
    if (::sendmsg(i.gsoTx.get(), &mh, MSG_DONTWAIT) != ssize_t(gso::kVnetLen + link + p.len)) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == ENOBUFS)
            return false; // full for now: the pieces go the other way
        // The kernel refused it (a device that takes no GSO from a packet
        // socket): this interface's replies go MSS by MSS from now on.
        CLOG_WARNING(Packet).noquote() << "GSO send on" << i.name << "refused:" << strerror(errno)
                                       << "(replies go MSS by MSS)";
        i.gsoTx.reset();
        return false;
    }
    i.injected.fetch_add(1, std::memory_order_relaxed);
    return true;
}

json::Array PacketInterfaces::toJson(std::span<const PacketInterfaces *const> workers)
{
    struct Sum {
        std::string name;
        uint64_t captured = 0, outgoing = 0, injected = 0, partial = 0, largest = 0;
        int sockets = 0;
        bool ignoresOutgoing = true, bySource = true, byDestination = true;
    };
    std::map<int, Sum> sums;
    for (const PacketInterfaces *w : workers) {
        for (const auto &[index, i] : w->m_ifaces) {
            Sum &s = sums[index];
            s.name = i->name;
            s.captured += i->captured.load(std::memory_order_relaxed);
            s.outgoing += i->outgoing.load(std::memory_order_relaxed);
            s.injected += i->injected.load(std::memory_order_relaxed);
            s.partial += i->partialChecksums.load(std::memory_order_relaxed);
            s.largest = std::max(s.largest, i->largest.load(std::memory_order_relaxed));
            s.ignoresOutgoing = s.ignoresOutgoing && i->ignoresOutgoing;
            s.bySource = s.bySource && i->bySource;
            s.byDestination = s.byDestination && i->byDestination;
            ++s.sockets;
        }
    }
    json::Array a;
    for (const auto &[index, s] : sums)
        a.push_back(json::Object{{"name", s.name},
                                 {"ifindex", index},
                                 {"captured", int64_t(s.captured)},
                                 {"outgoingFiltered", int64_t(s.outgoing)},
                                 {"ignoresOutgoing", s.ignoresOutgoing},
                                 {"filtersSources", s.bySource},
                                 {"filtersLocal", s.byDestination},
                                 {"injected", int64_t(s.injected)},
                                 {"partialChecksums", int64_t(s.partial)},
                                 {"largestFrame", int64_t(s.largest)},
                                 {"sockets", s.sockets}});
    return a;
}

void PacketInterfaces::closeAll(Engine &engine)
{
    for (auto &[index, i] : m_ifaces)
        engine.unwatch(i->sock.get());
    m_ifaces.clear();
}

} // namespace byway::capture
