// SPDX-License-Identifier: GPL-3.0-or-later
// Exits: each one's fields, and what two of them may share.
#include "core/config/validate_parts.h"

#include <QHash>

namespace byway::config {
namespace {

using J = JsonReader;

const QString kExits = QStringLiteral("/exits");

void checkExitFields(J &r, const Config &c)
{
    QStringList names;
    for (const Exit &e : c.exits)
        names.append(e.name);
    checkDuplicates(r, names, kExits, QStringLiteral("name"));
    for (qsizetype i = 0; i < c.exits.size(); ++i) {
        const Exit &e = c.exits[i];
        const QString p = J::join(kExits, i);
        // The capture's counters and the topology name the way out of flows
        // without an exit "main": an exit of that name would be counted as it.
        if (e.name == u"main")
            r.error(J::join(p, QStringLiteral("name")), "conflict", msg::Id("config.exit.name_reserved"),
                    {{QStringLiteral("value"), e.name}});
        if (e.type == ExitType::Direct) {
            if (e.mark != 0 && (e.mark & ~c.routing.markMask) != 0)
                r.error(J::join(p, QStringLiteral("mark")), "range", msg::Id("config.exit.mark_outside_mask"),
                        {{QStringLiteral("mark"), hex(e.mark)}, {QStringLiteral("mask"), hex(c.routing.markMask)}});
            if (e.mark & captureMark(c.routing))
                r.error(J::join(p, QStringLiteral("mark")), "range", msg::Id("config.exit.mark_capture"),
                        {{QStringLiteral("bit"), hex(captureMark(c.routing))}});
            // 253 default, 254 main, 255 local: routing into them by table id is a mistake.
            if (e.table >= 253 && e.table <= 255)
                r.error(J::join(p, QStringLiteral("table")), "range", msg::Id("config.exit.table_reserved"),
                        {{QStringLiteral("table"), qint64(e.table)}});
            if (e.table != 0 && (e.table == bypassTable(c.routing) || e.table == captureTable(c.routing)))
                r.error(J::join(p, QStringLiteral("table")), "range", msg::Id("config.exit.table_byway"),
                        {{QStringLiteral("table"), qint64(e.table)},
                         {QStringLiteral("bypass"), qint64(bypassTable(c.routing))},
                         {QStringLiteral("capture"), qint64(captureTable(c.routing))}});
            if (!e.server.isEmpty() || e.port != 0 || !e.username.isEmpty() || !e.password.isEmpty())
                r.error(p, "conflict", msg::Id("config.exit.socks5_fields"));
            // lo delivers to this box, the capture's TUN back to the capture: neither leaves.
            if (e.device == u"lo" || e.device == c.capture.tun)
                r.error(J::join(p, QStringLiteral("device")), "conflict", msg::Id("config.exit.device_not_out"),
                        {{QStringLiteral("device"), e.device}});
        } else {
            if (e.server.isEmpty())
                r.error(J::join(p, QStringLiteral("server")), "required", msg::Id("config.exit.socks5_server"));
            else if (!isUnicastAddress(e.server))
                r.error(J::join(p, QStringLiteral("server")), "format", msg::Id("config.exit.socks5_server_address"),
                        {{QStringLiteral("value"), e.server}});
            // fe80:: is reached only through an interface the address does not carry.
            else if (const auto a = parseAddress(e.server); a->protocol() == QAbstractSocket::IPv6Protocol && a->isLinkLocal())
                r.error(J::join(p, QStringLiteral("server")), "range", msg::Id("config.exit.socks5_server_link_local"),
                        {{QStringLiteral("value"), e.server}});
            if (e.table != 0 || !e.device.isEmpty())
                r.error(J::join(p, e.table != 0 ? QStringLiteral("table") : QStringLiteral("device")), "conflict",
                        msg::Id("config.exit.direct_fields"));
            if (e.port == 0)
                r.error(J::join(p, QStringLiteral("port")), "required", msg::Id("config.exit.socks5_port"));
            if (!e.password.isEmpty() && e.username.isEmpty())
                r.error(J::join(p, QStringLiteral("username")), "required", msg::Id("config.exit.password_without_user"));
            if (e.username.toUtf8().size() > 255 || e.password.toUtf8().size() > 255)
                r.error(p, "range", msg::Id("config.exit.credentials_length"));
        }
    }
}

// A mark selects one route, a table holds one set of routes: two direct
// exits sharing either must leave the same way.
void checkSharing(J &r, const Config &c)
{
    QHash<quint32, qsizetype> byMark;
    QHash<quint32, qsizetype> byTable;
    for (qsizetype i = 0; i < c.exits.size(); ++i) {
        const Exit &e = c.exits[i];
        if (e.type != ExitType::Direct)
            continue;
        if (e.mark != 0) {
            const auto first = byMark.constFind(e.mark);
            if (first == byMark.cend())
                byMark.insert(e.mark, i);
            else if (const Exit &other = c.exits[*first]; other.table != e.table || other.device != e.device)
                r.error(J::join(J::join(kExits, i), QStringLiteral("mark")), "conflict", msg::Id("config.exit.mark_shared"),
                        {{QStringLiteral("mark"), hex(e.mark)}, {QStringLiteral("exit"), other.name}});
        }
        if (e.table != 0) {
            const auto first = byTable.constFind(e.table);
            if (first == byTable.cend())
                byTable.insert(e.table, i);
            else if (const Exit &other = c.exits[*first]; other.device != e.device)
                r.error(J::join(J::join(kExits, i), QStringLiteral("table")), "conflict", msg::Id("config.exit.table_shared"),
                        {{QStringLiteral("table"), qint64(e.table)}, {QStringLiteral("exit"), other.name}});
        }
    }
}

} // namespace

void checkExits(J &r, const Config &c)
{
    checkExitFields(r, c);
    checkSharing(r, c);
}

} // namespace byway::config
