// SPDX-License-Identifier: GPL-3.0-or-later
// ICMP echo without lwIP: through the exit with a ping socket (SOCK_DGRAM,
// IPPROTO_ICMP; needs net.ipv4.ping_group_range to cover bywayd's group),
// or answered locally when configured so.
#pragma once

#include "capture/fd.h"
#include "capture/flowhost.h"

namespace byway::capture {

class IcmpFlow final : public Flow, public EventSource {
public:
    IcmpFlow(FlowHost &host, const FlowKey &key, const UserMatch &u, int ingress);
    [[nodiscard]] bool start();
    void fromClient(const Packet &p);
    void onEvents(uint32_t events) override;
    [[nodiscard]] const char *state() const override { return "open"; }
    void close();

private:
    FlowHost &m_host;
    std::optional<ExitSpec> m_exit;
    Fd m_sock;
};

// Echo reply built from the request itself (IcmpMode::Local).
void answerEchoLocally(FlowHost &host, int ingress, const Packet &request);

} // namespace byway::capture
