// SPDX-License-Identifier: GPL-3.0-or-later
// Sysctls that decide whether forwarding and marked routing work. Files under
// /proc/sys/net belong to the network namespace of the reader.
#include "probe/internal.h"

#include <QDir>

#include <sys/statvfs.h>

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

// `family` ("IPv4"/"IPv6") and `name` (the sysctl) are the args of the
// probe.sysctl.forwarding.* messages; the codes keep the family in them.
void forwarding(Findings &out, const QString &check, const QString &path, const QString &name, const QString &family)
{
    bool ok = true;
    const int v = readInt(path, &ok);
    const QString ev = ok ? QStringLiteral("%1 = %2").arg(path).arg(v) : QStringLiteral("%1 unreadable").arg(path);
    const QJsonObject data{{QStringLiteral("value"), v}};
    const QJsonObject args{{QStringLiteral("family"), family}, {QStringLiteral("sysctl"), name}};
    if (ok && v == 1)
        out << okFinding(check, check + QStringLiteral(".on"), msg::Id("probe.sysctl.forwarding.on"), args, ev, data);
    else if (ok)
        out << badFinding(Finding::Status::Warn, check, check + QStringLiteral(".off"),
                          msg::Id("probe.sysctl.forwarding.off"), args, ev, data);
    else
        out << badFinding(Finding::Status::Warn, check, check + QStringLiteral(".absent"),
                          msg::Id("probe.sysctl.forwarding.absent"), args, ev, data);
}
// An unprivileged container gets /proc/sys read-only: the engine sets
// sysctls when it starts the container (docker/podman --sysctl), nobody
// after. Byway then needs forwarding and, for the compat capture's TUN (a new
// interface copies conf/default), an rp_filter that is not strict: loose (2)
// or off (0) as the kernel applies it, max(conf/all, conf/default); the flag
// offered is the loose one.
void readOnly(Findings &out)
{
    struct statvfs st {};
    const bool ro = ::statvfs("/proc/sys/net", &st) == 0 && (st.f_flag & ST_RDONLY) != 0;
    const QString check = QStringLiteral("sysctl.proc");
    if (!ro) {
        out << okFinding(check, QStringLiteral("sysctl.writable"), msg::Id("probe.sysctl.writable"), {},
                         QStringLiteral("/proc/sys/net mounted read-write"), {});
        return;
    }
    struct Need {
        const char *name;
        const char *path;
        const char *value;
    };
    static constexpr Need kNeeds[] = {
        {"net.ipv4.ip_forward", "/proc/sys/net/ipv4/ip_forward", "1"},
        {"net.ipv4.conf.default.rp_filter", "/proc/sys/net/ipv4/conf/default/rp_filter", "2"},
    };
    // rp_filter counts as the kernel applies it, max(all, default), and only
    // strict (1) needs the flag: the same rule as the rp_filter finding below.
    bool allOk = true;
    const int allRp = readInt(QStringLiteral("/proc/sys/net/ipv4/conf/all/rp_filter"), &allOk);
    auto satisfied = [&](const Need &n, const QString &have) {
        if (qstrcmp(n.name, "net.ipv4.conf.default.rp_filter") != 0)
            return have == QLatin1String(n.value);
        bool ok = false;
        const int here = have.toInt(&ok);
        return ok && std::max(allOk ? allRp : 0, here) != 1;
    };
    QStringList missing, flags, ev{QStringLiteral("/proc/sys/net mounted read-only")};
    QJsonObject current;
    for (const Need &n : kNeeds) {
        const auto v = readSmallFile(n.path);
        const QString have = v ? QString::fromLatin1(v->trimmed()) : QStringLiteral("(unreadable)");
        current.insert(QLatin1String(n.name), have);
        ev << QStringLiteral("%1 = %2").arg(QLatin1String(n.name), have);
        if (!satisfied(n, have)) {
            missing << QStringLiteral("%1=%2").arg(QLatin1String(n.name), QLatin1String(n.value));
            flags << QStringLiteral("--sysctl %1=%2").arg(QLatin1String(n.name), QLatin1String(n.value));
        }
    }
    const QJsonObject data{{QStringLiteral("readOnly"), true}, {QStringLiteral("current"), current}};
    if (missing.isEmpty())
        out << okFinding(check, QStringLiteral("sysctl.readonly.preset"), msg::Id("probe.sysctl.readonly.preset"), {},
                         ev.join(QStringLiteral("; ")), data);
    else
        out << badFinding(Finding::Status::Warn, check, QStringLiteral("sysctl.readonly"), msg::Id("probe.sysctl.readonly"),
                          {{QStringLiteral("sysctls"), missing.join(QStringLiteral(", "))},
                           {QStringLiteral("flags"), flags.join(u' ')}},
                          ev.join(QStringLiteral("; ")), data);
}
} // namespace

void checkSysctl(Context &, Findings &out)
{
    readOnly(out);
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
                          msg::Id("probe.sysctl.rp_filter.strict"),
                          {{QStringLiteral("interfaces"), QJsonArray::fromStringList(strict)}}, rpEv, rpData);
    else
        out << okFinding(QStringLiteral("sysctl.rp_filter"), QStringLiteral("sysctl.rp_filter.ok"),
                         msg::Id("probe.sysctl.rp_filter.ok"), {}, rpEv, rpData);

    bool sok = true;
    const int svm = readInt(base + QStringLiteral("all/src_valid_mark"), &sok);
    const QString svmEv = QStringLiteral("net.ipv4.conf.all.src_valid_mark = %1").arg(svm);
    if (sok && svm == 0 && (all > 0 || !strict.isEmpty()))
        out << badFinding(Finding::Status::Warn, QStringLiteral("sysctl.src_valid_mark"), QStringLiteral("sysctl.src_valid_mark.off"),
                          msg::Id("probe.sysctl.src_valid_mark.off"), {}, svmEv, QJsonObject{{QStringLiteral("value"), svm}});
    else
        out << okFinding(QStringLiteral("sysctl.src_valid_mark"), QStringLiteral("sysctl.src_valid_mark.ok"),
                         svm == 1 ? msg::Id("probe.sysctl.src_valid_mark.on") : msg::Id("probe.sysctl.src_valid_mark.not_needed"),
                         {}, svmEv, QJsonObject{{QStringLiteral("value"), svm}});
}

} // namespace byway::probe
