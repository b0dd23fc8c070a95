// SPDX-License-Identifier: GPL-3.0-or-later
// byway-capture: runs the compat capture standalone from a JSON file, for lab
// tests and benches (the product runs it inside bywayd). Prints
// "ready <tun>" once running, writes the snapshot to statsFile every
// statsIntervalMs and on exit (SIGINT/SIGTERM).
//
// {"tun": "bwc0", "mtu": 1500, "noTun": false, "maxFlows": 4096, "workers": 0, "receiveSteering": true,
//  "bypassMark": 11993089, "icmp": "exit"|"local", "packetInterfaces": ["ikec*"],
//  "pools": [{"name": "p", "subnet": "10.9.0.0/24", "exit": "",
//             "users": [{"name": "alice", "address": "10.9.0.3", "exit": "s"}]}],
//  "exits": [{"name": "s", "type": "socks5"|"direct", "server": "10.0.0.1", "port": 1080,
//             "username": "", "password": "", "mark": 0, "device": ""}],
//  "statsFile": "/tmp/x.json", "statsIntervalMs": 500}
#include "capture/capture.h"
#include "capture/tun.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <csignal>
#include <cstdio>

using namespace byway;

namespace {

config::Exit exitFrom(const QJsonObject &o)
{
    config::Exit e;
    e.name = o.value(QStringLiteral("name")).toString();
    e.type = o.value(QStringLiteral("type")).toString() == QStringLiteral("socks5") ? config::ExitType::Socks5 : config::ExitType::Direct;
    e.mark = quint32(o.value(QStringLiteral("mark")).toInteger());
    e.table = quint32(o.value(QStringLiteral("table")).toInteger());
    e.device = o.value(QStringLiteral("device")).toString();
    e.server = o.value(QStringLiteral("server")).toString();
    e.port = quint16(o.value(QStringLiteral("port")).toInt());
    e.username = o.value(QStringLiteral("username")).toString();
    e.password = o.value(QStringLiteral("password")).toString();
    return e;
}

config::Pool poolFrom(const QJsonObject &o)
{
    config::Pool p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.subnet = config::Prefix::parse(o.value(QStringLiteral("subnet")).toString()).value_or(config::Prefix{});
    p.exit = o.value(QStringLiteral("exit")).toString();
    for (const auto &u : o.value(QStringLiteral("users")).toArray()) {
        const QJsonObject uo = u.toObject();
        p.users.append(config::User{uo.value(QStringLiteral("name")).toString(),
                                    QHostAddress(uo.value(QStringLiteral("address")).toString()),
                                    uo.value(QStringLiteral("exit")).toString()});
    }
    return p;
}

void writeSnapshot(const capture::Capture &c, const QString &path)
{
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(QJsonDocument(c.snapshot()).toJson(QJsonDocument::Compact));
    f.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: byway-capture CONFIG.json\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    const QJsonObject cfg = QJsonDocument::fromJson(file.readAll()).object();
    capture::CaptureOptions o;
    o.tun = !cfg.value(QStringLiteral("noTun")).toBool();
    o.tunName = cfg.value(QStringLiteral("tun")).toString(QStringLiteral("byway0"));
    o.mtu = cfg.value(QStringLiteral("mtu")).toInt(1300);
    o.receiveSteering = cfg.value(QStringLiteral("receiveSteering")).toBool(true);
    o.engine.maxFlows = cfg.value(QStringLiteral("maxFlows")).toInt(4096);
    // 0: one worker per CPU (the default, as bywayd's capture.workers).
    o.engine.workers = cfg.value(QStringLiteral("workers")).toInt(0);
    if (o.engine.workers < 0 || o.engine.workers > capture::kMaxTunQueues) {
        std::fprintf(stderr, "byway-capture: workers: must be between 0 (one per CPU) and %d\n", capture::kMaxTunQueues);
        return 2;
    }
    o.engine.bypassMark = quint32(cfg.value(QStringLiteral("bypassMark")).toInteger(0x00b70001));
    o.engine.icmp = cfg.value(QStringLiteral("icmp")).toString() == QStringLiteral("local") ? capture::IcmpMode::Local : capture::IcmpMode::Exit;
    for (const auto &p : cfg.value(QStringLiteral("packetInterfaces")).toArray())
        o.engine.packetInterfaces.append(p.toString());
    QList<config::Pool> pools;
    QList<config::Exit> exits;
    for (const auto &p : cfg.value(QStringLiteral("pools")).toArray())
        pools.append(poolFrom(p.toObject()));
    for (const auto &e : cfg.value(QStringLiteral("exits")).toArray())
        exits.append(exitFrom(e.toObject()));
    for (const auto &d : cfg.value(QStringLiteral("debug")).toArray())
        logging::setDebug(d.toString(), true);

    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr); // the workers inherit the mask

    auto c = capture::Capture::start(o, pools, exits);
    if (!c) {
        std::fprintf(stderr, "byway-capture: %s\n", qPrintable(c.error().toString()));
        return 1;
    }
    std::printf("ready %s\n", qPrintable((*c)->tunName()));
    std::fflush(stdout);
    const QString statsFile = cfg.value(QStringLiteral("statsFile")).toString();
    const int interval = cfg.value(QStringLiteral("statsIntervalMs")).toInt(500);
    for (;;) {
        timespec ts{interval / 1000, long(interval % 1000) * 1000000L};
        const int sig = sigtimedwait(&set, nullptr, &ts);
        writeSnapshot(**c, statsFile);
        if (sig == SIGINT || sig == SIGTERM)
            break;
    }
    c->reset();
    return 0;
}
