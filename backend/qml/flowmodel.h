// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flowusermodel.h"
#include "polledmodel.h"

#include <QJsonObject>
#include <QList>
#include <QQmlEngine>
#include <QVariantMap>

#include <algorithm>

namespace byway::qml {

class HelperConnection;

// The compat capture's live flows (flows.list): one row per flow with its
// user, 5-tuple, exit, bytes each way, rate, age and state, plus the
// capture statistics and per-user totals (users). Polls every second while
// `active` (the Flows page is visible). Rows are keyed by flow id: a poll
// removes the flows that ended, updates the others in place and appends the
// new ones, so a view keeps its place.
class FlowModel : public PolledModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool captureRunning READ captureRunning NOTIFY captureChanged)
    Q_PROPERTY(QString captureProblem READ captureProblem NOTIFY captureChanged)
    Q_PROPERTY(QString tun READ tun NOTIFY captureChanged)
    Q_PROPERTY(QVariantMap stats READ stats NOTIFY statsChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The capture's open flows: `count` or more, as bywayd lists only the
    // busiest (flows.list's `flowCount`).
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    // The per-user totals listed, and all there are: bywayd lists only the
    // busiest users where a large pool has thousands (flows.list's `userCount`).
    Q_PROPERTY(int userCount READ userCount NOTIFY countChanged)
    Q_PROPERTY(int userTotal READ userTotal NOTIFY countChanged)
    Q_PROPERTY(FlowUserModel *users READ users CONSTANT)
    Q_PROPERTY(bool helperUserTotals READ helperUserTotals NOTIFY statsChanged)
public:
    static constexpr int kPollMs = 1000;
    enum Role {
        IdRole = Qt::UserRole + 1,
        UserRole,
        ProtocolRole,
        SourceRole,
        DestinationRole,
        ExitRole,
        IngressRole,
        BytesUpRole,
        BytesDownRole,
        BytesRole,
        RateRole,
        AgeRole,
        IdleRole,
        StateRole,
    };
    Q_ENUM(Role)

    struct Flow {
        qint64 id = 0;
        QString user;
        QString protocol;
        QString source;
        QString destination;
        QString exit;
        QString ingress;
        qint64 bytesUp = 0;
        qint64 bytesDown = 0;
        double rate = -1; // bytes per second both ways; -1 until two samples exist
        qint64 ageMs = 0;
        qint64 idleMs = 0;
        QString state;
    };

    explicit FlowModel(HelperConnection *connection, QObject *parent = nullptr);
    static FlowModel *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool captureRunning() const { return m_running; }
    [[nodiscard]] QString captureProblem() const { return m_problem; }
    [[nodiscard]] QString tun() const { return m_tun; }
    [[nodiscard]] QVariantMap stats() const { return m_stats; }
    [[nodiscard]] int count() const { return int(m_flows.size()); }
    [[nodiscard]] int total() const { return std::max(m_total, count()); }
    [[nodiscard]] FlowUserModel *users() { return &m_users; }
    [[nodiscard]] int userCount() const { return m_users.rowCount(); }
    [[nodiscard]] int userTotal() const { return std::max(m_userTotal, userCount()); }
    [[nodiscard]] bool helperUserTotals() const { return m_helperUsers; }
    // Samples taken so far: rates exist from the second one (screenshots wait for it).
    [[nodiscard]] int samples() const { return m_samples; }

    // One flows.list result; `elapsedMs` since the previous sample, 0 for the
    // first (public for the tests).
    void apply(const QJsonObject &reply, qint64 elapsedMs);

Q_SIGNALS:
    void captureChanged();
    void statsChanged();
    void countChanged();

protected:
    void take(const QJsonValue &result) override { apply(result.toObject(), nextSample()); }

private:
    void updateFlows(QList<Flow> flows, qint64 elapsedMs);
    void updateUsers(const QJsonObject &reply, qint64 elapsedMs);
    [[nodiscard]] static Flow parseFlow(const QJsonObject &o);

    FlowUserModel m_users;
    QList<Flow> m_flows;
    bool m_running = false;
    bool m_helperUsers = false;
    int m_samples = 0;
    int m_total = 0;
    int m_userTotal = 0;
    QString m_problem;
    QString m_tun;
    QVariantMap m_stats;
};

} // namespace byway::qml
