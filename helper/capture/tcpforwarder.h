// SPDX-License-Identifier: GPL-3.0-or-later
// One TCP flow: the client's connection terminated in lwIP, spliced to an
// outbound socket (direct or through SOCKS5). The client's SYN is held until
// the outbound side is connected, so a closed port answers the client with
// a RST and the client never sees a connection the exit refused.
#pragma once

#include "engine.h"
#include "socks5.h"

#include <optional>
#include <vector>

struct pbuf;

namespace byway::capture {

class TcpFlow final : public Flow, public EventSource {
public:
    enum class Phase { Connecting, Socks, Handshake, Established, Closing };

    TcpFlow(Engine &engine, const FlowKey &key, const UserMatch &u, int ingress);
    ~TcpFlow() override;

    // Starts the outbound connect; false when the exit could not be used.
    [[nodiscard]] bool start(std::span<const uint8_t> syn);
    // Client segments, already parsed; rewritten and fed to lwIP if ready.
    void fromClient(Packet &p);
    void attach(tcp_pcb *pcb);
    void onEvents(uint32_t events) override;
    void flushOutput();
    [[nodiscard]] const char *state() const override;
    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] int64_t lingerUntil() const { return m_lingerUntil; }

    // lwIP callbacks (C linkage thunks in the .cpp)
    signed char lwipRecv(struct pbuf *p);
    signed char lwipSent();
    void lwipError();

private:
    void connected();
    void feedSyn();
    bool socksStep();
    bool flushUp();
    bool pumpDown();
    void finishIfDone();
    void updateInterest();
    void abortBoth(bool resetClient);
    void release();

    Engine &m_engine;
    Phase m_phase = Phase::Connecting;
    Fd m_out;
    tcp_pcb *m_pcb = nullptr;
    std::optional<config::Exit> m_exit;
    std::vector<uint8_t> m_syn;
    std::optional<Socks5Handshake> m_socks;
    struct pbuf *m_up = nullptr; // client bytes lwIP gave us, not yet sent
    bool m_clientEof = false, m_upShut = false;
    bool m_serverEof = false, m_downShut = false;
    bool m_readPaused = false;
    uint32_t m_events = 0;
    bool m_registered = false;
    bool m_outputQueued = false;
    bool m_failed = false;     // an error seen inside an lwIP callback
    int64_t m_lingerUntil = 0; // Closing: lwIP still owns the pcb, keep the mapping
    friend class Engine;
};

} // namespace byway::capture
