// SPDX-License-Identifier: GPL-3.0-or-later
// One TCP flow: the client's connection terminated in lwIP, spliced to an
// outbound socket (direct or through SOCKS5). The client's SYN is held until
// the outbound side is connected, so a closed port answers the client with
// a RST and the client never sees a connection the exit refused.
//
// Closing: each direction ends on its own (client FIN -> shutdown(SHUT_WR)
// once its bytes are out; server EOF -> tcp_shutdown(tx), lwIP sends FIN
// after what it holds). The pcb is never tcp_close()d, so lwIP keeps
// telling us: ERR_CLSD when its FIN is acknowledged in LAST_ACK, or the pcb
// reaches TIME_WAIT, which we end at once (tcp_abandon, no RST): the flow
// table never hands a fake endpoint out twice, so lwIP's TIME_WAIT guards
// nothing here, and a flow is gone as soon as both sides are done instead
// of lingering in the table (fast connection churn would fill it).
#pragma once

#include "capture/fd.h"
#include "capture/flowhost.h"
#include "capture/lwipowner.h"
#include "capture/socks5.h"

#include <optional>
#include <vector>

namespace byway::capture {

class TcpFlow final : public Flow, public EventSource {
public:
    enum class Phase { Connecting, Socks, Handshake, Established, Closing };

    TcpFlow(FlowHost &host, const FlowKey &key, const UserMatch &u, int ingress);
    ~TcpFlow() override;

    // Starts the outbound connect; false when the exit could not be used.
    [[nodiscard]] bool start(std::span<const uint8_t> syn);
    // Client segments, already parsed; rewritten and fed to lwIP if ready.
    void fromClient(Packet &p);
    void attach(tcp_pcb *pcb);
    void onEvents(uint32_t events) override;
    // tcp_output, and the flow's closing settled.
    void flushOutput();
    // The same, when the batch ends, for a flow that asked FlowHost::wantOutput.
    void flushQueuedOutput()
    {
        m_outputQueued = false;
        flushOutput();
    }
    [[nodiscard]] const char *state() const override;
    [[nodiscard]] Phase phase() const { return m_phase; }
    // Ends the flow now (idle or half-open too long, flow table full):
    // RST to both sides.
    void abortBoth(bool resetClient);
    // Periodic check (sweep): a pcb that reached TIME_WAIT without a callback.
    void settle();

    // lwIP callbacks (C linkage thunks in tcpsplice.cpp)
    signed char lwipRecv(PbufPtr p); // p == nullptr: the client's FIN
    signed char lwipSent();
    void lwipError(signed char err);

private:
    // Opens the outbound socket and starts its connect to `to`.
    bool connectOutbound(const Endpoint &to);
    void connected();
    void feedSyn();
    bool socksStep();
    // A pooled or pipelined SOCKS5 connection failed before any reply: once,
    // a fresh connection with a sequential handshake instead of a reset.
    bool retrySocks();
    bool flushUp();
    bool pumpDown();
    void finishIfDone();
    void updateInterest();
    void closeOutbound(bool reset);
    // The pcb is gone from lwIP (freed there, aborted or abandoned here).
    void pcbGone();
    void wantOutput();

    FlowHost &m_host;
    Phase m_phase = Phase::Connecting;
    Fd m_out;
    TcpPcb m_pcb; // from the accept callback on; lwipowner.h says who frees it
    std::optional<config::Exit> m_exit;
    std::vector<uint8_t> m_syn;
    std::optional<Socks5Handshake> m_socks;
    Endpoint m_server;           // the SOCKS5 exit's server
    bool m_pooled = false;       // m_out came ready from the exit's pool
    bool m_socksRetried = false;
    PbufPtr m_up; // client bytes lwIP gave us, not yet sent
    bool m_clientEof = false, m_upShut = false;
    bool m_serverEof = false, m_downShut = false;
    bool m_readPaused = false;
    uint32_t m_events = 0;
    bool m_registered = false;
    bool m_outputQueued = false;
    bool m_failed = false;     // an error seen inside an lwIP callback
};

} // namespace byway::capture
