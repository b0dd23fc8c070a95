// SPDX-License-Identifier: GPL-3.0-or-later
// The owners of lwIP's pcbs and pbufs (capture/lwipowner.h) against the
// system liblwip: chains consumed the way TcpFlow sends them on, pcbs
// aborted, abandoned, moved and forgotten without lwIP calling back into
// their flow, the listener closed. Leaks and double frees are what the ASan
// pass of the unit tests would report; here the outcomes are asserted.
#include "capture/lwipowner.h"
#include "capture/lwipstack.h"

// lwipopts.h declares the port's lock functions without C linkage guards.
extern "C" {
#include <lwip/pbuf.h>
#include <lwip/priv/tcp_priv.h>
#include <lwip/tcp.h>
}

#include <QTest>

#include <cstring>
#include <utility>

using namespace byway::capture;

namespace {

class NoHooks final : public LwipStack::Hooks {
public:
    void onStackOutput(const pbuf *) override {}
    int onAccept(tcp_pcb *pcb) override
    {
        tcp_abort(pcb);
        return ERR_ABRT;
    }
};

int g_errCalls = 0;
void countErr(void *, err_t)
{
    ++g_errCalls;
}

// A pcb with our arg and err callback set, as TcpFlow::attach leaves it.
tcp_pcb *attachedPcb()
{
    tcp_pcb *pcb = tcp_new();
    if (pcb) {
        tcp_arg(pcb, &g_errCalls);
        tcp_err(pcb, countErr);
    }
    return pcb;
}

PbufPtr filled(u16_t len, uint8_t byte)
{
    PbufPtr p(pbuf_alloc(PBUF_RAW, len, PBUF_RAM));
    if (p)
        std::memset(p->payload, byte, len);
    return p;
}

} // namespace

class TstCaptureLwipOwner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto s = LwipStack::create(&m_hooks, LwipStack::Options{});
        QVERIFY2(s.has_value(), s ? "" : s.error().toString().c_str());
        m_stack = std::move(*s);
    }

    void cleanupTestCase() { m_stack.reset(); }

    void chainConsumedFromTheFront()
    {
        CoreLock lock;
        // Client bytes arrive as three pbufs; each joins the chain the flow holds.
        PbufPtr up = filled(1000, 'a');
        QVERIFY(up);
        for (uint8_t b : {uint8_t('b'), uint8_t('c')}) {
            PbufPtr more = filled(1000, b);
            QVERIFY(more);
            pbuf_cat(up.get(), more.release());
        }
        QCOMPARE(up->tot_len, u16_t(3000));
        // The outbound socket took 1500 bytes: the chain now starts mid-second pbuf.
        up.reset(pbuf_free_header(up.release(), 1500));
        QVERIFY(up);
        QCOMPARE(up->tot_len, u16_t(1500));
        QCOMPARE(static_cast<const uint8_t *>(up->payload)[0], uint8_t('b'));
        up.reset(pbuf_free_header(up.release(), 1500));
        QVERIFY(!up); // all sent, nothing left to free
    }

    void abortClearsCallbacksFirst()
    {
        CoreLock lock;
        g_errCalls = 0;
        TcpPcb pcb(attachedPcb());
        QVERIFY(pcb);
        pcb.abort();
        QVERIFY(!pcb);
        pcb.abort(); // a second time is a no-op
        QCOMPARE(g_errCalls, 0); // tcp_abort would call err with ERR_ABRT otherwise
    }

    void abandonAndDestructor()
    {
        CoreLock lock;
        g_errCalls = 0;
        {
            TcpPcb a(attachedPcb());
            QVERIFY(a);
            a.abandon();
            QVERIFY(!a);
            TcpPcb b(attachedPcb());
            QVERIFY(b); // aborted at the end of the scope
        }
        QCOMPARE(g_errCalls, 0);
    }

    void moveAbortsWhatWasHeld()
    {
        CoreLock lock;
        g_errCalls = 0;
        TcpPcb a(attachedPcb());
        TcpPcb b(attachedPcb());
        tcp_pcb *const raw = a.get();
        b = std::move(a); // b's own pcb goes
        QVERIFY(!a);
        QCOMPARE(b.get(), raw);
        TcpPcb c(std::move(b));
        QVERIFY(!b);
        QCOMPARE(c.get(), raw);
        QCOMPARE(g_errCalls, 0);
    }

    void forgetLeavesThePcbToLwip()
    {
        CoreLock lock;
        TcpPcb a(attachedPcb());
        tcp_pcb *const raw = a.get();
        // What lwIP's err callback means: the pcb is freed there, not here.
        a.forget();
        QVERIFY(!a);
        tcp_arg(raw, nullptr);
        tcp_err(raw, nullptr);
        tcp_abort(raw); // stands in for lwIP freeing it; `a` must not free it again
    }

    void listenerClosed()
    {
        CoreLock lock;
        tcp_pcb *pcb = tcp_new();
        QVERIFY(pcb);
        QCOMPARE(tcp_bind(pcb, IP_ANY_TYPE, 4999), err_t(ERR_OK));
        ListenerPcb l(tcp_listen_with_backlog(pcb, 4));
        QVERIFY(l);
        QCOMPARE(l->state, LISTEN);
        l.reset();
        // Closed: the port can be bound again.
        tcp_pcb *again = tcp_new();
        QVERIFY(again);
        QCOMPARE(tcp_bind(again, IP_ANY_TYPE, 4999), err_t(ERR_OK));
        tcp_close(again);
    }

private:
    NoHooks m_hooks;
    std::unique_ptr<LwipStack> m_stack;
};

QTEST_GUILESS_MAIN(TstCaptureLwipOwner)
#include "tst_capture_lwipowner.moc"
