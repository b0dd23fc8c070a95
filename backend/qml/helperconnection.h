// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/client.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace byway::qml {

// The one connection of the GUI to bywayd: the local socket or a remote
// appliance over TLS (see ApplianceModel). Connects without blocking,
// reconnects by itself with a growing delay, and says plainly why it is not
// connected (the error code is stable; QML translates it). A certificate
// that is not the pinned one, or a refused token, is not retried: a person
// has to decide.
class HelperConnection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString socketPath READ socketPath WRITE setSocketPath NOTIFY socketPathChanged)
    Q_PROPERTY(QString target READ target NOTIFY endpointChanged)
    Q_PROPERTY(bool remote READ remote NOTIFY endpointChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString peerFingerprint READ peerFingerprint NOTIFY errorChanged)
    Q_PROPERTY(int retryDelayMs READ retryDelayMs NOTIFY retryDelayMsChanged)
    Q_PROPERTY(QString remoteRole READ remoteRole NOTIFY stateChanged)
    Q_PROPERTY(QString tokenName READ tokenName NOTIFY stateChanged)
public:
    enum State { Disconnected, Connecting, Connected, Refused };
    Q_ENUM(State)

    explicit HelperConnection(QObject *parent = nullptr);
    static HelperConnection *create(QQmlEngine *, QJSEngine *) { return new HelperConnection; }

    [[nodiscard]] QString socketPath() const { return m_endpoint.path; }
    // Switches to the local socket at `path`; reconnects only when a
    // connection was up or being tried (at start, reconnect() connects).
    void setSocketPath(const QString &path);
    [[nodiscard]] const Endpoint &endpoint() const { return m_endpoint; }
    // Switches to another bywayd (local or remote) and connects to it.
    void setEndpoint(const Endpoint &endpoint);
    // Switches to `endpoint` without connecting, with this reason (e.g. its
    // token could not be read from the keychain).
    void setUnusable(const Endpoint &endpoint, const QString &code, const QString &message);
    [[nodiscard]] QString target() const { return m_endpoint.display(); }
    [[nodiscard]] bool remote() const { return m_endpoint.isRemote(); }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString errorCode() const { return m_errorCode; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    // The certificate a remote presented on the last attempt ("AB:CD:…"), if any.
    [[nodiscard]] QString peerFingerprint() const { return m_peerFingerprint; }
    [[nodiscard]] int retryDelayMs() const { return m_retryDelayMs; }
    // What auth.token granted on a remote: "admin" or "view"; empty for the local socket.
    [[nodiscard]] QString remoteRole() const;
    [[nodiscard]] QString tokenName() const;

    // Connect now (also cancels a pending retry).
    Q_INVOKABLE void reconnect();

    // For the models: requests and notifications go through this client.
    [[nodiscard]] Client *client() { return &m_client; }
    // A reply error that says the helper refused us (e.g. permission_denied) lands here.
    void reportError(const Error &error);

Q_SIGNALS:
    void socketPathChanged();
    void endpointChanged();
    void stateChanged();
    void errorChanged();
    void retryDelayMsChanged();
    void connected();
    void notification(const QString &method, const QJsonObject &params);

private:
    void setState(State s);
    void setError(const QString &code, const QString &message, const QString &fingerprint = {});
    void onConnectionError(const Error &e);
    void scheduleRetry(int atLeastMs = 0);

    Client m_client;
    QTimer m_retry;
    Endpoint m_endpoint;
    State m_state = Disconnected;
    QString m_errorCode;
    QString m_errorMessage;
    QString m_peerFingerprint;
    int m_retryDelayMs = 0;
};

} // namespace byway::qml
