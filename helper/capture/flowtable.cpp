// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/flowtable.h"

namespace byway::capture {

namespace {
inline void mix(size_t &h, uint64_t v) { h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2); }
}

size_t EndpointHash::operator()(const Endpoint &e) const noexcept
{
    size_t h = e.addr.family;
    for (size_t i = 0; i < 16; i += 8) {
        uint64_t w = 0;
        for (size_t j = 0; j < 8; ++j)
            w = w << 8 | e.addr.b[i + j];
        mix(h, w);
    }
    mix(h, e.port);
    return h;
}

size_t FlowKeyHash::operator()(const FlowKey &k) const noexcept
{
    size_t h = k.proto;
    mix(h, EndpointHash{}(k.client));
    mix(h, EndpointHash{}(k.dst));
    return h;
}

Flow::~Flow()
{
    for (UserCounters *t : {totals, exitTotals}) {
        if (!t)
            continue;
        t->bytesIn += bytesDown;
        t->bytesOut += bytesUp;
        t->packets += packets;
        t->packetsDown += packetsDown;
        --t->openFlows;
    }
}

FlowTable::FlowTable(Options o) : m_opt(o), m_nextId(o.idFirst) {}

std::expected<Flow *, InsertError> FlowTable::insert(std::unique_ptr<Flow> f, bool needFake, int64_t nowMs)
{
    if (int64_t(m_flows.size()) >= m_opt.maxFlows)
        return std::unexpected(InsertError::FlowLimit);
    if (m_flows.contains(f->key))
        return std::unexpected(InsertError::Duplicate);
    if (needFake) {
        if (!allocateFake(f->key.client.addr.family, nowMs, f->fake))
            return std::unexpected(InsertError::FakeExhausted);
        f->hasFake = true;
    }
    f->id = m_nextId;
    m_nextId += m_opt.idStep;
    ++m_inserted;
    f->createdMs = f->lastMs = nowMs;
    Flow *raw = f.get();
    if (raw->hasFake)
        m_byFake.emplace(raw->fake, raw);
    m_flows.emplace(raw->key, std::move(f));
    return raw;
}

Flow *FlowTable::find(const FlowKey &k) const
{
    auto it = m_flows.find(k);
    return it == m_flows.end() ? nullptr : it->second.get();
}

Flow *FlowTable::findFake(const Endpoint &fake) const
{
    auto it = m_byFake.find(fake);
    return it == m_byFake.end() ? nullptr : it->second;
}

std::unique_ptr<Flow> FlowTable::take(Flow *f, int64_t nowMs)
{
    auto it = m_flows.find(f->key);
    if (it == m_flows.end() || it->second.get() != f)
        return nullptr;
    std::unique_ptr<Flow> owned = std::move(it->second);
    m_flows.erase(it);
    if (f->hasFake)
        m_byFake.erase(f->fake);
    if (f->hasFake && f->stackHolds) {
        const int64_t until = nowMs + m_opt.quarantineMs;
        m_quarantine[f->fake] = until;
        m_quarantineOrder.emplace_back(until, f->fake);
    }
    return owned;
}

void FlowTable::forEach(const std::function<void(Flow &)> &fn) const
{
    for (const auto &[k, f] : m_flows)
        fn(*f);
}

void FlowTable::prune(int64_t nowMs)
{
    while (!m_quarantineOrder.empty() && m_quarantineOrder.front().first <= nowMs) {
        auto [until, ep] = m_quarantineOrder.front();
        m_quarantineOrder.pop_front();
        auto it = m_quarantine.find(ep);
        if (it != m_quarantine.end() && it->second == until)
            m_quarantine.erase(it);
    }
}

bool FlowTable::allocateFake(uint8_t family, int64_t nowMs, Endpoint &out)
{
    prune(nowMs);
    const uint64_t addrs = family == 4 ? m_opt.fakeCount4 : m_opt.fakeCount6;
    const uint64_t space = addrs * m_opt.portCount;
    uint64_t &next = family == 4 ? m_next4 : m_next6;
    // Sequential walk: an endpoint comes back only after the whole space
    // (billions for IPv4) went round, and never while quarantined or in use.
    const uint64_t tries = std::min<uint64_t>(space, 4096);
    for (uint64_t i = 0; i < tries; ++i) {
        const uint64_t idx = next++ % space;
        Endpoint e;
        const uint32_t a = uint32_t(idx % addrs);
        if (family == 4) {
            e.addr = Addr::v4(m_opt.fakeBase4.v4Host() + a);
        } else {
            e.addr = m_opt.fakeBase6;
            e.addr.family = 6;
            uint32_t low = (uint32_t(e.addr.b[12]) << 24 | e.addr.b[13] << 16 | e.addr.b[14] << 8 | e.addr.b[15]) + a;
            for (int k = 0; k < 4; ++k)
                e.addr.b[12 + k] = uint8_t(low >> (24 - 8 * k));
        }
        e.port = uint16_t(m_opt.portFirst + idx / addrs % m_opt.portCount);
        if (m_byFake.contains(e) || m_quarantine.contains(e))
            continue;
        out = e;
        return true;
    }
    return false;
}

} // namespace byway::capture
