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

json::Object Stats::toJson(int64_t flowTable) const
{
    auto v = [](const std::atomic<uint64_t> &a) { return int64_t(a.load(std::memory_order_relaxed)); };
    json::Object byReason;
    int64_t total = 0;
    for (size_t i = 0; i < size_t(Drop::Count); ++i) {
        byReason.insert(std::string(dropName(Drop(i))), v(this->drops[i]));
        total += v(this->drops[i]);
    }
    return json::Object{
        {"packetsIn", v(packetsIn)},
        {"packetsOut", v(packetsOut)},
        {"bytesIn", v(bytesIn)},
        {"bytesOut", v(bytesOut)},
        {"outgoingFiltered", v(outgoingFiltered)},
        {"notPooled", v(notPooled)},
        {"localDestination", v(localDestination)},
        {"icmpErrors", v(icmpErrors)},
        {"linkScope", v(linkScope)},
        {"checksumErrors", v(this->drops[size_t(Drop::BadChecksum)])},
        {"flowsCreated", v(flowsCreated)},
        {"flowTable", flowTable},
        {"tcpFlows", v(tcpFlows)},
        {"udpFlows", v(udpFlows)},
        {"icmpFlows", v(icmpFlows)},
        {"gsoIn", v(gsoIn)},
        {"gsoOut", v(gsoOut)},
        {"gsoSplit", v(gsoSplit)},
        {"udpJoinedUp", v(udpJoinedUp)},
        {"udpJoinedDown", v(udpJoinedDown)},
        {"socksPoolHits", v(socksPoolHits)},
        {"socksPoolMisses", v(socksPoolMisses)},
        {"socksPoolReady", v(socksPoolReady)},
        {"sendBuffered", v(sendBuffered)},
        {"socksPipelined", v(socksPipelined)},
        {"socksPipelineRefused", v(socksPipelineRefused)},
        {"socksRetries", v(socksRetries)},
        {"socksFailed", v(socksFailed)},
        {"drops", byReason},
        {"dropsTotal", total},
    };
}

} // namespace byway::capture
