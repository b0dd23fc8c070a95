// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/config.h"

#include <arpa/inet.h>

#include <array>

namespace byway::config {

std::optional<Prefix> Prefix::parse(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || text.contains(QLatin1Char('%')))
        return std::nullopt;
    const std::optional<QHostAddress> a = parseAddress(text.left(slash));
    if (!a)
        return std::nullopt;
    bool ok = false;
    const QString lenText = text.mid(slash + 1);
    const int len = lenText.toInt(&ok);
    const int max = a->protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
    // toInt accepts "+24" and " 24"; a prefix length is digits only.
    if (!ok || len < 0 || len > max || lenText.isEmpty() || !lenText.front().isDigit())
        return std::nullopt;
    return Prefix{*a, len};
}

QString Prefix::toString() const
{
    if (!isValid())
        return {};
    return address.toString() + QLatin1Char('/') + QString::number(length);
}

bool Prefix::contains(const QHostAddress &a) const
{
    return isValid() && a.protocol() == address.protocol() && a.isInSubnet(address, length);
}

bool Prefix::covers(const Prefix &inner) const
{
    return isValid() && inner.isValid() && inner.length >= length && contains(inner.address);
}

bool isNetworkOrBroadcast(const Prefix &subnet, const QHostAddress &a)
{
    if (a.protocol() != QAbstractSocket::IPv4Protocol || subnet.address.protocol() != QAbstractSocket::IPv4Protocol
        || subnet.length > 30 || !subnet.contains(a))
        return false;
    const quint32 network = networkOf(subnet).address.toIPv4Address();
    const quint32 broadcast = network | (0xffffffffu >> subnet.length);
    return a.toIPv4Address() == network || a.toIPv4Address() == broadcast;
}

std::optional<QHostAddress> parseAddress(const QString &text)
{
    const QByteArray z = text.toUtf8();
    std::array<unsigned char, 16> bytes{};
    if (text.size() >= INET6_ADDRSTRLEN
        || (inet_pton(AF_INET, z.constData(), bytes.data()) != 1 && inet_pton(AF_INET6, z.constData(), bytes.data()) != 1))
        return std::nullopt;
    return QHostAddress(text);
}

bool isUnicast(const QHostAddress &a)
{
    return !a.isNull() && !a.isMulticast() && !a.isBroadcast() && a != QHostAddress::Any && a != QHostAddress::AnyIPv4
        && a != QHostAddress::AnyIPv6;
}

bool isUnicastAddress(const QString &text)
{
    const auto a = parseAddress(text);
    return a && isUnicast(*a);
}

bool matchesInterfacePattern(const QString &pattern, const QString &name)
{
    if (pattern.endsWith(QLatin1Char('*')))
        return name.startsWith(QStringView(pattern).chopped(1));
    return name == pattern;
}

Prefix networkOf(const Prefix &p)
{
    if (!p.isValid())
        return p;
    if (!p.isIpv6()) {
        const quint32 mask = p.length == 0 ? 0 : ~quint32(0) << (32 - p.length);
        return Prefix{QHostAddress(p.address.toIPv4Address() & mask), p.length};
    }
    Q_IPV6ADDR bytes = p.address.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int bits = qBound(0, p.length - i * 8, 8);
        bytes[i] &= quint8(0xff00 >> bits);
    }
    return Prefix{QHostAddress(bytes), p.length};
}

} // namespace byway::config
