// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "polledmodel.h"

#include <QJsonObject>
#include <QList>
#include <QQmlEngine>

namespace byway::qml {

class HelperConnection;

// The findings of bywayd's probe.run: what this box can do and, where it
// cannot, the reason and the fix. Problems sort first so they are seen.
// `loading` while a probe.get or probe.run is out.
class ProbeModel : public PolledModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString mode READ mode NOTIFY reportChanged)
    Q_PROPERTY(QString at READ at NOTIFY reportChanged)
    Q_PROPERTY(int okCount READ okCount NOTIFY reportChanged)
    Q_PROPERTY(int warnCount READ warnCount NOTIFY reportChanged)
    Q_PROPERTY(int failCount READ failCount NOTIFY reportChanged)
public:
    enum Role {
        CheckRole = Qt::UserRole + 1,
        StatusRole,
        CodeRole,
        SummaryRole,
        EvidenceRole,
        ConsequenceRole,
        FixRole,
        MessageIdRole, // "messageId": the finding's message id (render with Messages)
        ArgsRole,      // "args": its values, a JS object
    };
    Q_ENUM(Role)

    struct Finding {
        QString check;
        QString status;
        QString code;
        QString summary;
        QString evidence;
        QString consequence;
        QString fix;
        QString id;
        QJsonObject args;
    };

    explicit ProbeModel(HelperConnection *connection, QObject *parent = nullptr);
    static ProbeModel *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString mode() const { return m_mode; }
    [[nodiscard]] QString at() const { return m_at; }
    [[nodiscard]] int okCount() const { return m_counts[0]; }
    [[nodiscard]] int warnCount() const { return m_counts[1]; }
    [[nodiscard]] int failCount() const { return m_counts[2]; }

    // Asks bywayd to probe again; the list is replaced when the report arrives.
    Q_INVOKABLE void run();
    // bywayd's last report (probe.get), or a probe when it has none.
    void fetchLast();
    // Takes one probe.run result (public for the tests).
    void apply(const QJsonObject &report);

Q_SIGNALS:
    void reportChanged();

protected:
    // probe.get: a report, or null from a bywayd that has not probed yet.
    void take(const QJsonValue &result) override;
    // An older bywayd has no probe.get: probe.
    void fail(const Error &) override { run(); }

private:
    QList<Finding> m_findings;
    QString m_mode;
    QString m_at;
    int m_counts[3] = {0, 0, 0};
};

} // namespace byway::qml
