// SPDX-License-Identifier: GPL-3.0-or-later
// bywayd's control socket end to end, in-process, over a real AF_UNIX
// socket in a temp dir. The identity policy is a fake so the view and
// refused paths run as the test's own (root or not) uid.
#include "control/authorizer.h"
#include "core/logging.h"
#include "daemon/daemon.h"
#include "logs/loghub.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace byway;

namespace {

class FakeAuthorizer final : public control::Authorizer
{
public:
    control::Role role = control::Role::Admin;
    control::Decision decide(const control::PeerCredentials &) const override
    {
        return {role, role == control::Role::Refused ? QStringLiteral("uid 4242 is not in group byway or byway-view")
                                                     : QString()};
    }
};

// A client that never blocks the event loop the server runs on: every wait
// spins the loop.
class RawClient
{
public:
    explicit RawClient(const QString &path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray p = QFile::encodeName(path);
        std::memcpy(addr.sun_path, p.constData(), size_t(p.size()));
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    }
    ~RawClient() { close(); }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool connected() const { return m_connected; }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    // Sends everything, spinning the loop while the server catches up.
    // False when the server closed on us.
    bool send(const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_DONTWAIT | MSG_NOSIGNAL);
            if (n > 0) {
                done += n;
                continue;
            }
            if (n < 0 && errno != EAGAIN)
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        return true;
    }
    bool call(const QString &method, const QJsonObject &params = {}, int id = 1)
    {
        return send(QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                              {QStringLiteral("id"), id},
                                              {QStringLiteral("method"), method},
                                              {QStringLiteral("params"), params}})
                        .toJson(QJsonDocument::Compact)
                    + '\n');
    }
    // The next message, or an empty object on close/timeout (see closed()).
    QJsonObject read(int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            const qsizetype nl = m_buffer.indexOf('\n');
            if (nl >= 0) {
                const QByteArray line = m_buffer.left(nl);
                m_buffer.remove(0, nl + 1);
                return QJsonDocument::fromJson(line).object();
            }
            char chunk[65536];
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, MSG_DONTWAIT);
            if (n > 0) {
                m_buffer.append(chunk, n);
                continue;
            }
            if (n == 0 || (n < 0 && errno != EAGAIN)) {
                m_closed = true;
                return {};
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        return {};
    }
    // The reply to `id`, skipping notifications.
    QJsonObject reply(int id = 1)
    {
        for (int i = 0; i < 10000; ++i) {
            const QJsonObject m = read();
            if (m.isEmpty() || (m.contains(u"id") && (m.value(u"id").toInt() == id || m.value(u"id").isNull())))
                return m;
        }
        return {};
    }
    bool closed() const { return m_closed; }

private:
    int m_fd = -1;
    bool m_connected = false;
    bool m_closed = false;
    QByteArray m_buffer;
};

QString errorCode(const QJsonObject &m)
{
    return m.value(u"error").toObject().value(u"data").toObject().value(u"code").toString();
}

int openFds()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::System).size());
}

} // namespace

class TestControlServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    logs::LogHub m_hub;
    FakeAuthorizer *m_auth = nullptr;
    int m_probeRuns = 0;
    std::unique_ptr<daemon::Daemon> m_daemon;

    QString socketPath() const { return m_dir.filePath(QStringLiteral("run/bywayd.sock")); }

    daemon::Options options(const QString &socket) const
    {
        daemon::Options o;
        o.socketPath = socket;
        o.configPath = m_dir.filePath(QStringLiteral("byway.json"));
        o.stateDir = m_dir.filePath(QStringLiteral("state"));
        o.socketGroup.clear();
        o.probeAtStart = false;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_hub.setEchoToStderr(false);
        m_hub.install();
        auto auth = std::make_unique<FakeAuthorizer>();
        m_auth = auth.get();
        m_daemon = std::make_unique<daemon::Daemon>(options(socketPath()), m_hub, std::move(auth),
                                                    [this](const probe::Options &) {
                                                        ++m_probeRuns;
                                                        QThread::msleep(200);
                                                        probe::Report r;
                                                        r.mode = probe::Mode::Compat;
                                                        r.at = QDateTime::currentDateTimeUtc();
                                                        return r;
                                                    });
        auto started = m_daemon->start();
        QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    }

    void init() { m_auth->role = control::Role::Admin; }

    void socketFileAndStatus()
    {
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(socketPath()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0660);
        RawClient c(socketPath());
        QVERIFY(c.call(QStringLiteral("status.get")));
        const QJsonObject s = c.reply().value(u"result").toObject();
        QCOMPARE(s.value(u"protocolVersion").toInt(), 1);
        QCOMPARE(s.value(u"mode").toString(), QStringLiteral("unknown"));
        QCOMPARE(s.value(u"caller").toObject().value(u"role").toString(), QStringLiteral("admin"));
        QCOMPARE(s.value(u"config").toObject().value(u"source").toString(), QStringLiteral("defaults"));
        QVERIFY(!s.value(u"config").toObject().value(u"problem").toString().isEmpty());
        QCOMPARE(s.value(u"clients").toInt(), 1);
    }

    void garbageKeepsConnection()
    {
        RawClient c(socketPath());
        QVERIFY(c.send("hello\n"));
        QCOMPARE(errorCode(c.read()), QStringLiteral("parse_error"));
        QVERIFY(c.send("42\n"));
        QCOMPARE(errorCode(c.read()), QStringLiteral("invalid_request"));
        QVERIFY(c.send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"no.such\"}\n"));
        const QJsonObject m = c.read();
        QCOMPARE(errorCode(m), QStringLiteral("method_not_found"));
        QCOMPARE(m.value(u"id").toInt(), 5);
        QVERIFY(c.call(QStringLiteral("status.get"), {}, 6));
        QVERIFY(c.reply(6).contains(u"result"));
    }

    void oversizeClosesOnlyThatConnection()
    {
        RawClient other(socketPath());
        RawClient victim(socketPath());
        const QByteArray pad(2 << 20, 'a');
        victim.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status.get\",\"params\":{\"pad\":\"" + pad + "\"}}\n");
        const QJsonObject m = victim.read();
        QCOMPARE(errorCode(m), QStringLiteral("message_too_large"));
        QVERIFY(m.value(u"id").isNull());
        victim.read(3000);
        QVERIFY(victim.closed());
        QVERIFY(other.call(QStringLiteral("status.get")));
        QVERIFY(other.reply().contains(u"result"));
    }

    void manyShortConnections()
    {
        // Let earlier tests' connections go first.
        QTRY_COMPARE(m_daemon->clientCount(), 0);
        const int fdsBefore = openFds();
        for (int i = 0; i < 2000; ++i) {
            RawClient c(socketPath());
            QVERIFY(c.connected());
            if (i % 3 == 1)
                c.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status.get\"}\n");
            else if (i % 3 == 2)
                c.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"meth");
            c.close();
            QCoreApplication::processEvents();
        }
        RawClient c(socketPath());
        QVERIFY(c.call(QStringLiteral("status.get")));
        QVERIFY(c.reply().contains(u"result"));
        c.close();
        QTRY_COMPARE(m_daemon->clientCount(), 0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY2(openFds() <= fdsBefore + 2, qPrintable(QStringLiteral("%1 fds before, %2 after").arg(fdsBefore).arg(openFds())));
    }

    void viewIsReadOnlyAndSeesNoSecrets()
    {
        RawClient admin(socketPath());
        admin.call(QStringLiteral("config.get"));
        QJsonObject got = admin.reply().value(u"result").toObject();
        QJsonObject cfg = got.value(u"config").toObject();
        cfg.insert(QStringLiteral("exits"),
                   QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("proxy")},
                                          {QStringLiteral("type"), QStringLiteral("socks5")},
                                          {QStringLiteral("server"), QStringLiteral("10.0.2.2")},
                                          {QStringLiteral("port"), 1080},
                                          {QStringLiteral("username"), QStringLiteral("u")},
                                          {QStringLiteral("password"), QStringLiteral("hunter2")}}});
        admin.call(QStringLiteral("config.set"), {{QStringLiteral("config"), cfg}, {QStringLiteral("baseRevision"), got.value(u"revision")}});
        const QJsonObject saved = admin.reply();
        QVERIFY2(saved.contains(u"result"), QJsonDocument(saved).toJson().constData());
        const int revision = saved.value(u"result").toObject().value(u"revision").toInt();
        QCOMPARE(revision, got.value(u"revision").toInt() + 1);

        // Stale base revision: conflict, nothing saved.
        admin.call(QStringLiteral("config.set"), {{QStringLiteral("config"), cfg}, {QStringLiteral("baseRevision"), 0}});
        QCOMPARE(errorCode(admin.reply()), QStringLiteral("conflict"));

        m_auth->role = control::Role::View;
        RawClient view(socketPath());
        view.call(QStringLiteral("config.get"));
        const QByteArray text = QJsonDocument(view.reply()).toJson();
        QVERIFY(!text.contains("hunter2"));
        view.call(QStringLiteral("config.set"), {{QStringLiteral("config"), cfg}});
        const QJsonObject refused = view.reply();
        QCOMPARE(errorCode(refused), QStringLiteral("permission_denied"));
        QVERIFY(refused.value(u"error").toObject().value(u"message").toString().contains(u"config.set"));
        view.call(QStringLiteral("logs.setDebug"), {{QStringLiteral("category"), QStringLiteral("all")}, {QStringLiteral("enabled"), true}});
        QCOMPARE(errorCode(view.reply()), QStringLiteral("permission_denied"));
        view.call(QStringLiteral("status.get"));
        const QJsonObject status = view.reply().value(u"result").toObject();
        QCOMPARE(status.value(u"caller").toObject().value(u"role").toString(), QStringLiteral("view"));
        QCOMPARE(status.value(u"config").toObject().value(u"revision").toInt(), revision);
        QCOMPARE(status.value(u"config").toObject().value(u"source").toString(), QStringLiteral("file"));

        admin.call(QStringLiteral("config.get"));
        QVERIFY(QJsonDocument(admin.reply()).toJson().contains("hunter2"));
    }

    void refusedGetsOneErrorAndClose()
    {
        m_auth->role = control::Role::Refused;
        RawClient c(socketPath());
        c.call(QStringLiteral("status.get"), {}, 9);
        const QJsonObject m = c.read();
        QCOMPARE(errorCode(m), QStringLiteral("permission_denied"));
        QCOMPARE(m.value(u"id").toInt(), 9);
        QVERIFY(m.value(u"error").toObject().value(u"message").toString().contains(u"4242"));
        c.read(3000);
        QVERIFY(c.closed());
    }

    void logsStreamToSubscriber()
    {
        RawClient sub(socketPath());
        sub.call(QStringLiteral("logs.subscribe"),
                 {{QStringLiteral("categories"), QJsonArray{QStringLiteral("config")}}, {QStringLiteral("backlog"), 0}});
        const QJsonObject r = sub.reply().value(u"result").toObject();
        QVERIFY(r.value(u"subscribed").toBool());
        QCOMPARE(r.value(u"backlog").toInt(), 0);

        RawClient other(socketPath());
        // A refused config.set: an info line of config's that changes nothing
        // (config.validate's are debug lines: the GUI validates each edit).
        other.call(QStringLiteral("config.set"),
                   {{QStringLiteral("config"), QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("role"), QStringLiteral("bogus")}}}});
        other.reply();
        const QJsonObject line = sub.read();
        QCOMPARE(line.value(u"method").toString(), QStringLiteral("logs.line"));
        const QJsonObject p = line.value(u"params").toObject();
        QCOMPARE(p.value(u"category").toString(), QStringLiteral("config"));
        QVERIFY2(p.value(u"message").toString().contains(u"config.set"), qPrintable(p.value(u"message").toString()));
        QVERIFY(p.value(u"time").toString().endsWith(u'Z'));

        sub.call(QStringLiteral("logs.unsubscribe"), {}, 2);
        QCOMPARE(sub.reply(2).value(u"result").toObject().value(u"subscribed").toBool(), false);

        // A backlog: the reply names the last seq, then the lines follow.
        RawClient back(socketPath());
        back.call(QStringLiteral("logs.subscribe"), {{QStringLiteral("backlog"), 3}, {QStringLiteral("minLevel"), QStringLiteral("debug")}});
        const QJsonObject br = back.reply().value(u"result").toObject();
        QCOMPARE(br.value(u"backlog").toInt(), 3);
        QJsonObject last;
        for (int i = 0; i < 3; ++i)
            last = back.read().value(u"params").toObject();
        QCOMPARE(last.value(u"seq").toInteger(), br.value(u"lastSeq").toInteger());
    }

    void probeRunsOnceForConcurrentCallers()
    {
        const int before = m_probeRuns;
        RawClient a(socketPath());
        RawClient b(socketPath());
        a.call(QStringLiteral("probe.run"));
        b.call(QStringLiteral("probe.run"));
        QCOMPARE(a.reply().value(u"result").toObject().value(u"mode").toString(), QStringLiteral("compat"));
        QCOMPARE(b.reply().value(u"result").toObject().value(u"mode").toString(), QStringLiteral("compat"));
        QCOMPARE(m_probeRuns, before + 1);
        a.call(QStringLiteral("status.get"));
        QCOMPARE(a.reply().value(u"result").toObject().value(u"mode").toString(), QStringLiteral("compat"));
    }

    void clientCapTurnsAwayWithBusy()
    {
        auto opts = options(m_dir.filePath(QStringLiteral("capped.sock")));
        opts.maxClients = 2;
        daemon::Daemon capped(opts, m_hub, std::make_unique<FakeAuthorizer>(), [](const probe::Options &) { return probe::Report{}; });
        QVERIFY(capped.start());
        RawClient a(opts.socketPath), b(opts.socketPath);
        QTRY_COMPARE(capped.clientCount(), 2);
        RawClient c(opts.socketPath);
        QCOMPARE(errorCode(c.read()), QStringLiteral("busy"));
        c.read(2000);
        QVERIFY(c.closed());
        a.call(QStringLiteral("status.get"));
        QVERIFY(a.reply().contains(u"result"));
    }

    void liveSocketRefusedStaleRemoved()
    {
        // A second daemon on the live socket must refuse, not steal it.
        daemon::Daemon second(options(socketPath()), m_hub, std::make_unique<FakeAuthorizer>());
        auto r = second.start();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Busy);
        RawClient still(socketPath());
        still.call(QStringLiteral("status.get"));
        QVERIFY(still.reply().contains(u"result"));

        // A socket file nobody listens on is left over from a crash: reused.
        const QString stale = m_dir.filePath(QStringLiteral("stale.sock"));
        {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
            sockaddr_un addr{};
            addr.sun_family = AF_UNIX;
            const QByteArray p = QFile::encodeName(stale);
            std::memcpy(addr.sun_path, p.constData(), size_t(p.size()));
            QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
            ::close(fd);
        }
        daemon::Daemon third(options(stale), m_hub, std::make_unique<FakeAuthorizer>());
        QVERIFY(third.start());
        RawClient c(stale);
        c.call(QStringLiteral("status.get"));
        QVERIFY(c.reply().contains(u"result"));
        third.stop();
        QVERIFY(!QFile::exists(stale));
    }

    void cleanupTestCase()
    {
        m_daemon->stop();
        QVERIFY(!QFile::exists(socketPath()));
        m_daemon.reset();
    }
};

QTEST_GUILESS_MAIN(TestControlServer)
#include "tst_helper_controlserver.moc"
