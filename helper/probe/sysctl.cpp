// SPDX-License-Identifier: GPL-3.0-or-later
// Sysctls that decide whether forwarding and marked routing work. Files under
// /proc/sys/net belong to the network namespace of the reader.
#include "probe/internal.h"

#include <QDir>

#include <algorithm>

namespace byway::probe {

namespace {
int readInt(const QString &path, bool *ok)
{
    auto v = readSmallFile(path.toLocal8Bit().constData());
    if (!v) {
        *ok = false;
        return -1;
    }
    return v->toInt(ok);
}

void forwarding(Findings &out, const QString &check, const QString &path, const QString &name, const QString &what)
{
    bool ok = true;
    const int v = readInt(path, &ok);
    const QString ev = ok ? QStringLiteral("%1 = %2").arg(path).arg(v) : QStringLiteral("%1 unreadable").arg(path);
    const QJsonObject data{{QStringLiteral("value"), v}};
    if (ok && v == 1)
        out << okFinding(check, check + QStringLiteral(".on"), QStringLiteral("%1 forwarding on").arg(what), ev, data);
    else if (ok)
        out << badFinding(Finding::Status::Warn, check, check + QStringLiteral(".off"),
                          QStringLiteral("%1 forwarding off").arg(what), ev,
                          QStringLiteral("The box does not route %1 between interfaces: clients connect, nothing is forwarded.").arg(what),
                          QStringLiteral("set %1=1 (sysctl -w %1=1; persist in /etc/sysctl.d/)").arg(name), data);
    else
        out << badFinding(Finding::Status::Warn, check, check + QStringLiteral(".absent"),
                          QStringLiteral("%1 forwarding setting not found").arg(what), ev,
                          QStringLiteral("%1 is disabled in this kernel or namespace.").arg(what),
                          QStringLiteral("Enable %1 (kernel command line / module options).").arg(what), data);
}
} // namespace

void checkSysctl(Context &, Findings &out)
{
    forwarding(out, QStringLiteral("sysctl.ip_forward"), QStringLiteral("/proc/sys/net/ipv4/ip_forward"),
               QStringLiteral("net.ipv4.ip_forward"), QStringLiteral("IPv4"));
    forwarding(out, QStringLiteral("sysctl.ipv6_forwarding"), QStringLiteral("/proc/sys/net/ipv6/conf/all/forwarding"),
               QStringLiteral("net.ipv6.conf.all.forwarding"), QStringLiteral("IPv6"));

    // rp_filter: the kernel uses max(conf/all, conf/<if>) per interface;
    // 1 (strict) drops the asymmetric returns of a bypass router and replies
    // steered by fwmark into another table.
    const QString base = QStringLiteral("/proc/sys/net/ipv4/conf/");
    bool ok = true;
    const int all = readInt(base + QStringLiteral("all/rp_filter"), &ok);
    const int def = readInt(base + QStringLiteral("default/rp_filter"), &ok);
    QJsonObject perIf;
    QStringList strict, evParts{QStringLiteral("all=%1").arg(all), QStringLiteral("default=%1").arg(def)};
    for (const QString &n : QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (n == u"all" || n == u"default")
            continue;
        bool iok = true;
        const int v = readInt(base + n + QStringLiteral("/rp_filter"), &iok);
        const int eff = std::max(all, v);
        perIf.insert(n, QJsonObject{{QStringLiteral("value"), v}, {QStringLiteral("effective"), eff}});
        evParts << QStringLiteral("%1=%2").arg(n).arg(v);
        if (eff == 1 && n != u"lo")
            strict << n;
    }
    const QJsonObject rpData{{QStringLiteral("all"), all}, {QStringLiteral("default"), def}, {QStringLiteral("interfaces"), perIf}};
    const QString rpEv = QStringLiteral("rp_filter (effective = max(all, if)): ") + evParts.join(u' ');
    if (!strict.isEmpty())
        out << badFinding(Finding::Status::Warn, QStringLiteral("sysctl.rp_filter"), QStringLiteral("sysctl.rp_filter.strict"),
                          QStringLiteral("Strict reverse-path filtering on %1").arg(strict.join(u", ")), rpEv,
                          QStringLiteral("Asymmetric return traffic (bypass router) and replies routed by mark into "
                                         "another table are dropped on these interfaces."),
                          QStringLiteral("set net.ipv4.conf.all.rp_filter=2 and net.ipv4.conf.<if>.rp_filter=2 (loose) "
                                         "for %1").arg(strict.join(u", ")),
                          rpData);
    else
        out << okFinding(QStringLiteral("sysctl.rp_filter"), QStringLiteral("sysctl.rp_filter.ok"),
                         QStringLiteral("No strict reverse-path filtering"), rpEv, rpData);

    bool sok = true;
    const int svm = readInt(base + QStringLiteral("all/src_valid_mark"), &sok);
    const QString svmEv = QStringLiteral("net.ipv4.conf.all.src_valid_mark = %1").arg(svm);
    if (sok && svm == 0 && (all > 0 || !strict.isEmpty()))
        out << badFinding(Finding::Status::Warn, QStringLiteral("sysctl.src_valid_mark"), QStringLiteral("sysctl.src_valid_mark.off"),
                          QStringLiteral("rp_filter ignores fwmarks"), svmEv,
                          QStringLiteral("With rp_filter on, replies arriving on a marked exit fail the reverse-path check."),
                          QStringLiteral("set net.ipv4.conf.all.src_valid_mark=1"), QJsonObject{{QStringLiteral("value"), svm}});
    else
        out << okFinding(QStringLiteral("sysctl.src_valid_mark"), QStringLiteral("sysctl.src_valid_mark.ok"),
                         QStringLiteral("src_valid_mark %1").arg(svm == 1 ? QStringLiteral("on") : QStringLiteral("off (rp_filter not in the way)")),
                         svmEv, QJsonObject{{QStringLiteral("value"), svm}});
}

} // namespace byway::probe
