// SPDX-License-Identifier: GPL-3.0-or-later
// The control socket's request path without the socket: bytes -> LineBuffer
// (framing, 1 MiB cap) -> rpc::parseRequest -> Dispatcher::dispatch with the
// real method table of a Daemon (config in a tmpfs dir, fake probe, no
// reconciler: apply/plan answer `unavailable` instead of touching the kernel).
//
// Input layout: byte 0 picks the caller's role (admin / view / refused),
// byte 1 the chunk size the stream is fed in (framing bugs hide at chunk
// boundaries), the rest is the byte stream a client would send.
//
// Properties beyond "no sanitizer report":
//  - every request with an id gets exactly one reply, a valid JSON-RPC 2.0
//    object carrying that id; a notification gets none;
//  - a view or refused caller never changes anything: config revision, the
//    file on disk and every debug flag stay as they were, and each admin
//    method it calls is answered with permission_denied.
#include "fuzz_common.h"

#include "control/authorizer.h"
#include "control/caller.h"
#include "control/responder.h"
#include "core/error.h"
#include "core/jsonrpc.h"
#include "core/linebuffer.h"
#include "core/logging.h"
#include "daemon/daemon.h"
#include "logs/loghub.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>

#include <unistd.h>

using namespace byway;

namespace {

class FixedAuthorizer final : public control::Authorizer
{
public:
    control::Decision decide(const control::PeerCredentials &) const override { return {control::Role::Admin, {}}; }
};

// The methods docs/protocol.md marks admin; the dispatcher keeps access
// private, so the fuzzer holds the documented list and checks against it.
bool isAdminMethod(const QString &m)
{
    static const QStringList admin{QStringLiteral("config.set"), QStringLiteral("config.apply"),
                                   QStringLiteral("config.confirm"), QStringLiteral("config.rollback"),
                                   QStringLiteral("logs.setDebug")};
    return admin.contains(m);
}

struct World {
    QString dir;
    logs::LogHub hub{200};
    std::unique_ptr<daemon::Daemon> daemon;

    World()
    {
        // tmpfs: config.set fsyncs; on a disk that would dominate the run.
        dir = QStringLiteral("/dev/shm/byway-fuzz-dispatch-%1").arg(::getpid());
        QDir(dir).removeRecursively();
        QDir().mkpath(dir + QStringLiteral("/state"));
        daemon::Options o;
        o.socketPath = dir + QStringLiteral("/sock"); // never listened on: start() is not called
        o.configPath = dir + QStringLiteral("/byway.json");
        o.stateDir = dir + QStringLiteral("/state");
        o.probeAtStart = false;
        daemon = std::make_unique<daemon::Daemon>(o, hub, std::make_unique<FixedAuthorizer>(),
                                                  [](const probe::Options &) { return probe::Report{}; });
        if (!daemon->config().load())
            fuzz::fail("config load in a fresh tmpfs dir", __FILE__, __LINE__);
        // Debug records are formatted only when enabled: turn them on so the
        // log path (and its redaction) is fuzzed too, but keep stderr quiet.
        hub.install();
        hub.setEchoToStderr(false);
        for (const QString &cat : logging::categoryNames())
            logging::setDebug(cat, true);
    }
};

World &world()
{
    static World *w = new World; // leaked on purpose: lives for the process
    return *w;
}

struct Snapshot {
    qint64 revision = 0;
    QByteArray file;
    QList<bool> debug;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshot(World &w)
{
    Snapshot s;
    s.revision = w.daemon->config().revision();
    QFile f(w.daemon->config().path());
    if (f.open(QIODevice::ReadOnly))
        s.file = f.readAll();
    for (const QString &cat : logging::categoryNames())
        s.debug.append(logging::isDebug(cat));
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    World &w = world();
    if (size < 2)
        return 0;
    control::Caller caller;
    caller.pid = 1;
    switch (data[0] % 3) {
    case 0: caller.role = control::Role::Admin; caller.uid = 0; break;
    case 1: caller.role = control::Role::View; caller.uid = 1001; break;
    default: caller.role = control::Role::Refused; caller.uid = 4242; break;
    }
    const size_t chunk = 1 + data[1];
    const QByteArray stream(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const Snapshot before = snapshot(w);

    LineBuffer buffer(rpc::kMaxMessageBytes);
    for (qsizetype off = 0; off < stream.size(); off += qsizetype(chunk)) {
        if (!buffer.append(stream.mid(off, qsizetype(chunk)))) {
            FUZZ_CHECK(buffer.overflowed());
            break; // the connection answers message_too_large and closes
        }
        while (auto line = buffer.takeLine()) {
            FUZZ_CHECK(!line->contains('\n'));
            FUZZ_CHECK(line->size() <= rpc::kMaxMessageBytes);
            if (line->trimmed().isEmpty())
                continue;
            QJsonValue id;
            auto request = rpc::parseRequest(*line, &id);
            if (!request) {
                const QByteArray reply = rpc::encodeError(id, request.error());
                FUZZ_CHECK(QJsonDocument::fromJson(reply).isObject());
                continue;
            }
            QList<QByteArray> replies;
            control::Responder respond = request->isNotification()
                                             ? control::Responder()
                                             : control::Responder(request->id, [&](const QByteArray &l) { replies.append(l); });
            w.daemon->dispatcher().dispatch(caller, *request, respond);
            // probe.run answers from a worker through the event loop. A
            // deadline, not a count of rounds: 50 rounds of ~1 ms were too
            // short for the worker on a loaded CI machine (a false "no reply").
            const QDeadlineTimer deadline(5000);
            while (!respond.done() && !deadline.hasExpired()) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
                if (!respond.done())
                    ::usleep(1000);
            }
            if (request->isNotification()) {
                FUZZ_CHECK(replies.isEmpty());
                continue;
            }
            if (replies.size() != 1)
                std::fprintf(stderr, "%s (role %d): %lld replies: %s\n", qPrintable(request->method), int(caller.role),
                             qlonglong(replies.size()), replies.join("|").constData());
            FUZZ_CHECK(replies.size() == 1);
            const QJsonObject obj = QJsonDocument::fromJson(replies.first()).object();
            FUZZ_CHECK(obj.value(u"jsonrpc").toString() == QLatin1String("2.0"));
            FUZZ_CHECK(obj.value(u"id") == request->id);
            FUZZ_CHECK(obj.contains(u"result") != obj.contains(u"error"));
            if (caller.role != control::Role::Admin && isAdminMethod(request->method))
                FUZZ_CHECK(obj.value(u"error").toObject().value(u"data").toObject().value(u"code").toString()
                           == QLatin1String("permission_denied"));
        }
    }
    if (caller.role != control::Role::Admin)
        FUZZ_CHECK(snapshot(w) == before);
    return 0;
}
