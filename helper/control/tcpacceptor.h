// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QHostAddress>
#include <QTcpServer>

#include <functional>
#include <memory>

namespace byway::control {

// A listening TCP socket that hands over bare descriptors, so a server
// checks its caps before spending any work (TLS, buffers) on a connection.
// When accept() fails (EMFILE and friends leave the socket readable) it
// pauses for a moment instead of spinning.
class TcpAcceptor final : public QTcpServer
{
public:
    // `what` names the listener in errors and logs ("remote listener").
    [[nodiscard]] static Result<std::unique_ptr<TcpAcceptor>> listen(const QString &what, const QHostAddress &address,
                                                                     quint16 port, int maxPending,
                                                                     std::function<void(qintptr)> incoming);

protected:
    void incomingConnection(qintptr descriptor) override { m_incoming(descriptor); }

private:
    std::function<void(qintptr)> m_incoming;
};

} // namespace byway::control
