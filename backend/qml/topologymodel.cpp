// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologymodel.h"

#include "helperconnection.h"
#include "singletons.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace byway::qml {

int TopologyPathModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_paths.size());
}

QVariant TopologyPathModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Path &p = m_paths.at(index.row());
    switch (role) {
    case IdRole: return p.id;
    case KindRole: return p.kind;
    case HopsRole: return p.hops;
    case NoteRole: return p.note;
    case SkipsThisBoxRole: return p.skipsThisBox;
    case PacketsRole: return p.packets;
    case BytesRole: return p.bytes;
    case RateRole: return p.rate;
    case CountedRole: return p.counted;
    case ViaCaptureRole: return p.viaCapture;
    case ExitRole: return p.exit;
    case HistoryRole: return QVariant::fromValue(p.history);
    default: return {};
    }
}

QHash<int, QByteArray> TopologyPathModel::roleNames() const
{
    return {{IdRole, "pathId"},  {KindRole, "kind"},   {HopsRole, "hops"},
            {NoteRole, "note"},  {SkipsThisBoxRole, "skipsThisBox"},
            {PacketsRole, "packets"}, {BytesRole, "bytes"}, {RateRole, "rate"}, {CountedRole, "counted"},
            {ViaCaptureRole, "viaCapture"}, {ExitRole, "exit"}, {HistoryRole, "history"}};
}

void TopologyPathModel::update(QList<Path> paths)
{
    const bool sameShape = paths.size() == m_paths.size()
        && std::equal(paths.cbegin(), paths.cend(), m_paths.cbegin(), [](const Path &a, const Path &b) {
               return a.id == b.id && a.kind == b.kind && a.hops == b.hops && a.note == b.note;
           });
    if (!sameShape) {
        beginResetModel();
        m_paths = std::move(paths);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < paths.size(); ++i) {
        Path &old = m_paths[i];
        const Path &now = paths.at(i);
        if (old.packets == now.packets && old.bytes == now.bytes && old.rate == now.rate && old.history == now.history)
            continue;
        old = now;
        const QModelIndex idx = index(int(i));
        Q_EMIT dataChanged(idx, idx, {PacketsRole, BytesRole, RateRole, HistoryRole});
    }
}

TopologyModel::TopologyModel(HelperConnection *connection, QObject *parent)
    : PolledModel(connection,
                  {.method = QStringLiteral("topology.get"), .intervalMs = kPollMs, .timeoutMs = 10000, .active = false,
                   .loadingOnce = true, .secondSampleMs = 500},
                  parent)
{
    followConnection();
}

TopologyModel *TopologyModel::create(QQmlEngine *engine, QJSEngine *)
{
    return new TopologyModel(backendSingleton<HelperConnection>(engine, "HelperConnection"));
}

int TopologyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

QVariant TopologyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Node &n = m_nodes.at(index.row());
    switch (role) {
    case IdRole: return n.id;
    case KindRole: return n.kind;
    case Qt::DisplayRole:
    case LabelRole: return n.label;
    case DetailRole: return n.detail;
    case ColumnRole: return n.column;
    case RowRole: return n.row;
    case RowsInColumnRole: return n.rowsInColumn;
    case PortsRole: return n.ports;
    case MembersRole: return n.members;
    case MembersMoreRole: return n.membersMore;
    default: return {};
    }
}

QHash<int, QByteArray> TopologyModel::roleNames() const
{
    return {{IdRole, "nodeId"}, {KindRole, "kind"},     {LabelRole, "label"},
            {DetailRole, "detail"}, {ColumnRole, "column"}, {RowRole, "row"}, {RowsInColumnRole, "rowsInColumn"},
            {PortsRole, "ports"}, {MembersRole, "members"}, {MembersMoreRole, "membersMore"}};
}

int TopologyModel::kindColumn(const QString &kind)
{
    // Left → right the way traffic leaves: the internet, what is next to it
    // (the main router, the exits), this box, its bridges, then the clients.
    if (kind == u"internet")
        return 0;
    if (kind == u"main-router" || kind == u"exit")
        return 1;
    if (kind == u"this-box")
        return 2;
    if (kind == u"lan" || kind == u"alternate" || kind == u"capture")
        return 3;
    return 4; // clients, pool, anything new
}

void TopologyModel::takeDropsAndFindings(const QJsonObject &t)
{
    bool counted = false;
    qint64 packets = 0;
    qint64 bytes = 0;
    for (const QJsonValue &v : t.value(u"drops").toArray()) {
        const QJsonObject d = v.toObject();
        if (d.value(u"reason").toString() != u"source-outside-pools")
            continue;
        counted = true;
        packets += qint64(d.value(u"packets").toDouble());
        bytes += qint64(d.value(u"bytes").toDouble());
    }
    if (counted != m_foreignDropCounted || packets != m_foreignDropPackets || bytes != m_foreignDropBytes) {
        m_foreignDropCounted = counted;
        m_foreignDropPackets = packets;
        m_foreignDropBytes = bytes;
        Q_EMIT dropsChanged();
    }
    // What bears on the paths drawn here; the Overview lists every finding.
    static const QStringList kAbout{QStringLiteral("env.pool."), QStringLiteral("env.foreign."),
                                    QStringLiteral("env.interface."), QStringLiteral("env.exit.")};
    QJsonArray findings;
    for (const QJsonValue &v : t.value(u"findings").toArray()) {
        const QString id = v.toObject().value(u"id").toString();
        if (std::any_of(kAbout.cbegin(), kAbout.cend(), [&](const QString &p) { return id.startsWith(p); }))
            findings.append(v);
    }
    if (findings != m_findings) {
        m_findings = findings;
        Q_EMIT findingsChanged();
    }
}

void TopologyModel::apply(const QJsonObject &t, qint64 elapsedMs)
{
    ++m_samples;
    const QString role = t.value(u"role").toString();
    if (role != m_role) {
        m_role = role;
        Q_EMIT roleChanged();
    }
    const bool pending = !t.value(u"pending").toObject().isEmpty();
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT pendingChanged();
    }
    takeDropsAndFindings(t);
    takeNodes(t);
    takePaths(t.value(u"paths").toArray(), elapsedMs);
    takeCaptureUsers(t.value(u"capture").toObject());
    markLoaded();
}

QList<TopologyModel::Node> TopologyModel::layoutNodes(const QJsonArray &rawNodes, int &columns, int &maxRows)
{
    // Compact the used columns so a role without a main router or bridges
    // does not leave gaps.
    QList<Node> nodes;
    QMap<int, int> perColumn;
    // Exits share the column of the main router. Without one, the exits start
    // one row down so the line from this box to the internet runs past them,
    // not through them.
    const auto hasKind = [&rawNodes](QStringView kind) {
        return std::any_of(rawNodes.begin(), rawNodes.end(),
                           [kind](const QJsonValue &v) { return v.toObject().value(u"kind").toString() == kind; });
    };
    if (hasKind(u"exit") && !hasKind(u"main-router"))
        perColumn[kindColumn(QStringLiteral("exit"))] = 1;
    for (const QJsonValue &v : rawNodes) {
        const QJsonObject o = v.toObject();
        Node n;
        n.id = o.value(u"id").toString();
        n.kind = o.value(u"kind").toString();
        n.label = o.value(u"label").toString();
        n.detail = o.value(u"detail").toString();
        n.ports = o.value(u"ports").toArray().toVariantList();
        n.members = o.value(u"members").toArray().toVariantList();
        n.membersMore = o.value(u"membersMore").toInt();
        n.column = kindColumn(n.kind);
        n.row = perColumn[n.column]++;
        nodes.append(n);
    }
    QHash<int, int> compact;
    for (auto it = perColumn.cbegin(); it != perColumn.cend(); ++it)
        compact.insert(it.key(), int(compact.size()));
    maxRows = 0;
    for (Node &n : nodes) {
        n.rowsInColumn = perColumn.value(n.column);
        maxRows = std::max(maxRows, n.rowsInColumn);
        n.column = compact.value(n.column);
    }
    columns = int(perColumn.size());
    return nodes;
}

void TopologyModel::takeNodes(const QJsonObject &t)
{
    int columns = 0;
    int maxRows = 0;
    const QList<Node> nodes = layoutNodes(t.value(u"nodes").toArray(), columns, maxRows);
    const bool sameNodes = nodes.size() == m_nodes.size()
        && std::equal(nodes.cbegin(), nodes.cend(), m_nodes.cbegin(), [](const Node &a, const Node &b) {
               return a.id == b.id && a.kind == b.kind && a.label == b.label && a.detail == b.detail
                   && a.ports == b.ports && a.members.size() == b.members.size();
           });
    QList<QPair<QString, QString>> links;
    for (const QJsonValue &v : t.value(u"links").toArray())
        links.append({v.toObject().value(u"from").toString(), v.toObject().value(u"to").toString()});
    if (!sameNodes || links != m_links) {
        m_links = links;
        beginResetModel();
        m_nodes = nodes;
        endResetModel();
        m_columnCount = columns;
        m_maxRows = maxRows;
        Q_EMIT layoutChanged();
        return;
    }
    // The members' counters change every poll: only they, not the layout.
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const Node &n = nodes.at(i);
        if (n.members == m_nodes[i].members && n.membersMore == m_nodes[i].membersMore)
            continue;
        m_nodes[i].members = n.members;
        m_nodes[i].membersMore = n.membersMore;
        Q_EMIT dataChanged(index(int(i)), index(int(i)), {MembersRole, MembersMoreRole});
    }
}

void TopologyModel::takePaths(const QJsonArray &rawPaths, qint64 elapsedMs)
{
    QHash<QString, qint64> previousBytes;
    QHash<QString, QList<double>> previousHistory;
    for (const TopologyPathModel::Path &p : m_paths.paths()) {
        previousBytes.insert(p.id, p.bytes);
        previousHistory.insert(p.id, p.history);
    }
    QString thisBox;
    for (const Node &n : std::as_const(m_nodes))
        if (n.kind == u"this-box")
            thisBox = n.id;
    QList<TopologyPathModel::Path> paths;
    for (const QJsonValue &v : rawPaths) {
        const QJsonObject o = v.toObject();
        TopologyPathModel::Path p;
        p.id = o.value(u"id").toString();
        p.kind = o.value(u"kind").toString();
        for (const QJsonValue &h : o.value(u"hops").toArray())
            p.hops.append(h.toString());
        p.note = o.value(u"note").toString();
        p.skipsThisBox = !thisBox.isEmpty() && p.kind == u"return" && !p.hops.contains(thisBox);
        p.packets = qint64(o.value(u"packets").toDouble());
        p.bytes = qint64(o.value(u"bytes").toDouble());
        p.viaCapture = o.value(u"counter").toString() == u"capture";
        p.exit = o.value(u"exit").toString();
        p.counted = p.viaCapture || !o.value(u"ruleIds").toArray().isEmpty();
        const auto prev = previousBytes.constFind(p.id);
        if (p.counted && prev != previousBytes.cend() && elapsedMs > 0 && p.bytes >= *prev)
            p.rate = double(p.bytes - *prev) * 1000.0 / double(elapsedMs);
        p.history = previousHistory.value(p.id);
        if (p.rate >= 0) {
            p.history.append(p.rate);
            if (p.history.size() > TopologyPathModel::kHistory)
                p.history.remove(0, p.history.size() - TopologyPathModel::kHistory);
        }
        paths.append(p);
    }
    m_paths.update(std::move(paths));
}

void TopologyModel::takeCaptureUsers(const QJsonObject &capture)
{
    QVariantList users;
    for (const QJsonValue &v : capture.value(u"users").toArray())
        users.append(v.toObject().toVariantMap());
    std::sort(users.begin(), users.end(), [](const QVariant &a, const QVariant &b) {
        auto sum = [](const QVariant &u) {
            const QVariantMap m = u.toMap();
            return m.value(QStringLiteral("bytesIn")).toDouble() + m.value(QStringLiteral("bytesOut")).toDouble();
        };
        return sum(a) > sum(b);
    });
    if (users != m_captureUsers) {
        m_captureUsers = users;
        Q_EMIT captureChanged();
    }
}

QVariantMap TopologyModel::node(const QString &id) const
{
    for (const Node &n : m_nodes)
        if (n.id == id)
            return {{QStringLiteral("nodeId"), n.id},         {QStringLiteral("kind"), n.kind},
                    {QStringLiteral("label"), n.label},       {QStringLiteral("detail"), n.detail},
                    {QStringLiteral("column"), n.column},     {QStringLiteral("row"), n.row},
                    {QStringLiteral("rowsInColumn"), n.rowsInColumn}, {QStringLiteral("ports"), n.ports},
                    {QStringLiteral("members"), n.members},   {QStringLiteral("membersMore"), n.membersMore}};
    return {};
}

QVariantList TopologyModel::hopPositions(const QStringList &hops) const
{
    QVariantList out;
    for (const QString &h : hops) {
        const QVariantMap n = node(h);
        if (!n.isEmpty())
            out.append(n);
    }
    return out;
}

} // namespace byway::qml

namespace byway::qml {

QVariantList TopologyModel::pathShapes() const
{
    QVariantList out;
    for (const TopologyPathModel::Path &p : m_paths.paths())
        out.append(QVariantMap{{QStringLiteral("pathId"), p.id},
                               {QStringLiteral("kind"), p.kind},
                               {QStringLiteral("skipsThisBox"), p.skipsThisBox},
                               {QStringLiteral("points"), hopPositions(p.hops)}});
    return out;
}

QVariantList TopologyModel::linkShapes() const
{
    QVariantList out;
    for (const auto &[from, to] : m_links) {
        const QVariantMap a = node(from);
        const QVariantMap b = node(to);
        if (!a.isEmpty() && !b.isEmpty())
            out.append(QVariantMap{{QStringLiteral("from"), a}, {QStringLiteral("to"), b}});
    }
    return out;
}

} // namespace byway::qml
