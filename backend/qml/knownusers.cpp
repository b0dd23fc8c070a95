// SPDX-License-Identifier: GPL-3.0-or-later
#include "knownusers.h"

#include "helperconnection.h"
#include "singletons.h"

#include <QJsonArray>
#include <QPointer>

namespace byway::qml {

KnownUsers::KnownUsers(HelperConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

KnownUsers *KnownUsers::create(QQmlEngine *engine, QJSEngine *)
{
    return new KnownUsers(backendSingleton<HelperConnection>(engine, "HelperConnection"));
}

void KnownUsers::refresh()
{
    if (m_connection->state() != HelperConnection::Connected)
        return;
    QPointer<KnownUsers> self(this);
    // flows.list for its `users` only: one flow row is all it need carry.
    const QList<std::pair<QString, QJsonObject>> asks{{QStringLiteral("session.list"), {}},
                                                      {QStringLiteral("flows.list"), {{QStringLiteral("limit"), 1}}}};
    for (const auto &[method, params] : asks) {
        m_connection->client()->call(method, params, [self, method](Result<QJsonValue> r) {
            // Not allowed or not there (an older bywayd): no suggestions from it.
            if (self && r)
                self->take(method, r->toObject());
        });
    }
}

void KnownUsers::take(const QString &source, const QJsonObject &result)
{
    const bool sessions = source == u"session.list";
    QStringList found;
    for (const QJsonValue &v : result.value(sessions ? u"sessions" : u"users").toArray()) {
        const QString name = v.toObject().value(u"user").toString();
        // "<pool>/<address>": an address without a named user, not a name to offer.
        if (!name.isEmpty() && !name.contains(QLatin1Char('/')) && !found.contains(name))
            found.append(name);
    }
    (sessions ? m_sessions : m_capture) = found;
    QStringList all = m_sessions;
    for (const QString &n : m_capture)
        if (!all.contains(n))
            all.append(n);
    all.sort(Qt::CaseInsensitive);
    if (all != m_names) {
        m_names = all;
        Q_EMIT namesChanged();
    }
}

} // namespace byway::qml
