// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/qt.h"

#include "capture/log.h"
#include "core/logging.h"

#include <cstring>

namespace byway::capture {

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

const QLoggingCategory &categoryOf(log::Channel channel)
{
    switch (channel) {
    case log::Channel::Tun: return lcTun();
    case log::Channel::Packet: return lcPacket();
    case log::Channel::Netstack: return lcNetstack();
    case log::Channel::Forwarder:
    case log::Channel::Count: break;
    }
    return lcForwarder();
}

bool qtEnabled(log::Channel channel, log::Level level)
{
    const QLoggingCategory &c = categoryOf(channel);
    switch (level) {
    case log::Level::Debug: return c.isDebugEnabled();
    case log::Level::Info: return c.isInfoEnabled();
    case log::Level::Warning: return c.isWarningEnabled();
    }
    return false;
}

void qtWrite(log::Channel channel, log::Level level, std::string_view line)
{
    const QLoggingCategory &c = categoryOf(channel);
    const QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    QMessageLogger logger(nullptr, 0, nullptr, c.categoryName());
    switch (level) {
    case log::Level::Debug: logger.debug(c).noquote() << text; break;
    case log::Level::Info: logger.info(c).noquote() << text; break;
    case log::Level::Warning: logger.warning(c).noquote() << text; break;
    }
}

} // namespace

CaptureOptions optionsFrom(const config::Config &c)
{
    CaptureOptions o;
    o.tunName = str(c.capture.tun);
    o.mtu = c.capture.mtu;
    o.receiveSteering = c.capture.receiveSteering;
    o.engine.maxFlows = c.capture.maxFlows;
    o.engine.workers = c.capture.workers;
    for (const QString &p : c.capture.packetInterfaces)
        o.engine.packetInterfaces.push_back(str(p));
    // The capture's own sockets carry a reserved mark so they skip its FIB rules.
    o.engine.bypassMark = config::captureMark(c.routing);
    o.engine.stack.mtu = 1500;
    return o;
}

std::optional<Addr> fromQt(const QHostAddress &q)
{
    bool ok = false;
    const quint32 v4 = q.toIPv4Address(&ok);
    if (ok)
        return Addr::v4(v4);
    if (q.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    Addr a;
    a.family = 6;
    const Q_IPV6ADDR v = q.toIPv6Address();
    std::memcpy(a.b.data(), v.c, 16);
    return a;
}

std::vector<PoolSpec> poolsFrom(const QList<config::Pool> &pools)
{
    std::vector<PoolSpec> out;
    out.reserve(size_t(pools.size()));
    for (const config::Pool &p : pools) {
        PoolSpec s;
        s.name = str(p.name);
        if (const auto a = fromQt(p.subnet.address); a && p.subnet.isValid())
            s.subnet = PrefixSpec{*a, p.subnet.length};
        s.exit = str(p.exit);
        for (const config::User &u : p.users) {
            // A user without a usable address can match no packet.
            if (const auto a = fromQt(u.address))
                s.users.push_back(UserSpec{str(u.name), *a, str(u.exit)});
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<ExitSpec> exitsFrom(const QList<config::Exit> &exits)
{
    std::vector<ExitSpec> out;
    out.reserve(size_t(exits.size()));
    for (const config::Exit &e : exits) {
        ExitSpec s;
        s.name = str(e.name);
        s.type = e.type == config::ExitType::Socks5 ? ExitType::Socks5 : ExitType::Direct;
        s.mark = e.mark;
        s.table = e.table;
        s.device = str(e.device);
        s.server = str(e.server);
        s.port = e.port;
        s.username = str(e.username);
        s.password = str(e.password);
        out.push_back(std::move(s));
    }
    return out;
}

Error toError(const Fault &f)
{
    ErrorCode code = ErrorCode::Internal;
    switch (f.kind) {
    case FaultKind::Kernel: code = ErrorCode::KernelFailed; break;
    case FaultKind::InvalidParams: code = ErrorCode::InvalidParams; break;
    case FaultKind::Busy: code = ErrorCode::Busy; break;
    case FaultKind::Internal: break;
    }
    Error e = Error::make(code, QString::fromStdString(f.message), QString::fromStdString(f.field));
    e.sysErrno = f.sysErrno;
    return e;
}

byway::Result<std::unique_ptr<Capture>> startFrom(const config::Config &c)
{
    useQtLogging();
    auto started = Capture::start(optionsFrom(c), poolsFrom(c.pools), exitsFrom(c.exits));
    if (!started)
        return std::unexpected(toError(started.error()));
    return std::move(*started);
}

void reconfigureFrom(Capture &capture, const config::Config &c)
{
    capture.reconfigure(poolsFrom(c.pools), exitsFrom(c.exits));
}

void setSession(Capture &capture, const QHostAddress &address, const QString &user, const QString &exitName)
{
    if (const auto a = fromQt(address))
        capture.setSession(*a, str(user), str(exitName));
}

void removeSession(Capture &capture, const QHostAddress &address)
{
    if (const auto a = fromQt(address))
        capture.removeSession(*a);
}

QJsonValue toQt(const json::Value &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isInteger())
        return qint64(v.toInteger());
    if (v.isNumber())
        return v.toDouble();
    if (v.isString())
        return QString::fromStdString(v.toString());
    if (v.isArray())
        return toQt(v.toArray());
    if (v.isObject())
        return toQt(v.toObject());
    return QJsonValue(QJsonValue::Null);
}

QJsonObject toQt(const json::Object &o)
{
    QJsonObject out;
    for (const auto &[k, v] : o)
        out.insert(QString::fromStdString(k), toQt(v));
    return out;
}

QJsonArray toQt(const json::Array &a)
{
    QJsonArray out;
    for (const json::Value &v : a)
        out.append(toQt(v));
    return out;
}

void useQtLogging()
{
    log::setSink(log::Sink{qtEnabled, qtWrite});
}

} // namespace byway::capture
