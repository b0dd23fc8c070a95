// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/authorizer.h"
#include "control/connection.h"
#include "control/dispatcher.h"
#include "control/listener.h"

#include <QHash>
#include <QObject>

class QSocketNotifier;

namespace byway::control {

struct ServerLimits {
    int maxClients = 512;
    // Per uid other than root, so one local user cannot take every slot.
    int maxPerUid = 64;
    // A refused caller gets its error after its first request (so the reply
    // can carry the request's id), or after this long without one.
    int refusedWaitMs = 3000;
    ConnectionLimits connection;
};

// The control socket: accepts, asks the kernel who connected, hands lines to
// the dispatcher and keeps every client's trouble (garbage, oversize lines,
// not reading) to that client.
class ControlServer final : public QObject
{
    Q_OBJECT
public:
    ControlServer(const Dispatcher &dispatcher, const Authorizer &authorizer, ServerLimits limits,
                  QObject *parent = nullptr);
    ~ControlServer() override;

    [[nodiscard]] Result<void> listen(const ListenOptions &options);
    // Stops accepting, drops every client and removes the socket file.
    void close();

    [[nodiscard]] int clientCount() const { return int(m_connections.size()); }
    [[nodiscard]] QString path() const { return m_listener.path(); }

private:
    void onAcceptable();
    void admit(Fd fd);
    void turnAway(Fd fd, const Error &error);
    void onLine(Connection *c, const QByteArray &line);
    void onLineTooLong(Connection *c);
    void onClosed(Connection *c);
    void refuse(Connection *c, const QJsonValue &id);

    const Dispatcher &m_dispatcher;
    const Authorizer &m_authorizer;
    ServerLimits m_limits;
    Listener m_listener;
    QSocketNotifier *m_acceptNotifier = nullptr;
    int m_acceptRetries = 0; // accepts refused for want of a descriptor (EMFILE) since the last one
    QHash<quint64, Connection *> m_connections;
    QHash<uid_t, int> m_perUid;
    quint64 m_nextId = 1;
};

} // namespace byway::control
