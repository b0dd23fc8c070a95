// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "polledmodel.h"

#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QQmlEngine>

namespace byway::qml {

class HelperConnection;

// The paths of topology.get (upstream / return), with the rule counters and
// the rate computed from the byte delta between two polls.
class TopologyPathModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by TopologyModel")
public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, HopsRole, NoteRole, SkipsThisBoxRole, PacketsRole, BytesRole,
                RateRole, CountedRole, ViaCaptureRole, ExitRole, HistoryRole };
    Q_ENUM(Role)

    struct Path {
        QString id;
        QString kind;
        QStringList hops;
        QString note;
        bool skipsThisBox = false;
        qint64 packets = 0;
        qint64 bytes = 0;
        double rate = -1; // bytes per second; -1 until two samples exist
        bool counted = false; // a rule or the capture counts it (else no counters exist)
        bool viaCapture = false; // counted by the compat capture (per exit)
        QString exit;         // capture paths: the exit ("main": none)
        QList<double> history; // the rates of the last kHistory polls, oldest first
    };
    // Rates kept per path for the throughput chart: 3 minutes of 2 s polls.
    static constexpr int kHistory = 90;

    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Same ids in the same order: only the counters changed (dataChanged);
    // otherwise a reset.
    void update(QList<Path> paths);
    [[nodiscard]] const QList<Path> &paths() const { return m_paths; }

private:
    QList<Path> m_paths;
};

// topology.get as a graph for the Topology page: nodes (this model) laid out
// in columns left→right by kind, and the paths (TopologyModel.paths). Polls
// every 2 s while `active` (the page is visible).
class TopologyModel : public PolledModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString role READ role NOTIFY roleChanged)
    Q_PROPERTY(int columnCount READ columnCount NOTIFY layoutChanged)
    Q_PROPERTY(int maxRows READ maxRows NOTIFY layoutChanged)
    Q_PROPERTY(TopologyPathModel *paths READ paths CONSTANT)
    Q_PROPERTY(bool pending READ pending NOTIFY pendingChanged)
    // Packets from the VPN interfaces whose source is in no pool, dropped
    // before the WAN (topology.get "drops", reason source-outside-pools).
    // `foreignDropCounted`: this bywayd and role count them at all.
    Q_PROPERTY(bool foreignDropCounted READ foreignDropCounted NOTIFY dropsChanged)
    Q_PROPERTY(double foreignDropPackets READ foreignDropPackets NOTIFY dropsChanged)
    Q_PROPERTY(double foreignDropBytes READ foreignDropBytes NOTIFY dropsChanged)
    // topology.get's findings about the traffic picture (VPN peers outside
    // every pool, foreign drop chains, missing interfaces, exits): [{id, args, message, severity, path}].
    Q_PROPERTY(QVariantList findings READ findings NOTIFY findingsChanged)
    // The compat capture's per-user counters (topology.get "capture"), the busiest first.
    Q_PROPERTY(QVariantList captureUsers READ captureUsers NOTIFY captureChanged)
public:
    static constexpr int kPollMs = 2000;
    enum Role { IdRole = Qt::UserRole + 1, KindRole, LabelRole, DetailRole, ColumnRole, RowRole, RowsInColumnRole,
                PortsRole, MembersRole, MembersMoreRole };
    Q_ENUM(Role)

    struct Node {
        QString id;
        QString kind;
        QString label;
        QString detail;
        int column = 0;
        int row = 0;
        int rowsInColumn = 1;
        QVariantList ports;   // this box: [{name, role, subnets}]
        QVariantList members; // clients / pools: known clients [{name, address?, source, bytesIn?, bytesOut?}]
        int membersMore = 0;  // known clients left out of `members`
    };

    explicit TopologyModel(HelperConnection *connection, QObject *parent = nullptr);
    static TopologyModel *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString role() const { return m_role; }
    [[nodiscard]] int columnCount() const { return m_columnCount; }
    [[nodiscard]] int maxRows() const { return m_maxRows; }
    [[nodiscard]] TopologyPathModel *paths() { return &m_paths; }
    [[nodiscard]] bool pending() const { return m_pending; }
    [[nodiscard]] bool foreignDropCounted() const { return m_foreignDropCounted; }
    [[nodiscard]] double foreignDropPackets() const { return double(m_foreignDropPackets); }
    [[nodiscard]] double foreignDropBytes() const { return double(m_foreignDropBytes); }
    [[nodiscard]] QVariantList findings() const { return m_findings.toVariantList(); }
    [[nodiscard]] QVariantList captureUsers() const { return m_captureUsers; }
    // Samples taken so far: rates exist from the second one (screenshots wait for it).
    [[nodiscard]] int samples() const { return m_samples; }

    // One node's fields by id (for the detail panel and the path drawing).
    Q_INVOKABLE QVariantMap node(const QString &id) const;
    // The node ids of a path, as label-ready {column,row} positions.
    Q_INVOKABLE QVariantList hopPositions(const QStringList &hops) const;
    // Every path as {pathId, kind, skipsThisBox, points: [node]} for the drawing.
    Q_INVOKABLE QVariantList pathShapes() const;
    // Every physical link as {from: node, to: node} (positions as node() gives them).
    Q_INVOKABLE QVariantList linkShapes() const;

    // One topology.get result; `elapsedMs` since the previous sample (public for the tests).
    void apply(const QJsonObject &topology, qint64 elapsedMs);
    // The layout column of a node kind: internet, main router / exits, this box, bridges, clients / pools.
    [[nodiscard]] static int kindColumn(const QString &kind);

Q_SIGNALS:
    void roleChanged();
    void layoutChanged();
    void pendingChanged();
    void dropsChanged();
    void findingsChanged();
    void captureChanged();

protected:
    void take(const QJsonValue &result) override { apply(result.toObject(), nextSample()); }

private:
    void takeDropsAndFindings(const QJsonObject &topology);
    // apply()'s parts: the nodes laid out in columns (and their members'
    // counters), the paths with their rates, the capture's per-user counters.
    [[nodiscard]] static QList<Node> layoutNodes(const QJsonArray &rawNodes, int &columns, int &maxRows);
    void takeNodes(const QJsonObject &topology);
    void takePaths(const QJsonArray &paths, qint64 elapsedMs);
    void takeCaptureUsers(const QJsonObject &capture);

    TopologyPathModel m_paths;
    QList<Node> m_nodes;
    bool m_pending = false;
    bool m_foreignDropCounted = false;
    qint64 m_foreignDropPackets = 0;
    qint64 m_foreignDropBytes = 0;
    QJsonArray m_findings;
    QVariantList m_captureUsers;
    QList<QPair<QString, QString>> m_links;
    QString m_role;
    int m_columnCount = 0;
    int m_maxRows = 0;
    int m_samples = 0;
};

} // namespace byway::qml
