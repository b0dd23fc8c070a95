// SPDX-License-Identifier: GPL-3.0-or-later
// UDP without lwIP: one connected outbound socket per client 5-tuple;
// replies are crafted back to the client with full IP/UDP headers.
#pragma once

#include "engine.h"

namespace byway::capture {

class UdpFlow final : public Flow, public EventSource {
public:
    UdpFlow(Engine &engine, const FlowKey &key, const UserMatch &u, int ingress);
    [[nodiscard]] bool start();
    void fromClient(const Packet &p);
    void onEvents(uint32_t events) override;
    [[nodiscard]] const char *state() const override { return "open"; }
    [[nodiscard]] int64_t idleMs() const { return m_idleMs; }
    void close();

private:
    Engine &m_engine;
    std::optional<config::Exit> m_exit;
    Fd m_sock;
    int64_t m_idleMs;
};

} // namespace byway::capture
