// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/socks5pool.h"

#include "capture/log.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>

#include <sys/epoll.h>
#include <sys/socket.h>

namespace byway::capture {

// One connection of an exit's pool: connecting, then greeting and
// authenticating, then ready (waiting for the request a flow will send).
class Socks5Pool::Conn final : public EventSource {
public:
    enum class State { Connecting, Handshake, Ready };

    Conn(Socks5Pool &pool, ExitPool &exit, Fd fd, bool probe)
        : m_pool(pool), m_exit(&exit), m_fd(std::move(fd)), m_probe(probe),
          m_handshake(std::in_place, exit.exit.username, exit.exit.password, Endpoint{},
                      Socks5Handshake::Command::Connect,
                      Socks5Handshake::Options{Socks5Handshake::Part::Authenticate, probe}),
          m_sinceMs(pool.m_host.now())
    {
        m_probe = probe && m_handshake->pipelined();
    }

    // Its socket's I/O, and what it means for the pool, without lwIP's core
    // lock: the pool is this worker's thread's alone.
    bool onEventsUnlocked(uint32_t ev) override
    {
        handle(ev);
        return true;
    }
    void onEvents(uint32_t) override {} // never called: onEventsUnlocked handles every event

    Socks5Pool &m_pool;
    ExitPool *m_exit;
    Fd m_fd;
    bool m_probe;
    std::optional<Socks5Handshake> m_handshake;
    State m_state = State::Connecting;
    int64_t m_sinceMs; // made, or ready since
    bool m_dead = false;

private:
    void handle(uint32_t ev);
    bool send()
    {
        const auto out = m_handshake->takeOutput();
        // A fresh socket's buffer takes a few hundred bytes whole.
        return out.empty() || ::send(m_fd.get(), out.data(), out.size(), MSG_NOSIGNAL) == ssize_t(out.size());
    }
};

void Socks5Pool::Conn::handle(uint32_t ev)
{
    if (m_dead)
        return;
    if (m_state == State::Ready) {
        // Nothing is due before our request: the server closed it (or broke the protocol).
        m_pool.drop(this);
        return;
    }
    if (m_state == State::Connecting) {
        int err = 0;
        socklen_t l = sizeof err;
        ::getsockopt(m_fd.get(), SOL_SOCKET, SO_ERROR, &err, &l);
        if (err || (ev & (EPOLLERR | EPOLLHUP)))
            return m_pool.connFailed(this, std::string("connect: ") + strerror(err));
        m_state = State::Handshake;
        if (!send())
            return m_pool.connFailed(this, "send");
        m_pool.m_host.watch(this, m_fd.get(), EPOLLIN, false);
        return;
    }
    uint8_t buf[16];
    const size_t want = std::min(m_handshake->wantBytes(), sizeof buf);
    const ssize_t r = ::recv(m_fd.get(), buf, want, MSG_DONTWAIT);
    if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return;
    if (r <= 0)
        return m_pool.connFailed(this, "the server closed the connection");
    switch (m_handshake->feed({buf, size_t(r)})) {
    case Socks5Handshake::Step::Failed:
        return m_pool.connFailed(this, m_handshake->error(), true);
    case Socks5Handshake::Step::Continue:
        if (!send())
            m_pool.connFailed(this, "send");
        return;
    case Socks5Handshake::Step::Done:
        m_pool.connReady(this);
        return;
    }
}

Socks5Pool::Socks5Pool(FlowHost &host) : m_host(host) {}

Socks5Pool::~Socks5Pool() = default;

Socks5Pool::ExitPool &Socks5Pool::poolFor(const ExitSpec &exit, const Endpoint &server)
{
    auto [it, fresh] = m_exits.try_emplace(exit.name);
    ExitPool &p = it->second;
    if (!fresh && (p.exit != exit || p.server != server)) {
        // New server, credentials, mark or device: nothing made for the old
        // one is used, and what its server allowed says nothing of the new.
        while (!p.conns.empty())
            drop(p.conns.back().get());
        p = ExitPool{};
        fresh = true;
    }
    if (fresh) {
        p.exit = exit;
        p.server = server;
    }
    return p;
}

Socks5Pool::Start Socks5Pool::begin(const ExitSpec &exit, const Endpoint &server)
{
    ExitPool &p = poolFor(exit, server);
    p.lastUseMs = m_host.now();
    Start s;
    s.ready = take(p);
    if (s.ready) {
        s.options.part = Socks5Part::Request;
    } else {
        p.target = std::min(p.target + 1, kMaxPerExit);
        p.lastMissMs = p.lastUseMs;
        s.options.pipeline = p.pipelining == Pipelining::Works;
        if (s.options.pipeline)
            count(exit.name, &Stats::socksPipelined, &SocksCounters::pipelined);
    }
    refill(p);
    return s;
}

Fd Socks5Pool::take(ExitPool &p)
{
    auto it = std::find_if(p.conns.begin(), p.conns.end(), [](const auto &c) { return c->m_state == Conn::State::Ready; });
    if (it == p.conns.end()) {
        count(p.exit.name, &Stats::socksPoolMisses, &SocksCounters::misses);
        return {};
    }
    Conn *c = it->get();
    m_host.unwatch(c->m_fd.get());
    Fd out = std::move(c->m_fd);
    drop(c);
    count(p.exit.name, &Stats::socksPoolHits, &SocksCounters::hits);
    return out;
}

bool Socks5Pool::startOver(const ExitSpec &exit, const Socks5Handshake &h, bool pooled)
{
    if (h.answered() || (!pooled && !h.pipelined()))
        return false;
    count(exit.name, &Stats::socksRetries, &SocksCounters::retries);
    auto it = m_exits.find(exit.name);
    if (h.pipelined() && it != m_exits.end() && it->second.exit == exit && it->second.pipelining != Pipelining::Refused) {
        it->second.pipelining = Pipelining::Refused;
        count(exit.name, &Stats::socksPipelineRefused, &SocksCounters::pipelineRefused);
        CLOG_INFO(Forwarder).noquote() << "SOCKS5 exit" << exit.name
                                       << "ended a pipelined handshake: its handshakes are sequential from now on";
    }
    return true;
}

void Socks5Pool::failed(const std::string &exit, const std::string &why)
{
    const int64_t now = m_host.now();
    Stats::count(m_host.stats().socksFailed);
    {
        std::lock_guard lock(m_countersLock);
        SocksCounters &c = m_counters[exit];
        ++c.failed;
        c.lastError = why;
        c.lastErrorMs = now;
    }
    auto [logged, first] = m_failLoggedMs.try_emplace(exit, now);
    if (first || now - logged->second >= kFailLogMs) {
        logged->second = now;
        CLOG_WARNING(Forwarder).noquote() << "SOCKS5 exit" << exit << "gave a flow no connection:" << why;
    }
}

SocksCounters &SocksCounters::operator+=(const SocksCounters &o)
{
    hits += o.hits, misses += o.misses, ready += o.ready;
    pipelined += o.pipelined, pipelineRefused += o.pipelineRefused, retries += o.retries, failed += o.failed;
    if (o.lastErrorMs > lastErrorMs) {
        lastError = o.lastError;
        lastErrorMs = o.lastErrorMs;
    }
    return *this;
}

void Socks5Pool::count(const std::string &exit, std::atomic<uint64_t> Stats::*total, uint64_t SocksCounters::*own,
                       int64_t delta)
{
    Stats::count(m_host.stats().*total, delta);
    std::lock_guard lock(m_countersLock);
    m_counters[exit].*own += uint64_t(delta); // a negative delta wraps back
}

std::unordered_map<std::string, SocksCounters> Socks5Pool::counters() const
{
    std::lock_guard lock(m_countersLock);
    return m_counters;
}

void Socks5Pool::refill(ExitPool &p)
{
    const int64_t now = m_host.now();
    if (now < p.retryAtMs)
        return;
    bool probing = std::any_of(p.conns.begin(), p.conns.end(), [](const auto &c) { return c->m_probe; });
    while (p.conns.size() < p.target) {
        auto fd = connectOutbound(p.exit, m_host.bypassMark(), p.server, SOCK_STREAM);
        if (!fd) {
            CLOG_DEBUG(Forwarder).noquote() << "SOCKS5 exit" << p.exit.name << "pool:" << fd.error().toString();
            p.retryAtMs = now + kRetryMs;
            return;
        }
        // One probe at a time, and only where there is something to pipeline
        // before a request: the credentials.
        const bool probe = !probing && p.pipelining == Pipelining::Unknown && !p.exit.username.empty();
        probing = probing || probe;
        auto c = std::make_unique<Conn>(*this, p, std::move(*fd), probe);
        m_host.watch(c.get(), c->m_fd.get(), EPOLLOUT, true);
        p.conns.push_back(std::move(c));
    }
}

void Socks5Pool::drop(Conn *c)
{
    if (c->m_state == Conn::State::Ready)
        count(c->m_exit->exit.name, &Stats::socksPoolReady, &SocksCounters::ready, -1);
    c->m_dead = true;
    if (c->m_fd) {
        m_host.unwatch(c->m_fd.get());
        c->m_fd.reset();
    }
    auto &conns = c->m_exit->conns;
    auto it = std::find_if(conns.begin(), conns.end(), [c](const auto &o) { return o.get() == c; });
    if (it != conns.end()) {
        m_graveyard.push_back(std::move(*it));
        conns.erase(it);
    }
}

void Socks5Pool::connReady(Conn *c)
{
    c->m_state = Conn::State::Ready;
    c->m_sinceMs = m_host.now();
    c->m_handshake.reset();
    count(c->m_exit->exit.name, &Stats::socksPoolReady, &SocksCounters::ready);
    if (c->m_probe) {
        c->m_probe = false;
        c->m_exit->pipelining = Pipelining::Works;
        CLOG_DEBUG(Forwarder).noquote() << "SOCKS5 exit" << c->m_exit->exit.name << "takes pipelined handshakes";
    }
    // Anything from the server now means it is gone.
    m_host.watch(c, c->m_fd.get(), EPOLLIN | EPOLLRDHUP, false);
}

void Socks5Pool::connFailed(Conn *c, const std::string &why, bool verdict)
{
    ExitPool &p = *c->m_exit;
    if (c->m_probe && c->m_state == Conn::State::Handshake && !verdict) {
        // Connected, then closed or silent instead of answering the
        // credentials that came with the greeting: sequential from now on
        // (refilled at once). A refusal (method, credentials) is the
        // server's verdict on them, pipelined or not.
        p.pipelining = Pipelining::Refused;
        count(p.exit.name, &Stats::socksPipelineRefused, &SocksCounters::pipelineRefused);
        CLOG_INFO(Forwarder).noquote() << "SOCKS5 exit" << p.exit.name << "does not take pipelined handshakes (" << why
                                       << "): its handshakes stay sequential";
    } else {
        CLOG_DEBUG(Forwarder).noquote() << "SOCKS5 exit" << p.exit.name << "pool connection failed:" << why;
        p.retryAtMs = m_host.now() + kRetryMs;
    }
    drop(c);
}

void Socks5Pool::maintain(int64_t now)
{
    m_graveyard.clear();
    for (auto it = m_exits.begin(); it != m_exits.end();) {
        ExitPool &p = it->second;
        std::vector<Conn *> stale, stalled;
        for (const auto &c : p.conns) {
            const int64_t age = now - c->m_sinceMs;
            if (c->m_state == Conn::State::Ready ? age > kMaxIdleMs : age > (c->m_probe ? kProbeMs : kMaxIdleMs))
                (c->m_state == Conn::State::Ready ? stale : stalled).push_back(c.get());
        }
        for (Conn *c : stale)
            drop(c);
        for (Conn *c : stalled)
            connFailed(c, "no answer");
        if (now - p.lastUseMs > kInUseMs) {
            while (!p.conns.empty())
                drop(p.conns.back().get());
            it = m_exits.erase(it);
            continue;
        }
        if (p.target > kMinPerExit && now - p.lastMissMs > kShrinkMs)
            --p.target; // the extra connections age out
        refill(p);
        ++it;
    }
}

} // namespace byway::capture
