// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/probestatus.h"

#include "core/messages/messages.h"
#include "reconcile/verdict.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace byway::services {

namespace {

// Whether a warning or failure of the probe can matter for what the config
// does: /dev/ppp means nothing to a bypass router, strict rp_filter nothing
// on a port the role never forwards through.
bool relevantFor(const QJsonObject &f, const config::Config &c)
{
    using config::Role;
    const QString code = f.value(u"code").toString();
    const QJsonObject data = f.value(u"data").toObject();
    if (c.role == Role::None)
        return true; // nothing picked yet: everything may matter
    if (code.startsWith(u"ppp.") || code.startsWith(u"xfrm."))
        return c.role == Role::VpnGateway;
    if (code.startsWith(u"foreign."))
        return c.role != Role::WanSeparated;
    if (code == u"sysctl.ip_forward.off")
        return c.role != Role::WanSeparated;
    if (code == u"sysctl.ipv6_forwarding.off")
        return c.ipv6.enabled && c.role != Role::WanSeparated;
    if (code == u"sysctl.src_valid_mark.off") {
        for (const config::Exit &e : c.exits)
            if (e.mark != 0)
                return true;
        return false;
    }
    if (code == u"sysctl.rp_filter.strict") {
        QStringList ports = c.interfaces.lan + c.interfaces.wan;
        if (!c.interfaces.alternate.isEmpty())
            ports << c.interfaces.alternate;
        if (config::captureWanted(c, false) || c.capture.mode == config::CaptureMode::Auto)
            ports << c.capture.tun;
        const QJsonObject ifs = data.value(u"interfaces").toObject();
        for (auto it = ifs.begin(); it != ifs.end(); ++it) {
            if (it.value().toObject().value(u"effective").toInt() != 1)
                continue;
            if (ports.contains(it.key()))
                return true;
            for (const QString &p : c.interfaces.tunnels)
                if (reconcile::matchesPattern(p, it.key()))
                    return true;
        }
        return false;
    }
    return true;
}

} // namespace

probe::Options probeOptions(const config::Config &c)
{
    probe::Options o;
    for (const config::Exit &e : c.exits) {
        if (e.type != config::ExitType::Direct || (e.mark == 0 && e.device.isEmpty()))
            continue;
        o.exits.append(probe::Exit{e.name, e.mark, e.device});
    }
    if (const config::Ipv6 &v6 = c.ipv6; v6.enabled && !v6.egressTargets.isEmpty()) {
        o.reachability = true;
        o.targets = v6.egressTargets;
    }
    return o;
}

QJsonObject probeJson(const probe::Report &r, const config::Config &c)
{
    QJsonObject out = probe::toJson(r);
    QJsonArray findings;
    for (const QJsonValue &v : out.value(u"findings").toArray()) {
        QJsonObject f = v.toObject();
        const QString status = f.value(u"status").toString();
        if ((status == u"warn" || status == u"fail") && !relevantFor(f, c)) {
            const QJsonObject args{{QStringLiteral("role"), config::roleName(c.role)}};
            f.insert(QStringLiteral("status"), QStringLiteral("info"));
            f.insert(QStringLiteral("note"), QJsonObject{{QStringLiteral("id"), QStringLiteral("probe.not_for_role")},
                                                         {QStringLiteral("args"), args},
                                                         {QStringLiteral("message"), msg::english(QStringLiteral("probe.not_for_role"), args)}});
        }
        findings.append(f);
    }
    out.insert(QStringLiteral("findings"), findings);
    return out;
}

QJsonValue probeSummary(const ProbeRunner &probes, const config::Config &c)
{
    const auto &last = probes.last();
    if (!last)
        return QJsonValue::Null;
    QHash<QString, int> counts;
    for (const QJsonValue &f : probeJson(*last, c).value(u"findings").toArray())
        ++counts[f.toObject().value(u"status").toString()];
    return QJsonObject{
        {QStringLiteral("mode"), probe::modeName(last->mode)},
        {QStringLiteral("ok"), counts.value(QStringLiteral("ok"))},
        {QStringLiteral("warn"), counts.value(QStringLiteral("warn"))},
        {QStringLiteral("fail"), counts.value(QStringLiteral("fail"))},
        {QStringLiteral("info"), counts.value(QStringLiteral("info"))},
        {QStringLiteral("skipped"), counts.value(QStringLiteral("skipped"))},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(last->modeReasons)},
        {QStringLiteral("at"), last->at.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace byway::services
