// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace byway::qml {

class HelperConnection;

// The user names bywayd has seen (session.list: the VPN server's sessions;
// flows.list: the capture's users), offered by the per-user form as
// suggestions; a name not among them can still be typed.
class KnownUsers : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList names READ names NOTIFY namesChanged)
public:
    explicit KnownUsers(HelperConnection *connection, QObject *parent = nullptr);
    static KnownUsers *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] QStringList names() const { return m_names; }

    // Asks bywayd again (the form does when it is shown).
    Q_INVOKABLE void refresh();
    // Takes the names out of one session.list or flows.list result (public for the tests).
    void take(const QString &source, const QJsonObject &result);

Q_SIGNALS:
    void namesChanged();

private:
    HelperConnection *m_connection;
    QStringList m_sessions;
    QStringList m_capture;
    QStringList m_names;
};

} // namespace byway::qml
