// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/metricscapture.h"

#include "metrics/exposition.h"

#include <map>

namespace byway::daemon {

using metrics::Exposition;
using metrics::Type;

double increaseSince(double now, double &seen)
{
    const double d = now >= seen ? now - seen : now;
    seen = now;
    return d;
}

double CaptureExtras::total(const QString &key, double raw)
{
    Rising &r = m_counters[key];
    r.total += increaseSince(raw, r.seen);
    return r.total;
}

void CaptureExtras::render(Exposition &out, const capture::Capture::Figures &f, const QStringList &socksExits)
{
    std::map<QString, capture::SocksCounters> socks;
    for (const QString &e : socksExits)
        socks[e];
    for (const auto &[exit, c] : f.socks)
        socks[QString::fromStdString(exit)] = c;
    // Every series is brought up to date, then written: a family's samples
    // must be together.
    struct Counter {
        const char *name, *help;
        uint64_t capture::SocksCounters::*field;
        const char *result; // the `result` label of the pool family, else nullptr
    };
    static constexpr Counter counters[] = {
        {"byway_capture_socks_pool_total",
         "TCP flows and UDP associations through a SOCKS5 exit that found a ready connection in the exit's pool "
         "(result=hit) or had to connect themselves (miss).",
         &capture::SocksCounters::hits, "hit"},
        {"byway_capture_socks_pool_total", nullptr, &capture::SocksCounters::misses, "miss"},
        {"byway_capture_socks_pipelined_total",
         "SOCKS5 handshakes sent as greeting, credentials and request in one write.",
         &capture::SocksCounters::pipelined, nullptr},
        {"byway_capture_socks_pipeline_refused_total",
         "Times a SOCKS5 exit's server was found not to take pipelined handshakes.",
         &capture::SocksCounters::pipelineRefused, nullptr},
        {"byway_capture_socks_retries_total",
         "Flows whose pooled or pipelined SOCKS5 connection ended before any reply and that started over.",
         &capture::SocksCounters::retries, nullptr},
        {"byway_capture_socks_failed_total",
         "Flows through a SOCKS5 exit that got no connection from it (its server unreachable or refusing, the "
         "handshake or the request refused; not a destination's refusal it relays); the last reason is in flows.list.",
         &capture::SocksCounters::failed, nullptr},
    };
    for (const Counter &c : counters) {
        if (c.help)
            out.family(c.name, Type::Counter, c.help);
        for (const auto &[exit, s] : socks) {
            const QString key = QLatin1String(c.name) + u'/' + QLatin1String(c.result ? c.result : "") + u'/' + exit;
            const double v = total(key, double(s.*c.field));
            if (c.result)
                out.sample(c.name, {{"exit", exit}, {"result", QLatin1String(c.result)}}, v);
            else
                out.sample(c.name, {{"exit", exit}}, v);
        }
    }
    out.family("byway_capture_socks_pool_ready", Type::Gauge,
               "Connections to each SOCKS5 exit made ahead (connected, greeted, authenticated) and ready now.");
    for (const auto &[exit, s] : socks)
        out.sample("byway_capture_socks_pool_ready", {{"exit", exit}}, double(s.ready));
    renderPackets(out, f);
}

void CaptureExtras::renderPackets(Exposition &out, const capture::Capture::Figures &f)
{
    // What flows.list counts beside the drops: frames left to the kernel
    // (not dropped), the offloads, UDP joined, each worker's packets.
    out.family("byway_capture_left_to_kernel_total", Type::Counter,
               "Packets the capture saw and left to the kernel, not drops, by reason: outgoing = the box's own "
               "AF_PACKET frames (PACKET_OUTGOING), not_pooled = AF_PACKET frames from an address in no pool, "
               "local_destination = from a pooled client to the box's own addresses, multicast or broadcast (the "
               "kernel answers them), link_scope = the box's own IPv6 link-local packets on the TUN (router "
               "solicitations, MLD reports).");
    out.sample("byway_capture_left_to_kernel_total", {{"reason", QStringLiteral("outgoing")}},
               total(QStringLiteral("left/outgoing"), double(f.outgoingFiltered)));
    out.sample("byway_capture_left_to_kernel_total", {{"reason", QStringLiteral("not_pooled")}},
               total(QStringLiteral("left/not_pooled"), double(f.notPooled)));
    out.sample("byway_capture_left_to_kernel_total", {{"reason", QStringLiteral("local_destination")}},
               total(QStringLiteral("left/local_destination"), double(f.localDestination)));
    out.sample("byway_capture_left_to_kernel_total", {{"reason", QStringLiteral("link_scope")}},
               total(QStringLiteral("left/link_scope"), double(f.linkScope)));
    out.family("byway_capture_client_icmp_errors_total", Type::Counter,
               "ICMP errors from pooled clients about their flows (a port unreachable for a late UDP reply), taken "
               "rather than dropped; a closed port ends the UDP flow.");
    out.sample("byway_capture_client_icmp_errors_total", {}, total(QStringLiteral("icmp_errors"), double(f.icmpErrors)));
    out.family("byway_capture_offload_total", Type::Counter,
               "Offloaded super-packets: read from clients on the TUN (gso_in), written to clients on the TUN or "
               "an AF_PACKET interface (gso_out), and split because lwIP could not take them whole (gso_split).");
    const std::pair<const char *, uint64_t> offloads[] = {{"gso_in", f.gsoIn}, {"gso_out", f.gsoOut}, {"gso_split", f.gsoSplit}};
    for (const auto &[kind, n] : offloads)
        out.sample("byway_capture_offload_total", {{"kind", QLatin1String(kind)}},
                   total(QLatin1String("offload/") + QLatin1String(kind), double(n)));
    out.family("byway_capture_udp_joined_total", Type::Counter,
               "UDP datagrams that came one by one and left joined: up = towards an exit in one UDP_SEGMENT send, "
               "down = towards a client in one USO packet.");
    const std::pair<const char *, uint64_t> joined[] = {{"up", f.udpJoinedUp}, {"down", f.udpJoinedDown}};
    for (const auto &[direction, n] : joined)
        out.sample("byway_capture_udp_joined_total", {{"direction", QLatin1String(direction)}},
                   total(QLatin1String("udpjoined/") + QLatin1String(direction), double(n)));

    out.family("byway_capture_worker_packets_total", Type::Counter,
               "IP packets each capture worker read from its own TUN queue or AF_PACKET sockets.");
    for (size_t i = 0; i < f.workers.size(); ++i)
        out.sample("byway_capture_worker_packets_total", {{"worker", QString::number(i)}},
                   total(QStringLiteral("packets/%1").arg(i), double(f.workers[i].packetsIn)));
    out.family("byway_capture_worker_handed_over_total", Type::Counter,
               "Packets of a worker's flows that the kernel put on another worker's queue, handed over to it.");
    for (size_t i = 0; i < f.workers.size(); ++i)
        out.sample("byway_capture_worker_handed_over_total", {{"worker", QString::number(i)}},
                   total(QStringLiteral("handed/%1").arg(i), double(f.workers[i].handedOver)));
}

} // namespace byway::daemon
