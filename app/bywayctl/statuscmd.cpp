// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace byway::cli {
namespace {

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
        return QStringLiteral("-");
    case QJsonValue::Array: {
        QStringList parts;
        for (const auto &e : v.toArray())
            parts << (e.isObject() || e.isArray() ? QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)
                                                  : scalarText(e));
        return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

// Rows for members not shown specially, nested objects as "a.b".
void flatten(const QJsonObject &o, const QString &prefix, const QStringList &skip,
             QList<std::pair<QString, QString>> &rows)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (skip.contains(key))
            continue;
        if (it->isObject())
            flatten(it->toObject(), key, skip, rows);
        else
            rows.append({key, scalarText(*it)});
    }
}

std::optional<double> uptimeSeconds(const QJsonObject &s, QStringList &used)
{
    for (const auto &[key, scale] : {std::pair{QStringLiteral("uptimeSec"), 1.0}, {QStringLiteral("uptime"), 1.0},
                                     {QStringLiteral("uptimeMs"), 0.001}}) {
        if (s.value(key).isDouble()) {
            used << key;
            return s.value(key).toDouble() * scale;
        }
    }
    return std::nullopt;
}

// A commit-confirm in flight: when it reverts (local time: the admin reads
// his own clock), who started it and the two ways out. Whoever started it,
// because the admin at the CLI may be the one whose connection it cut.
void pendingRows(const QJsonObject &p, QList<std::pair<QString, QString>> &rows)
{
    const QDateTime deadline = QDateTime::fromString(p.value(u"deadline").toString(), Qt::ISODateWithMs);
    const qint64 left = qint64(p.value(u"secondsLeft").toDouble());
    const QString at = deadline.isValid() ? deadline.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"))
                                          : scalarText(p.value(u"deadline"));
    QString text = QStringLiteral("revision %1 applied by %2 is unconfirmed: reverts at %3 (%4 s left)")
                       .arg(scalarText(p.value(u"revision")), scalarText(p.value(u"who")), at)
                       .arg(std::max<qint64>(0, left));
    rows.append({QStringLiteral("pending"), text});
    // Health-checked: bywayd keeps it by itself once every check passed.
    for (const auto &v : p.value(u"checks").toArray()) {
        const QJsonObject c = v.toObject();
        QString line = QStringLiteral("check %1: %2").arg(c.value(u"name").toString(), c.value(u"state").toString());
        if (c.contains(u"error"))
            line += QStringLiteral(" (%1)").arg(c.value(u"error").toString());
        rows.append({QString(), line});
    }
    rows.append({QString(), QStringLiteral("keep it: bywayctl confirm; go back now: bywayctl rollback")});
}

// Whether the kernel holds the stored config. "failed" and "unavailable"
// carry the reason: a config that is saved but not in force must say so.
void applyRows(const QJsonObject &a, QList<std::pair<QString, QString>> &rows)
{
    const QString state = a.value(u"state").toString();
    if (state == u"applied" || state.isEmpty()) {
        if (!state.isEmpty())
            rows.append({QStringLiteral("apply"), state});
        return;
    }
    const QJsonObject error = a.value(u"error").toObject();
    QString reason = error.value(u"message").toString();
    const QString code = error.value(u"data").toObject().value(u"code").toString();
    if (!code.isEmpty())
        reason = reason.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(reason, code);
    if (reason.isEmpty())
        reason = state;
    QString text = QStringLiteral("not applied: %1").arg(reason);
    if (a.contains(u"at")) {
        const QDateTime at = QDateTime::fromString(a.value(u"at").toString(), Qt::ISODateWithMs);
        if (at.isValid())
            text += QStringLiteral(" (since %1)").arg(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    rows.append({QStringLiteral("apply"), text});
}

// bywayd itself: version, uptime, mode.
void daemonRows(const QJsonObject &s, QList<std::pair<QString, QString>> &rows, QStringList &used)
{
    if (s.contains(u"version")) {
        QString v = scalarText(s.value(u"version"));
        for (const auto key : {u"protocolVersion", u"protocol"})
            if (s.contains(key)) {
                v += QStringLiteral(" (protocol %1)").arg(scalarText(s.value(key)));
                break;
            }
        if (s.contains(u"pid"))
            v += QStringLiteral(", pid %1").arg(scalarText(s.value(u"pid")));
        rows.append({QStringLiteral("bywayd"), v});
        used << QStringLiteral("version") << QStringLiteral("protocolVersion") << QStringLiteral("protocol")
             << QStringLiteral("pid");
    }
    if (auto up = uptimeSeconds(s, used)) {
        QString text = humanDuration(*up);
        if (s.contains(u"startedAt"))
            text += QStringLiteral(" (since %1)").arg(scalarText(s.value(u"startedAt")));
        rows.append({QStringLiteral("uptime"), text});
        used << QStringLiteral("startedAt");
    }
    if (s.contains(u"mode")) {
        // The full probe report is `bywayctl probe`; here only what decided the mode.
        QString text = scalarText(s.value(u"mode"));
        const QJsonObject probe = s.value(u"probe").toObject();
        const QJsonArray reasons = probe.value(u"modeReasons").toArray();
        if (!reasons.isEmpty())
            text += QStringLiteral(" (%1)").arg(scalarText(reasons));
        const QJsonArray off = probe.value(u"featuresOff").toArray();
        if (!off.isEmpty())
            text += QStringLiteral("; off: %1").arg(scalarText(off));
        rows.append({QStringLiteral("mode"), text});
        used << QStringLiteral("mode") << QStringLiteral("probe");
    }
}

// The stored config: revision, source, role, file, problem.
void configRows(const QJsonObject &s, QList<std::pair<QString, QString>> &rows, QStringList &used)
{
    const QJsonObject cfg = s.value(u"config").toObject();
    if (!cfg.isEmpty()) {
        QString text;
        if (cfg.contains(u"revision"))
            text = QStringLiteral("revision %1").arg(scalarText(cfg.value(u"revision")));
        if (cfg.contains(u"source"))
            text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("from ")
                    + scalarText(cfg.value(u"source"));
        if (cfg.contains(u"role"))
            text += (text.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("role ")
                    + scalarText(cfg.value(u"role"));
        if (!text.isEmpty())
            rows.append({QStringLiteral("config"), text});
        if (cfg.contains(u"path"))
            rows.append({QStringLiteral("config file"), scalarText(cfg.value(u"path"))});
        const QString problem = cfg.value(u"problem").toString();
        if (!problem.isEmpty())
            rows.append({QStringLiteral("config problem"), problem});
        used << QStringLiteral("config.revision") << QStringLiteral("config.source") << QStringLiteral("config.role")
             << QStringLiteral("config.problem") << QStringLiteral("config.path");
    } else if (s.value(u"revision").isDouble() || s.value(u"configRevision").isDouble()) {
        const QString key = s.contains(u"revision") ? QStringLiteral("revision") : QStringLiteral("configRevision");
        rows.append({QStringLiteral("config"), QStringLiteral("revision %1").arg(scalarText(s.value(key)))});
        used << key;
    }
}

// Whether the kernel holds it, what the live box says, a confirm in flight.
void stateRows(const QJsonObject &s, QList<std::pair<QString, QString>> &rows, QStringList &used)
{
    if (s.value(u"apply").isObject()) {
        applyRows(s.value(u"apply").toObject(), rows);
        for (const QString &key : s.value(u"apply").toObject().keys())
            used << QStringLiteral("apply.") + key;
        used << QStringLiteral("apply.error.code") << QStringLiteral("apply.error.message")
             << QStringLiteral("apply.error.data");
    }
    if (s.value(u"findings").isArray()) {
        // What the live box says about the stored config, one row each.
        for (const QJsonValue &v : s.value(u"findings").toArray()) {
            const QJsonObject f = v.toObject();
            const QString path = f.value(u"path").toString();
            rows.append({f.value(u"severity").toString(QStringLiteral("finding")),
                         f.value(u"message").toString() + (path.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(path))});
        }
        used << QStringLiteral("findings");
    }
    if (s.contains(u"pending")) {
        if (s.value(u"pending").isObject())
            pendingRows(s.value(u"pending").toObject(), rows);
        used << QStringLiteral("pending");
        for (const QString &key : s.value(u"pending").toObject().keys())
            used << QStringLiteral("pending.") + key;
    }
}

// The compat capture in one row (its counters are `bywayctl flows`): where
// it runs, the flows open, the drops and SOCKS5 exits that failed flows.
void captureRows(const QJsonObject &s, QList<std::pair<QString, QString>> &rows, QStringList &used)
{
    if (!s.value(u"capture").isObject())
        return;
    used << QStringLiteral("capture");
    const QJsonObject c = s.value(u"capture").toObject();
    const QString problem = c.value(u"problem").toString();
    if (!c.value(u"active").toBool()) {
        const bool noPool = c.value(u"idle").toString() == u"no_ipv4_pool";
        rows.append({QStringLiteral("capture"), !problem.isEmpty() ? QStringLiteral("off: ") + problem
                                                : noPool ? QStringLiteral("off: no IPv4 pool to capture (it takes IPv4 pools' traffic only)")
                                                         : QStringLiteral("off")});
        return;
    }
    const QJsonObject st = c.value(u"stats").toObject();
    QString text = QStringLiteral("on %1, %2 worker(s): %3 flow(s) open, %4 dropped")
                       .arg(c.value(u"tun").toString())
                       .arg(st.value(u"workers").toArray().size())
                       .arg(st.value(u"flowTable").toInteger())
                       .arg(st.value(u"dropsTotal").toInteger());
    if (const qint64 failed = st.value(u"socksFailed").toInteger(); failed > 0)
        text += QStringLiteral(", %1 flow(s) failed by SOCKS5 exits").arg(failed);
    rows.append({QStringLiteral("capture"), text + QStringLiteral(" (bywayctl flows)")});
    if (!problem.isEmpty())
        rows.append({QString(), problem});
}

// Who asks, and the remote listener.
void accessRows(const QJsonObject &s, QList<std::pair<QString, QString>> &rows, QStringList &used)
{
    const QJsonObject caller = s.value(u"caller").toObject();
    if (!caller.isEmpty()) {
        const QString who = caller.contains(u"token") ? QStringLiteral("token %1").arg(scalarText(caller.value(u"token")))
                                                      : QStringLiteral("uid %1").arg(scalarText(caller.value(u"uid")));
        rows.append({QStringLiteral("you"), QStringLiteral("%1, %2").arg(who, scalarText(caller.value(u"role")))});
        used << QStringLiteral("caller.uid") << QStringLiteral("caller.role") << QStringLiteral("caller.token")
             << QStringLiteral("caller.tokenId") << QStringLiteral("caller.address");
    }
    if (s.value(u"remote").isObject()) {
        // What an admin at the box compares with the fingerprint a remote GUI shows on first use.
        const QJsonObject remote = s.value(u"remote").toObject();
        if (remote.value(u"enabled").toBool()) {
            rows.append({QStringLiteral("remote"), QStringLiteral("listening on %1 (TLS), %2 client(s)")
                                                       .arg(scalarText(remote.value(u"listen")),
                                                            scalarText(remote.value(u"clients")))});
            rows.append({QStringLiteral("remote cert"), QStringLiteral("SHA-256 %1").arg(scalarText(remote.value(u"fingerprintSha256")))});
            rows.append({QStringLiteral("remote cert file"), QStringLiteral("%1 (valid until %2)")
                                                                 .arg(scalarText(remote.value(u"certificate")),
                                                                      scalarText(remote.value(u"notAfter")))});
        } else {
            rows.append({QStringLiteral("remote"), QStringLiteral("off (bywayd --remote-listen ADDR:PORT)")});
        }
        for (const QString &key : remote.keys())
            used << QStringLiteral("remote.") + key;
    }
}

// The well-known members first, in the order an admin reads them; the
// rest as they come so new fields show up without a CLI change.
void printStatus(Context &ctx, const QJsonObject &s)
{
    QList<std::pair<QString, QString>> rows;
    QStringList used;
    daemonRows(s, rows, used);
    configRows(s, rows, used);
    stateRows(s, rows, used);
    accessRows(s, rows, used);
    captureRows(s, rows, used);
    flatten(s, {}, used, rows);
    printRows(ctx, rows);
}

} // namespace

int runStatus(Context &ctx, const QStringList &args)
{
    static const Verb status{QStringLiteral("status"), QStringLiteral("status"),
                             QStringLiteral("Show bywayd's version, uptime, mode and config revision."),
                             {}, {}, {}, QStringLiteral("status.get"), {}, printStatus};
    return runVerb(ctx, status, args);
}

} // namespace byway::cli
