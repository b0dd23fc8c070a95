// SPDX-License-Identifier: GPL-3.0-or-later
// The routing sysctls, read and written in /proc/sys directly (no sysctl(8)).
#pragma once

#include "core/error.h"
#include "routing/types.h"

#include <QString>

namespace byway::route {

class Sysctl {
public:
    // `root` is /proc/sys; unit tests point it at a temporary directory.
    explicit Sysctl(QString root = QStringLiteral("/proc/sys"));

    // Keys are paths below the root: "net/ipv4/conf/wan0/rp_filter". Not the
    // dotted form: interface names may contain dots (eth0.100), which
    // sysctl(8) has to write as '/', so the path form is the unambiguous one.
    [[nodiscard]] Result<QString> read(const QString &key) const;
    // Writes and returns the value before the write, so the caller can
    // restore it. The kernel parses the text: "2\n" for rp_filter.
    [[nodiscard]] Result<QString> write(const QString &key, const QString &value) const;

    // Accepts only net/... keys whose every part is a plain name (no "..",
    // no empty part, no whitespace): an interface name from a request can
    // never walk out of /proc/sys/net.
    [[nodiscard]] static Result<void> validateKey(const QString &key);
    [[nodiscard]] static bool validInterfaceName(const QString &name);

    [[nodiscard]] static QString ipForward(Family f);              // net/ipv4/ip_forward, net/ipv6/conf/all/forwarding
    // rp_filter: 0 off, 1 strict, 2 loose. The kernel uses the maximum of
    // conf/all and conf/<dev>, so loose on one interface needs all <= 2.
    [[nodiscard]] static QString rpFilter(const QString &dev);    // "all", "default" or an interface
    // src_valid_mark: lets rp_filter's reverse lookup use the packet mark,
    // needed when marked return traffic arrives on a WAN table interface.
    [[nodiscard]] static QString srcValidMark(const QString &dev = QStringLiteral("all"));

private:
    QString m_root;
};

} // namespace byway::route
