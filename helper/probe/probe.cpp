// SPDX-License-Identifier: GPL-3.0-or-later
// run(): the check table, the shared Context, the report and its JSON.
#include "probe/probe.h"
#include "probe/internal.h"
#include "probe/fd.h"

#include "core/logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace byway::probe {

QString modeName(Mode m)
{
    switch (m) {
    case Mode::Standard: return QStringLiteral("standard");
    case Mode::Compat: return QStringLiteral("compat");
    case Mode::Limited: return QStringLiteral("limited");
    }
    return QStringLiteral("limited");
}

QString statusName(Finding::Status s)
{
    switch (s) {
    case Finding::Status::Ok: return QStringLiteral("ok");
    case Finding::Status::Warn: return QStringLiteral("warn");
    case Finding::Status::Fail: return QStringLiteral("fail");
    case Finding::Status::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("skipped");
}

namespace {

struct CheckEntry {
    const char *name;
    void (*fn)(Context &, Findings &);
    bool reach;     // only with Options::reachability or when named
    bool forMode;   // always run: the mode depends on it
};

constexpr CheckEntry kChecks[] = {
    {"caps", checkCaps, false, true},         {"nftables", checkNftables, false, true},
    {"legacy", checkLegacy, false, false},    {"mixed", checkMixed, false, false},
    {"foreign", checkForeign, false, false},  {"tun", checkTun, false, true},
    {"packet", checkPacket, false, true},     {"netns", checkNetns, false, false},
    {"sysctl", checkSysctl, false, false},    {"fibrules", checkFibRules, false, false},
    {"xfrm", checkXfrm, false, false},        {"ppp", checkPpp, false, false},
    {"owners", checkOwners, false, false},    {"gateway", checkGateway, true, false},
    {"reach", checkReach, true, false},       {"ipv6", checkIpv6, true, false},
    {"pmtu", checkPmtu, true, false},
};

} // namespace

const QStringList &checkNames()
{
    static const QStringList names = [] {
        QStringList n;
        for (const CheckEntry &c : kChecks)
            n << QString::fromLatin1(c.name);
        return n;
    }();
    return names;
}

const Caps &Context::caps()
{
    if (!m_caps)
        m_caps = readCaps();
    return *m_caps;
}
const NftState &Context::nft()
{
    if (!m_nft)
        m_nft = readNft();
    return *m_nft;
}
const LegacyState &Context::legacy()
{
    if (!m_legacy)
        m_legacy = readLegacy();
    return *m_legacy;
}
const RuleState &Context::fibRules()
{
    if (!m_rules)
        m_rules = readFibRules();
    return *m_rules;
}

Report run(const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    Report report;
    report.at = QDateTime::currentDateTimeUtc();
    Context ctx(options);

    for (const QString &name : options.checks) {
        if (!checkNames().contains(name))
            report.findings << badFinding(Finding::Status::Skipped, QStringLiteral("probe"),
                                          QStringLiteral("probe.check.unknown"), msg::Id("probe.check.unknown"),
                                          {{QStringLiteral("check"), name},
                                           {QStringLiteral("known"), QJsonArray::fromStringList(checkNames())}},
                                          name);
    }
    auto wanted = [&](const CheckEntry &c) {
        const bool named = options.checks.contains(QString::fromLatin1(c.name));
        return options.checks.isEmpty() ? (!c.reach || options.reachability)
                                        : (named || c.forMode || (c.reach && options.reachability));
    };
    for (const CheckEntry &c : kChecks) {
        const QString name = QString::fromLatin1(c.name);
        if (!wanted(c))
            continue;
        QElapsedTimer t;
        t.start();
        const qsizetype before = report.findings.size();
        c.fn(ctx, report.findings);
        for (qsizetype i = before; i < report.findings.size(); ++i) {
            const Finding &f = report.findings.at(i);
            qCDebug(lcProbe).noquote() << name << f.code << statusName(f.status) << "evidence:" << f.evidence;
        }
        qCDebug(lcProbe).noquote() << name << "took" << t.nsecsElapsed() / 1000 << "us";
    }

    const Decision d = decide(report.findings);
    report.mode = d.mode;
    report.modeReasons = d.reasons;
    report.featuresOff = d.featuresOff;
    report.durationUs = timer.nsecsElapsed() / 1000;
    // One string: streaming an empty part would leave a double space in the admin's log.
    qCInfo(lcProbe).noquote() << QStringLiteral("mode %1 because %2%3 (%4 us)")
                                     .arg(modeName(d.mode), d.reasons.join(u", "),
                                          d.featuresOff.isEmpty() ? QString() : QStringLiteral("; off: ") + d.featuresOff.join(u", "))
                                     .arg(report.durationUs);
    return report;
}

QJsonObject toJson(const Report &r)
{
    QJsonArray findings;
    for (const Finding &f : r.findings)
        findings.append(QJsonObject{{QStringLiteral("check"), f.check}, {QStringLiteral("status"), statusName(f.status)},
                                    {QStringLiteral("code"), f.code}, {QStringLiteral("id"), f.id},
                                    {QStringLiteral("args"), f.args}, {QStringLiteral("summary"), f.summary},
                                    {QStringLiteral("evidence"), f.evidence}, {QStringLiteral("consequence"), f.consequence},
                                    {QStringLiteral("fix"), f.fix}, {QStringLiteral("data"), f.data}});
    return QJsonObject{{QStringLiteral("mode"), modeName(r.mode)},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("modeReasons"), QJsonArray::fromStringList(r.modeReasons)},
                       {QStringLiteral("featuresOff"), QJsonArray::fromStringList(r.featuresOff)},
                       {QStringLiteral("at"), r.at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("durationUs"), r.durationUs}};
}

// ---- helpers -------------------------------------------------------------

Finding okFinding(QString check, QString code, msg::Id id, QJsonObject args, QString evidence, QJsonObject data)
{
    Finding f;
    f.check = std::move(check);
    f.status = Finding::Status::Ok;
    f.code = std::move(code);
    f.id = id.toString();
    f.summary = msg::english(f.id, args, msg::Part::Text);
    f.args = std::move(args);
    f.evidence = std::move(evidence);
    f.data = std::move(data);
    return f;
}

Finding badFinding(Finding::Status status, QString check, QString code, msg::Id id, QJsonObject args,
                   QString evidence, QJsonObject data)
{
    Finding f = okFinding(std::move(check), std::move(code), id, std::move(args), std::move(evidence), std::move(data));
    f.status = status;
    f.consequence = msg::english(f.id, f.args, msg::Part::Consequence);
    f.fix = msg::english(f.id, f.args, msg::Part::Fix);
    return f;
}

QString errnoText(int err)
{
    const char *name = strerrorname_np(err);
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(name ? name : "E?"), QString::fromLocal8Bit(strerror(err)));
}

QString nfFamilyName(int family)
{
    switch (family) {
    case 1: return QStringLiteral("inet");
    case 2: return QStringLiteral("ip");
    case 3: return QStringLiteral("arp");
    case 5: return QStringLiteral("netdev");
    case 7: return QStringLiteral("bridge");
    case 10: return QStringLiteral("ip6");
    }
    return QStringLiteral("family%1").arg(family);
}

QString hookName(const QString &family, int hook)
{
    if (family == u"netdev")
        return hook == 0 ? QStringLiteral("ingress") : QStringLiteral("egress");
    if (family == u"arp")
        return hook == 0 ? QStringLiteral("input") : hook == 1 ? QStringLiteral("output") : QStringLiteral("forward");
    static const char *const names[] = {"prerouting", "input", "forward", "output", "postrouting", "ingress"};
    if (hook >= 0 && hook < 6)
        return QString::fromLatin1(names[hook]);
    return QStringLiteral("hook%1").arg(hook);
}

bool isOurTable(const QString &name)
{
    return name.startsWith(u"byway");
}

std::optional<QByteArray> readSmallFile(const char *path, int *err)
{
    // /proc and /sys files report size 0; read until EOF into a small buffer.
    Fd fd(::open(path, O_RDONLY | O_CLOEXEC));
    if (!fd) {
        if (err)
            *err = errno;
        return std::nullopt;
    }
    QByteArray out;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (err)
                *err = errno;
            return std::nullopt;
        }
        if (n == 0)
            break;
        out.append(buf, n);
        if (out.size() > (1 << 20))
            break;
    }
    return out.trimmed();
}

} // namespace byway::probe
