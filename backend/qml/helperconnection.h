// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/client.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace byway::qml {

// The one connection of the GUI to bywayd. Connects without blocking,
// reconnects by itself with a growing delay, and says plainly why it is not
// connected (the error code is stable; QML translates it).
class HelperConnection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString socketPath READ socketPath WRITE setSocketPath NOTIFY socketPathChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(int retryDelayMs READ retryDelayMs NOTIFY retryDelayMsChanged)
public:
    enum State { Disconnected, Connecting, Connected, Refused };
    Q_ENUM(State)

    explicit HelperConnection(QObject *parent = nullptr);
    static HelperConnection *create(QQmlEngine *, QJSEngine *) { return new HelperConnection; }

    [[nodiscard]] QString socketPath() const { return m_path; }
    void setSocketPath(const QString &path);
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString errorCode() const { return m_errorCode; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] int retryDelayMs() const { return m_retryDelayMs; }

    // Connect now (also cancels a pending retry).
    Q_INVOKABLE void reconnect();

    // For the models: requests and notifications go through this client.
    [[nodiscard]] Client *client() { return &m_client; }
    // A reply error that says the helper refused us (e.g. permission_denied) lands here.
    void reportError(const Error &error);

Q_SIGNALS:
    void socketPathChanged();
    void stateChanged();
    void errorChanged();
    void retryDelayMsChanged();
    void connected();
    void notification(const QString &method, const QJsonObject &params);

private:
    void setState(State s);
    void setError(const Error &error);
    void scheduleRetry();

    Client m_client;
    QTimer m_retry;
    QString m_path;
    State m_state = Disconnected;
    QString m_errorCode;
    QString m_errorMessage;
    int m_retryDelayMs = 0;
};

} // namespace byway::qml
