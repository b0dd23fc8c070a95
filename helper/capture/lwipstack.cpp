// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/lwipstack.h"

#include "capture/checksum.h"
#include "capture/log.h"

// lwipopts.h declares the port's lock functions without C linkage guards.
extern "C" {
#include <lwip/init.h>
#include <lwip/ip.h>
#include <lwip/netif.h>
#include <lwip/pbuf.h>
#include <lwip/tcp.h>
#include <lwip/tcpip.h>
}

#include <arpa/inet.h>

#include <atomic>
#include <cstring>
#include <future>
#include <mutex>

// lwIP sums every byte it receives (TCP checksum check) and sends (checksum
// on copy) through LWIP_CHKSUM, a porting hook Debian's build leaves at the
// portable 16-bit loop: a quarter of the packet thread's time once TCP moves
// in 64 KiB super-packets. liblwip calls it through its PLT, so this
// definition in the executable takes its place (ELF symbol interposition,
// as with malloc): the same contract (host-order word sum, folded, not
// complemented), eight bytes per step. The library is not changed; were it
// ever bound directly, its own loop would run, only slower.
namespace byway::capture {
namespace {
// The sum of one buffer lwIP is about to check, known without summing it
// (LwipStack::input): set and cleared around one ip_input on this thread,
// used only for exactly that pointer and length.
struct KnownSum {
    const void *data = nullptr;
    int len = 0;
    u16_t sum = 0;
};
KnownSum &knownSum()
{
    thread_local KnownSum k;
    return k;
}
// UnsummedCopy's depth on this thread.
int &unsummed()
{
    thread_local int depth = 0;
    return depth;
}
} // namespace
} // namespace byway::capture

extern "C" u16_t lwip_standard_chksum(const void *dataptr, int len)
{
    if (len <= 0)
        return 0;
    if (auto &k = byway::capture::knownSum(); k.data == dataptr && k.len == len) {
        const u16_t sum = k.sum;
        k = {};
        return sum;
    }
    return byway::capture::csum::nativeSum({static_cast<const uint8_t *>(dataptr), size_t(len)});
}

// LWIP_CHKSUM_COPY: tcp_write's copy of the data into a segment, summed
// (checksum on copy, on in Debian's build). Interposed the same way; under
// UnsummedCopy it copies only, and the 0 it returns leaves the segment's
// checksum to the capture.
extern "C" u16_t lwip_chksum_copy(void *dst, const void *src, u16_t len)
{
    std::memcpy(dst, src, len);
    if (byway::capture::unsummed() > 0)
        return 0;
    return lwip_standard_chksum(dst, int(len));
}

namespace byway::capture {

UnsummedCopy::UnsummedCopy() { ++unsummed(); }
UnsummedCopy::~UnsummedCopy() { --unsummed(); }

namespace {
// lwIP's own globals make these process-wide by nature: tcpip_init() may run
// once, and a second live stack would share the netif list and pcbs.
std::once_flag &tcpipOnce()
{
    static std::once_flag once;
    return once;
}
std::atomic<bool> &stackAlive()
{
    static std::atomic<bool> alive{false};
    return alive;
}
void tcpipReady(void *arg)
{
    static_cast<std::promise<void> *>(arg)->set_value();
}

err_t output4(struct netif *n, struct pbuf *p, const ip4_addr_t *)
{
    static_cast<LwipStack *>(n->state)->deliver(p);
    return ERR_OK;
}

err_t output6(struct netif *n, struct pbuf *p, const ip6_addr_t *)
{
    static_cast<LwipStack *>(n->state)->deliver(p);
    return ERR_OK;
}

err_t netifInit(struct netif *n)
{
    n->name[0] = 'b';
    n->name[1] = 'w';
    // As large as lwIP's lengths go: TCP to TUN clients leaves lwIP in
    // segments of up to 64 KiB that the kernel cuts up (gso.h), and nothing
    // else leaves through it, so lwIP must never fragment. The clients'
    // real MTU is enforced on the MSS instead (Engine::onStackOutput).
    n->mtu = 0xffff;
    n->mtu6 = 0xffff;
    // Point-to-point, no link layer: no ARP, no neighbour discovery.
    n->flags = NETIF_FLAG_LINK_UP;
    n->output = output4;
    n->output_ip6 = output6;
    return ERR_OK;
}

err_t acceptThunk(void *arg, tcp_pcb *pcb, err_t err)
{
    if (err != ERR_OK || !pcb)
        return ERR_VAL;
    return err_t(static_cast<LwipStack *>(arg)->hooks()->onAccept(pcb));
}
} // namespace

CoreLock::CoreLock() { LOCK_TCPIP_CORE(); }
CoreLock::~CoreLock() { UNLOCK_TCPIP_CORE(); }

LwipStack::LwipStack(Hooks *hooks, const Options &o)
    : m_hooks(hooks), m_opt(o), m_netif(std::make_unique<struct netif>())
{
}

Result<std::unique_ptr<LwipStack>> LwipStack::create(Hooks *hooks, const Options &o)
{
    bool expected = false;
    if (!stackAlive().compare_exchange_strong(expected, true))
        return fail(FaultKind::Busy, "an lwIP stack already runs in this process");
    std::call_once(tcpipOnce(), [] {
        std::promise<void> ready;
        auto f = ready.get_future();
        tcpip_init(tcpipReady, &ready);
        f.wait();
    });
    std::unique_ptr<LwipStack> s(new LwipStack(hooks, o));
    CoreLock lock;
    ip4_addr_t addr, mask, gw;
    addr.addr = htonl(o.address4.v4Host());
    mask.addr = htonl(o.prefix4 == 0 ? 0 : ~uint32_t(0) << (32 - o.prefix4));
    gw.addr = 0;
    if (!netif_add(s->m_netif.get(), &addr, &mask, &gw, s.get(), netifInit, ip_input)) {
        stackAlive() = false;
        return fail(FaultKind::Internal, "netif_add failed");
    }
    struct netif *n = s->m_netif.get();
    {
        ip6_addr_t a6;
        std::memcpy(&a6.addr, o.address6.b.data(), 16);
#if LWIP_IPV6_SCOPES
        a6.zone = IP6_NO_ZONE;
#endif
        s8_t idx = 0;
        netif_add_ip6_address(n, &a6, &idx);
        netif_ip6_addr_set_state(n, idx, IP6_ADDR_PREFERRED); // no DAD: the address is ours alone
    }
    // No SLAAC, no router solicitations: whatever lwIP still emits on its
    // own (MLD reports) is dropped as foreign output by the engine.
    netif_set_ip6_autoconfig_enabled(n, 0);
    n->rs_count = 0;
    netif_set_default(n);
    netif_set_link_up(n);
    netif_set_up(n);

    tcp_pcb *pcb = tcp_new_ip_type(IPADDR_TYPE_ANY);
    // A previous stack in this process (capture switched off and on again)
    // can leave connections in lwIP's TIME_WAIT list holding the listener's
    // port for 2*MSL; lwIP has no SO_REUSEADDR compiled in, so move on to the
    // next port instead of failing.
    err_t bound = ERR_USE;
    for (int i = 0; pcb && bound == ERR_USE && i < 256; ++i) {
        bound = tcp_bind(pcb, IP_ANY_TYPE, u16_t(o.listenPort + i));
        if (bound == ERR_OK)
            s->m_opt.listenPort = u16_t(o.listenPort + i);
    }
    if (!pcb || bound != ERR_OK) {
        if (pcb)
            tcp_close(pcb);
        netif_remove(n);
        stackAlive() = false;
        return fail(FaultKind::Internal, "lwIP listener bind failed (err " + std::to_string(int(bound)) + ")");
    }
    // tcp_listen frees the bound pcb and hands back a smaller listening one.
    s->m_listener.reset(tcp_listen_with_backlog(pcb, 255));
    if (!s->m_listener) {
        tcp_close(pcb);
        netif_remove(n);
        stackAlive() = false;
        return fail(FaultKind::Internal, "lwIP listener: out of memory");
    }
    tcp_arg(s->m_listener.get(), s.get());
    tcp_accept(s->m_listener.get(), acceptThunk);
    CLOG_DEBUG(Netstack).noquote() << "lwIP netif up" << o.address4.toString() << "/" << o.prefix4
                                   << o.address6.toString() << "listener port" << s->m_opt.listenPort;
    return s;
}

LwipStack::~LwipStack()
{
    CoreLock lock;
    m_listener.reset();
    netif_remove(m_netif.get());
    stackAlive() = false;
}

void LwipStack::deliver(const struct pbuf *p)
{
    m_hooks->onStackOutput(p);
}

void LwipStack::input(std::span<const uint8_t> packet, bool checksumTrusted)
{
    PbufPtr p(pbuf_alloc(PBUF_RAW, u16_t(packet.size()), PBUF_RAM));
    if (!p)
        return;
    std::memcpy(p->payload, packet.data(), packet.size());
    if (checksumTrusted)
        expectValidTcp(static_cast<const uint8_t *>(p->payload), packet.size());
    // ip_input consumes p in every case (delivered or freed).
    ip_input(p.release(), m_netif.get());
    knownSum() = {};
}

void LwipStack::expectValidTcp(const uint8_t *ip, size_t len)
{
    // lwIP checks a TCP segment as fold(pseudo-header + segment) == 0xffff,
    // summing the segment with lwip_standard_chksum(TCP header, its length)
    // in one call (one PBUF_RAM pbuf). A segment whose checksum is right
    // sums to the complement of its pseudo-header: that is the sum handed
    // over, the pseudo-header's 12 or 40 bytes summed instead of 64 KiB.
    uint8_t pseudo[40] = {};
    size_t l4 = 0, n = 0;
    if (len >= 20 && ip[0] >> 4 == 4 && ip[9] == kProtoTcp) {
        l4 = size_t(ip[0] & 0x0f) * 4;
        std::memcpy(pseudo, ip + 12, 8);
        pseudo[9] = kProtoTcp;
        csum::store16(pseudo + 10, uint16_t(len - l4));
        n = 12;
    } else if (len >= 40 && ip[0] >> 4 == 6 && ip[6] == kProtoTcp) {
        l4 = 40;
        std::memcpy(pseudo, ip + 8, 32);
        csum::store16(pseudo + 34, uint16_t(len - l4));
        pseudo[39] = kProtoTcp;
        n = 40;
    }
    if (n == 0 || l4 >= len)
        return;
    knownSum() = {ip + l4, int(len - l4), u16_t(~csum::nativeSum({pseudo, n}))};
}

Addr LwipStack::defaultAddress6()
{
    Addr a;
    a.family = 6;
    a.b = {0xfd, 0x62, 0x79, 0x77, 0x61, 0x79, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    return a;
}

uint16_t LwipStack::mssFor(uint8_t family) const
{
    return uint16_t(std::max(m_opt.mtu, 1280) - (family == 4 ? 40 : 60));
}

Endpoint LwipStack::listener(uint8_t family) const
{
    if (family == 6)
        return Endpoint{m_opt.address6, m_opt.listenPort};
    return Endpoint{m_opt.address4, m_opt.listenPort};
}

} // namespace byway::capture
