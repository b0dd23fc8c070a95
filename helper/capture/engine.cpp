// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/engine.h"

#include "capture/craft.h"
#include "capture/icmp.h"
#include "capture/tcpforwarder.h"
#include "capture/udpforwarder.h"
#include "core/logging.h"

// lwipopts.h declares the port's lock functions without C linkage guards.
extern "C" {
#include <lwip/tcp.h>
}

#include <QJsonObject>

#include <arpa/inet.h>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/uio.h>

namespace byway::capture {

int64_t monotonicMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

class Engine::TunSource final : public EventSource {
public:
    explicit TunSource(Engine &e) : m_e(e) {}
    void onEvents(uint32_t) override { m_e.readTun(); }
private:
    Engine &m_e;
};

class Engine::WakeSource final : public EventSource {
public:
    explicit WakeSource(int fd) : m_fd(fd) {}
    void onEvents(uint32_t) override
    {
        uint64_t v;
        [[maybe_unused]] auto r = ::read(m_fd, &v, sizeof v);
    }
private:
    int m_fd;
};

Engine::Engine(const EngineOptions &o)
    : m_opt(o), m_table([&] {
          auto t = o.table;
          t.maxFlows = o.maxFlows;
          // IPv6 fake clients count up from the address after lwIP's own, in its /64.
          t.fakeBase6 = o.stack.address6;
          t.fakeBase6.b[15] = uint8_t(t.fakeBase6.b[15] + 1);
          return t;
      }()),
      // m_in: a virtio_net_hdr and a 64 KiB super-packet (IPv6: 65536 bytes).
      m_scratch(65536), m_in(gso::kVnetLen + 65536 + 1024), m_reply(65600)
{
    m_packet.setPatterns(o.packetInterfaces);
}

Engine::~Engine()
{
    {
        CoreLock lock;
        m_packet.closeAll(*this);
        std::vector<Flow *> all;
        m_table.forEach([&](Flow &f) { all.push_back(&f); });
        for (Flow *f : all)
            m_table.erase(f, m_now);
        m_graveyard.clear();
    }
    // ~LwipStack takes the core lock itself, and lwIP's core mutex is not
    // recursive: destroying it under our lock would deadlock.
    m_stack.reset();
}

Result<void> Engine::init(Fd tun, bool vnetHdr)
{
    m_tunVnet = tun && vnetHdr;
    m_epoll = Fd(::epoll_create1(EPOLL_CLOEXEC));
    m_wake = Fd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
    if (!m_epoll || !m_wake)
        return fail(ErrorCode::KernelFailed, QStringLiteral("epoll/eventfd: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    auto stack = LwipStack::create(this, m_opt.stack);
    if (!stack)
        return std::unexpected(stack.error());
    m_stack = std::move(*stack);
    CoreLock lock;
    m_now = monotonicMs();
    m_wakeSource = std::make_unique<WakeSource>(m_wake.get());
    watch(m_wakeSource.get(), m_wake.get(), EPOLLIN, true);
    m_tun = std::move(tun);
    if (m_tun) {
        m_tunSource = std::make_unique<TunSource>(*this);
        watch(m_tunSource.get(), m_tun.get(), EPOLLIN, true);
    }
    m_packet.rescan(*this);
    m_lastRescan = m_now;
    return {};
}

void Engine::stop()
{
    m_stop = true;
    const uint64_t one = 1;
    [[maybe_unused]] auto r = ::write(m_wake.get(), &one, sizeof one);
}

void Engine::run()
{
    epoll_event events[256];
    while (!m_stop.load()) {
        const int n = ::epoll_wait(m_epoll.get(), events, 256, 250);
        if (n < 0 && errno != EINTR) {
            qCWarning(lcTun).noquote() << "epoll_wait:" << strerror(errno);
            break;
        }
        CoreLock lock;
        m_batching = true;
        m_now = monotonicMs();
        for (int i = 0; i < n; ++i)
            static_cast<EventSource *>(events[i].data.ptr)->onEvents(events[i].events);
        endOfBatch();
        if (m_now - m_lastSweep >= 1000)
            sweep();
        if (m_packet.enabled() && m_now - m_lastRescan >= m_opt.rescanMs) {
            m_lastRescan = m_now;
            m_packet.rescan(*this);
        }
        flushCoalesced();
        m_batching = false;
    }
}

void Engine::watch(EventSource *src, int fd, uint32_t events, bool add)
{
    epoll_event ev{};
    ev.events = events;
    ev.data.ptr = src;
    if (::epoll_ctl(m_epoll.get(), add ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &ev) < 0)
        qCWarning(lcForwarder).noquote() << "epoll_ctl" << fd << strerror(errno);
}

void Engine::unwatch(int fd)
{
    ::epoll_ctl(m_epoll.get(), EPOLL_CTL_DEL, fd, nullptr);
}

void Engine::dropFor(Flow &f, Drop d)
{
    m_stats.drop(d);
    if (f.totals)
        ++f.totals->drops;
    if (f.exitTotals)
        ++f.exitTotals->drops;
}

void Engine::dropFor(const UserMatch &u, Drop d)
{
    m_stats.drop(d);
    m_userTotals.drop(u.user, m_now);
}

void Engine::kill(Flow *f)
{
    if (f->dead)
        return;
    f->dead = true;
    m_dead.push_back(f);
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
    // graveyard destroys the flows here, after every pointer to them is gone
}

void Engine::readTun()
{
    // Until the queue is empty, within bounds so the outbound sockets and
    // lwIP's output get their turn (epoll is level-triggered: the rest of
    // the queue is the next batch).
    const size_t hdr = m_tunVnet ? gso::kVnetLen : 0;
    size_t bytes = 0;
    for (int i = 0; i < 256 && bytes < (size_t(4) << 20); ++i) {
        const ssize_t r = ::read(m_tun.get(), m_in.data(), m_in.size());
        if (r <= 0)
            return;
        bytes += size_t(r);
        if (size_t(r) <= hdr) {
            m_stats.drop(Drop::Truncated);
            continue;
        }
        std::span<uint8_t> packet{m_in.data() + hdr, size_t(r) - hdr};
        if (hdr)
            handleOffloaded(0, gso::readHeader(m_in), packet);
        else
            handlePacket(0, packet);
    }
}

void Engine::handleOffloaded(int ingress, const gso::VnetHeader &h, std::span<uint8_t> packet)
{
    if ((h.flags & gso::kNeedsCsum) && !gso::completeChecksum(packet, h.csumStart, h.csumOffset)) {
        m_stats.drop(Drop::BadHeader);
        return;
    }
    if (h.gsoType != gso::kGsoNone)
        m_stats.gsoIn.fetch_add(1, std::memory_order_relaxed);
    handleLarge(ingress, packet);
}

void Engine::handleLarge(int ingress, std::span<uint8_t> packet)
{
    if (packet.size() <= gso::kMaxStackPacket) {
        // A TCP super-packet goes to lwIP whole: it takes segments larger
        // than its MSS as long as they fit the window.
        handlePacket(ingress, packet);
        return;
    }
    m_stats.gsoSplit.fetch_add(1, std::memory_order_relaxed);
    auto p = parse(packet, false);
    const size_t maxPayload = p ? gso::kMaxStackPacket - p->payloadOff : 0;
    if (!p || !gso::splitTcp(*p, maxPayload, m_split, [&](std::span<uint8_t> piece) { handlePacket(ingress, piece); })) {
        m_stats.drop(p ? Drop::Unsupported : Drop(int(p.error())));
        m_stats.packetsIn.fetch_add(1, std::memory_order_relaxed);
    }
}

void Engine::writeTun(std::span<const uint8_t> packet)
{
    flushCoalesced();
    bool ok = false;
    if (m_tunVnet) {
        // A packet with complete checksums: an all-zero virtio_net_hdr.
        static constexpr uint8_t none[gso::kVnetLen] = {};
        iovec iov[2] = {{const_cast<uint8_t *>(none), sizeof none}, {const_cast<uint8_t *>(packet.data()), packet.size()}};
        ok = ::writev(m_tun.get(), iov, 2) == ssize_t(sizeof none + packet.size());
    } else {
        ok = ::write(m_tun.get(), packet.data(), packet.size()) == ssize_t(packet.size());
    }
    if (!ok) {
        m_stats.drop(Drop::WriteFailed);
        return;
    }
    m_stats.packetsOut.fetch_add(1, std::memory_order_relaxed);
    m_stats.bytesOut.fetch_add(packet.size(), std::memory_order_relaxed);
}

void Engine::flushCoalesced()
{
    if (m_coalescer.empty())
        return;
    const auto out = m_coalescer.take();
    if (::write(m_tun.get(), out.data(), out.size()) != ssize_t(out.size())) {
        m_stats.drop(Drop::WriteFailed);
        return;
    }
    if (gso::readHeader(out).gsoType != gso::kGsoNone)
        m_stats.gsoOut.fetch_add(1, std::memory_order_relaxed);
    m_stats.packetsOut.fetch_add(1, std::memory_order_relaxed);
    m_stats.bytesOut.fetch_add(out.size() - gso::kVnetLen, std::memory_order_relaxed);
}

void Engine::sendToClient(int ingress, std::span<const uint8_t> packet)
{
    if (ingress == 0) {
        if (m_tun)
            writeTun(packet);
        else
            m_stats.drop(Drop::WriteFailed);
        return;
    }
    if (!m_packet.send(ingress, packet)) {
        m_stats.drop(Drop::WriteFailed);
        return;
    }
    m_stats.packetsOut.fetch_add(1, std::memory_order_relaxed);
    m_stats.bytesOut.fetch_add(packet.size(), std::memory_order_relaxed);
}

void Engine::handlePacket(int ingress, std::span<uint8_t> buf)
{
    m_stats.packetsIn.fetch_add(1, std::memory_order_relaxed);
    m_stats.bytesIn.fetch_add(buf.size(), std::memory_order_relaxed);
    auto p = parse(buf, false);
    if (p && p->proto != kProtoTcp) {
        // We answer UDP and ICMP ourselves: their checksums are checked here
        // (lwIP checks TCP's).
        if (auto v = parse(buf, true); !v)
            p = std::unexpected(v.error());
    }
    if (!p) {
        m_stats.drop(Drop(int(p.error())));
        qCDebug(lcTun).noquote() << "dropped packet:" << parseErrorName(p.error()) << buf.size() << "bytes";
        return;
    }
    const UserMatch *u = m_users.find(p->src.addr);
    if (!u) {
        m_stats.drop(Drop::UnknownSource);
        return;
    }
    switch (p->proto) {
    case kProtoTcp: handleTcp(ingress, *p, *u); break;
    case kProtoUdp: handleUdp(ingress, *p, *u); break;
    default: handleIcmp(ingress, *p, *u); break;
    }
}

bool Engine::admit(Drop &why)
{
    if (int64_t(m_table.size()) < m_opt.maxFlows)
        return true;
    // Full: a flow that is only finishing (outbound side closed, lwIP
    // delivering its last bytes or waiting for the client's last ACK) gives
    // way to a new one; the oldest goes.
    TcpFlow *oldest = nullptr;
    m_table.forEach([&](Flow &f) {
        auto *t = dynamic_cast<TcpFlow *>(&f);
        if (t && !t->dead && t->phase() == TcpFlow::Phase::Closing && (!oldest || t->lastMs < oldest->lastMs))
            oldest = t;
    });
    if (oldest) {
        qCDebug(lcForwarder).noquote() << "flow table full: closing flow" << oldest->id << "gives way";
        oldest->abortBoth(true);
        retireNow(oldest);
        return true;
    }
    why = Drop::FlowLimit;
    return false;
}

void Engine::retireNow(Flow *f)
{
    f->dead = true;
    std::erase_if(m_output, [f](TcpFlow *t) { return static_cast<Flow *>(t) == f; });
    std::erase(m_dead, f);
    // Out of the table now (its key or its slot is wanted at once), alive
    // until the batch ends: this batch's epoll events may still point at it.
    if (auto owned = m_table.take(f, m_now))
        m_graveyard.push_back(std::move(owned));
}

void Engine::replyReset(int ingress, const Packet &p)
{
    if (p.tcpFlags & kTcpRst)
        return;
    if (const size_t n = craft::tcpReset(m_reply, p))
        sendToClient(ingress, {m_reply.data(), n});
}

void Engine::handleTcp(int ingress, Packet &p, const UserMatch &u)
{
    const FlowKey k{kProtoTcp, p.src, p.dst};
    Flow *f = m_table.find(k);
    const bool syn = (p.tcpFlags & (kTcpSyn | kTcpAck | kTcpRst)) == kTcpSyn;
    if (f) {
        auto *t = static_cast<TcpFlow *>(f);
        if (syn && t->phase() == TcpFlow::Phase::Closing) {
            // The client reuses its port while lwIP still finishes the old
            // connection: the old mapping goes (its fake endpoint into
            // quarantine) and a new flow starts.
            retireNow(t);
            f = nullptr;
        } else if (t->dead) {
            return;
        } else {
            t->fromClient(p);
            return;
        }
    }
    if (!syn) {
        dropFor(u, Drop::NoFlow);
        replyReset(ingress, p);
        return;
    }
    Drop why{};
    if (!admit(why)) {
        dropFor(u, why);
        return; // no RST: the client retries once load is gone
    }
    auto inserted = m_table.insert(std::make_unique<TcpFlow>(*this, k, u, ingress), true, m_now);
    if (!inserted) {
        dropFor(u, inserted.error() == InsertError::FlowLimit ? Drop::FlowLimit : Drop::FakeExhausted);
        return;
    }
    auto *t = static_cast<TcpFlow *>(*inserted);
    m_userTotals.flowStarted(*t, m_now);
    ++t->packets;
    m_stats.flowsCreated.fetch_add(1, std::memory_order_relaxed);
    m_stats.tcpFlows.fetch_add(1, std::memory_order_relaxed);
    qCDebug(lcForwarder).noquote() << "tcp flow" << t->id << u.user << k.client.toString() << "->" << k.dst.toString()
                                   << "exit" << (u.exitName.isEmpty() ? QStringLiteral("main") : u.exitName) << "fake" << t->fake.toString();
    if (!t->start({p.data, p.len})) {
        dropFor(*t, Drop::ExitFailed);
        replyReset(ingress, p);
        kill(t);
    }
}

void Engine::handleUdp(int ingress, Packet &p, const UserMatch &u)
{
    if (auto *f = flowFor<UdpFlow>(FlowKey{kProtoUdp, p.src, p.dst}, ingress, u, m_stats.udpFlows, Drop::ExitFailed))
        f->fromClient(p);
}

void Engine::handleIcmp(int ingress, Packet &p, const UserMatch &u)
{
    const bool echo = (p.version == 4 && p.icmpType == 8) || (p.version == 6 && p.icmpType == 128);
    if (!echo) {
        dropFor(u, Drop::IcmpUnsupported);
        return;
    }
    if (m_opt.icmp == IcmpMode::Local || (u.exit && u.exit->type == config::ExitType::Socks5)) {
        answerEchoLocally(*this, ingress, p);
        return;
    }
    if (auto *f = flowFor<IcmpFlow>(FlowKey{p.proto, p.src, p.dst}, ingress, u, m_stats.icmpFlows, Drop::IcmpSocket))
        f->fromClient(p);
}

template <typename F>
F *Engine::flowFor(const FlowKey &k, int ingress, const UserMatch &u, std::atomic<uint64_t> &created, Drop startFailed)
{
    if (auto *f = static_cast<F *>(m_table.find(k)))
        return f->dead ? nullptr : f;
    Drop why{};
    if (!admit(why)) {
        dropFor(u, why);
        return nullptr;
    }
    auto inserted = m_table.insert(std::make_unique<F>(*this, k, u, ingress), false, m_now);
    if (!inserted) {
        dropFor(u, Drop::FlowLimit);
        return nullptr;
    }
    auto *f = static_cast<F *>(*inserted);
    m_userTotals.flowStarted(*f, m_now);
    m_stats.flowsCreated.fetch_add(1, std::memory_order_relaxed);
    created.fetch_add(1, std::memory_order_relaxed);
    if (!f->start()) {
        dropFor(*f, startFailed);
        kill(f);
        return nullptr;
    }
    return f;
}

void Engine::onStackOutput(std::span<uint8_t> buf)
{
    auto p = parse(buf, false);
    if (!p || p->proto != kProtoTcp) {
        m_stats.drop(Drop::StackForeign); // RS, MLD, ICMP about fake addresses
        return;
    }
    Flow *f = m_table.findFake(p->dst);
    if (!f || p->src != m_stack->listener(p->src.addr.family)) {
        m_stats.drop(Drop::StackForeign);
        return;
    }
    rewrite(*p, f->key.dst, f->key.client);
    ++f->packets;
    ++f->packetsDown;
    // lwIP's netif MTU is 64 KiB (it must not fragment its large segments):
    // the MSS it offers clients is clamped to theirs here.
    if (p->tcpFlags & kTcpSyn)
        clampMss(*p, m_stack->mssFor(p->version));
    if (f->ingress == 0 && m_tunVnet) {
        // Consecutive data segments of one flow become one super-packet, and
        // lwIP's own large segments go out as GSO of the client's MSS. Out
        // of a batch (lwIP's timer thread) it is written at once.
        bool joined = m_coalescer.append(*p, f->mss);
        if (!joined) {
            flushCoalesced();
            joined = m_coalescer.append(*p, f->mss);
        }
        if (joined) {
            if (!m_batching || m_coalescer.closed())
                flushCoalesced();
            return;
        }
    }
    sendToClient(f->ingress, {p->data, p->len});
}

int Engine::onAccept(tcp_pcb *pcb)
{
    Endpoint remote;
    if (IP_IS_V6_VAL(pcb->remote_ip)) {
        remote.addr.family = 6;
        std::memcpy(remote.addr.b.data(), ip_2_ip6(&pcb->remote_ip)->addr, 16);
    } else {
        const uint32_t a = ntohl(ip_2_ip4(&pcb->remote_ip)->addr);
        remote.addr = Addr::v4(a);
    }
    remote.port = pcb->remote_port;
    auto *f = static_cast<TcpFlow *>(m_table.findFake(remote));
    if (!f || f->dead || f->phase() != TcpFlow::Phase::Handshake) {
        tcp_abort(pcb);
        return ERR_ABRT;
    }
    f->attach(pcb);
    return ERR_OK;
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
}

std::vector<FlowRow> Engine::flowRows() const
{
    std::vector<FlowRow> rows;
    rows.reserve(m_table.size());
    const int64_t now = monotonicMs();
    m_table.forEach([&](Flow &f) {
        rows.push_back(FlowRow{f.id, f.user, f.exit, f.key.proto, f.key.client, f.key.dst, f.ingress, f.bytesUp, f.bytesDown,
                               now - f.createdMs, now - f.lastMs, f.state()});
    });
    return rows;
}

QJsonArray toJson(const std::vector<FlowRow> &rows)
{
    QJsonArray a;
    for (const FlowRow &f : rows) {
        const char *proto = f.proto == kProtoTcp ? "tcp" : f.proto == kProtoUdp ? "udp" : "icmp";
        a.append(QJsonObject{
            {QStringLiteral("id"), qint64(f.id)},
            {QStringLiteral("user"), f.user},
            {QStringLiteral("protocol"), QString::fromLatin1(proto)},
            {QStringLiteral("source"), f.client.toString()},
            {QStringLiteral("destination"), f.dst.toString()},
            {QStringLiteral("exit"), f.exit.isEmpty() ? QStringLiteral("main") : f.exit},
            {QStringLiteral("ingress"), f.ingress == 0 ? QStringLiteral("tun") : QStringLiteral("packet:%1").arg(f.ingress)},
            {QStringLiteral("bytesUp"), qint64(f.bytesUp)},
            {QStringLiteral("bytesDown"), qint64(f.bytesDown)},
            {QStringLiteral("ageMs"), qint64(f.ageMs)},
            {QStringLiteral("idleMs"), qint64(f.idleMs)},
            {QStringLiteral("state"), QString::fromLatin1(f.state)},
        });
    }
    return a;
}

QJsonArray Engine::packetInterfacesJson() const
{
    return m_packet.toJson();
}

} // namespace byway::capture
