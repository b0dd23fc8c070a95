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
//
// Two sides, two guards. The lwIP side (the pcb, what lwIP delivered, the
// flow's phase and ends) is guarded by the core lock: lwIP's callbacks may
// run on its timer thread or under another worker's batch, so they only
// record and queue the flow to its owner (FlowHost::wantIo/wantOutput).
// The socket side (the outbound socket, its connect and SOCKS5 handshake,
// its epoll interest, the bytes being sent and received) belongs to the
// owner's thread alone, which makes those syscalls without the lock (io())
// and hands their outcome to lwIP in its next locked section (applyIo()):
// the SYN fed to lwIP once the exit is ready, the flow aborted when it is
// not. A flow killed elsewhere is only marked; its owner closes the socket
// when it destroys it (engine.h).
#pragma once

#include "capture/fd.h"
#include "capture/flowhost.h"
#include "capture/lwipowner.h"
#include "capture/socks5.h"

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace byway::capture {

// The sizes of a pass's reads from a flow's socket (at most out.size()), so
// that lwIP takes every byte read: `room` bytes of send buffer, `queued` of
// `queueLimit` pbufs in its send queue, segments of `cut` bytes, no read
// planned below `minRead`. A read is one tcp_write of at most 0xffff bytes,
// of whole segments where it is longer than one (and that leaves it at least
// minRead). Returns how many are planned.
size_t planReadSizes(size_t room, size_t queued, size_t queueLimit, size_t cut, size_t minRead,
                     std::span<uint16_t> out);

// A download's send buffer in lwIP (bytes written to the client and not yet
// acknowledged): up to kSendBufferMax while the capture's downloads hold
// less than kSendBudget in all, never less than kSendBufferMin (what every
// flow had before). The bytes a flow may still write, `held` being its own
// and `others` the rest of the capture's downloads'.
inline constexpr size_t kSendBufferMin = size_t(3) << 16;  // 192 KiB
inline constexpr size_t kSendBufferMax = size_t(16) << 16; // 1 MiB
inline constexpr size_t kSendBudget = size_t(32) << 20;
size_t sendRoom(size_t held, size_t others);

class TcpFlow final : public Flow, public EventSource {
public:
    enum class Phase { Connecting, Socks, Handshake, Established, Closing };

    TcpFlow(FlowHost &host, const FlowKey &key, const UserMatch &u, int ingress);
    // Owner thread, lock held: the outbound socket closed (with a RST when
    // the flow was aborted), the pcb aborted, what was not sent freed.
    ~TcpFlow() override;

    // Lock held: the outbound connect asked of the owner's next I/O pass;
    // false when the exit's configuration cannot be used.
    [[nodiscard]] bool start(std::span<const uint8_t> syn);
    // Client segments, already parsed; rewritten and fed to lwIP if ready.
    void fromClient(Packet &p);
    void attach(tcp_pcb *pcb);
    // Lock held: the socket's events where io() did not take them (the
    // handshake with lwIP; established since the unlocked part looked).
    void onEvents(uint32_t events) override;
    // No lock: connect, SOCKS5 handshake and the established socket's I/O.
    bool onEventsUnlocked(uint32_t events) override;
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
    // RST to both sides (the server's when the owner closes the socket).
    // Lock held, any thread.
    void abortBoth(bool resetClient);
    // Periodic check (sweep): a pcb that reached TIME_WAIT without a callback.
    void settle();

    // The owner's locked section, for a flow that asked FlowHost::wantIo:
    // lwIP's news taken over to the socket side (client bytes, the room
    // lwIP's send buffer has for the next reads).
    void sync();
    // After sync(): whether io() has anything to do (bytes to send on, a
    // socket with more to read and room in lwIP, an epoll interest to change).
    [[nodiscard]] bool needsIo() const;
    // Owner thread, no lock: send what lwIP delivered, read as much as
    // lwIP can take, the epoll interest to match. `events`: epoll's, or 0
    // for a flow sync() queued.
    void io(uint32_t events);
    // The owner's next locked section: what io() did, handed to lwIP (sent
    // bytes freed and the window opened, received bytes written, EOF, errors).
    void applyIo();

    // lwIP callbacks (C linkage thunks in tcpsplice.cpp): lock held, any thread.
    signed char lwipRecv(PbufPtr p); // p == nullptr: the client's FIN
    signed char lwipSent();
    void lwipError(signed char err);

private:
    // Receive sizes planned under the lock, at most this many reads a pass.
    static constexpr size_t kMaxReads = 4;

    // The outbound side until it carries bytes (Link::Up). Its steps are
    // the owner's without the lock (linkIo: socket, connect, SOCKS5 sends
    // and replies); where lwIP or the counters have to know, the outcome
    // waits for applyIo (applyLink): the phase shown, the SYN fed to lwIP,
    // a retry or the abort.
    enum class Link : uint8_t {
        Connect,    // a socket to open and connect to m_connectTo
        Connecting, // waiting for the connect (EPOLLOUT)
        Greet,      // connected, or ready from the pool: the SOCKS5 request goes out
        Socks,      // waiting for the SOCKS5 server's replies
        Ready,      // the exit is ready: lwIP gets the SYN
        Failed,     // m_linkFailure says how
        Up,         // the SYN went to lwIP: the bytes' I/O from here on
    };
    enum class LinkFailure : uint8_t {
        Unusable, // no socket or no connect (counted as ExitFailed)
        Refused,  // the connect failed
        Socks,    // the SOCKS5 handshake failed or the server closed
    };
    // Why a SOCKS5 exit gave this flow no connection, in words.
    [[nodiscard]] std::string socksFailure() const;
    // Lock held: the owner opens a socket to `to` in its next I/O pass.
    void linkTo(const Endpoint &to);
    // No lock: the outbound side's next step, `events` epoll's (0 when queued).
    void linkIo(uint32_t events);
    void socksStep();
    void linkFailed(LinkFailure why);
    // The step's outcome for applyLink, in the owner's next locked section.
    void linkReport();
    void applyLink();
    void feedSyn();
    // A pooled or pipelined SOCKS5 connection failed before any reply: once,
    // a fresh connection with a sequential handshake instead of a reset.
    bool retrySocks();
    // io()'s two halves; false: the socket failed (m_ioError).
    bool sendUp();
    bool receiveDown();
    // What epoll reported, for io().
    void noteEvents(uint32_t events);
    // Lock held: m_plan from the pcb's send buffer and queue.
    void planReads();
    // Lock held: what lwIP delivered appended to m_up.
    void takeUp();
    void finishIfDone();
    [[nodiscard]] uint32_t wantedEvents() const;
    void updateInterest();
    void closeOutbound(bool reset);
    // The pcb is gone from lwIP (freed there, aborted or abandoned here).
    void pcbGone();
    // Lock held: the bytes lwIP holds of this download (none without a
    // pcb), counted in Stats::sendBuffered; returns them.
    size_t noteSendHeld();
    void wantOutput();
    void wantIo();

    FlowHost &m_host;

    // --- lwIP side: the core lock guards these (callbacks on any thread) ---
    TcpPcb m_pcb; // from the accept callback on; lwipowner.h says who frees it
    PbufPtr m_upIn; // client bytes lwIP delivered, not yet taken by the owner
    // Written by the owner only (always under the lock), so it reads them
    // anywhere: the phase, the server's EOF as lwIP's side knows it.
    Phase m_phase = Phase::Connecting;
    bool m_serverEof = false;
    bool m_clientEof = false, m_downShut = false;
    // lwIP's send buffer had no room for a read: the sent callback asks the
    // owner to plan again.
    bool m_wantRoom = false;
    bool m_resetServer = false; // the socket closes with a RST (SO_LINGER 0)
    bool m_outputQueued = false, m_ioQueued = false;
    // The client's SYN, held until the exit is ready; the lock guards it
    // with the rest of this side (abortBoth answers it with a RST).
    std::vector<uint8_t> m_syn;
    std::optional<ExitSpec> m_exit; // from the flow's start on, never changed
    // The exit's SOCKS5 pool (its counters are read under the lock): the owner, under the lock.
    Endpoint m_server;           // the SOCKS5 exit's server
    bool m_pooled = false;       // m_out came ready from the exit's pool
    bool m_socksRetried = false;

    // --- socket side: the owner's thread alone, with or without the lock ---
    Link m_link = Link::Connect;
    LinkFailure m_linkFailure = LinkFailure::Unusable;
    // The connect's errno when it failed: unreachable ones reach the client
    // as ICMP (abortBoth), as a NAT would pass them on; the rest as a RST.
    int m_linkErrno = 0;
    uint32_t m_linkEvents = 0; // epoll's, not yet looked at by linkIo
    Endpoint m_connectTo;
    std::optional<Socks5Handshake> m_socks;
    Fd m_out;
    uint32_t m_events = 0;
    bool m_registered = false;
    // Client bytes taken from lwIP, read by sendmsg without the lock; their
    // pbufs are freed under it (applyIo), m_upSent bytes at a time.
    PbufPtr m_up;
    size_t m_upBytes = 0, m_upSent = 0;
    // The reads lwIP can take, planned at the last sync: each at most this
    // many bytes; every read but the last of a pass fills its size.
    std::array<uint16_t, kMaxReads> m_plan{};
    uint8_t m_planned = 0;
    size_t m_sendHeld = 0; // this flow's part of Stats::sendBuffered (lock held)
    // This pass's server bytes, in the owner's receive buffer.
    uint8_t *m_down = nullptr;
    size_t m_downLen = 0;
    int m_ioError = 0;
    bool m_readable = false;  // the socket may have more (no EAGAIN or short read since)
    bool m_writable = true;   // the socket may take more (no EAGAIN or short write since)
    bool m_starved = false;   // this pass's receive buffer was full before a planned read
    bool m_ioEof = false;     // recv() returned 0
    bool m_ioPending = false; // io() results wait for applyIo()
    bool m_upShut = false;
};

} // namespace byway::capture
