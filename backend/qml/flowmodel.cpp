// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowmodel.h"

#include "helperconnection.h"
#include "singletons.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <utility>

namespace byway::qml {
namespace {

qint64 number(const QJsonObject &o, QStringView key)
{
    return qint64(o.value(key).toDouble());
}

// The first member of `keys` that is present, as a number: tolerant of the
// spelling of the helper's per-user counters.
qint64 firstNumber(const QJsonObject &o, std::initializer_list<QStringView> keys)
{
    for (QStringView k : keys)
        if (o.contains(k))
            return number(o, k);
    return 0;
}

} // namespace

FlowModel::FlowModel(HelperConnection *connection, QObject *parent)
    : PolledModel(connection,
                  {.method = QStringLiteral("flows.list"), .intervalMs = kPollMs, .timeoutMs = 10000, .active = false,
                   .loadingOnce = true},
                  parent)
{
    followConnection();
}

FlowModel *FlowModel::create(QQmlEngine *engine, QJSEngine *)
{
    return new FlowModel(backendSingleton<HelperConnection>(engine, "HelperConnection"));
}

int FlowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flows.size());
}

QVariant FlowModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Flow &f = m_flows.at(index.row());
    switch (role) {
    case IdRole: return f.id;
    case Qt::DisplayRole:
    case UserRole: return f.user;
    case ProtocolRole: return f.protocol;
    case SourceRole: return f.source;
    case DestinationRole: return f.destination;
    case ExitRole: return f.exit;
    case IngressRole: return f.ingress;
    case BytesUpRole: return f.bytesUp;
    case BytesDownRole: return f.bytesDown;
    case BytesRole: return f.bytesUp + f.bytesDown;
    case RateRole: return f.rate;
    case AgeRole: return f.ageMs;
    case IdleRole: return f.idleMs;
    case StateRole: return f.state;
    default: return {};
    }
}

QHash<int, QByteArray> FlowModel::roleNames() const
{
    return {{IdRole, "flowId"},         {UserRole, "user"},       {ProtocolRole, "protocol"},
            {SourceRole, "source"},     {DestinationRole, "destination"}, {ExitRole, "exit"},
            {IngressRole, "ingress"},   {BytesUpRole, "bytesUp"}, {BytesDownRole, "bytesDown"},
            {BytesRole, "bytes"},       {RateRole, "rate"},       {AgeRole, "ageMs"},
            {IdleRole, "idleMs"},       {StateRole, "state"}};
}

FlowModel::Flow FlowModel::parseFlow(const QJsonObject &o)
{
    Flow f;
    f.id = number(o, u"id");
    f.user = o.value(u"user").toString();
    f.protocol = o.value(u"protocol").toString();
    f.source = o.value(u"source").toString();
    f.destination = o.value(u"destination").toString();
    f.exit = o.value(u"exit").toString();
    f.ingress = o.value(u"ingress").toString();
    f.bytesUp = number(o, u"bytesUp");
    f.bytesDown = number(o, u"bytesDown");
    f.ageMs = number(o, u"ageMs");
    f.idleMs = number(o, u"idleMs");
    f.state = o.value(u"state").toString();
    return f;
}

void FlowModel::apply(const QJsonObject &reply, qint64 elapsedMs)
{
    ++m_samples;
    const bool running = reply.value(u"active").toBool();
    const QString problem = reply.value(u"problem").toString();
    const QString tun = reply.value(u"tun").toString();
    if (running != m_running || problem != m_problem || tun != m_tun) {
        m_running = running;
        m_problem = problem;
        m_tun = tun;
        Q_EMIT captureChanged();
    }

    QList<Flow> flows;
    const QJsonArray list = reply.value(u"flows").toArray();
    flows.reserve(list.size());
    for (const QJsonValue &v : list)
        flows.append(parseFlow(v.toObject()));
    const int total = int(reply.value(u"flowCount").toInteger(list.size()));
    const int userTotal = int(reply.value(u"userCount").toInteger(0));
    const std::pair usersBefore(userCount(), m_userTotal);
    const bool totalChanged = total != m_total;
    m_total = total;
    updateFlows(std::move(flows), elapsedMs);
    updateUsers(reply, elapsedMs);
    m_userTotal = userTotal;
    if (totalChanged || usersBefore != std::pair(userCount(), m_userTotal))
        Q_EMIT countChanged();

    QVariantMap stats = reply.value(u"stats").toObject().toVariantMap();
    if (stats != m_stats) {
        m_stats = std::move(stats);
        Q_EMIT statsChanged();
    }
    markLoaded();
}

void FlowModel::updateFlows(QList<Flow> flows, qint64 elapsedMs)
{
    const int oldCount = count();
    QHash<qint64, qsizetype> wanted;
    wanted.reserve(flows.size());
    for (qsizetype i = 0; i < flows.size(); ++i)
        wanted.insert(flows.at(i).id, i);

    // Ended flows, as contiguous blocks from the end.
    for (qsizetype i = m_flows.size() - 1; i >= 0;) {
        if (wanted.contains(m_flows.at(i).id)) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && !wanted.contains(m_flows.at(first - 1).id))
            --first;
        beginRemoveRows({}, int(first), int(i));
        m_flows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }

    // Flows still there: counters in place, one dataChanged over the rows that moved.
    QSet<qint64> have;
    have.reserve(m_flows.size());
    int firstChanged = -1;
    int lastChanged = -1;
    for (qsizetype i = 0; i < m_flows.size(); ++i) {
        Flow &old = m_flows[i];
        have.insert(old.id);
        Flow now = flows.at(wanted.value(old.id));
        const qint64 delta = (now.bytesUp + now.bytesDown) - (old.bytesUp + old.bytesDown);
        now.rate = elapsedMs > 0 ? std::max<qint64>(0, delta) * 1000.0 / double(elapsedMs) : old.rate;
        if (now.bytesUp == old.bytesUp && now.bytesDown == old.bytesDown && now.ageMs == old.ageMs
            && now.idleMs == old.idleMs && now.state == old.state && now.rate == old.rate && now.user == old.user
            && now.exit == old.exit)
            continue;
        old = std::move(now);
        if (firstChanged < 0)
            firstChanged = int(i);
        lastChanged = int(i);
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged), index(lastChanged),
                           {UserRole, ExitRole, BytesUpRole, BytesDownRole, BytesRole, RateRole, AgeRole, IdleRole, StateRole});

    // New flows at the end.
    QList<Flow> fresh;
    for (Flow &f : flows)
        if (!have.contains(f.id))
            fresh.append(std::move(f));
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_flows.size()), int(m_flows.size() + fresh.size()) - 1);
        m_flows.append(std::move(fresh));
        endInsertRows();
    }
    if (count() != oldCount)
        Q_EMIT countChanged();
}

void FlowModel::updateUsers(const QJsonObject &reply, qint64 elapsedMs)
{
    QHash<QString, FlowUserModel::Totals> byUser;
    const bool fromHelper = reply.value(u"users").isArray();
    if (fromHelper) {
        // The helper's counters include flows that already ended.
        for (const QJsonValue &v : reply.value(u"users").toArray()) {
            const QJsonObject o = v.toObject();
            FlowUserModel::Totals t;
            t.user = o.contains(u"user") ? o.value(u"user").toString() : o.value(u"name").toString();
            t.flows = firstNumber(o, {u"flows", u"activeFlows", u"flowCount"});
            t.bytesUp = firstNumber(o, {u"bytesUp", u"bytesOut"});
            t.bytesDown = firstNumber(o, {u"bytesDown", u"bytesIn"});
            byUser.insert(t.user, t);
        }
    } else {
        for (const Flow &f : std::as_const(m_flows)) {
            FlowUserModel::Totals &t = byUser[f.user];
            t.user = f.user;
            ++t.flows;
            t.bytesUp += f.bytesUp;
            t.bytesDown += f.bytesDown;
            // The sum of its flows' rates; -1 while none of them has one yet.
            if (f.rate >= 0)
                t.rate = std::max(t.rate, 0.0) + f.rate;
        }
    }
    QHash<QString, FlowUserModel::Totals> previous;
    for (const FlowUserModel::Totals &t : m_users.totals())
        previous.insert(t.user, t);
    QList<FlowUserModel::Totals> totals;
    for (FlowUserModel::Totals &t : byUser) {
        if (fromHelper) {
            const auto it = previous.constFind(t.user);
            if (it != previous.constEnd() && elapsedMs > 0)
                t.rate = std::max<qint64>(0, (t.bytesUp + t.bytesDown) - (it->bytesUp + it->bytesDown)) * 1000.0 / double(elapsedMs);
            else if (it != previous.constEnd())
                t.rate = it->rate;
        }
        totals.append(t);
    }
    std::sort(totals.begin(), totals.end(), [](const auto &a, const auto &b) { return a.user < b.user; });
    m_users.update(std::move(totals));
    if (fromHelper != m_helperUsers) {
        m_helperUsers = fromHelper;
        Q_EMIT statsChanged();
    }
}

} // namespace byway::qml
