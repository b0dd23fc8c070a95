// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/metrics.h"

#include "core/version.h"
#include "daemon/daemon.h"
#include "metrics/exposition.h"
#include "services/probestatus.h"
#include "reconcile/topology.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace byway::daemon {
namespace {

using metrics::Exposition;
using metrics::Labels;
using metrics::Type;

// Seconds; an apply of a big config takes tens of milliseconds, a stuck
// kernel seconds.
const QList<double> kDurationBounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

const QStringList kRollbackReasons{QStringLiteral("manual"), QStringLiteral("revert"), QStringLiteral("health-rollback"),
                                   QStringLiteral("confirm-timeout"), QStringLiteral("apply-failed")};
const QStringList kDriftKinds{QStringLiteral("nft"), QStringLiteral("route"), QStringLiteral("sysctl"),
                              QStringLiteral("other")};

// A counter family whose label values are known in advance: every value is
// written, 0 included, so rate() and alerts see the series from the start.
void counterFamily(Exposition &out, const char *name, const char *help, const char *label, const QStringList &known,
                   const QHash<QString, quint64> &counts)
{
    out.family(name, Type::Counter, help);
    QStringList values = known;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (!values.contains(it.key()))
            values << it.key();
    for (const QString &v : values)
        out.sample(name, {{label, v}}, double(counts.value(v)));
}

QString exitLabel(const QString &exit)
{
    return exit.isEmpty() ? QStringLiteral("main") : exit;
}

// The paths of the applied config's topology with the kernel's rule counters
// attached (topology.get's figures).
void renderPaths(Exposition &out, QJsonObject topology, const QHash<QString, reconcile::Counter> &counters)
{
    reconcile::attachCounters(topology, counters);
    const QJsonArray paths = topology.value(u"paths").toArray();
    for (const char *unit : {"packets", "bytes"}) {
        const QByteArray name = QByteArray("byway_path_") + unit + "_total";
        out.family(name.constData(), Type::Counter,
                   qstrcmp(unit, "packets") == 0
                       ? "Packets Byway's forwarding rules counted on each path of the topology (topology.get)."
                       : "Bytes Byway's forwarding rules counted on each path of the topology (topology.get).");
        for (const QJsonValue &v : paths) {
            const QJsonObject p = v.toObject();
            if (p.value(u"ruleIds").toArray().isEmpty())
                continue; // a path no rule counts (the bypass return path)
            out.sample(name.constData(),
                       {{"path", p.value(u"id").toString()}, {"kind", p.value(u"kind").toString()}},
                       p.value(QLatin1String(unit)).toDouble());
        }
    }
    const QJsonArray drops = topology.value(u"drops").toArray();
    for (const char *unit : {"packets", "bytes"}) {
        const QByteArray name = QByteArray("byway_forward_dropped_") + unit + "_total";
        out.family(name.constData(), Type::Counter,
                   qstrcmp(unit, "packets") == 0
                       ? "Packets Byway's forwarding rules dropped on purpose, by reason."
                       : "Bytes Byway's forwarding rules dropped on purpose, by reason.");
        QHash<QString, double> byReason;
        for (const QJsonValue &v : drops)
            byReason[v.toObject().value(u"reason").toString()] += v.toObject().value(QLatin1String(unit)).toDouble();
        for (auto it = byReason.begin(); it != byReason.end(); ++it)
            out.sample(name.constData(), {{"reason", it.key()}}, it.value());
    }
}

} // namespace

Metrics::Metrics(Daemon &daemon, QObject *parent)
    : QObject(parent), m_daemon(daemon), m_durationBuckets(kDurationBounds.size(), 0)
{
}

void Metrics::onReconcilerEvent(const QString &kind, const QJsonObject &details)
{
    const QString action = details.value(u"action").toString();
    if (kind == u"applied") {
        ++m_applies[{action, QStringLiteral("ok")}];
        const double sec = details.value(u"report").toObject().value(u"totalMs").toDouble() / 1000.0;
        for (qsizetype i = 0; i < kDurationBounds.size(); ++i)
            if (sec <= kDurationBounds[i]) {
                ++m_durationBuckets[i];
                break;
            }
        m_durationSum += sec;
        ++m_durationCount;
        if (action == u"rollback")
            ++m_rollbacks[QStringLiteral("manual")];
        else if (action == u"revert" || action == u"confirm-timeout" || action == u"health-rollback")
            ++m_rollbacks[action];
    } else if (kind == u"error") {
        ++m_applies[{action, QStringLiteral("failed")}];
        // Changes were made and undone: the kernel went back to what it held.
        if (details.value(u"stage").toString() == u"kernel")
            ++m_rollbacks[QStringLiteral("apply-failed")];
    } else if (kind == u"repaired") {
        ++m_applies[{action, details.value(u"ok").toBool() ? QStringLiteral("ok") : QStringLiteral("failed")}];
    } else if (kind == u"drift") {
        // One count per kind of object that drifted in this event.
        QSet<QString> kinds;
        for (const QJsonValue &v : details.value(u"items").toArray()) {
            const QString id = v.toObject().value(u"id").toString();
            const QString k = id.section(u'.', 1, 1);
            kinds.insert(kDriftKinds.contains(k) ? k : QStringLiteral("other"));
        }
        if (kinds.isEmpty())
            kinds.insert(QStringLiteral("other"));
        for (const QString &k : kinds)
            ++m_drift[k];
    }
}

void Metrics::onControlError(const Error &error)
{
    ++m_errors[errorCodeName(error.code)];
}

void Metrics::render(std::function<void(QByteArray)> done)
{
    auto out = std::make_shared<Exposition>();
    renderDaemon(*out);
    renderChanges(*out);
    renderState(*out);
    renderCapture(*out);
    reconcile::Reconciler *r = m_daemon.reconcile().reconciler();
    if (!r)
        return done(out->take());
    // The paths of the applied config, and what the kernel counted on them.
    QJsonObject topology = reconcile::topology(r->applied());
    r->counters([out, topology, done = std::move(done)](QHash<QString, reconcile::Counter> counters) {
        renderPaths(*out, topology, counters);
        done(out->take());
    });
}

void Metrics::renderDaemon(Exposition &out)
{
    out.family("byway_build_info", Type::Gauge, "Always 1; the labels say which bywayd this is.");
    out.sample("byway_build_info",
               {{"version", QString::fromLatin1(kVersion)}, {"protocol", QString::number(kProtocolVersion)}}, 1);
    out.single("byway_start_time_seconds", Type::Gauge, "When bywayd started, seconds since the Unix epoch.",
               double(m_daemon.startedAt().toMSecsSinceEpoch()) / 1000.0);
}

void Metrics::renderChanges(Exposition &out)
{
    out.family("byway_applies_total", Type::Counter,
               "Changes the reconciler made to the kernel, by action (apply, rollback, revert, confirm-timeout, "
               "startup, session, cleanup) and result.");
    QHash<std::pair<QString, QString>, quint64> applies = m_applies;
    for (const char *action : {"apply", "rollback", "revert", "confirm-timeout"})
        for (const char *result : {"ok", "failed"})
            if (const std::pair key{QString::fromLatin1(action), QString::fromLatin1(result)}; !applies.contains(key))
                applies.insert(key, 0);
    QList<std::pair<QString, QString>> keys = applies.keys();
    std::sort(keys.begin(), keys.end());
    for (const auto &k : keys)
        out.sample("byway_applies_total", {{"action", k.first}, {"result", k.second}}, double(applies.value(k)));

    QList<uint64_t> cumulative;
    uint64_t running = 0;
    for (quint64 n : m_durationBuckets)
        cumulative << (running += n);
    out.histogram("byway_apply_duration_seconds",
                  "Time of successful changes, from the request to the kernel verified and the config stored.",
                  kDurationBounds, cumulative, m_durationSum, m_durationCount);
    counterFamily(out, "byway_rollbacks_total",
                  "Times the kernel went back to an earlier config: manual (config.rollback), revert, "
                  "confirm-timeout (commit-confirm not confirmed), health-rollback (a health-checked confirm's checks "
                  "failed), apply-failed (undone after a kernel error).",
                  "reason", kRollbackReasons, m_rollbacks);
    counterFamily(out, "byway_drift_events_total",
                  "Drift found (Byway's kernel state changed by someone else), by kind of object.", "kind", kDriftKinds,
                  m_drift);
}

void Metrics::renderState(Exposition &out)
{
    const QJsonObject state = m_daemon.reconcile().applyState();
    out.family("byway_apply_state", Type::Gauge,
               "1 for the state the kernel is in: applied (holds the stored config), failed, unavailable.");
    for (const char *s : {"applied", "failed", "unavailable"})
        out.sample("byway_apply_state", {{"state", QLatin1String(s)}},
                   state.value(u"state").toString() == QLatin1String(s) ? 1 : 0);
    reconcile::Reconciler *r = m_daemon.reconcile().reconciler();
    out.single("byway_confirm_pending", Type::Gauge, "1 while a commit-confirm waits to be confirmed.",
               r && !r->pendingJson().isEmpty() ? 1 : 0);

    // The probe's verdict and its findings.
    const auto &last = m_daemon.probes().last();
    const QString mode = last ? probe::modeName(last->mode) : QStringLiteral("unknown");
    out.family("byway_probe_mode", Type::Gauge,
               "1 for the mode the last probe found: standard, compat, limited (unknown before the first probe).");
    for (const char *m : {"standard", "compat", "limited", "unknown"})
        out.sample("byway_probe_mode", {{"mode", QLatin1String(m)}}, mode == QLatin1String(m) ? 1 : 0);
    const QJsonValue summary = services::probeSummary(m_daemon.probes(), m_daemon.config().config());
    out.family("byway_probe_findings", Type::Gauge, "Checks of the last probe, by status.");
    for (const char *s : {"ok", "warn", "fail", "info", "skipped"})
        out.sample("byway_probe_findings", {{"status", QLatin1String(s)}},
                   summary.toObject().value(QLatin1String(s)).toDouble());
    QHash<QString, int> severities;
    for (const QJsonValue &f : m_daemon.reconcile().findings())
        ++severities[f.toObject().value(u"severity").toString()];
    out.family("byway_findings", Type::Gauge,
               "Findings of the stored config against the live box (status.get's findings), by severity.");
    for (const char *s : {"error", "warning", "info"})
        out.sample("byway_findings", {{"severity", QLatin1String(s)}}, severities.value(QLatin1String(s)));

    out.single("byway_sessions", Type::Gauge, "VPN sessions the servers asserted (session.list).",
               double(m_daemon.sessions().sessions().size()));
    const int remote = m_daemon.remote().clientCount();
    out.single("byway_control_clients", Type::Gauge, "Connections on the local control socket.",
               double(m_daemon.clientCount() - remote));
    out.single("byway_remote_clients", Type::Gauge, "Connections on the remote TLS listener.", double(remote));
    counterFamily(out, "byway_control_errors_total",
                  "Requests answered with an error (local and remote), by error code.", "code", {}, m_errors);
}

void Metrics::renderCapture(Exposition &out)
{
    capture::Capture *c = m_daemon.reconcile().capture();
    out.single("byway_capture_active", Type::Gauge, "1 while the compat capture runs.", c ? 1 : 0);
    if (!c)
        return;
    const capture::Capture::Figures f = c->figures();
    out.single("byway_capture_flows", Type::Gauge, "Flows in the capture's flow table.", double(f.flowTable));
    out.single("byway_capture_flow_limit", Type::Gauge,
               "The flow table's bound in force: capture.maxFlows, or fewer where bywayd's file limit is lower.",
               double(f.flowLimit));
    out.family("byway_capture_flows_created_total", Type::Counter, "Flows the capture started, by protocol.");
    out.sample("byway_capture_flows_created_total", {{"protocol", QStringLiteral("tcp")}}, double(f.tcpFlows));
    out.sample("byway_capture_flows_created_total", {{"protocol", QStringLiteral("udp")}}, double(f.udpFlows));
    out.sample("byway_capture_flows_created_total", {{"protocol", QStringLiteral("icmp")}}, double(f.icmpFlows));
    out.family("byway_capture_packets_total", Type::Counter,
               "IP packets the capture read from clients (in) and wrote to them (out), on the TUN and AF_PACKET.");
    out.sample("byway_capture_packets_total", {{"direction", QStringLiteral("in")}}, double(f.packetsIn));
    out.sample("byway_capture_packets_total", {{"direction", QStringLiteral("out")}}, double(f.packetsOut));
    out.family("byway_capture_ip_bytes_total", Type::Counter,
               "Bytes of those IP packets, headers included, by direction.");
    out.sample("byway_capture_ip_bytes_total", {{"direction", QStringLiteral("in")}}, double(f.bytesIn));
    out.sample("byway_capture_ip_bytes_total", {{"direction", QStringLiteral("out")}}, double(f.bytesOut));
    out.family("byway_capture_drops_total", Type::Counter, "Packets the capture dropped, by reason.");
    for (size_t i = 0; i < f.drops.size(); ++i)
        out.sample("byway_capture_drops_total", {{"reason", QString::fromLatin1(capture::dropName(capture::Drop(i)))}},
                   double(f.drops[i]));

    // Every exit of the config has its series from the start (0 until a
    // flow used it), so rate() and alerts see them before the first flow.
    QMap<QString, capture::UserCounters> exits;
    exits[exitLabel({})];
    for (const config::Exit &e : m_daemon.config().config().exits)
        exits[exitLabel(e.name)];
    for (const capture::UserCounters &e : f.exits)
        exits[exitLabel(QString::fromStdString(e.user))] = e;
    out.family("byway_capture_bytes_total", Type::Counter,
               "Payload bytes the capture carried, by exit (main = the main table) and direction: up = from "
               "clients out through the exit, down = back to the clients.");
    for (auto it = exits.begin(); it != exits.end(); ++it) {
        out.sample("byway_capture_bytes_total", {{"exit", it.key()}, {"direction", QStringLiteral("up")}},
                   double(it->bytesOut));
        out.sample("byway_capture_bytes_total", {{"exit", it.key()}, {"direction", QStringLiteral("down")}},
                   double(it->bytesIn));
    }
    out.family("byway_capture_exit_flows", Type::Gauge, "Open capture flows by exit.");
    for (auto it = exits.begin(); it != exits.end(); ++it)
        out.sample("byway_capture_exit_flows", {{"exit", it.key()}}, double(it->openFlows));

    renderCaptureUsers(out, f.users);
    QStringList socksExits;
    for (const config::Exit &e : m_daemon.config().config().exits)
        if (e.type == config::ExitType::Socks5)
            socksExits << e.name;
    m_captureExtras.render(out, f, socksExits);
}

void UserTotals::update(const QStringList &labelled, const std::vector<capture::UserCounters> &counters)
{
    const QString other = QStringLiteral("other");
    const QSet<QString> named(labelled.cbegin(), labelled.cend());
    Sum &folded = m_totals[other];
    for (auto it = m_totals.begin(); it != m_totals.end();) {
        if (it.key() == other || named.contains(it.key())) {
            it->flows = 0;
            ++it;
            continue;
        }
        folded.up += it->up, folded.down += it->down, folded.drops += it->drops;
        it = m_totals.erase(it);
    }
    for (const QString &name : labelled)
        m_totals[name];
    for (const capture::UserCounters &u : counters) {
        const QString user = QString::fromStdString(u.user);
        Sum &seen = m_seen[user];
        Sum &sum = m_totals[named.contains(user) ? user : other];
        sum.up += increaseSince(double(u.bytesOut), seen.up);
        sum.down += increaseSince(double(u.bytesIn), seen.down);
        sum.drops += increaseSince(double(u.drops), seen.drops);
        sum.flows += double(u.openFlows);
    }
    if (size_t(m_seen.size()) > 4 * (counters.size() + size_t(labelled.size()) + 16)) {
        // Forget users the capture no longer reports (bounded memory).
        QSet<QString> live;
        for (const capture::UserCounters &u : counters)
            live.insert(QString::fromStdString(u.user));
        for (auto it = m_seen.begin(); it != m_seen.end();)
            it = live.contains(it.key()) ? std::next(it) : m_seen.erase(it);
    }
}

void Metrics::renderCaptureUsers(Exposition &out, const std::vector<capture::UserCounters> &counters)
{
    // Users named in the config or by a session keep their name (the first
    // kMaxUsers by name), with series from the start; addresses without a
    // name and the rest are "other".
    QStringList named;
    for (const config::Pool &p : m_daemon.config().config().pools)
        for (const config::User &u : p.users)
            named << u.name;
    for (const reconcile::Session &s : m_daemon.sessions().sessions())
        named << s.user;
    named.sort();
    named.removeDuplicates();
    const QString other = QStringLiteral("other");
    named.removeAll(other);
    m_users.update(named.mid(0, kMaxUsers), counters);
    const QMap<QString, UserTotals::Sum> &users = m_users.totals();
    out.family("byway_capture_user_bytes_total", Type::Counter,
               "Payload bytes the capture carried by user and direction (up, down); users beyond the first "
               "100 named ones and unnamed pool addresses are summed as \"other\".");
    for (auto it = users.begin(); it != users.end(); ++it) {
        out.sample("byway_capture_user_bytes_total", {{"user", it.key()}, {"direction", QStringLiteral("up")}},
                   it->up);
        out.sample("byway_capture_user_bytes_total", {{"user", it.key()}, {"direction", QStringLiteral("down")}},
                   it->down);
    }
    out.family("byway_capture_user_flows", Type::Gauge, "Open capture flows by user.");
    for (auto it = users.begin(); it != users.end(); ++it)
        out.sample("byway_capture_user_flows", {{"user", it.key()}}, it->flows);
    out.family("byway_capture_user_drops_total", Type::Counter, "Packets of each user the capture dropped.");
    for (auto it = users.begin(); it != users.end(); ++it)
        out.sample("byway_capture_user_drops_total", {{"user", it.key()}}, it->drops);
}

} // namespace byway::daemon
