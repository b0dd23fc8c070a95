// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/stats.h"

namespace byway::capture {

const char *dropName(Drop d)
{
    static constexpr const char *names[] = {
        "truncated", "bad_version", "bad_header", "bad_length", "bad_checksum", "fragment",
        "unsupported_protocol", "unknown_source", "flow_limit", "fake_exhausted", "no_flow",
        "not_ready", "stack_foreign", "write_failed", "exit_failed", "udp_unsupported",
        "icmp_unsupported", "icmp_socket", "vlan_tagged", "inbox_full",
    };
    static_assert(std::size(names) == size_t(Drop::Count));
    return names[size_t(d)];
}

QJsonObject Stats::toJson(qint64 flowTable) const
{
    auto v = [](const std::atomic<uint64_t> &a) { return qint64(a.load(std::memory_order_relaxed)); };
    QJsonObject byReason;
    qint64 total = 0;
    for (size_t i = 0; i < size_t(Drop::Count); ++i) {
        byReason.insert(QString::fromLatin1(dropName(Drop(i))), v(this->drops[i]));
        total += v(this->drops[i]);
    }
    return QJsonObject{
        {QStringLiteral("packetsIn"), v(packetsIn)},
        {QStringLiteral("packetsOut"), v(packetsOut)},
        {QStringLiteral("bytesIn"), v(bytesIn)},
        {QStringLiteral("bytesOut"), v(bytesOut)},
        {QStringLiteral("outgoingFiltered"), v(outgoingFiltered)},
        {QStringLiteral("notPooled"), v(notPooled)},
        {QStringLiteral("localDestination"), v(localDestination)},
        {QStringLiteral("icmpErrors"), v(icmpErrors)},
        {QStringLiteral("linkScope"), v(linkScope)},
        {QStringLiteral("checksumErrors"), v(this->drops[size_t(Drop::BadChecksum)])},
        {QStringLiteral("flowsCreated"), v(flowsCreated)},
        {QStringLiteral("flowTable"), flowTable},
        {QStringLiteral("tcpFlows"), v(tcpFlows)},
        {QStringLiteral("udpFlows"), v(udpFlows)},
        {QStringLiteral("icmpFlows"), v(icmpFlows)},
        {QStringLiteral("gsoIn"), v(gsoIn)},
        {QStringLiteral("gsoOut"), v(gsoOut)},
        {QStringLiteral("gsoSplit"), v(gsoSplit)},
        {QStringLiteral("udpJoinedUp"), v(udpJoinedUp)},
        {QStringLiteral("udpJoinedDown"), v(udpJoinedDown)},
        {QStringLiteral("socksPoolHits"), v(socksPoolHits)},
        {QStringLiteral("socksPoolMisses"), v(socksPoolMisses)},
        {QStringLiteral("socksPoolReady"), v(socksPoolReady)},
        {QStringLiteral("sendBuffered"), v(sendBuffered)},
        {QStringLiteral("socksPipelined"), v(socksPipelined)},
        {QStringLiteral("socksPipelineRefused"), v(socksPipelineRefused)},
        {QStringLiteral("socksRetries"), v(socksRetries)},
        {QStringLiteral("socksFailed"), v(socksFailed)},
        {QStringLiteral("drops"), byReason},
        {QStringLiteral("dropsTotal"), total},
    };
}

} // namespace byway::capture
