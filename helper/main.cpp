// SPDX-License-Identifier: GPL-3.0-or-later
// bywayd: Byway's privileged helper.
#include "core/logging.h"
#include "core/version.h"
#include "daemon/daemon.h"
#include "daemon/options.h"
#include "daemon/sdnotify.h"
#include "daemon/signalwatcher.h"
#include "daemon/statelock.h"
#include "logs/loghub.h"
#include "reconcile/ports.h"
#include "reconcile/reconciler.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

#include <sys/resource.h>

namespace {

// Room for --max-clients connections plus netlink, TUN and packet sockets.
void raiseFdLimit()
{
    rlimit rl{};
    if (::getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max < 65536 ? rl.rlim_max : 65536;
        ::setrlimit(RLIMIT_NOFILE, &rl);
    }
}

// --cleanup: package removal takes Byway's kernel state away with it.
int cleanup(const byway::daemon::Options &o)
{
    // A running bywayd would re-apply what this removes and write
    // applied.json under us: refuse, and touch nothing.
    auto lock = byway::daemon::StateLock::acquire(o.stateDir, QStringLiteral("(bywayd --cleanup)"));
    if (!lock && lock.error().code != byway::ErrorCode::Conflict) {
        // No lock file (read-only or missing state directory): no daemon holds
        // one there either; cleanup still restores what it can.
        std::fprintf(stderr, "bywayd: cleanup: %s\n", qPrintable(lock.error().message));
    } else if (!lock) {
        std::fprintf(stderr, "bywayd: cleanup refused: %s; stop it first (systemctl stop bywayd)\n",
                     qPrintable(lock.error().message));
        return 1;
    }
    auto nft = byway::reconcile::openNetfilter();
    auto routing = byway::reconcile::openRouting();
    if (!routing) {
        std::fprintf(stderr, "bywayd: cleanup: %s\n", qPrintable(routing.error().message));
        return 1;
    }
    byway::reconcile::Reconciler::Ports ports{nft ? std::move(*nft) : byway::reconcile::noNetfilter(nft.error().message),
                                       byway::reconcile::procSysctl(), std::move(*routing)};
    byway::reconcile::Reconciler r(std::move(ports), o.stateDir, {});
    auto report = r.cleanup();
    if (!report) {
        std::fprintf(stderr, "bywayd: cleanup: %s\n", qPrintable(report.error().toString()));
        return 1;
    }
    std::printf("bywayd: removed Byway's kernel state (%d change(s))\n", report->writes);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace byway;
    // Before any thread exists, so every thread inherits the mask and the
    // signals reach only the signalfd.
    daemon::SignalWatcher::block({SIGTERM, SIGINT, SIGHUP});
    std::signal(SIGPIPE, SIG_IGN); // stderr to a closed pipe must not kill us

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bywayd"));
    QCoreApplication::setApplicationVersion(QLatin1String(kVersion));

    auto args = daemon::parseArguments(QCoreApplication::arguments());
    if (!args) {
        std::fprintf(stderr, "bywayd: %s (see --help)\n", qPrintable(args.error().message));
        return 2;
    }
    if (args->action == daemon::Arguments::Action::Cleanup)
        return cleanup(args->options);
    if (args->action != daemon::Arguments::Action::Run) {
        std::fputs(qPrintable(args->text), stdout);
        return 0;
    }

    logs::LogHub hub;
    hub.install();
    raiseFdLimit();

    daemon::SignalWatcher watcher;
    if (auto ok = watcher.watch({SIGTERM, SIGINT, SIGHUP}); !ok) {
        qCCritical(lcControl).noquote() << ok.error().message;
        return 1;
    }
    QObject::connect(&watcher, &daemon::SignalWatcher::received, &app, [](int signo) {
        if (signo == SIGHUP) {
            qCInfo(lcControl).noquote() << "SIGHUP ignored: change the config with config.set (bywayctl config set)";
            return;
        }
        qCInfo(lcControl).noquote() << "signal" << signo << "- shutting down";
        daemon::sdNotify("STOPPING=1");
        QCoreApplication::quit();
    });

    // Before anything touches the kernel or the state: one bywayd per state directory.
    auto stateLock = daemon::StateLock::acquire(args->options.stateDir, args->options.socketPath);
    if (!stateLock && stateLock.error().code == ErrorCode::Conflict) {
        qCCritical(lcControl).noquote() << "cannot start:" << stateLock.error().message;
        return 1;
    }
    if (!stateLock)
        qCWarning(lcControl).noquote() << "running without the state lock:" << stateLock.error().message;

    daemon::Daemon d(args->options, hub);
    if (auto ok = d.start(); !ok) {
        qCCritical(lcControl).noquote() << "cannot start:" << ok.error().message;
        return 1;
    }
    qCInfo(lcControl).noquote() << "bywayd" << kVersion << "ready on" << args->options.socketPath << "config revision"
                                << d.config().revision() << "(" + d.config().sourceName() + ")";
    QByteArray status = "READY=1\nSTATUS=serving " + args->options.socketPath.toUtf8();
    if (d.config().sourceName() != u"file")
        status += " (config from " + d.config().sourceName().toUtf8() + ": " + d.config().problem().toUtf8() + ")";
    daemon::sdNotify(status);

    const int rc = QCoreApplication::exec();
    d.stop();
    qCInfo(lcControl).noquote() << "stopped";
    return rc;
}
