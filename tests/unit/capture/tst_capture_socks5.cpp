// SPDX-License-Identifier: GPL-3.0-or-later
// The SOCKS5 client handshake (socks5.h) byte for byte: sequential as
// before, pipelined (greeting, credentials and CONNECT in one write, one
// method offered), the parts a pooled connection uses (authenticate only,
// then the request only), and the refusals that end a pipelined handshake.
// <QTest> first: moc stumbles over <compare> (which packet.h includes) when
// it comes before any other standard header.
#include <QTest>

#include "capture/socks5.h"

#include <algorithm>
#include <vector>

using namespace byway::capture;

namespace {

using Bytes = std::vector<uint8_t>;

Endpoint target()
{
    Endpoint e;
    e.addr = Addr::v4(0xc0000201); // 192.0.2.1
    e.port = 443;
    return e;
}

const Bytes kAuth = {1, 2, 'b', 'w', 6, 's', 'e', 'c', 'r', 'e', 't'};
const Bytes kConnect = {5, 1, 0, 1, 192, 0, 2, 1, 0x01, 0xbb};
const Bytes kReply = {5, 0, 0, 1, 10, 0, 2, 1, 0x04, 0x38}; // bound 10.0.2.1:1080

Bytes cat(std::initializer_list<Bytes> parts)
{
    Bytes out;
    for (const auto &p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

// Feeds `reply` as the engine does: at most wantBytes() at a time.
Socks5Handshake::Step feedAll(Socks5Handshake &h, const Bytes &reply, Bytes *sent = nullptr)
{
    Socks5Handshake::Step step = Socks5Handshake::Step::Continue;
    size_t at = 0;
    while (step == Socks5Handshake::Step::Continue && at < reply.size()) {
        const size_t n = std::min(h.wantBytes(), reply.size() - at);
        step = h.feed({reply.data() + at, n});
        at += n;
        const Bytes out = h.takeOutput();
        if (sent)
            sent->insert(sent->end(), out.begin(), out.end());
    }
    return step;
}

} // namespace

class TestSocks5 : public QObject {
    Q_OBJECT
private slots:
    void sequentialWithCredentials()
    {
        Socks5Handshake h("bw", "secret", target());
        QVERIFY(!h.pipelined());
        QCOMPARE(h.takeOutput(), (Bytes{5, 2, 0, 2}));
        Bytes sent;
        QCOMPARE(feedAll(h, cat({{5, 2}, {1, 0}, kReply}), &sent), Socks5Handshake::Step::Done);
        QCOMPARE(sent, cat({kAuth, kConnect}));
        QVERIFY(h.bound().has_value());
        QCOMPARE(h.bound()->port, uint16_t(1080));
    }

    void pipelinedWithCredentials()
    {
        Socks5Handshake h("bw", "secret", target(), Socks5Handshake::Command::Connect,
                          {Socks5Part::Whole, true});
        QVERIFY(h.pipelined());
        // One method offered, so the credentials and the request can follow at once.
        QCOMPARE(h.takeOutput(), cat({{5, 1, 2}, kAuth, kConnect}));
        QVERIFY(!h.answered());
        Bytes sent;
        QCOMPARE(feedAll(h, cat({{5, 2}, {1, 0}, kReply}), &sent), Socks5Handshake::Step::Done);
        QVERIFY(sent.empty());
        QVERIFY(h.answered());
        QCOMPARE(h.bound()->port, uint16_t(1080));
    }

    void pipelinedWithoutCredentials()
    {
        Socks5Handshake h({}, {}, target(), Socks5Handshake::Command::Connect, {Socks5Part::Whole, true});
        QVERIFY(h.pipelined());
        QCOMPARE(h.takeOutput(), cat({{5, 1, 0}, kConnect}));
        QCOMPARE(feedAll(h, cat({{5, 0}, kReply})), Socks5Handshake::Step::Done);
    }

    void pipelinedRefusals_data()
    {
        QTest::addColumn<Bytes>("reply");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("destination"); // the destination's answer, not the server failing
        // Only username/password was offered: "no authentication" would read
        // our credentials as a request.
        QTest::newRow("other method") << Bytes{5, 0} << QStringLiteral("no acceptable authentication method") << false;
        QTest::newRow("no method") << Bytes{5, 0xff} << QStringLiteral("no acceptable authentication method") << false;
        QTest::newRow("credentials") << Bytes{5, 2, 1, 1} << QStringLiteral("username/password refused") << false;
        QTest::newRow("connect") << cat({{5, 2, 1, 0}, {5, 5, 0, 1, 0}}) << QStringLiteral("CONNECT refused (reply 5)")
                                 << true;
        QTest::newRow("host unreachable") << cat({{5, 2, 1, 0}, {5, 4, 0, 1, 0}})
                                          << QStringLiteral("CONNECT refused (reply 4)") << true;
        QTest::newRow("not allowed by ruleset") << cat({{5, 2, 1, 0}, {5, 2, 0, 1, 0}})
                                                << QStringLiteral("CONNECT refused (reply 2)") << false;
        QTest::newRow("general failure") << cat({{5, 2, 1, 0}, {5, 1, 0, 1, 0}})
                                         << QStringLiteral("CONNECT refused (reply 1)") << false;
    }
    void pipelinedRefusals()
    {
        QFETCH(Bytes, reply);
        QFETCH(QString, error);
        QFETCH(bool, destination);
        Socks5Handshake h("bw", "secret", target(), Socks5Handshake::Command::Connect,
                          {Socks5Part::Whole, true});
        (void)h.takeOutput();
        QCOMPARE(feedAll(h, reply), Socks5Handshake::Step::Failed);
        QCOMPARE(QString::fromStdString(h.error()), error);
        QCOMPARE(h.destinationRefused(), destination);
    }

    void overlongCredentialsAreNotPipelined()
    {
        // RFC 1929 carries 255 bytes: a plain greeting, refused as before once the server asks.
        Socks5Handshake h(std::string(300, 'u'), "p", target(), Socks5Handshake::Command::Connect,
                          {Socks5Part::Whole, true});
        QVERIFY(!h.pipelined());
        QCOMPARE(h.takeOutput(), (Bytes{5, 2, 0, 2}));
        QCOMPARE(feedAll(h, {5, 2}), Socks5Handshake::Step::Failed);
        QCOMPARE(h.error(), std::string("server wants a username/password"));
    }

    void pooledConnection()
    {
        // Made ahead: greeting and credentials (here pipelined, as the pool's
        // probe sends them), Done once authenticated.
        Socks5Handshake a("bw", "secret", Endpoint{}, Socks5Handshake::Command::Connect,
                          {Socks5Part::Authenticate, true});
        QVERIFY(a.pipelined());
        QCOMPARE(a.takeOutput(), cat({{5, 1, 2}, kAuth}));
        QCOMPARE(feedAll(a, {5, 2, 1, 0}), Socks5Handshake::Step::Done);
        QCOMPARE(a.wantBytes(), size_t(0));
        // A server that chose no authentication is ready after the greeting.
        Socks5Handshake open({}, {}, Endpoint{}, Socks5Handshake::Command::Connect, {Socks5Part::Authenticate});
        QVERIFY(!open.pipelined()); // nothing to pipeline behind a greeting alone
        QCOMPARE(open.takeOutput(), (Bytes{5, 1, 0}));
        QCOMPARE(feedAll(open, {5, 0}), Socks5Handshake::Step::Done);
        // Taken by a flow: only the request.
        Socks5Handshake r({}, {}, target(), Socks5Handshake::Command::Connect, {Socks5Part::Request});
        QCOMPARE(r.takeOutput(), kConnect);
        QCOMPARE(r.wantBytes(), size_t(5));
        QCOMPARE(feedAll(r, kReply), Socks5Handshake::Step::Done);
        QVERIFY(r.bound().has_value());
    }

    void bytesAfterDoneAreRefused()
    {
        Socks5Handshake r({}, {}, target(), Socks5Handshake::Command::Connect, {Socks5Part::Request});
        (void)r.takeOutput();
        QCOMPARE(feedAll(r, kReply), Socks5Handshake::Step::Done);
        const uint8_t more = 0;
        QCOMPARE(r.feed({&more, 1}), Socks5Handshake::Step::Failed);
    }
};

QTEST_APPLESS_MAIN(TestSocks5)
#include "tst_capture_socks5.moc"
