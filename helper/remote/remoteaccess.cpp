// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remoteaccess.h"

#include "core/logging.h"

#include <QSysInfo>

namespace byway::remote {

RemoteAccess::RemoteAccess(const control::Dispatcher &dispatcher, RemoteOptions options, QObject *parent)
    : QObject(parent),
      m_dispatcher(dispatcher),
      m_options(std::move(options)),
      m_tokens(m_options.stateDir + QStringLiteral("/tokens.json"))
{
}

RemoteAccess::~RemoteAccess()
{
    stop();
}

Result<void> RemoteAccess::start()
{
    if (auto loaded = m_tokens.load(); !loaded)
        qCCritical(lcControl).noquote() << "access tokens:" << loaded.error().message;
    if (!m_options.enabled())
        return {};

    Result<TlsIdentity> identity;
    if (!m_options.certPath.isEmpty()) {
        identity = loadTlsIdentity(m_options.certPath, m_options.keyPath);
    } else {
        // A specific listen address goes into the certificate too, for
        // clients that do check names.
        QList<QHostAddress> addresses;
        if (m_options.address != QHostAddress::Any && m_options.address != QHostAddress::AnyIPv4
            && m_options.address != QHostAddress::AnyIPv6)
            addresses << m_options.address;
        identity = ensureTlsIdentity(m_options.stateDir + QStringLiteral("/tls"), QSysInfo::machineHostName(), addresses);
        if (identity && identity->generated)
            qCInfo(lcControl).noquote() << "made a self-signed TLS certificate" << identity->certPath << "SHA-256"
                                        << identity->fingerprintText();
    }
    if (!identity)
        return fail(identity.error().code, QStringLiteral("remote listener: ") + identity.error().message);

    m_server = std::make_unique<RemoteServer>(m_dispatcher, m_tokens, std::move(*identity), m_options.rateLimit,
                                              m_options.limits);
    m_server->setMetrics(m_metrics);
    if (auto ok = m_server->listen(m_options.address, m_options.port); !ok) {
        m_server.reset();
        return fail(ok.error().code, QStringLiteral("remote listener: ") + ok.error().message);
    }
    return {};
}

void RemoteAccess::stop()
{
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
}

QJsonObject RemoteAccess::status() const
{
    if (!m_server)
        return QJsonObject{{QStringLiteral("enabled"), false}};
    const TlsIdentity &id = m_server->identity();
    return QJsonObject{
        {QStringLiteral("enabled"), true},
        {QStringLiteral("listen"), m_server->address()},
        {QStringLiteral("fingerprintSha256"), id.fingerprintText()},
        {QStringLiteral("certificate"), id.certPath},
        {QStringLiteral("notAfter"), id.notAfter().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("clients"), m_server->clientCount()},
    };
}

} // namespace byway::remote
