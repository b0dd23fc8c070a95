// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture.h"

#include "tun.h"
#include "core/logging.h"

namespace byway::capture {

CaptureOptions optionsFrom(const config::Config &c)
{
    CaptureOptions o;
    o.tunName = c.capture.tun;
    o.mtu = c.capture.mtu;
    o.engine.maxFlows = c.capture.maxFlows;
    o.engine.packetInterfaces = c.capture.packetInterfaces;
    // The capture's own sockets carry a reserved mark so they skip its FIB rules.
    o.engine.bypassMark = config::captureMark(c.routing);
    o.engine.stack.mtu = 1500;
    return o;
}

Result<std::unique_ptr<Capture>> Capture::start(const CaptureOptions &o, const QList<config::Pool> &pools,
                                                const QList<config::Exit> &exits)
{
    std::unique_ptr<Capture> c(new Capture);
    Fd tunFd;
    bool vnetHdr = false;
    if (o.tun) {
        auto tun = openTun(o.tunName, o.mtu);
        if (!tun)
            return std::unexpected(tun.error());
        c->m_tunName = tun->name;
        c->m_tunIndex = tun->ifindex;
        vnetHdr = tun->vnetHdr;
        tunFd = std::move(tun->fd);
    }
    EngineOptions eo = o.engine;
    eo.stack.mtu = std::max(o.mtu, 1280);
    c->m_engine = std::make_unique<Engine>(eo);
    if (auto r = c->m_engine->init(std::move(tunFd), vnetHdr); !r)
        return std::unexpected(r.error());
    c->reconfigure(pools, exits);
    Engine *e = c->m_engine.get();
    c->m_thread = std::thread([e] { e->run(); });
    // Joined by hand: a streamed QStringList prints as QList("…") in the admin's log.
    qCInfo(lcTun).noquote() << "capture running on" << (c->m_tunName.isEmpty() ? QStringLiteral("(no TUN)") : c->m_tunName)
                            << "packet interfaces"
                            << (o.engine.packetInterfaces.isEmpty() ? QStringLiteral("none")
                                                                    : o.engine.packetInterfaces.join(QStringLiteral(", ")));
    return c;
}

Capture::~Capture()
{
    if (m_engine)
        m_engine->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_engine.reset();
}

void Capture::reconfigure(const QList<config::Pool> &pools, const QList<config::Exit> &exits)
{
    CoreLock lock;
    m_engine->users().configure(pools, exits);
}

void Capture::setSession(const QHostAddress &address, const QString &user, const QString &exitName)
{
    CoreLock lock;
    m_engine->users().setSession(address, user, exitName);
}

void Capture::removeSession(const QHostAddress &address)
{
    CoreLock lock;
    m_engine->users().removeSession(address);
}

QJsonObject Capture::stats() const
{
    CoreLock lock;
    return m_engine->stats().toJson(m_engine->flowCount());
}

QJsonArray Capture::flows() const
{
    CoreLock lock;
    return m_engine->flowsJson();
}

QJsonObject Capture::totals() const
{
    CoreLock lock;
    return QJsonObject{{QStringLiteral("users"), m_engine->usersJson(true)},
                       {QStringLiteral("exits"), m_engine->exitsJson()}};
}

QJsonObject Capture::snapshot() const
{
    CoreLock lock;
    return QJsonObject{{QStringLiteral("flows"), m_engine->flowsJson()},
                       {QStringLiteral("users"), m_engine->usersJson()},
                       {QStringLiteral("stats"), m_engine->stats().toJson(m_engine->flowCount())},
                       {QStringLiteral("packetInterfaces"), m_engine->packetInterfacesJson()},
                       {QStringLiteral("tun"), m_tunName}};
}

} // namespace byway::capture
