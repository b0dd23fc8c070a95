// SPDX-License-Identifier: GPL-3.0-or-later
// A worker's dispatch of client packets to their flows: the flow for a
// packet found (here, or handed to the worker that owns it) or started
// (admission when the table is full, insert, counters), TCP without a flow
// answered with a RST, ICMP echo answered locally or through an exit.
#include "capture/engine.h"

#include "capture/enginegroup.h"

#include "capture/craft.h"
#include "capture/icmp.h"
#include "capture/icmperror.h"
#include "capture/log.h"
#include "capture/tcpforwarder.h"
#include "capture/udpforwarder.h"

#include <algorithm>

namespace byway::capture {

void Engine::handlePacket(int ingress, std::span<uint8_t> buf, bool trusted, size_t udpSegment, bool handed)
{
    if (!handed)
        ++m_packetsIn;
    if (auto p = inspect(buf, trusted, udpSegment, handed))
        dispatch(ingress, *p);
    else
        refused(ingress, buf, p.error());
}

std::expected<Packet, ParseError> Engine::inspect(std::span<uint8_t> buf, bool trusted, size_t udpSegment, bool handed)
{
    if (!handed) { // counted where it came in
        stats().packetsIn.fetch_add(1, std::memory_order_relaxed);
        stats().bytesIn.fetch_add(buf.size(), std::memory_order_relaxed);
    }
    auto p = parse(buf, false);
    if (p) {
        p->checksumTrusted = trusted;
        if (p->proto == kProtoUdp)
            p->datagramSize = udpSegment;
    }
    if (p && p->proto != kProtoTcp && !(p->proto == kProtoUdp && p->checksumTrusted)) {
        // We answer UDP and ICMP ourselves: their checksums are checked here
        // (lwIP checks TCP's), unless the kernel vouched for them.
        if (auto v = parse(buf, true); !v)
            p = std::unexpected(v.error());
    }
    return p;
}

static_assert(int(Drop::Unsupported) == int(ParseError::Unsupported), "a parse error is the drop of its number");

void Engine::refused(int ingress, std::span<const uint8_t> buf, Drop why)
{
    // What is routed into the TUN is ours, but for what the router's kernel
    // sends on the device itself. An AF_PACKET interface shows us
    // a copy of everything it carries (MLD, IGMP, GRE, ESP, fragments, the
    // kernel's forwarding, a VLAN's frames): only a pooled client's packet
    // is ours to drop.
    const auto src = sourceAddress(buf);
    if (ingress == 0 && src && linkScopeSource(*src)) {
        stats().linkScope.fetch_add(1, std::memory_order_relaxed); // MLD reports (a hop-by-hop header)
        return;
    }
    if (ingress != 0) {
        if (src && !m_group.users().find(*src)) {
            stats().notPooled.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        // IGMP, MLD, GRE to the router itself: the kernel's to handle.
        if (const auto dst = destinationAddress(buf); dst && m_group.localAddresses().kernelsOwn(*dst)) {
            stats().localDestination.fetch_add(1, std::memory_order_relaxed);
            return;
        }
    }
    stats().drop(why);
    CLOG_DEBUG(Tun).noquote() << "dropped packet:" << dropName(why) << buf.size() << "bytes";
}

void Engine::dispatch(int ingress, Packet &p)
{
    const UserMatch *u = m_group.users().find(p.src.addr);
    if (!u) {
        // Routed into the TUN, a packet nobody answers is dropped. A frame
        // an AF_PACKET interface shows us is a copy: the kernel goes on with
        // it, so it is not ours and not a drop.
        // The router's own link-scope IPv6 on the TUN (router solicitations)
        // is neither.
        if (ingress == 0 && linkScopeSource(p.src.addr))
            stats().linkScope.fetch_add(1, std::memory_order_relaxed);
        else if (ingress == 0)
            stats().drop(Drop::UnknownSource);
        else
            stats().notPooled.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    // Shown by an AF_PACKET interface, to the router's own address (its
    // DNS, SSH, a ping) or to multicast or broadcast (neighbour discovery,
    // mDNS, DHCP): the kernel answers it (localaddrs.h).
    if (ingress != 0 && m_group.localAddresses().kernelsOwn(p.dst.addr)) {
        stats().localDestination.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    switch (p.proto) {
    case kProtoTcp: handleTcp(ingress, p, *u); break;
    case kProtoUdp: handleUdp(ingress, p, *u); break;
    default: handleIcmp(ingress, p, *u); break;
    }
}

bool Engine::exitKnown(const UserMatch &u)
{
    if (u.exit || u.exitName.empty())
        return true;
    // A name this capture has no exit for (a session's own exit a later
    // config dropped): refused, never the main route instead.
    if (m_now - m_lastUnknownExitLog >= kUnknownExitLogMs || m_lastUnknownExitLog == 0) {
        m_lastUnknownExitLog = m_now;
        CLOG_WARNING(Forwarder).noquote() << "flows of" << u.user << "refused: they name exit" << u.exitName
                                          << "which the capture does not have";
    }
    return false;
}

bool Engine::admit(Drop &why)
{
    // The bound is the capture's, over every worker's table.
    if (m_group.flowCount() < m_opt.maxFlows || m_group.evictClosing())
        return true;
    why = Drop::FlowLimit;
    return false;
}

bool Engine::handedToOwner(const FlowKey &k, int ingress, const Packet &p)
{
    Engine *owner = m_group.workers() > 1 ? m_group.ownerOf(k, this) : nullptr;
    if (!owner)
        return false;
    owner->handOver(ingress, {p.data, p.len}, p.datagramSize, p.checksumTrusted);
    return true;
}

void Engine::retireNow(Flow *f)
{
    f->dead = true;
    std::erase_if(m_output, [f](TcpFlow *t) { return static_cast<Flow *>(t) == f; });
    std::erase_if(m_ioWanted, [f](TcpFlow *t) { return static_cast<Flow *>(t) == f; });
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
    if (!f && handedToOwner(k, ingress, p))
        return;
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
        // A client's RST for a connection already gone (the tail of every
        // aborted transfer: one for each segment still in flight to it) is
        // not a drop, and is not answered.
        if (p.tcpFlags & kTcpRst)
            return;
        dropFor(u, Drop::NoFlow);
        replyReset(ingress, p);
        return;
    }
    if (!exitKnown(u)) {
        dropFor(u, Drop::ExitFailed);
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
    m_group.totals().flowStarted(*t, m_now);
    ++t->packets;
    stats().flowsCreated.fetch_add(1, std::memory_order_relaxed);
    stats().tcpFlows.fetch_add(1, std::memory_order_relaxed);
    CLOG_DEBUG(Forwarder).noquote() << "tcp flow" << t->id << u.user << k.client.toString() << "->" << k.dst.toString()
                                    << "exit" << (u.exitName.empty() ? std::string("main") : u.exitName) << "fake"
                                    << t->fake.toString();
    if (!t->start({p.data, p.len})) {
        dropFor(*t, Drop::ExitFailed);
        replyReset(ingress, p);
        kill(t);
    }
}

void Engine::handleUdp(int ingress, Packet &p, const UserMatch &u)
{
    const FlowKey k{kProtoUdp, p.src, p.dst};
    if (!m_table.find(k) && handedToOwner(k, ingress, p))
        return;
    if (auto *f = flowFor<UdpFlow>(k, ingress, u, stats().udpFlows, Drop::ExitFailed))
        f->fromClient(p);
}

void Engine::handleIcmp(int ingress, Packet &p, const UserMatch &u)
{
    const bool echo = (p.version == 4 && p.icmpType == 8) || (p.version == 6 && p.icmpType == 128);
    if (!echo) {
        if (const auto e = icmpError(p))
            icmpErrorFromClient(ingress, p, *e);
        else
            dropFor(u, Drop::IcmpUnsupported);
        return;
    }
    if (m_opt.icmp == IcmpMode::Local || (u.exit && u.exit->type == ExitType::Socks5)) {
        answerEchoLocally(*this, ingress, p);
        return;
    }
    const FlowKey k{p.proto, p.src, p.dst};
    if (!m_table.find(k) && handedToOwner(k, ingress, p))
        return;
    if (auto *f = flowFor<IcmpFlow>(k, ingress, u, stats().icmpFlows, Drop::IcmpSocket))
        f->fromClient(p);
}

void Engine::icmpErrorFromClient(int ingress, const Packet &p, const IcmpError &e)
{
    // What a NAT would pass on to the server: the capture cannot, but a UDP
    // flow whose client socket is gone ends, and the server's next datagram
    // to the exit's closed port is refused by this kernel in turn. The
    // rest (about TCP, whose lwIP end times out or is reset, or a flow
    // already gone) is taken and counted, not a drop.
    if (!m_table.find(e.flow) && handedToOwner(e.flow, ingress, p))
        return;
    stats().icmpErrors.fetch_add(1, std::memory_order_relaxed);
    Flow *f = m_table.find(e.flow);
    if (!f || f->dead || !e.clientGone || e.flow.proto != kProtoUdp)
        return;
    CLOG_DEBUG(Forwarder).noquote() << "udp flow" << f->id << "ends: the client's port is closed ("
                                    << e.flow.client.toString() << ")";
    kill(f);
}

template <typename F>
F *Engine::flowFor(const FlowKey &k, int ingress, const UserMatch &u, std::atomic<uint64_t> &created, Drop startFailed)
{
    if (auto *f = static_cast<F *>(m_table.find(k)))
        return f->dead ? nullptr : f;
    if (!exitKnown(u)) {
        dropFor(u, Drop::ExitFailed);
        return nullptr;
    }
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
    m_group.totals().flowStarted(*f, m_now);
    stats().flowsCreated.fetch_add(1, std::memory_order_relaxed);
    created.fetch_add(1, std::memory_order_relaxed);
    if (!f->start()) {
        dropFor(*f, startFailed);
        kill(f);
        return nullptr;
    }
    return f;
}

} // namespace byway::capture
