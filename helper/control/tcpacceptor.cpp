// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/tcpacceptor.h"

#include "core/logging.h"

#include <QTimer>

namespace byway::control {
namespace {

constexpr int kAcceptBackoffMs = 100;

} // namespace

Result<std::unique_ptr<TcpAcceptor>> TcpAcceptor::listen(const QString &what, const QHostAddress &address, quint16 port,
                                                         int maxPending, std::function<void(qintptr)> incoming)
{
    auto server = std::make_unique<TcpAcceptor>();
    server->m_incoming = std::move(incoming);
    server->setMaxPendingConnections(maxPending);
    if (!server->QTcpServer::listen(address, port))
        return fail(ErrorCode::Unavailable, QStringLiteral("%1: cannot listen on %2 port %3: %4")
                                                .arg(what, address.toString())
                                                .arg(port)
                                                .arg(server->errorString()));
    TcpAcceptor *s = server.get();
    QObject::connect(s, &QTcpServer::acceptError, s, [s, what](QAbstractSocket::SocketError) {
        qCWarning(lcControl).noquote() << what << "cannot accept:" << s->errorString();
        s->pauseAccepting();
        QTimer::singleShot(kAcceptBackoffMs, s, [s] { s->resumeAccepting(); });
    });
    return server;
}

} // namespace byway::control
