// SPDX-License-Identifier: GPL-3.0-or-later
// The /metrics endpoint in-process: the exposition writer (escaping, value
// formats, histograms), --metrics-listen parsing, the HTTP server over real
// TCP on 127.0.0.1 (200 with the text format, 404, 405, 400 for a body, 431
// past the size cap, keep-alive, a slow client dropped, the client cap, a
// reply rendered later, as the kernel counters are), and what a Daemon on the
// in-memory kernel counts: applies ok and failed, a failed apply undone as a
// rollback, a manual rollback, errors by code; the capture's SOCKS5 pool and
// per-worker counters as series that survive a capture restart.
#ifndef Q_MOC_RUN // moc cannot parse what the capture's headers include
#include "capture/flowtable.h"
#endif
#include "daemon/daemon.h"
#include "daemon/metrics.h"
#ifndef Q_MOC_RUN
#include "daemon/metricscapture.h"
#endif
#include "daemon/options.h"
#include "logs/loghub.h"
#include "../../common/fakekernel.h"
#include "metrics/exposition.h"
#include "metrics/httpserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace byway;
using namespace byway::metrics;

namespace {

// A raw HTTP client on the test's event loop: every wait spins it.
class Client
{
public:
    explicit Client(quint16 port) { m_socket.connectToHost(QStringLiteral("127.0.0.1"), port); }
    bool waitConnected(int ms = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (m_socket.state() != QAbstractSocket::ConnectedState && t.elapsed() < ms)
            QTest::qWait(5);
        return m_socket.state() == QAbstractSocket::ConnectedState;
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    // One response: status line and headers, then Content-Length bytes.
    struct Response {
        int status = 0;
        QByteArray head;
        QByteArray body;
    };
    Response next(bool bodyExpected = true, int ms = 5000)
    {
        QElapsedTimer t;
        t.start();
        Response r;
        for (;;) {
            m_buffer += m_socket.readAll();
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end >= 0) {
                r.head = m_buffer.left(end);
                const qsizetype cl = r.head.toLower().indexOf("content-length: ");
                const qsizetype length = cl < 0 ? 0 : r.head.mid(cl + 16).split('\r').value(0).toLongLong();
                const qsizetype want = bodyExpected ? length : 0;
                if (m_buffer.size() >= end + 4 + want) {
                    r.body = m_buffer.mid(end + 4, want);
                    m_buffer.remove(0, end + 4 + want);
                    r.status = r.head.split(' ').value(1).toInt();
                    return r;
                }
            }
            if (t.elapsed() > ms || m_socket.state() == QAbstractSocket::UnconnectedState) {
                m_buffer += m_socket.readAll();
                if (m_buffer.indexOf("\r\n\r\n") < 0 || t.elapsed() > ms)
                    return r;
            }
            QTest::qWait(5);
        }
    }
    bool waitClosed(int ms = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (m_socket.state() != QAbstractSocket::UnconnectedState && t.elapsed() < ms)
            QTest::qWait(5);
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

quint16 portOf(const HttpServer &s)
{
    return quint16(s.address().section(u':', -1).toUInt());
}

} // namespace

class TstMetrics : public QObject
{
    Q_OBJECT

    int m_renders = 0;

    std::unique_ptr<HttpServer> server(HttpLimits limits = {}, int delayMs = 0)
    {
        auto s = std::make_unique<HttpServer>(
            [this, delayMs](HttpServer::Reply reply) {
                ++m_renders;
                QByteArray text = "# HELP byway_x_total X.\n# TYPE byway_x_total counter\nbyway_x_total "
                    + QByteArray::number(m_renders) + "\n";
                if (delayMs == 0)
                    return reply(text);
                QTimer::singleShot(delayMs, [reply, text] { reply(text); });
            },
            limits);
        auto ok = s->listen(QHostAddress::LocalHost, 0);
        if (!ok)
            qFatal("%s", qPrintable(ok.error().message));
        return s;
    }

private Q_SLOTS:
    void exposition()
    {
        Exposition e;
        e.family("byway_a_total", Type::Counter, "A counter.");
        e.sample("byway_a_total", {{"user", QStringLiteral("a\"b\\c\nd")}, {"exit", QStringLiteral("wan")}}, 3);
        e.single("byway_g", Type::Gauge, "A gauge.", 0.25);
        e.histogram("byway_d_seconds", "A histogram.", {0.005, 1}, {1, 2}, 1.5, 3);
        const QByteArray want = "# HELP byway_a_total A counter.\n"
                                "# TYPE byway_a_total counter\n"
                                "byway_a_total{user=\"a\\\"b\\\\c\\nd\",exit=\"wan\"} 3\n"
                                "# HELP byway_g A gauge.\n"
                                "# TYPE byway_g gauge\n"
                                "byway_g 0.25\n"
                                "# HELP byway_d_seconds A histogram.\n"
                                "# TYPE byway_d_seconds histogram\n"
                                "byway_d_seconds_bucket{le=\"0.005\"} 1\n"
                                "byway_d_seconds_bucket{le=\"1\"} 2\n"
                                "byway_d_seconds_bucket{le=\"+Inf\"} 3\n"
                                "byway_d_seconds_sum 1.5\n"
                                "byway_d_seconds_count 3\n";
        QCOMPARE(e.text(), want);
        QCOMPARE(Exposition::formatValue(1e18), QByteArray("1e+18"));
        QCOMPARE(Exposition::formatValue(qQNaN()), QByteArray("NaN"));
        QCOMPARE(Exposition::formatValue(-qInf()), QByteArray("-Inf"));
        QCOMPARE(Exposition::formatValue(12345678901.0), QByteArray("12345678901"));
        QCOMPARE(Exposition::escapeLabelValue(QStringLiteral("用户")), QStringLiteral("用户").toUtf8());
    }

    void options()
    {
        const QString prog = QStringLiteral("bywayd");
        auto off = daemon::parseArguments({prog});
        QVERIFY(off);
        QCOMPARE(off->options.metricsPort, quint16(0));
        auto on = daemon::parseArguments({prog, QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:9477")});
        QVERIFY2(on, on ? "" : qPrintable(on.error().message));
        QCOMPARE(on->options.metricsPort, quint16(9477));
        QCOMPARE(on->options.metricsAddress, QHostAddress(QHostAddress::LocalHost));
        auto bad = daemon::parseArguments({prog, QStringLiteral("--metrics-listen"), QStringLiteral("localhost:9477")});
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("--metrics-listen"));
        QVERIFY(bad.error().message.contains(u"not an IP address"));
        auto port = daemon::parseArguments({prog, QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(!port);
        QVERIFY(port.error().message.contains(u"1-65535"));
        auto clash = daemon::parseArguments({prog, QStringLiteral("--remote-listen"), QStringLiteral("[::]:7443"),
                                             QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:7443")});
        QVERIFY(!clash);
        QVERIFY(clash.error().message.contains(u"--remote-listen"));
    }

    void scrapeKeepAlive()
    {
        auto s = server();
        Client c(portOf(*s));
        QVERIFY(c.waitConnected());
        c.send("GET /metrics HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\n\r\n");
        auto r = c.next();
        QCOMPARE(r.status, 200);
        QVERIFY(r.head.contains("Content-Type: text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY(r.body.startsWith("# HELP byway_x_total"));
        // The same connection serves the next scrape (and a query string is
        // no other path); two pipelined requests get two replies in order.
        c.send("GET /metrics?x=1 HTTP/1.1\r\nHost: x\r\n\r\nGET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
        const auto r2 = c.next();
        const auto r3 = c.next();
        QCOMPARE(r2.status, 200);
        QCOMPARE(r3.status, 200);
        QVERIFY(r2.body.endsWith(QByteArray::number(m_renders - 1) + "\n"));
        QVERIFY(r3.body.endsWith(QByteArray::number(m_renders) + "\n"));
        c.send("HEAD /metrics HTTP/1.1\r\n\r\n");
        const auto head = c.next(false);
        QCOMPARE(head.status, 200);
        c.send("GET /metrics HTTP/1.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(c.next().status, 200);
        QVERIFY(c.waitClosed());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("closes");
        QTest::newRow("other path") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 404 << false;
        QTest::newRow("prefix") << QByteArray("GET /metricsx HTTP/1.1\r\n\r\n") << 404 << false;
        QTest::newRow("POST") << QByteArray("POST /metrics HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}") << 405 << true;
        QTest::newRow("DELETE") << QByteArray("DELETE /metrics HTTP/1.1\r\n\r\n") << 405 << true;
        QTest::newRow("body") << QByteArray("GET /metrics HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello") << 400 << true;
        QTest::newRow("chunked") << QByteArray("GET /metrics HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 400
                                 << true;
        QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << 400 << true;
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400 << true;
        QTest::newRow("bad header") << QByteArray("GET /metrics HTTP/1.1\r\nnocolon\r\n\r\n") << 400 << true;
        QTest::newRow("too large") << QByteArray("GET /metrics HTTP/1.1\r\nX: " + QByteArray(9000, 'a'))
                                   << 431 << true;
    }
    void refusals()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(bool, closes);
        auto s = server();
        Client c(portOf(*s));
        QVERIFY(c.waitConnected());
        const int renders = m_renders;
        c.send(request);
        const auto r = c.next();
        QCOMPARE(r.status, status);
        QCOMPARE(m_renders, renders); // nothing was rendered for it
        if (status == 405)
            QVERIFY(r.head.contains("Allow: GET, HEAD"));
        if (closes) {
            QVERIFY(c.waitClosed());
        } else {
            c.send("GET /metrics HTTP/1.1\r\n\r\n");
            QCOMPARE(c.next().status, 200);
        }
    }

    void slowClientDropped()
    {
        HttpLimits limits;
        limits.timeoutMs = 300;
        auto s = server(limits);
        Client c(portOf(*s));
        QVERIFY(c.waitConnected());
        c.send("GET /metr"); // and never the rest
        QVERIFY(c.waitClosed(5000));
        QCOMPARE(s->clientCount(), 0);
        // An idle keep-alive connection goes the same way.
        Client idle(portOf(*s));
        QVERIFY(idle.waitConnected());
        idle.send("GET /metrics HTTP/1.1\r\n\r\n");
        QCOMPARE(idle.next().status, 200);
        QVERIFY(idle.waitClosed(5000));
    }

    void clientCap()
    {
        HttpLimits limits;
        limits.maxClients = 2;
        auto s = server(limits);
        Client a(portOf(*s)), b(portOf(*s));
        QVERIFY(a.waitConnected());
        QVERIFY(b.waitConnected());
        QTRY_COMPARE(s->clientCount(), 2);
        Client c(portOf(*s));
        QVERIFY(c.waitClosed(5000)); // turned away at accept
        a.send("GET /metrics HTTP/1.1\r\n\r\n");
        QCOMPARE(a.next().status, 200);
    }

    void daemonCounts()
    {
        QTemporaryDir dir;
        fake::Kernel kernel;
        logs::LogHub hub;
        hub.setEchoToStderr(false);
        daemon::Options o;
        o.socketPath = dir.filePath(QStringLiteral("s.sock"));
        o.configPath = dir.filePath(QStringLiteral("byway.json"));
        o.stateDir = dir.filePath(QStringLiteral("state"));
        o.probeAtStart = false;
        daemon::Daemon d(o, hub, nullptr, [](const probe::Options &) { return probe::Report{}; });
        d.useKernel(fake::fakePorts(kernel), std::make_unique<fake::FakeRoute>(kernel));
        auto call = [&](const QString &method, const QJsonObject &params) {
            QByteArray line;
            control::Responder respond(7, [&line](const QByteArray &l) { line = l; });
            d.dispatcher().dispatch(control::Caller{0, 0, control::Role::Admin, nullptr},
                                    rpc::Request{7, method, params}, respond);
            (void)QTest::qWaitFor([&line] { return !line.isEmpty(); }, 5000);
            return QJsonDocument::fromJson(line).object();
        };
        auto gateway = [](const QString &subnet) {
            return QJsonDocument::fromJson(QStringLiteral(R"({"version": 1, "role": "vpn-gateway",
                "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"]},
                "pools": [{"name": "vpn", "subnet": "%1", "users": [{"name": "ann", "address": "%2"}]}],
                "nat": {"masquerade": [{"source": "%1", "out": "wan0"}]}, "capture": {"mode": "off"}})")
                                               .arg(subnet, subnet.section(u'.', 0, 2) + QStringLiteral(".5"))
                                               .toUtf8())
                .object();
        };
        QVERIFY(call(QStringLiteral("config.apply"), {{QStringLiteral("config"), gateway(QStringLiteral("10.8.0.0/24"))}})
                    .contains(u"result"));
        QVERIFY(call(QStringLiteral("config.apply"), {{QStringLiteral("config"), gateway(QStringLiteral("10.9.0.0/24"))}})
                    .contains(u"result"));
        kernel.failNftReplace = 1; // the kernel refuses the next one: undone
        QVERIFY(call(QStringLiteral("config.apply"), {{QStringLiteral("config"), gateway(QStringLiteral("10.7.0.0/24"))}})
                    .contains(u"error"));
        QVERIFY(call(QStringLiteral("config.rollback"), {}).contains(u"result"));
        QVERIFY(call(QStringLiteral("no.such"), {}).contains(u"error"));
        kernel.table.reset(); // drift: repaired by an apply of its own
        std::optional<Result<bool>> drift;
        d.reconciler()->checkDrift([&drift](Result<bool> r) { drift = std::move(r); });
        QVERIFY(QTest::qWaitFor([&drift] { return drift.has_value(); }, 5000));
        QVERIFY(drift->value_or(false));

        QByteArray text;
        d.metrics().render([&text](const QByteArray &t) { text = t; });
        QVERIFY(QTest::qWaitFor([&text] { return !text.isEmpty(); }, 5000));
        for (const char *line : {"byway_applies_total{action=\"apply\",result=\"ok\"} 2\n",
                                 "byway_applies_total{action=\"apply\",result=\"failed\"} 1\n",
                                 "byway_applies_total{action=\"rollback\",result=\"ok\"} 1\n",
                                 "byway_applies_total{action=\"startup\",result=\"ok\"} 1\n",
                                 "byway_applies_total{action=\"repair\",result=\"ok\"} 1\n",
                                 "byway_rollbacks_total{reason=\"manual\"} 1\n",
                                 "byway_rollbacks_total{reason=\"apply-failed\"} 1\n",
                                 "byway_control_errors_total{code=\"method_not_found\"} 1\n",
                                 "byway_control_errors_total{code=\"kernel_failed\"} 1\n",
                                 "byway_apply_duration_seconds_count 4\n", "byway_apply_state{state=\"applied\"} 1\n",
                                 "byway_capture_active 0\n", "byway_path_packets_total{path=\"up:vpn\",kind=\"upstream\"} "})
            QVERIFY2(text.contains(line), qPrintable(QString::fromUtf8(line) + QStringLiteral(" not in:\n") + text));
    }

    void userTotalsNeverGoDown()
    {
        auto user = [](const char *name, uint64_t out, uint64_t in, uint64_t drops, int64_t open) {
            capture::UserCounters u;
            u.user = name;
            u.bytesOut = out, u.bytesIn = in, u.drops = drops, u.openFlows = open;
            return u;
        };
        daemon::UserTotals t;
        const QString other = QStringLiteral("other");
        t.update({QStringLiteral("ann")}, {user("ann", 100, 1000, 1, 2), user("10.8.0.9", 50, 500, 0, 1)});
        QCOMPARE(t.totals().value(QStringLiteral("ann")).up, 100.0);
        QCOMPARE(t.totals().value(other).down, 500.0);
        QCOMPARE(t.totals().value(other).flows, 1.0);
        // bob's session names 10.8.0.9's traffic from now on: "other" keeps
        // what it counted, bob's series starts with the increase only.
        t.update({QStringLiteral("ann"), QStringLiteral("10.8.0.9")},
                 {user("ann", 150, 1000, 1, 0), user("10.8.0.9", 80, 700, 0, 1)});
        QCOMPARE(t.totals().value(other).down, 500.0);
        QCOMPARE(t.totals().value(QStringLiteral("10.8.0.9")).down, 200.0);
        QCOMPARE(t.totals().value(QStringLiteral("ann")).up, 150.0);
        QCOMPARE(t.totals().value(QStringLiteral("ann")).flows, 0.0);
        // The session ends: its label folds into "other", which only grows.
        t.update({QStringLiteral("ann")}, {user("ann", 150, 1000, 1, 0), user("10.8.0.9", 80, 700, 0, 0)});
        QVERIFY(!t.totals().contains(QStringLiteral("10.8.0.9")));
        QCOMPARE(t.totals().value(other).down, 700.0);
        QCOMPARE(t.totals().value(other).up, 80.0);
        // The capture restarts: its counters start again, the totals do not.
        t.update({QStringLiteral("ann")}, {user("ann", 10, 20, 0, 1)});
        QCOMPARE(t.totals().value(QStringLiteral("ann")).up, 160.0);
        QCOMPARE(t.totals().value(QStringLiteral("ann")).down, 1020.0);
        QCOMPARE(t.totals().value(QStringLiteral("ann")).drops, 1.0);
        QCOMPARE(t.totals().value(other).down, 700.0);
    }

    void captureSocksAndWorkersNeverGoDown()
    {
        // The capture's raw counters (figures()) become /metrics series by
        // exit and by worker; a SOCKS5 exit of the config has its series
        // before any flow; a capture restart (raw counters from zero) does
        // not take them down.
        daemon::CaptureExtras x;
        capture::Capture::Figures f;
        f.socks["dante"] = {.hits = 7, .misses = 2, .ready = 4, .pipelined = 1, .pipelineRefused = 0,
                                            .retries = 1, .failed = 3, .lastError = "refused",
                                            .lastErrorMs = 1};
        f.workers = {{.flows = 1, .flowsCreated = 3, .packetsIn = 100, .handedOver = 5},
                     {.flows = 0, .flowsCreated = 2, .packetsIn = 40, .handedOver = 0}};
        f.notPooled = 6;
        f.localDestination = 3;
        f.icmpErrors = 2;
        f.linkScope = 5;
        f.outgoingFiltered = 9;
        f.gsoOut = 11;
        f.udpJoinedUp = 3;
        auto scrape = [&] {
            Exposition e;
            x.render(e, f, {QStringLiteral("dante"), QStringLiteral("idle")});
            return QString::fromUtf8(e.text());
        };
        QString t = scrape();
        QVERIFY2(t.contains(u"# TYPE byway_capture_socks_pool_total counter\n"), qPrintable(t));
        QVERIFY2(t.contains(u"byway_capture_socks_pool_total{exit=\"dante\",result=\"hit\"} 7\n"), qPrintable(t));
        QVERIFY(t.contains(u"byway_capture_socks_pool_total{exit=\"dante\",result=\"miss\"} 2\n"));
        QVERIFY(t.contains(u"byway_capture_socks_pool_total{exit=\"idle\",result=\"hit\"} 0\n"));
        QVERIFY(t.contains(u"byway_capture_socks_pipelined_total{exit=\"dante\"} 1\n"));
        QVERIFY(t.contains(u"byway_capture_socks_pipeline_refused_total{exit=\"dante\"} 0\n"));
        QVERIFY(t.contains(u"byway_capture_socks_retries_total{exit=\"dante\"} 1\n"));
        QVERIFY(t.contains(u"byway_capture_socks_failed_total{exit=\"dante\"} 3\n"));
        QVERIFY(t.contains(u"byway_capture_socks_failed_total{exit=\"idle\"} 0\n"));
        QVERIFY(t.contains(u"byway_capture_socks_pool_ready{exit=\"dante\"} 4\n"));
        QVERIFY(t.contains(u"byway_capture_worker_packets_total{worker=\"0\"} 100\n"));
        QVERIFY(t.contains(u"byway_capture_worker_packets_total{worker=\"1\"} 40\n"));
        QVERIFY(t.contains(u"byway_capture_worker_handed_over_total{worker=\"0\"} 5\n"));
        QVERIFY2(t.contains(u"byway_capture_left_to_kernel_total{reason=\"not_pooled\"} 6\n"), qPrintable(t));
        QVERIFY(t.contains(u"byway_capture_left_to_kernel_total{reason=\"outgoing\"} 9\n"));
        QVERIFY(t.contains(u"byway_capture_left_to_kernel_total{reason=\"local_destination\"} 3\n"));
        QVERIFY(t.contains(u"byway_capture_client_icmp_errors_total 2\n"));
        QVERIFY(t.contains(u"byway_capture_left_to_kernel_total{reason=\"link_scope\"} 5\n"));
        QVERIFY(t.contains(u"byway_capture_offload_total{kind=\"gso_out\"} 11\n"));
        QVERIFY(t.contains(u"byway_capture_offload_total{kind=\"gso_split\"} 0\n"));
        QVERIFY(t.contains(u"byway_capture_udp_joined_total{direction=\"up\"} 3\n"));
        QVERIFY(t.contains(u"byway_capture_udp_joined_total{direction=\"down\"} 0\n"));
        // One HELP/TYPE per family, its samples together.
        QCOMPARE(t.count(u"# TYPE byway_capture_socks_pool_total"), 1);

        // More traffic, then the capture restarts and counts from zero.
        f.socks["dante"].hits = 10;
        f.workers[0].packetsIn = 150;
        t = scrape();
        QVERIFY(t.contains(u"byway_capture_socks_pool_total{exit=\"dante\",result=\"hit\"} 10\n"));
        f.socks["dante"] = {.hits = 2, .misses = 1, .ready = 1, .lastError = {}};
        f.workers = {{.packetsIn = 30}};
        f.notPooled = 2;
        t = scrape();
        QVERIFY2(t.contains(u"byway_capture_socks_pool_total{exit=\"dante\",result=\"hit\"} 12\n"), qPrintable(t));
        QVERIFY(t.contains(u"byway_capture_socks_pool_total{exit=\"dante\",result=\"miss\"} 3\n"));
        QVERIFY(t.contains(u"byway_capture_socks_retries_total{exit=\"dante\"} 1\n"));
        QVERIFY(t.contains(u"byway_capture_socks_pool_ready{exit=\"dante\"} 1\n")); // a gauge: as it is
        QVERIFY(t.contains(u"byway_capture_worker_packets_total{worker=\"0\"} 180\n"));
        QVERIFY(!t.contains(u"worker=\"1\""));
        QVERIFY(t.contains(u"byway_capture_left_to_kernel_total{reason=\"not_pooled\"} 8\n"));
    }

    void laterReply()
    {
        auto s = server({}, 100);
        Client c(portOf(*s));
        QVERIFY(c.waitConnected());
        c.send("GET /metrics HTTP/1.1\r\n\r\nGET /nothing HTTP/1.1\r\n\r\n");
        QCOMPARE(c.next().status, 200); // in order: the 404 waits for the scrape before it
        QCOMPARE(c.next().status, 404);
        // A client that leaves while its scrape renders costs nothing later.
        {
            Client gone(portOf(*s));
            QVERIFY(gone.waitConnected());
            gone.send("GET /metrics HTTP/1.1\r\n\r\n");
            QTest::qWait(20);
        }
        QTest::qWait(200);
        QCOMPARE(s->clientCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TstMetrics)
#include "tst_helper_metrics.moc"
