// SPDX-License-Identifier: GPL-3.0-or-later
// Connections to SOCKS5 exits made ahead of the flows that will use them:
// connected, greeted and authenticated, so a new TCP flow through the exit
// sends only its CONNECT (one round trip to the server instead of three,
// no connect of its own, and no wait for the server to check a password:
// dante's crypt() of the system password took ~100 ms a connection here).
// Bounded: per exit kMinPerExit, growing by one with each miss up to
// kMaxPerExit and shrinking back by one a second once kShrinkMs passed
// without a miss; made only while the exit is in use (a flow asked for one
// in the last kInUseMs), none kept longer than kMaxIdleMs (servers end
// negotiations that stall: dante after 30 s), each dropped as soon as its
// server closes it or sends anything, and all of an exit's dropped when its
// config changes.
//
// It also learns whether an exit's server takes a pipelined handshake
// (socks5.h): the first pooled connection to an exit with credentials
// greets and authenticates in one write. When the authentication reply
// comes, flows that miss the pool send greeting, credentials and CONNECT in
// one write; when the server closes instead, or stays silent for kProbeMs
// (microsocks drops what follows the greeting and waits), the exit's
// handshakes stay sequential. Neither costs a client anything: the probe is
// a pooled connection nobody waits for.
//
// One pool per packet thread (FlowHost::socksPool), touched by that thread
// alone: the flows take from it (and tell it of a failed start) with lwIP's
// core lock held, its own connections' I/O runs without (Conn::
// onEventsUnlocked). The per-exit counters, which other threads read, are
// behind a mutex of their own.
#pragma once

#include "capture/fd.h"
#include "capture/flowhost.h"
#include "capture/socks5.h"

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace byway::capture {

// One exit's share of Stats' socks* counters (for /metrics, by exit);
// `ready` is a gauge. Summed over the workers' pools (EngineGroup).
// `failed`: flows through the exit that got no connection from it, the
// newest one's reason in `lastError` (at `lastErrorMs`, FlowHost::now()).
struct SocksCounters {
    uint64_t hits = 0, misses = 0, ready = 0, pipelined = 0, pipelineRefused = 0, retries = 0, failed = 0;
    std::string lastError;
    int64_t lastErrorMs = 0;
    SocksCounters &operator+=(const SocksCounters &o);
};

class Socks5Pool {
public:
    static constexpr size_t kMinPerExit = 4;
    static constexpr size_t kMaxPerExit = 16;
    static constexpr int64_t kShrinkMs = 10000;
    static constexpr int64_t kMaxIdleMs = 20000;
    static constexpr int64_t kInUseMs = 60000;
    static constexpr int64_t kProbeMs = 3000;
    // After a connection to the exit failed before it was ready.
    static constexpr int64_t kRetryMs = 5000;
    static constexpr int64_t kFailLogMs = 10000;

    enum class Pipelining { Unknown, Works, Refused };

    explicit Socks5Pool(FlowHost &host);
    ~Socks5Pool();
    Socks5Pool(const Socks5Pool &) = delete;
    Socks5Pool &operator=(const Socks5Pool &) = delete;

    // How a flow reaches `exit`'s server (`server`: its address, already
    // parsed): `ready` is a connected, authenticated socket from the pool,
    // with only the request left to do (options.part = Request); invalid on
    // a miss, and the flow connects itself for a whole handshake, pipelined
    // if the server takes that. Counted either way; the pool is topped up.
    struct Start {
        Fd ready;
        Socks5Options options;
    };
    [[nodiscard]] Start begin(const ExitSpec &exit, const Endpoint &server);
    // A flow's connection through `exit` ended before any reply to `h`:
    // true when it may start over, once, on a fresh connection with a
    // sequential handshake (the connection came from the pool, whose server
    // may have closed it meanwhile, or the handshake was pipelined: then the
    // exit's handshakes are sequential from now on). Counted.
    [[nodiscard]] bool startOver(const ExitSpec &exit, const Socks5Handshake &h, bool pooled);
    // A flow through `exit` got no connection from it (server unreachable or
    // refusing, handshake or request refused; not a destination's refusal
    // the server relays): counted with its reason,
    // which is logged once per kFailLogMs per exit and worker.
    void failed(const std::string &exit, const std::string &why);
    // Once a second (the engine's sweep), outside any event dispatch:
    // ages, probe timeouts, refills, and the connections dropped since.
    void maintain(int64_t now);
    // By exit name, since the capture started (exits whose config changed
    // keep counting under their name). Any thread.
    [[nodiscard]] std::unordered_map<std::string, SocksCounters> counters() const;

private:
    class Conn;
    friend class Conn;
    struct ExitPool {
        ExitSpec exit;
        Endpoint server;
        std::vector<std::unique_ptr<Conn>> conns;
        size_t target = kMinPerExit; // connections to keep
        int64_t lastUseMs = 0;
        int64_t lastMissMs = 0;
        int64_t retryAtMs = 0;
        Pipelining pipelining = Pipelining::Unknown;
    };
    ExitPool &poolFor(const ExitSpec &exit, const Endpoint &server);
    [[nodiscard]] Fd take(ExitPool &p);
    void refill(ExitPool &p);
    // Out of its exit's pool; destroyed in maintain(), when no epoll event
    // of the current batch can point at it any more.
    void drop(Conn *c);
    void connReady(Conn *c);
    // verdict: the server refused the handshake (rather than closing or
    // staying silent).
    void connFailed(Conn *c, const std::string &why, bool verdict = false);
    // Stats' counter and the exit's own (delta -1: the ready gauge going down).
    void count(const std::string &exit, std::atomic<uint64_t> Stats::*total, uint64_t SocksCounters::*own,
               int64_t delta = 1);

    FlowHost &m_host;
    std::unordered_map<std::string, ExitPool> m_exits; // by exit name (nodes: Conn points at its ExitPool)
    std::vector<std::unique_ptr<Conn>> m_graveyard;
    mutable std::mutex m_countersLock;
    std::unordered_map<std::string, SocksCounters> m_counters; // m_countersLock
    std::unordered_map<std::string, int64_t> m_failLoggedMs;   // this worker's, by exit
};

} // namespace byway::capture
