// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/controlserver.h"

#include "core/logging.h"

#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>

namespace byway::control {
namespace {

constexpr int kAcceptsPerWakeup = 64;
// After EMFILE the listening socket stays readable; back off instead of
// spinning on it until some fd is freed.
constexpr int kAcceptBackoffMs = 100;

} // namespace

ControlServer::ControlServer(const Dispatcher &dispatcher, const Authorizer &authorizer, ServerLimits limits,
                             QObject *parent)
    : QObject(parent), m_dispatcher(dispatcher), m_authorizer(authorizer), m_limits(limits)
{
}

ControlServer::~ControlServer()
{
    close();
}

Result<void> ControlServer::listen(const ListenOptions &options)
{
    auto l = Listener::open(options);
    if (!l)
        return std::unexpected(l.error());
    m_listener = std::move(*l);
    m_acceptNotifier = new QSocketNotifier(m_listener.fd(), QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &ControlServer::onAcceptable);
    qCInfo(lcControl).noquote() << "listening on" << options.path;
    return {};
}

void ControlServer::close()
{
    delete m_acceptNotifier;
    m_acceptNotifier = nullptr;
    const auto connections = m_connections;
    for (Connection *c : connections) {
        c->disconnect(this);
        delete c;
    }
    m_connections.clear();
    m_perUid.clear();
    m_listener.close();
}

void ControlServer::onAcceptable()
{
    for (int i = 0; i < kAcceptsPerWakeup; ++i) {
        Fd fd(::accept4(m_listener.fd(), nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK));
        if (fd) {
            if (m_acceptRetries > 0)
                qCInfo(lcControl).noquote() << "accepting again after" << m_acceptRetries << "retries";
            m_acceptRetries = 0;
            admit(std::move(fd));
            continue;
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
            // Once per spell, not at every retry (ten a second).
            if (m_acceptRetries++ == 0)
                qCWarning(lcControl).noquote() << "cannot accept:" << QString::fromLocal8Bit(std::strerror(errno))
                                               << "(retrying every" << kAcceptBackoffMs << "ms)";
            m_acceptNotifier->setEnabled(false);
            QTimer::singleShot(kAcceptBackoffMs, this, [this] {
                if (m_acceptNotifier)
                    m_acceptNotifier->setEnabled(true);
            });
        }
        return; // EAGAIN: nothing more waiting
    }
}

void ControlServer::turnAway(Fd fd, const Error &error)
{
    // Best effort and never blocking: the socket is fresh, so a short line
    // fits in its buffer; if it does not, the close alone says enough.
    const QByteArray line = rpc::encodeError(QJsonValue(), error);
    [[maybe_unused]] const ssize_t n = ::send(fd.get(), line.constData(), size_t(line.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
}

void ControlServer::admit(Fd fd)
{
    auto peer = readPeerCredentials(fd.get());
    if (!peer) {
        qCWarning(lcControl).noquote() << "dropping a connection:" << peer.error().message;
        return;
    }
    if (clientCount() >= m_limits.maxClients) {
        qCInfo(lcControl).noquote() << "turning away uid" << QString::number(peer->uid) + ": already" << clientCount()
                                    << "clients";
        turnAway(std::move(fd), Error::make(ErrorCode::Busy, QStringLiteral("bywayd already serves %1 clients; try again later")
                                                                 .arg(m_limits.maxClients)));
        return;
    }
    if (peer->uid != 0 && m_perUid.value(peer->uid) >= m_limits.maxPerUid) {
        qCInfo(lcControl).noquote() << "turning away uid" << QString::number(peer->uid) + ": it already has" << m_limits.maxPerUid
                                    << "connections";
        turnAway(std::move(fd), Error::make(ErrorCode::Busy, QStringLiteral("uid %1 already has %2 connections open")
                                                                 .arg(peer->uid)
                                                                 .arg(m_limits.maxPerUid)));
        return;
    }

    Decision decision = m_authorizer.decide(*peer);
    const quint64 id = m_nextId++;
    auto *c = new Connection(id, std::move(fd), *peer, decision, m_limits.connection, this);
    m_connections.insert(id, c);
    ++m_perUid[peer->uid];
    qCDebug(lcControl).noquote() << "connection" << id << "from uid" << peer->uid << "pid" << peer->pid << "as"
                                 << roleName(decision.role);

    connect(c, &Connection::lineReceived, this, [this, c](const QByteArray &line) { onLine(c, line); });
    connect(c, &Connection::lineTooLong, this, [this, c] { onLineTooLong(c); });
    connect(c, &Connection::closed, this, [this, c] { onClosed(c); });
    if (decision.role == Role::Refused) {
        qCInfo(lcControl).noquote() << "refusing uid" << peer->uid << "pid" << QString::number(peer->pid) + ":" << decision.reason;
        QTimer::singleShot(m_limits.refusedWaitMs, c, [this, c] { refuse(c, QJsonValue()); });
    }
    c->start();
}

void ControlServer::refuse(Connection *c, const QJsonValue &id)
{
    c->sendLine(rpc::encodeError(id, Error::make(ErrorCode::PermissionDenied,
                                                 QStringLiteral("permission denied: %1").arg(c->decision().reason))));
    c->closeAfterFlush();
}

void ControlServer::onLine(Connection *c, const QByteArray &line)
{
    QJsonValue id;
    auto request = rpc::parseRequest(line, &id);
    if (c->decision().role == Role::Refused) {
        refuse(c, id);
        return;
    }
    if (!request) {
        qCDebug(lcControl).noquote() << "connection" << QString::number(c->id()) + ":" << request.error().toString();
        c->sendLine(rpc::encodeError(id, request.error()));
        return;
    }
    Responder respond;
    if (!request->isNotification()) {
        QPointer<Connection> target(c);
        respond = Responder(request->id, [target](const QByteArray &bytes) {
            if (target)
                target->sendLine(bytes);
        });
    }
    m_dispatcher.dispatch(c->caller(), *request, respond);
}

void ControlServer::onLineTooLong(Connection *c)
{
    qCInfo(lcControl).noquote() << "connection" << c->id() << "of uid" << c->peer().uid << "sent a line over"
                                << rpc::kMaxMessageBytes << "bytes: closing it";
    c->sendLine(rpc::encodeError(QJsonValue(), Error::make(ErrorCode::MessageTooLarge,
                                                           QStringLiteral("a message is limited to %1 bytes; closing")
                                                               .arg(rpc::kMaxMessageBytes))));
    c->closeAfterFlush();
}

void ControlServer::onClosed(Connection *c)
{
    if (m_connections.remove(c->id()) == 0)
        return;
    const uid_t uid = c->peer().uid;
    if (--m_perUid[uid] <= 0)
        m_perUid.remove(uid);
    qCDebug(lcControl).noquote() << "connection" << c->id() << "gone," << clientCount() << "left";
    c->deleteLater();
}

} // namespace byway::control
