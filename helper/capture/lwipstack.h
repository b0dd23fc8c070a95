// SPDX-License-Identifier: GPL-3.0-or-later
// The system liblwip as a TCP terminator: one netif (the default, so replies
// to fake clients route), one listener on the stack's own address. Packets
// are fed with ip_input() under LOCK_TCPIP_CORE from the packet threads;
// lwIP's tcpip thread only runs its timers (retransmits, delayed ACKs).
//
// lwIP keeps its state in globals and tcpip_init() can run once per process:
// one LwipStack (and so one capture) per process is supported.
#pragma once

#include "capture/fault.h"
#include "capture/lwipowner.h"
#include "capture/packet.h"

#include <memory>
#include <optional>
#include <span>
#include <vector>

struct tcp_pcb;
struct netif;
struct pbuf;

namespace byway::capture {

// Holds lwIP's core lock: every call into lwIP and every flow field lwIP
// callbacks touch is guarded by it.
class CoreLock {
public:
    CoreLock();
    ~CoreLock();
    CoreLock(const CoreLock &) = delete;
    CoreLock &operator=(const CoreLock &) = delete;
};

// While one lives on this thread, lwIP's checksum-on-copy (tcp_write's copy
// of the data into its segments) copies without summing: the sum it keeps
// for the segment is wrong, and the capture makes every TCP segment's
// checksum itself where it leaves (Engine::stackOutput: in full, or partial
// for the kernel's segmentation). One pass over the data fewer downloading.
class UnsummedCopy {
public:
    UnsummedCopy();
    ~UnsummedCopy();
    UnsummedCopy(const UnsummedCopy &) = delete;
    UnsummedCopy &operator=(const UnsummedCopy &) = delete;
};

class LwipStack {
public:
    // Implemented by the engine's workers; called with the core lock held,
    // from any worker's thread or from lwIP's timer thread.
    class Hooks {
    public:
        virtual ~Hooks() = default;
        // An IP packet lwIP wants to send (to a fake client, or foreign);
        // `p` stays lwIP's: copied, never kept.
        virtual void onStackOutput(const ::pbuf *p) = 0;
        // A connection completed its handshake with the listener. Must
        // return ERR_ABRT after tcp_abort() when it refuses the pcb.
        virtual int onAccept(tcp_pcb *pcb) = 0;
    };

    [[nodiscard]] static Addr defaultAddress6();

    struct Options {
        Addr address4 = Addr::v4(0xc6120001); // 198.18.0.1/15
        int prefix4 = 15;
        // Its /64 holds the IPv6 fake clients (lwIP routes replies to them
        // on-link). A ULA of Byway's own: fd62:7977:6179::1 ("byway" in hex).
        Addr address6 = defaultAddress6();
        uint16_t listenPort = 1;
        int mtu = 1500; // of the clients' side: the MSS lwIP's SYN-ACKs offer is clamped to it
    };

    ~LwipStack();
    [[nodiscard]] static Result<std::unique_ptr<LwipStack>> create(Hooks *hooks, const Options &o);

    // Feeds one IP packet already rewritten to (fake) -> (stack, listenPort).
    // Caller holds the core lock.
    // `checksumTrusted`: a TCP segment whose checksum the capture computed
    // itself over these bytes or the kernel vouched for (Packet::
    // checksumTrusted). lwIP's check of it
    // then takes the sum that makes it valid instead of summing the segment
    // a second time, as the kernel does not verify CHECKSUM_PARTIAL packets
    // either; any other packet is summed and checked by lwIP in full.
    void input(std::span<const uint8_t> packet, bool checksumTrusted = false);
    [[nodiscard]] Endpoint listener(uint8_t family) const;
    // The largest segment a client may send or receive (MSS clamp).
    [[nodiscard]] uint16_t mssFor(uint8_t family) const;
    [[nodiscard]] const Options &options() const { return m_opt; }

    // lwIP C callbacks land here (netif output, accept). `p` stays lwIP's.
    void deliver(const struct pbuf *p);
    [[nodiscard]] Hooks *hooks() const { return m_hooks; }

private:
    explicit LwipStack(Hooks *hooks, const Options &o);
    // input(…, true): what lwIP's checksum call over the TCP segment of
    // `ip` returns during the next ip_input on this thread.
    static void expectValidTcp(const uint8_t *ip, size_t len);

    Hooks *m_hooks;
    Options m_opt;
    std::unique_ptr<struct netif> m_netif;
    ListenerPcb m_listener;
};

} // namespace byway::capture
