// SPDX-License-Identifier: GPL-3.0-or-later
// `apply --confirm-when-healthy CHECK...`: the compact check form into the
// `confirm.checks` objects of config.apply. Only the shape is read here;
// bywayd validates the checks (and names the field) as for any client.
#include "commands.h"

#include <QJsonObject>

namespace byway::cli {

bool looksLikeHealthCheck(const QString &arg)
{
    return arg.startsWith(u"tcp:") || arg.startsWith(u"icmp:") || arg.startsWith(u"dns:") || arg.startsWith(u"reconnect:");
}

// tcp:192.0.2.1:443   icmp:192.0.2.1   dns:example.org@192.0.2.53[:53]   tcp:[2001:db8::1]:443
// then ,exit=NAME ,pool=NAME ,timeout=MS ,name=LABEL
// reconnect:192.0.2.7[:7443] (,name=LABEL): the box's new management address
std::expected<QJsonObject, QString> parseHealthCheckArg(const QString &arg)
{
    const qsizetype colon = arg.indexOf(u':');
    if (colon < 0 || !looksLikeHealthCheck(arg))
        return std::unexpected(QStringLiteral("%1: a check starts with tcp:, icmp:, dns: or reconnect:").arg(arg));
    QStringList parts = arg.mid(colon + 1).split(u',');
    QJsonObject check{{QStringLiteral("kind"), arg.left(colon)}};
    QString target = parts.takeFirst();
    if (check.value(u"kind").toString() == u"dns") {
        const qsizetype at = target.indexOf(u'@');
        if (at < 0)
            return std::unexpected(QStringLiteral("%1: a dns check names its server: dns:NAME@SERVER").arg(arg));
        check.insert(QStringLiteral("server"), target.mid(at + 1));
        target = target.left(at);
    }
    if (target.isEmpty())
        return std::unexpected(QStringLiteral("%1: the target is missing").arg(arg));
    check.insert(check.value(u"kind").toString() == u"reconnect" ? QStringLiteral("address") : QStringLiteral("target"),
                 target);
    for (const QString &p : std::as_const(parts)) {
        const QString key = p.section(u'=', 0, 0);
        const QString value = p.section(u'=', 1);
        if (value.isEmpty())
            return std::unexpected(QStringLiteral("%1: %2 needs a value (%2=...)").arg(arg, key));
        if (key == u"exit") {
            check.insert(QStringLiteral("exit"), value);
        } else if (key == u"pool") {
            check.insert(QStringLiteral("fromPool"), value);
        } else if (key == u"name") {
            check.insert(QStringLiteral("name"), value);
        } else if (key == u"timeout") {
            bool ok = false;
            const int ms = value.toInt(&ok);
            if (!ok)
                return std::unexpected(QStringLiteral("%1: timeout takes milliseconds").arg(arg));
            check.insert(QStringLiteral("timeoutMs"), ms);
        } else {
            return std::unexpected(QStringLiteral("%1: unknown option %2 (exit, pool, timeout, name)").arg(arg, key));
        }
    }
    return check;
}

} // namespace byway::cli
