// SPDX-License-Identifier: GPL-3.0-or-later
#include "logmodel.h"

#include "core/logging.h"
#include "helperconnection.h"
#include "singletons.h"

#include <QDateTime>
#include <QPointer>

namespace byway::qml {

LogModel::LogModel(HelperConnection *connection, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
{
    m_today = QDate::currentDate();
    m_batch.setInterval(kBatchMs);
    m_batch.setSingleShot(true);
    connect(&m_batch, &QTimer::timeout, this, &LogModel::flush);
    connect(m_connection, &HelperConnection::connected, this, &LogModel::subscribe);
    connect(m_connection, &HelperConnection::stateChanged, this, [this] {
        if (m_connection->state() != HelperConnection::Connected && m_subscribed) {
            m_subscribed = false;
            Q_EMIT subscribedChanged();
        }
    });
    connect(m_connection, &HelperConnection::notification, this,
            [this](const QString &method, const QJsonObject &params) {
                if (method == u"logs.line")
                    ingest(params);
                else if (method == u"logs.dropped")
                    addDropped(qint64(params.value(u"count").toDouble()));
            });
    if (m_connection->state() == HelperConnection::Connected)
        subscribe();
}

LogModel *LogModel::create(QQmlEngine *engine, QJSEngine *)
{
    return new LogModel(backendSingleton<HelperConnection>(engine, "HelperConnection"));
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines.at(index.row());
    switch (role) {
    case SeqRole: return l.seq;
    case TimeRole: return l.at.isValid() ? timeText(l.at, m_today) : l.time;
    case StampRole: return l.at.isValid() ? l.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) : l.time;
    case CategoryRole: return l.category;
    case LevelRole: return l.level;
    case LevelValueRole: return l.levelValue;
    case Qt::DisplayRole:
    case MessageRole: return l.message;
    default: return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    return {{SeqRole, "seq"},         {TimeRole, "time"},         {CategoryRole, "category"},
            {LevelRole, "level"},     {LevelValueRole, "levelValue"}, {MessageRole, "message"},
            {StampRole, "stamp"}};
}

QStringList LogModel::categories() const
{
    return logging::categoryNames();
}

int LogModel::levelValue(const QString &name)
{
    static constexpr const char16_t *kNames[] = {u"debug", u"info", u"warning", u"error", u"critical"};
    for (int i = 0; i < 5; ++i)
        if (name == QStringView(kNames[i]))
            return i;
    return Info;
}

void LogModel::setCapacity(int capacity)
{
    capacity = std::max(capacity, 1);
    if (capacity == m_capacity)
        return;
    m_capacity = capacity;
    Q_EMIT capacityChanged();
    flush();
}

void LogModel::setPaused(bool on)
{
    if (on == m_paused)
        return;
    m_paused = on;
    Q_EMIT pausedChanged();
    if (!m_paused)
        flush();
}

void LogModel::addDropped(qint64 n)
{
    if (n <= 0)
        return;
    m_dropped += n;
    Q_EMIT droppedCountChanged();
}

void LogModel::setError(const byway::Error &error)
{
    m_errorCode = error.message.isEmpty() ? QString() : errorCodeName(error.code);
    m_errorMessage = error.message;
    Q_EMIT errorChanged();
}

void LogModel::subscribe()
{
    QPointer<LogModel> self(this);
    // Everything down to debug: the level filter is the view's, so changing it
    // needs no new subscription and shows lines that already arrived.
    const QJsonObject params{{QStringLiteral("minLevel"), QStringLiteral("debug")},
                             {QStringLiteral("backlog"), 500}};
    m_connection->client()->call(QStringLiteral("logs.subscribe"), params, [self](Result<QJsonValue> r) {
        if (!self)
            return;
        if (!r) {
            self->setError(r.error());
            return;
        }
        self->setError({});
        // An older bywayd does not say; the switches then show what this window set.
        if (r->toObject().contains(u"debug"))
            self->takeDebug(r->toObject().value(u"debug").toObject());
        if (!self->m_subscribed) {
            self->m_subscribed = true;
            Q_EMIT self->subscribedChanged();
        }
    });
}

void LogModel::ingest(const QJsonObject &line)
{
    // The helper counts what it had to drop for us since the previous line.
    addDropped(qint64(line.value(u"dropped").toDouble()));
    const QString level = line.value(u"level").toString();
    const QDateTime t = QDateTime::fromString(line.value(u"time").toString(), Qt::ISODateWithMs);
    m_pending.append(Line{qint64(line.value(u"seq").toDouble()), t.isValid() ? t.toLocalTime() : QDateTime(),
                          line.value(u"time").toString(),
                          line.value(u"category").toString(), level, levelValue(level),
                          line.value(u"message").toString()});
    // While paused the pending list is the ring: the oldest unseen lines go first.
    if (m_pending.size() > m_capacity) {
        const qsizetype over = m_pending.size() - m_capacity;
        m_pending.remove(0, over);
        addDropped(over);
    }
    Q_EMIT pendingCountChanged();
    if (!m_paused && !m_batch.isActive())
        m_batch.start();
}

QString LogModel::timeText(const QDateTime &at, const QDate &today)
{
    // A line from yesterday (a backlog after a restart, a window left open
    // over midnight) must not read as today's.
    return at.date() == today ? at.toString(QStringLiteral("HH:mm:ss.zzz"))
                              : at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void LogModel::updateToday()
{
    const QDate today = QDate::currentDate();
    if (today != m_today) {
        m_today = today;
        if (!m_lines.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1), {TimeRole});
    }
    // Lines arrive in time order: the oldest kept one decides.
    const bool dates = !m_lines.isEmpty() && m_lines.first().at.isValid() && m_lines.first().at.date() != m_today;
    if (dates != m_showsDates) {
        m_showsDates = dates;
        Q_EMIT showsDatesChanged();
    }
}

void LogModel::flush()
{
    m_batch.stop();
    const int oldCount = count();
    if (!m_paused && !m_pending.isEmpty()) {
        // At most `capacity` new lines can survive; skip the rest before
        // inserting so the view never sees rows that would vanish at once.
        QList<Line> batch = std::move(m_pending);
        m_pending.clear();
        if (batch.size() > m_capacity)
            batch.remove(0, batch.size() - m_capacity);
        const qsizetype overflow = m_lines.size() + batch.size() - m_capacity;
        if (overflow > 0) {
            beginRemoveRows({}, 0, int(overflow) - 1);
            m_lines.remove(0, overflow);
            endRemoveRows();
        }
        beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + batch.size()) - 1);
        m_lines.append(batch);
        endInsertRows();
        Q_EMIT pendingCountChanged();
    } else if (m_lines.size() > m_capacity) {
        beginRemoveRows({}, 0, int(m_lines.size() - m_capacity) - 1);
        m_lines.remove(0, m_lines.size() - m_capacity);
        endRemoveRows();
    }
    updateToday();
    if (count() != oldCount)
        Q_EMIT countChanged();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_pending.clear();
    endResetModel();
    updateToday();
    Q_EMIT countChanged();
    Q_EMIT pendingCountChanged();
    if (m_dropped != 0) {
        m_dropped = 0;
        Q_EMIT droppedCountChanged();
    }
}

void LogModel::setDebug(const QString &category, bool enabled)
{
    QPointer<LogModel> self(this);
    m_connection->client()->call(QStringLiteral("logs.setDebug"),
                                 {{QStringLiteral("category"), category}, {QStringLiteral("enabled"), enabled}},
                                 [self](Result<QJsonValue> r) {
                                     if (!self)
                                         return;
                                     if (!r) {
                                         // view-only callers get permission_denied here; say so
                                         self->setError(r.error());
                                         Q_EMIT self->debugChanged(); // switches snap back
                                         return;
                                     }
                                     self->setError({});
                                     self->takeDebug(r->toObject().value(u"debug").toObject());
                                 });
}

void LogModel::refreshDebug()
{
    QPointer<LogModel> self(this);
    m_connection->client()->call(QStringLiteral("logs.getDebug"), {}, [self](Result<QJsonValue> r) {
        if (self && r)
            self->takeDebug(r->toObject().value(u"debug").toObject());
    });
}

void LogModel::takeDebug(const QJsonObject &state)
{
    const QVariantMap debug = state.toVariantMap();
    if (debug == m_debug)
        return;
    m_debug = debug;
    Q_EMIT debugChanged();
}

} // namespace byway::qml
