// SPDX-License-Identifier: GPL-3.0-or-later
// byway-capture: runs the compat capture standalone from a JSON file, for lab
// tests and benches (the product runs it inside bywayd). Prints
// "ready <tun>" once running, writes the snapshot to statsFile every
// statsIntervalMs and on exit (SIGINT/SIGTERM). Links no Qt (see
// CMakeLists.txt): what it maps idle is the capture's own.
//
// {"tun": "bwc0", "mtu": 1500, "noTun": false, "maxFlows": 4096, "workers": 0, "receiveSteering": true,
//  "bypassMark": 11993089, "icmp": "exit"|"local", "packetInterfaces": ["ikec*"],
//  "pools": [{"name": "p", "subnet": "10.9.0.0/24", "exit": "",
//             "users": [{"name": "alice", "address": "10.9.0.3", "exit": "s"}]}],
//  "exits": [{"name": "s", "type": "socks5"|"direct", "server": "10.0.0.1", "port": 1080,
//             "username": "", "password": "", "mark": 0, "device": ""}],
//  "debug": ["forwarder"], "statsFile": "/tmp/x.json", "statsIntervalMs": 500}
#include "capture/capture.h"
#include "capture/json.h"
#include "capture/log.h"
#include "capture/tun.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

using namespace byway;
using namespace byway::capture;

namespace {

// A config error: names the member, as bywayd's validation would.
struct Bad {
    std::string what;
};

std::string text(const json::Object &o, std::string_view key, std::string fallback = {})
{
    const json::Value &v = o.value(key);
    if (v.isNull())
        return fallback;
    if (!v.isString())
        throw Bad{std::string(key) + ": must be a string"};
    return v.toString();
}

int64_t integer(const json::Object &o, std::string_view key, int64_t fallback, int64_t low, int64_t high)
{
    const json::Value &v = o.value(key);
    if (v.isNull())
        return fallback;
    if (!v.isNumber() || v.toInteger(low - 1) < low || v.toInteger(low - 1) > high)
        throw Bad{std::string(key) + ": must be an integer from " + std::to_string(low) + " to " + std::to_string(high)};
    return v.toInteger();
}

bool flag(const json::Object &o, std::string_view key, bool fallback)
{
    const json::Value &v = o.value(key);
    if (v.isNull())
        return fallback;
    if (!v.isBool())
        throw Bad{std::string(key) + ": must be true or false"};
    return v.toBool();
}

ExitSpec exitFrom(const json::Object &o)
{
    ExitSpec e;
    e.name = text(o, "name");
    const std::string type = text(o, "type", "direct");
    if (type != "direct" && type != "socks5")
        throw Bad{"exits/" + e.name + "/type: must be \"direct\" or \"socks5\""};
    e.type = type == "socks5" ? ExitType::Socks5 : ExitType::Direct;
    e.mark = uint32_t(integer(o, "mark", 0, 0, 0xffffffffLL));
    e.table = uint32_t(integer(o, "table", 0, 0, 0xffffffffLL));
    e.device = text(o, "device");
    e.server = text(o, "server");
    e.port = uint16_t(integer(o, "port", 0, 0, 65535));
    e.username = text(o, "username");
    e.password = text(o, "password");
    return e;
}

PoolSpec poolFrom(const json::Object &o)
{
    PoolSpec p;
    p.name = text(o, "name");
    const std::string subnet = text(o, "subnet");
    const auto prefix = PrefixSpec::parse(subnet);
    if (!prefix)
        throw Bad{"pools/" + p.name + "/subnet: not a prefix: \"" + subnet + "\""};
    p.subnet = *prefix;
    p.exit = text(o, "exit");
    for (const json::Value &u : o.value("users").toArray()) {
        const json::Object &uo = u.toObject();
        const std::string address = text(uo, "address");
        const auto a = Addr::parse(address);
        if (!a)
            throw Bad{"pools/" + p.name + "/users/address: not an address: \"" + address + "\""};
        p.users.push_back(UserSpec{text(uo, "name"), *a, text(uo, "exit")});
    }
    return p;
}

std::string readFile(const char *path, int &err)
{
    std::string out;
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        err = errno;
        return out;
    }
    char buf[8192];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0)
        out.append(buf, size_t(n));
    err = n < 0 ? errno : 0;
    ::close(fd);
    return out;
}

// Written to PATH.tmp and renamed over PATH: a reader never sees half.
void writeSnapshot(const Capture &c, const std::string &path)
{
    if (path.empty())
        return;
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    const std::string body = json::Value(c.snapshot()).serialize();
    size_t done = 0;
    while (done < body.size()) {
        const ssize_t n = ::write(fd, body.data() + done, body.size() - done);
        if (n <= 0)
            break;
        done += size_t(n);
    }
    ::close(fd);
    if (done == body.size())
        ::rename(tmp.c_str(), path.c_str());
    else
        ::unlink(tmp.c_str());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: byway-capture CONFIG.json\n");
        return 2;
    }
    int err = 0;
    const std::string body = readFile(argv[1], err);
    if (err) {
        std::fprintf(stderr, "byway-capture: cannot read %s: %s\n", argv[1], std::strerror(err));
        return 2;
    }
    const auto doc = json::parse(body);
    if (!doc || !doc->isObject()) {
        std::fprintf(stderr, "byway-capture: %s: %s\n", argv[1], doc ? "not a JSON object" : doc.error().c_str());
        return 2;
    }
    const json::Object &cfg = doc->toObject();
    CaptureOptions o;
    std::vector<PoolSpec> pools;
    std::vector<ExitSpec> exits;
    std::string statsFile;
    int interval = 500;
    try {
        o.tun = !flag(cfg, "noTun", false);
        o.tunName = text(cfg, "tun", "byway0");
        o.mtu = int(integer(cfg, "mtu", 1300, 576, 65535));
        o.receiveSteering = flag(cfg, "receiveSteering", true);
        o.engine.maxFlows = int(integer(cfg, "maxFlows", 4096, 1, 1 << 24));
        // 0: one worker per CPU (the default, as bywayd's capture.workers).
        o.engine.workers = int(integer(cfg, "workers", 0, 0, kMaxTunQueues));
        o.engine.bypassMark = uint32_t(integer(cfg, "bypassMark", 0x00b70001, 0, 0xffffffffLL));
        const std::string icmp = text(cfg, "icmp", "exit");
        if (icmp != "exit" && icmp != "local")
            throw Bad{"icmp: must be \"exit\" or \"local\""};
        o.engine.icmp = icmp == "local" ? IcmpMode::Local : IcmpMode::Exit;
        for (const json::Value &p : cfg.value("packetInterfaces").toArray()) {
            if (!p.isString() || p.toString().empty())
                throw Bad{"packetInterfaces: every entry must be an interface name or pattern"};
            o.engine.packetInterfaces.push_back(p.toString());
        }
        for (const json::Value &p : cfg.value("pools").toArray())
            pools.push_back(poolFrom(p.toObject()));
        for (const json::Value &e : cfg.value("exits").toArray())
            exits.push_back(exitFrom(e.toObject()));
        for (const json::Value &d : cfg.value("debug").toArray())
            if (!log::setDebug(d.toString(), true))
                throw Bad{"debug: unknown channel \"" + d.toString() + "\" (tun, packet, netstack, forwarder)"};
        statsFile = text(cfg, "statsFile");
        interval = int(integer(cfg, "statsIntervalMs", 500, 10, 3600000));
    } catch (const Bad &bad) {
        std::fprintf(stderr, "byway-capture: %s: %s\n", argv[1], bad.what.c_str());
        return 2;
    }

    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr); // the workers inherit the mask

    auto c = Capture::start(o, pools, exits);
    if (!c) {
        std::fprintf(stderr, "byway-capture: %s\n", c.error().toString().c_str());
        return 1;
    }
    std::printf("ready %s\n", (*c)->tunName().c_str());
    std::fflush(stdout);
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
