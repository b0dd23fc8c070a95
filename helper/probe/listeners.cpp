// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/listeners.h"

#include <QFile>

namespace byway::probe {
namespace {

// "  sl  local_address rem_address   st ..." then one line a socket:
// "   0: 00000000:0043 00000000:0000 07 ...", the port in hex after the colon.
bool listsPort(const char *path, quint16 port)
{
    QFile f(QString::fromLatin1(path));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    f.readLine(); // the header
    while (!f.atEnd()) {
        const QList<QByteArray> fields = f.readLine().simplified().split(' ');
        if (fields.size() < 2)
            continue;
        const QByteArray &local = fields.at(1);
        bool ok = false;
        if (local.mid(local.lastIndexOf(':') + 1).toUShort(&ok, 16) == port && ok)
            return true;
    }
    return false;
}

} // namespace

bool udpBound(quint16 port)
{
    return listsPort("/proc/net/udp", port) || listsPort("/proc/net/udp6", port);
}

} // namespace byway::probe
