// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantMap>

namespace byway::qml {

class HelperConnection;

// The live tail of bywayd's log (logs.subscribe → logs.line). Lines are
// collected and inserted in batches on a timer, never one model change per
// line, and the list is a ring: memory stays bounded at any arrival rate.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int capacity READ capacity WRITE setCapacity NOTIFY capacityChanged)
    Q_PROPERTY(bool paused READ paused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(qint64 droppedCount READ droppedCount NOTIFY droppedCountChanged)
    Q_PROPERTY(bool subscribed READ subscribed NOTIFY subscribedChanged)
    Q_PROPERTY(QStringList categories READ categories CONSTANT)
    Q_PROPERTY(QVariantMap debug READ debug NOTIFY debugChanged)
    // Some kept line is from another day than today: the time column shows dates.
    Q_PROPERTY(bool showsDates READ showsDates NOTIFY showsDatesChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
public:
    enum Role {
        SeqRole = Qt::UserRole + 1,
        TimeRole,
        CategoryRole,
        LevelRole,
        LevelValueRole,
        MessageRole,
        StampRole, // the full local date and time (copy, export, the selected line)
    };
    Q_ENUM(Role)
    // Same order as bywayd's levels; the filter compares these numbers.
    enum Level { Debug, Info, Warning, Error, Critical };
    Q_ENUM(Level)

    static constexpr int kDefaultCapacity = 5000;
    static constexpr int kBatchMs = 100;

    struct Line {
        qint64 seq = 0;
        QDateTime at;  // local time; invalid when bywayd's stamp did not parse
        QString time;  // bywayd's stamp as sent, shown when `at` is invalid
        QString category;
        QString level;
        int levelValue = Info;
        QString message;
    };

    explicit LogModel(HelperConnection *connection, QObject *parent = nullptr);
    static LogModel *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_lines.size()); }
    [[nodiscard]] int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    [[nodiscard]] bool paused() const { return m_paused; }
    void setPaused(bool on);
    [[nodiscard]] int pendingCount() const { return int(m_pending.size()); }
    [[nodiscard]] qint64 droppedCount() const { return m_dropped; }
    [[nodiscard]] bool subscribed() const { return m_subscribed; }
    [[nodiscard]] QStringList categories() const;
    [[nodiscard]] QVariantMap debug() const { return m_debug; }
    [[nodiscard]] bool showsDates() const { return m_showsDates; }
    // How a line's time reads: "HH:mm:ss.zzz" today, "yyyy-MM-dd HH:mm:ss" another day.
    [[nodiscard]] static QString timeText(const QDateTime &at, const QDate &today);
    [[nodiscard]] QString errorCode() const { return m_errorCode; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE void clear();
    // Turns the helper's debug output for one category (or "all") on or off.
    Q_INVOKABLE void setDebug(const QString &category, bool enabled);
    // Reads which categories have debug on now (logs.getDebug): whoever
    // switched them, the dialog shows bywayd's state.
    Q_INVOKABLE void refreshDebug();
    [[nodiscard]] static int levelValue(const QString &name);

    // One logs.line notification's params (public for the tests).
    void ingest(const QJsonObject &line);
    // Moves the pending lines into the model now (the timer calls this).
    void flush();

Q_SIGNALS:
    void countChanged();
    void capacityChanged();
    void pausedChanged();
    void pendingCountChanged();
    void droppedCountChanged();
    void subscribedChanged();
    void debugChanged();
    void showsDatesChanged();
    void errorChanged();

private:
    void subscribe();
    void addDropped(qint64 n);
    void setError(const byway::Error &error);
    void takeDebug(const QJsonObject &state);
    void updateToday();

    HelperConnection *m_connection;
    QList<Line> m_lines;
    QList<Line> m_pending;
    QTimer m_batch;
    int m_capacity = kDefaultCapacity;
    bool m_paused = false;
    bool m_subscribed = false;
    qint64 m_dropped = 0;
    QVariantMap m_debug;
    QDate m_today;
    bool m_showsDates = false;
    QString m_errorCode;
    QString m_errorMessage;
};

} // namespace byway::qml
