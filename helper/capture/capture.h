// SPDX-License-Identifier: GPL-3.0-or-later
// Compat capture: the public face for bywayd and byway-capture. No Qt:
// bywayd starts it with startFrom(config) and reads its JSON with toQt()
// (capture/qt.h); byway-capture (main.cpp) with Capture::start.
//
// Lifecycle (daemon): when the probe says Compat (or config.capture.mode is
// "on"), start it; destroy the object to stop (the TUN disappears with its
// fd). One instance per process (lwIP's globals).
//
// Kernel side (reconciler), for TUN `tunName()` / `tunIndex()` and the
// capture table T (from Routing.tableBase) and priorities P < Q:
//   ip rule add priority P fwmark <bypassMark>/<bypassMark> lookup main
//   ip rule add priority Q from <pool> lookup T        (one per pool)
//   ip route add default dev <tun> table T
//   sysctl net.ipv4.conf.<tun>.rp_filter=2 (replies enter the TUN with the
//     server's address as source), net.ipv4.ip_forward=1,
//   net.ipv4.ping_group_range covering bywayd's gid (ICMP echo via ping sockets).
// Outbound sockets of the capture carry the exit's mark, or bypassMark when
// the exit has none, so the fwmark rule (priority P, before Q) keeps them out
// of the TUN table. Exits with a mark need their own `fwmark M lookup <exit
// table>` rule at a priority below Q as well.
#pragma once

#include "capture/enginegroup.h"
#include "capture/fault.h"
#include "capture/json.h"
#include "capture/spec.h"

#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace byway::capture {

struct CaptureOptions {
    bool tun = true;             // false: AF_PACKET interfaces only
    std::string tunName = "byway0";
    int mtu = 1300;
    bool receiveSteering = true; // RPS on the TUN over this process's CPUs (steerReceive)
    EngineOptions engine;
};

class Capture {
public:
    ~Capture();
    [[nodiscard]] static Result<std::unique_ptr<Capture>> start(const CaptureOptions &o,
                                                                const std::vector<PoolSpec> &pools,
                                                                const std::vector<ExitSpec> &exits);

    [[nodiscard]] const std::string &tunName() const { return m_tunName; }
    [[nodiscard]] int tunIndex() const { return m_tunIndex; }

    // Thread-safe (they take lwIP's core lock briefly).
    void reconfigure(const std::vector<PoolSpec> &pools, const std::vector<ExitSpec> &exits);
    // VPN server up/down hooks (authenticated callers only: bywayd's admin role).
    void setSession(const Addr &address, const std::string &user, const std::string &exitName);
    void removeSession(const Addr &address);
    // For `flows.list`: {"flowCount": N, "users": [...], "userCount": N,
    // "stats": {...}, "packetInterfaces": [...], "tun": ..., "flows": [...]};
    // `flows` the busiest within `limits` (`bytes`: of the whole object, the
    // users getting at most half, the flows what the rest leaves), `users`
    // likewise the busiest; the counts say how many there are in all.
    [[nodiscard]] json::Object snapshot(const FlowListLimits &limits = {}) const;
    [[nodiscard]] json::Object stats() const;
    // For topology.get: {"users": [...], "exits": [...]}, counted since the capture started.
    [[nodiscard]] json::Object totals() const;

    // The counters for /metrics, read together under the core lock.
    struct Figures {
        uint64_t packetsIn = 0, packetsOut = 0, bytesIn = 0, bytesOut = 0;
        uint64_t tcpFlows = 0, udpFlows = 0, icmpFlows = 0;
        // AF_PACKET frames seen and left to the kernel: the box's own
        // (PACKET_OUTGOING) and from addresses in no pool.
        uint64_t outgoingFiltered = 0, notPooled = 0, localDestination = 0, icmpErrors = 0, linkScope = 0;
        // TUN offloads: super-packets read, written, split for lwIP.
        uint64_t gsoIn = 0, gsoOut = 0, gsoSplit = 0;
        // UDP datagrams that came one by one and left joined (Stats).
        uint64_t udpJoinedUp = 0, udpJoinedDown = 0;
        std::array<uint64_t, size_t(Drop::Count)> drops{};
        int64_t flowTable = 0;
        int64_t flowLimit = 0;
        std::vector<UserCounters> users; // by user, ended and live flows
        std::vector<UserCounters> exits; // by exit ("" = main table)
        std::map<std::string, SocksCounters> socks; // SOCKS5 pools, by exit name
        std::vector<WorkerCounters> workers;
    };
    [[nodiscard]] Figures figures() const;

private:
    // Receive steering on the TUN (steerReceive), its outcome in m_steering.
    void steer();
    Capture() = default;
    [[nodiscard]] json::Object statsLocked() const;
    std::unique_ptr<EngineGroup> m_group;
    std::string m_tunName;
    int m_tunIndex = 0;
    // stats()' receiveSteering: the RPS mask written, "off" (not asked, or
    // one CPU), or why it could not be written.
    std::string m_steering = "off";
};

} // namespace byway::capture
