// SPDX-License-Identifier: GPL-3.0-or-later
// A worker's loop and lifetime: epoll, batches, the idle sweep, flows.list's
// rows. Packets in and out: engineio.cpp; which flow a client packet belongs
// to, and starting one: engineflows.cpp; the workers together: enginegroup.cpp.
#include "capture/engine.h"

#include "capture/enginegroup.h"

#include "capture/log.h"
#include "capture/tcpforwarder.h"
#include "capture/udpforwarder.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <pthread.h>

#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>

namespace byway::capture {

int64_t monotonicMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

class Engine::TunSource final : public EventSource {
public:
    // Read in Engine::batch, outside the core lock.
    void onEvents(uint32_t) override {}
};

// Worker 0's rtnetlink subscription to address changes: any news makes the
// local addresses due, read again before this batch's locked part, so a
// pooled client's packets to an address the router just got are left to
// the kernel from the first one (the poll every second stays, in case).
class Engine::AddressWatch final : public EventSource {
public:
    AddressWatch(int fd, int64_t &due) : m_fd(fd), m_due(due) {}
    bool onEventsUnlocked(uint32_t) override
    {
        char buf[8192];
        for (int i = 0; i < 64; ++i) // ENOBUFS (missed news) is reported once
            if (::recv(m_fd, buf, sizeof buf, MSG_DONTWAIT) < 0 && errno != ENOBUFS)
                break;
        m_due = 0;
        return true;
    }
    void onEvents(uint32_t) override {}
private:
    int m_fd;
    int64_t &m_due;
};

class Engine::WakeSource final : public EventSource {
public:
    explicit WakeSource(int fd) : m_fd(fd) {}
    // Read before the lock: what was queued is taken under it (lockedBegin).
    bool onEventsUnlocked(uint32_t) override
    {
        uint64_t v;
        [[maybe_unused]] auto r = ::read(m_fd, &v, sizeof v);
        return true;
    }
    void onEvents(uint32_t) override {}
private:
    int m_fd;
};

Engine::Engine(EngineGroup &group, int index, const EngineOptions &o, const FlowTable::Options &table)
    : m_group(group), m_index(index), m_opt(o), m_table(table),
      m_scratch(kScratchSlot * kScratchSlots), m_in(kLargest + kRun * kSmall), m_reply(65600),
      m_receive(kScratchSlot * kScratchSlots)
{
    // Every worker reads the AF_PACKET interfaces, in one fanout group per
    // interface (afpacket.h).
    m_packet.setPatterns(o.packetInterfaces);
    m_packet.setWorker(index, o.workers > 1 ? &group.fanout() : nullptr);
}

Engine::~Engine()
{
    closeAll();
}

void Engine::closeAll()
{
    {
        CoreLock lock;
        m_packet.closeAll(*this);
        std::vector<Flow *> all;
        m_table.forEach([&](Flow &f) { all.push_back(&f); });
        for (Flow *f : all)
            m_table.erase(f, m_now); // RSTs to the clients, queued
        m_graveyard.clear();
        m_dead.clear();
        m_output.clear();
        m_ioWanted.clear();
        m_ioQueue.clear();
        m_ioDone.clear();
        takePending();
    }
    // The worker's thread has ended (joined): its side is this thread's now.
    if (m_tun)
        writePending();
}

LwipStack &Engine::stack()
{
    return m_group.stack();
}

Stats &Engine::stats()
{
    return m_group.stats();
}

Result<void> Engine::init(Fd tun, bool vnetHdr)
{
    m_tunVnet = tun && vnetHdr;
    m_epoll = Fd(::epoll_create1(EPOLL_CLOEXEC));
    m_wake = Fd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
    if (!m_epoll || !m_wake)
        return kernelFault("epoll/eventfd", errno);
    // Subscribed before the first read: an address added between the two is
    // news, not a second's wait for the poll.
    if (m_index == 0 && m_packet.enabled())
        watchAddresses();
    std::optional<LocalAddresses> local = readLocalAddresses(monotonicMs());
    CoreLock lock;
    if (local)
        m_group.setLocalAddresses(std::move(*local));
    m_now = monotonicMs();
    m_wakeSource = std::make_unique<WakeSource>(m_wake.get());
    watch(m_wakeSource.get(), m_wake.get(), EPOLLIN, true);
    m_tun = std::move(tun);
    if (m_tun) {
        m_tunSource = std::make_unique<TunSource>();
        watch(m_tunSource.get(), m_tun.get(), EPOLLIN, true);
    }
    m_filterGeneration = m_group.filterGeneration();
    m_packet.setFilter(m_group.packetFilter());
    m_packet.rescan(*this);
    m_lastRescan = m_now;
    return {};
}

void Engine::watchAddresses()
{
    m_addressWatch = Fd(::socket(AF_NETLINK, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, NETLINK_ROUTE));
    sockaddr_nl nl{};
    nl.nl_family = AF_NETLINK;
    nl.nl_groups = RTMGRP_IPV4_IFADDR | RTMGRP_IPV6_IFADDR;
    if (!m_addressWatch || ::bind(m_addressWatch.get(), reinterpret_cast<sockaddr *>(&nl), sizeof nl) < 0) {
        CLOG_WARNING(Packet).noquote() << "no rtnetlink address news:" << strerror(errno)
                                       << "(the router's own addresses are read every second)";
        m_addressWatch = Fd();
        return;
    }
    m_addressWatchSource = std::make_unique<AddressWatch>(m_addressWatch.get(), m_localRead);
    watch(m_addressWatchSource.get(), m_addressWatch.get(), EPOLLIN, true);
}

std::optional<LocalAddresses> Engine::readLocalAddresses(int64_t now)
{
    // Worker 0, while AF_PACKET interfaces are captured: a system call,
    // made before the lock is taken.
    if (m_index != 0 || !m_packet.enabled() || (m_localRead != 0 && now - m_localRead < kLocalAddressesMs))
        return std::nullopt;
    m_localRead = std::max<int64_t>(now, 1);
    return LocalAddresses::read();
}

void Engine::stop()
{
    m_stop = true;
    const uint64_t one = 1;
    [[maybe_unused]] auto r = ::write(m_wake.get(), &one, sizeof one);
}

bool Engine::onThisThread() const
{
    return m_thread.load(std::memory_order_relaxed) == std::this_thread::get_id();
}

void Engine::wake()
{
    if (onThisThread() || m_woken.exchange(true))
        return;
    const uint64_t one = 1;
    [[maybe_unused]] auto r = ::write(m_wake.get(), &one, sizeof one);
}

void Engine::run()
{
    m_thread = std::this_thread::get_id();
    // top -H, perf and /proc/PID/task tell the workers apart by this name.
    char name[16];
    std::snprintf(name, sizeof name, "capture-w%d", m_index);
    ::pthread_setname_np(::pthread_self(), name);
    epoll_event events[256];
    while (!m_stop.load()) {
        // I/O queued or waiting to be handed to lwIP: a pass right away.
        const int timeout = m_ioQueue.empty() && m_ioDone.empty() ? 250 : 0;
        const int n = ::epoll_wait(m_epoll.get(), events, 256, timeout);
        if (n < 0 && errno != EINTR) {
            CLOG_WARNING(Tun).noquote() << "epoll_wait:" << strerror(errno);
            break;
        }
        batch({events, size_t(std::max(n, 0))});
    }
}

void Engine::batch(std::span<const epoll_event> events)
{
    // The sockets first, without the lock; then the TUN queue, read without
    // the lock, each packet handled under it (the first one's section hands
    // this I/O to lwIP).
    bool handled[256] = {};
    runIo(events, {handled, events.size()});
    for (const epoll_event &e : events)
        if (e.data.ptr == m_tunSource.get())
            readTun();
    std::optional<LocalAddresses> local = readLocalAddresses(m_now);
    {
        CoreLock lock;
        if (local)
            m_group.setLocalAddresses(std::move(*local));
        lockedBegin();
        for (size_t i = 0; i < events.size(); ++i)
            if (!handled[i] && events[i].data.ptr != m_tunSource.get())
                static_cast<EventSource *>(events[i].data.ptr)->onEvents(events[i].events);
        endOfBatch();
        if (m_now - m_lastSweep >= 1000)
            sweep();
        if (m_packet.enabled() && m_filterGeneration != m_group.filterGeneration()) {
            m_filterGeneration = m_group.filterGeneration();
            m_packet.setFilter(m_group.packetFilter());
        }
        if (m_packet.enabled() && m_now - m_lastRescan >= m_opt.rescanMs) {
            m_lastRescan = m_now;
            m_packet.rescan(*this);
        }
        lockedEnd();
    }
    writePending();
    sendUdp(); // the inbox's and the interfaces' datagrams, a SOCKS5 association's first ones
    if (m_trimDue) {
        m_trimDue = false;
        MemoryTrim::trim();
    }
}

void Engine::runIo(std::span<const epoll_event> events, std::span<bool> handled)
{
    // Flows are destroyed only inside a locked section, when these lists are
    // empty (lockedBegin empties m_ioDone and m_udpIoDone, lockedEnd fills
    // m_ioQueue last).
    for (TcpFlow *f : m_ioQueue)
        f->io(0);
    m_ioQueue.clear();
    for (size_t i = 0; i < events.size(); ++i)
        if (events[i].data.ptr != m_tunSource.get())
            handled[i] = static_cast<EventSource *>(events[i].data.ptr)->onEventsUnlocked(events[i].events);
}

void Engine::lockedBegin()
{
    m_now = monotonicMs();
    // Whatever another thread queues from here on wakes this one again.
    m_woken = false;
    // The last I/O pass's outcome to lwIP; its received bytes are free again.
    for (TcpFlow *f : m_ioDone)
        f->applyIo();
    m_ioDone.clear();
    m_received = 0;
    for (UdpFlow *f : m_udpIoDone)
        f->applyIo();
    m_udpIoDone.clear();
    m_udpOut.apply();
    drainInbox();
}

void Engine::lockedEnd()
{
    for (TcpFlow *f : m_ioWanted) {
        if (f->dead)
            continue;
        f->sync();
        if (f->needsIo())
            m_ioQueue.push_back(f);
    }
    m_ioWanted.clear();
    takePending();
}

void Engine::watch(EventSource *src, int fd, uint32_t events, bool add)
{
    epoll_event ev{};
    ev.events = events;
    ev.data.ptr = src;
    if (::epoll_ctl(m_epoll.get(), add ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &ev) < 0)
        CLOG_WARNING(Forwarder).noquote() << "epoll_ctl" << fd << strerror(errno);
}

void Engine::unwatch(int fd)
{
    ::epoll_ctl(m_epoll.get(), EPOLL_CTL_DEL, fd, nullptr);
}

void Engine::dropFor(Flow &f, Drop d)
{
    stats().drop(d);
    if (f.totals)
        ++f.totals->drops;
    if (f.exitTotals)
        ++f.exitTotals->drops;
}

void Engine::dropFor(const UserMatch &u, Drop d)
{
    stats().drop(d);
    m_group.totals().drop(u.user, m_now);
}

void Engine::kill(Flow *f)
{
    if (f->dead)
        return;
    f->dead = true;
    m_dead.push_back(f);
    wake(); // lwIP's timer thread (an error), or another worker evicting
}

void Engine::wantOutput(TcpFlow *f)
{
    m_output.push_back(f);
    wake();
}

void Engine::wantIo(TcpFlow *f)
{
    m_ioWanted.push_back(f);
    wake();
}

std::span<uint8_t> Engine::receiveSpace()
{
    return std::span<uint8_t>(m_receive).subspan(m_received);
}

void Engine::receiveUsed(size_t n)
{
    m_received += n;
}

void Engine::ioDone(TcpFlow *f)
{
    m_ioDone.push_back(f);
}

void Engine::ioDone(UdpFlow *f)
{
    m_udpIoDone.push_back(f);
}

void Engine::evict(TcpFlow *f)
{
    CLOG_DEBUG(Forwarder).noquote() << "flow table full: closing flow" << f->id << "gives way";
    f->abortBoth(true);
    retireNow(f);
}

void Engine::endOfBatch()
{
    // tcp_output once per flow and batch: lwIP then sends what the batch
    // queued in as few segments as the window allows.
    for (size_t i = 0; i < m_output.size(); ++i) // flushOutput may queue more
        m_output[i]->flushQueuedOutput();
    m_output.clear();
    std::vector<std::unique_ptr<Flow>> graveyard = std::move(m_graveyard);
    m_graveyard.clear();
    for (Flow *f : m_dead)
        graveyard.push_back(m_table.take(f, m_now));
    m_dead.clear();
    std::erase_if(m_ioWanted, [](const TcpFlow *t) { return t->dead; });
    // graveyard destroys the flows here, after every pointer to them is gone
}

void Engine::sweep()
{
    m_lastSweep = m_now;
    const Timeouts &t = m_opt.timeouts;
    std::vector<Flow *> expired;
    m_table.forEach([&](Flow &f) {
        if (f.dead)
            return;
        const int64_t idle = m_now - f.lastMs;
        if (auto *tcp = dynamic_cast<TcpFlow *>(&f)) {
            tcp->settle(); // lwIP reaches TIME_WAIT from CLOSING without a callback
            if (tcp->dead)
                return;
            const auto ph = tcp->phase();
            // Closing: lwIP still delivers to a client that stopped reading or vanished.
            if ((ph == TcpFlow::Phase::Closing && idle > t.halfOpenMs)
                || ((ph == TcpFlow::Phase::Connecting || ph == TcpFlow::Phase::Socks || ph == TcpFlow::Phase::Handshake) && idle > t.halfOpenMs)
                || (ph == TcpFlow::Phase::Established && idle > t.tcpIdleMs))
                expired.push_back(&f);
        } else if (auto *udp = dynamic_cast<UdpFlow *>(&f)) {
            if (idle > udp->idleMs())
                expired.push_back(&f);
        } else if (idle > t.icmpMs) {
            expired.push_back(&f);
        }
    });
    for (Flow *f : expired) {
        if (auto *tcp = dynamic_cast<TcpFlow *>(f))
            tcp->abortBoth(true);
        else
            kill(f);
    }
    endOfBatch();
    m_socksPool.maintain(m_now);
    m_trimDue = m_trim.observe(m_table.size(), stats().sendBuffered.load(std::memory_order_relaxed));
}

json::Array toJson(std::vector<FlowRow> rows, const FlowListLimits &limits)
{
    const size_t keep = std::min(rows.size(), limits.flows);
    std::partial_sort(rows.begin(), rows.begin() + ptrdiff_t(keep), rows.end(), [](const FlowRow &a, const FlowRow &b) {
        const uint64_t x = a.bytesUp + a.bytesDown;
        const uint64_t y = b.bytesUp + b.bytesDown;
        return x != y ? x > y : a.id < b.id;
    });
    rows.resize(keep);
    json::Array a;
    json::ArrayBudget budget(limits.bytes);
    for (const FlowRow &f : rows) {
        const char *proto = f.proto == kProtoTcp ? "tcp" : f.proto == kProtoUdp ? "udp" : "icmp";
        json::Value row(json::Object{
            {"id", int64_t(f.id)},
            {"user", f.user},
            {"protocol", std::string(proto)},
            {"source", f.client.toString()},
            {"destination", f.dst.toString()},
            {"exit", f.exit.empty() ? std::string("main") : f.exit},
            {"ingress", f.ingress == 0 ? std::string("tun") : "packet:" + std::to_string(f.ingress)},
            {"bytesUp", int64_t(f.bytesUp)},
            {"bytesDown", int64_t(f.bytesDown)},
            {"ageMs", int64_t(f.ageMs)},
            {"idleMs", int64_t(f.idleMs)},
            {"state", std::string(f.state)},
            {"worker", f.worker},
        });
        if (!budget.take(row))
            break;
        a.push_back(std::move(row));
    }
    return a;
}

} // namespace byway::capture
