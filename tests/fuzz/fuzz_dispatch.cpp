// SPDX-License-Identifier: GPL-3.0-or-later
// The control socket's request path in-process, without a socket: bytes ->
// LineBuffer (framing, 1 MiB cap) -> rpc::parseRequest -> Dispatcher::dispatch
// with the real method table of a Daemon. Its config lives in a temp dir on
// tmpfs, its probe is a fake, and its reconciler runs on an in-memory kernel
// (fuzz_kernel.h), so config.plan, apply, confirm, rollback, explain and
// topology.get reach the reconciler while nothing reads or changes the real
// kernel. logs.subscribe streams into a fake connection.
//
// Input layout: byte 0 picks the caller (admin / view / refused, local or
// remote by token), byte 1 the chunk size the stream is fed in (framing bugs
// hide at chunk boundaries), the rest is the byte stream a client would send.
//
// Each input starts from the same state: after an input that changed
// something (config, in-memory kernel, tokens, pending confirm, a probe
// report, a history entry), the daemon is built again on the files and the
// in-memory kernel the first daemon left after its start-up reconcile, so a
// reproducer replays alone; debug flags are process-wide and are only set
// back.
//
// Speed (docs/reliability.md, "Fuzzing"): ASan keeps 2 frames of each
// allocation's and free's stack here, not 30, and a 4 MB quarantine, not
// 256 (__asan_default_options below): recording stacks was a quarter of the
// run, and a big quarantine hands out cold memory (cache misses, page
// faults). An input allocates ~0.6 MB, so a use after free within an input
// and the next few is still caught. A report still shows the faulting
// access's whole stack; for full allocation stacks replay the reproducer
// with ASAN_OPTIONS=malloc_context_size=30. At exit the target prints how
// many inputs, requests and rebuilds it ran.
//
// Properties beyond "no sanitizer report":
//  - every request with an id gets exactly one reply, a valid JSON-RPC 2.0
//    object carrying that id, within the request's own dispatch (or, for
//    probe.run, once the probe thread is done); a notification gets none;
//  - what the log stream sends is logs.line notifications, never a reply;
//  - a view or refused caller never changes anything: config revision and
//    file, the in-memory kernel, tokens, a pending confirm and every debug
//    flag stay as they were, and each admin method it calls is answered
//    with permission_denied;
//  - a daemon restarted on the state the first one left (its files, the
//    kernel as it made it) writes nothing at start-up.
#include "fuzz_common.h"
#include "fuzz_kernel.h"

#include "control/authorizer.h"
#include "control/caller.h"
#include "control/channel.h"
#include "control/responder.h"
#include "core/error.h"
#include "core/jsonrpc.h"
#include "core/linebuffer.h"
#include "core/logging.h"
#include "daemon/daemon.h"
#include "logs/loghub.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <utility>

#include <unistd.h>

using namespace byway;

namespace {

class FixedAuthorizer final : public control::Authorizer
{
public:
    control::Decision decide(const control::PeerCredentials &) const override { return {control::Role::Admin, {}}; }
};

// A connection for logs.subscribe: takes every line, checks its shape.
class FakeChannel final : public control::Channel
{
public:
    qsizetype unsentBytes() const override { return 0; }
    bool sendLine(const QByteArray &line) override
    {
        FUZZ_CHECK(line.endsWith('\n'));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        FUZZ_CHECK(o.value(u"jsonrpc").toString() == QLatin1String("2.0"));
        FUZZ_CHECK(o.value(u"method").toString() == QLatin1String("logs.line"));
        FUZZ_CHECK(!o.contains(u"id"));
        ++lines;
        return true;
    }
    void closeAfterFlush() override {}
    void abort(const QString &) override {}
    int lines = 0;
};

// The methods docs/protocol.md marks admin; the dispatcher keeps access
// private, so the fuzzer holds the documented list and checks against it.
bool isAdminMethod(const QString &m)
{
    static const QStringList admin{QStringLiteral("config.set"),    QStringLiteral("config.apply"),
                                   QStringLiteral("config.confirm"), QStringLiteral("config.rollback"),
                                   QStringLiteral("logs.setDebug"), QStringLiteral("capture.session"),
                                   QStringLiteral("token.create"),  QStringLiteral("token.list"),
                                   QStringLiteral("token.revoke")};
    return admin.contains(m);
}

// What the first daemon leaves behind once its start-up reconcile is done:
// the files in its directory (config, applied state, history) and the
// in-memory kernel. Every later daemon starts from these, as bywayd does
// when it restarts on a box that already holds its state: its start-up
// reconcile finds nothing to write and no history to add.
struct Pristine {
    QList<std::pair<QString, QByteArray>> files; // path relative to the directory, contents
    fuzz::Kernel kernel;
};

struct World {
    QString dir;
    logs::LogHub hub{32}; // small: full after the warm-up, so records are replaced, not added
    fuzz::Kernel kernel;
    std::unique_ptr<daemon::Daemon> daemon;
    std::optional<Pristine> pristine;
    bool dirty = true;
    bool reconciled = false; // the reconciler did something the snapshot does not see
    struct {
        qint64 inputs = 0, requests = 0, rebuilds = 0;
    } count;

    World()
    {
        // tmpfs: config.set fsyncs; on a disk that would dominate the run.
        dir = QStringLiteral("/dev/shm/byway-fuzz-dispatch-%1").arg(::getpid());
        hub.install();
        hub.setEchoToStderr(false);
    }

    void reset()
    {
        ++count.rebuilds;
        daemon.reset();
        // std::filesystem, not QDir::removeRecursively: no QFileInfo per entry.
        std::error_code error;
        std::filesystem::remove_all(dir.toStdString(), error);
        if (error)
            fuzz::fail("removing the last daemon's files", __FILE__, __LINE__); // it would leak into the next input
        QDir().mkpath(dir + QStringLiteral("/state"));
        if (pristine) {
            kernel = pristine->kernel;
            for (const auto &[path, bytes] : std::as_const(pristine->files))
                writeFile(dir + u'/' + path, bytes);
        } else {
            kernel = fuzz::Kernel{};
        }
        daemon::Options o;
        o.socketPath = dir + QStringLiteral("/sock"); // never listened on: start() is not called
        o.configPath = dir + QStringLiteral("/byway.json");
        o.stateDir = dir + QStringLiteral("/state");
        o.probeAtStart = false;
        o.kernelThread = false; // every reply before dispatch() returns: the properties compare kernel states
        daemon = std::make_unique<daemon::Daemon>(o, hub, std::make_unique<FixedAuthorizer>(),
                                                  [](const probe::Options &) { return probe::Report{}; });
        daemon->useBox(fuzz::fakeBox());
        if (!daemon->config().load())
            fuzz::fail("config load in a fresh tmpfs dir", __FILE__, __LINE__);
        const int writesBefore = kernel.writes;
        daemon->useKernel(fuzz::fakePorts(kernel), std::make_unique<fuzz::FakeRoute>(kernel));
        FUZZ_CHECK(daemon->reconciler());
        // What the change snapshot does not hold: an apply that recorded a
        // history entry or a confirm, rollback or drift repair.
        QObject::connect(&daemon->reconcile(), &services::ReconcileService::event, daemon.get(),
                         [this](const QString &kind, const QJsonObject &data) {
                             const QJsonObject report = data.value(u"report").toObject();
                             if (kind != u"applied" || report.value(u"historyId").toInteger() != 0)
                                 reconciled = true;
                         });
        if (pristine)
            FUZZ_CHECK(kernel.writes == writesBefore); // the restored kernel already held the stored config
        else
            keepPristine();
        // Debug records are formatted only when enabled: turn them on so the
        // log path (and its redaction) is fuzzed too, but keep stderr quiet.
        // (Formatting them is ~1% of the run: not worth fuzzing less.)
        for (const QString &cat : logging::categoryNames())
            logging::setDebug(cat, true);
        dirty = reconciled = false;
    }

private:
    void keepPristine()
    {
        Pristine p;
        p.kernel = kernel;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                fuzz::fail("reading the first daemon's files", __FILE__, __LINE__);
            p.files.append({QDir(dir).relativeFilePath(f.fileName()), f.readAll()});
        }
        FUZZ_CHECK(!p.files.isEmpty());
        pristine = std::move(p);
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            fuzz::fail("restoring the first daemon's files", __FILE__, __LINE__);
    }
};

void warmUp(World &w);

World &world()
{
    static World *w = [] {
        auto *made = new World; // leaked on purpose: lives for the process
        std::atexit([] {
            const World &all = world();
            std::fprintf(stderr, "fuzz_dispatch: %lld inputs, %lld requests, %lld rebuilds (warm-up included)\n",
                         qlonglong(all.count.inputs), qlonglong(all.count.requests), qlonglong(all.count.rebuilds));
            QDir(all.dir).removeRecursively();
        });
        made->reset();
        warmUp(*made);
        return made;
    }();
    return *w;
}

struct Snapshot {
    qint64 revision = 0;
    QByteArray file; // read for view and refused callers only
    QList<bool> debug;
    int kernelWrites = 0;
    qsizetype tokens = 0;
    QJsonObject pending;
    bool probed = false;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

// In memory but the config file: a directory walk and a file read per input
// would cost more than most requests do.
Snapshot snapshot(World &w, bool withFile)
{
    Snapshot s;
    s.revision = w.daemon->config().revision();
    if (withFile) {
        QFile f(w.daemon->config().path());
        if (f.open(QIODevice::ReadOnly))
            s.file = f.readAll();
    }
    for (const QString &cat : logging::categoryNames())
        s.debug.append(logging::isDebug(cat));
    s.kernelWrites = w.kernel.writes;
    s.tokens = w.daemon->remote().tokens().list().size();
    s.pending = w.daemon->reconciler()->pendingJson();
    s.probed = w.daemon->probes().last().has_value();
    return s;
}

control::Caller callerFor(uint8_t pick, FakeChannel &channel)
{
    control::Caller caller;
    caller.pid = 1;
    caller.connection = &channel;
    switch (pick % 3) {
    case 0: caller.role = control::Role::Admin; caller.uid = 0; break;
    case 1: caller.role = control::Role::View; caller.uid = 1001; break;
    default: caller.role = control::Role::Refused; caller.uid = 4242; break;
    }
    if ((pick / 3) % 2) {
        caller.uid = uid_t(-1);
        caller.remote = control::RemoteIdentity{QStringLiteral("t0000000000000001"), QStringLiteral("laptop"),
                                                QStringLiteral("192.0.2.7")};
    }
    return caller;
}

// One request through the dispatcher; its replies.
QList<QByteArray> call(World &w, const control::Caller &caller, const rpc::Request &request)
{
    QList<QByteArray> replies;
    QEventLoop *waiting = nullptr;
    control::Responder respond = request.isNotification()
                                     ? control::Responder()
                                     : control::Responder(request.id, [&](const QByteArray &l) {
                                           replies.append(l);
                                           if (waiting)
                                               waiting->quit();
                                       });
    w.daemon->dispatcher().dispatch(caller, request, respond);
    if (!respond.done()) {
        // probe.run answers from the probe thread through the event loop;
        // the fake probe returns at once. The timer only bounds a lost reply.
        QEventLoop loop;
        waiting = &loop;
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        loop.exec();
        waiting = nullptr;
    }
    return replies;
}

void runInput(World &w, const uint8_t *data, size_t size)
{
    ++w.count.inputs;
    FakeChannel channel;
    const control::Caller caller = callerFor(data[0], channel);
    const size_t chunk = 1 + data[1];
    const QByteArray stream(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const bool admin = caller.role == control::Role::Admin;
    const Snapshot before = snapshot(w, !admin);

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
            ++w.count.requests;
            const QList<QByteArray> replies = call(w, caller, *request);
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
    Snapshot after = snapshot(w, !admin);
    if (!admin) {
        Snapshot probed = before; // a probe is no change: readers may run one
        probed.probed = true;
        FUZZ_CHECK(after == before || (!before.probed && after == probed));
    }
    // Debug flags are process-wide, not the daemon's: they go back to what
    // they were here, no reason for a rebuild.
    const QStringList &categories = logging::categoryNames();
    if (after.debug != before.debug)
        for (qsizetype i = 0; i < categories.size(); ++i)
            logging::setDebug(categories[i], before.debug[i]);
    after.debug = before.debug;
    // A rebuild costs a few requests: only after an input that changed
    // something, as the snapshot or the reconciler's events tell.
    w.dirty = !(after == before) || w.reconciled;
}

// Every method once, so that what Qt and the daemon set up on first use
// (meta types, categories, regexes, thread pool) is there before fuzzing:
// libFuzzer's leak check runs a full LSan pass after each input that
// allocated more than it freed, and that pass costs ~50 ms on this heap.
void warmUp(World &w)
{
    static const char requests[] = R"(
{"jsonrpc":"2.0","id":1,"method":"config.set","params":{"config":{"version":1,"role":"vpn-gateway","interfaces":{"wan":["wan0"],"lan":["lan0"],"tunnels":["vpns*"]},"pools":[{"name":"vpn","subnet":"10.8.0.0/24","users":[{"name":"ann","address":"10.8.0.5"}]}],"nat":{"masquerade":[{"source":"10.8.0.0/24","out":"wan0"}]},"capture":{"mode":"off"}}}}
{"jsonrpc":"2.0","id":2,"method":"config.plan","params":{}}
{"jsonrpc":"2.0","id":3,"method":"config.apply","params":{"confirmWithinSec":30}}
{"jsonrpc":"2.0","id":4,"method":"config.confirm","params":{}}
{"jsonrpc":"2.0","id":5,"method":"topology.get"}
{"jsonrpc":"2.0","id":6,"method":"explain","params":{"src":"10.8.0.5","dst":"1.1.1.1","proto":"tcp","dport":443,"iif":"vpns0"}}
{"jsonrpc":"2.0","id":7,"method":"config.history","params":{"withConfig":true}}
{"jsonrpc":"2.0","id":8,"method":"config.rollback","params":{}}
{"jsonrpc":"2.0","id":9,"method":"status.get"}
{"jsonrpc":"2.0","id":10,"method":"config.validate","params":{"config":{"version":1,"role":"bypass-router"}}}
{"jsonrpc":"2.0","id":11,"method":"logs.subscribe","params":{"backlog":50,"minLevel":"debug"}}
{"jsonrpc":"2.0","id":12,"method":"probe.run","params":{"checks":["tun"]}}
{"jsonrpc":"2.0","id":13,"method":"token.create","params":{"name":"laptop","role":"view","expiresInDays":30}}
{"jsonrpc":"2.0","id":14,"method":"token.list"}
{"jsonrpc":"2.0","id":15,"method":"flows.list"}
{"jsonrpc":"2.0","id":16,"method":"capture.session","params":{"address":"10.8.0.5","user":"ann"}}
{"jsonrpc":"2.0","id":17,"method":"logs.setDebug","params":{"category":"all","enabled":true}}
{"jsonrpc":"2.0","id":18,"method":"config.get"}
{"jsonrpc":"2.0","id":19,"method":"no.such"}
[1, {"id":
)";
    for (uint8_t role = 0; role < 6; ++role) {
        QByteArray input = QByteArray(1, char(role)) + QByteArray(1, char(255)) + QByteArray(requests);
        runInput(w, reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
        w.reset();
    }
}

} // namespace

// Read by the ASan runtime at start-up; ASAN_OPTIONS overrides it.
extern "C" const char *__asan_default_options();
extern "C" const char *__asan_default_options()
{
    return "malloc_context_size=2:quarantine_size_mb=4";
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    World &w = world();
    if (size < 2)
        return 0;
    runInput(w, data, size);
    // Built again now rather than before the next input: what this input
    // made is freed within it, so libFuzzer's malloc/free balance (and its
    // leak check) sees this input's own allocations only.
    if (w.dirty)
        w.reset();
    return 0;
}
