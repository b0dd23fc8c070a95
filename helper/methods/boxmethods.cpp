// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

#include "control/dispatcher.h"
#include "services/reconcileservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace byway::methods {
namespace {

// The box's interfaces as a setup form picks them: each link with its
// addresses, link state and the main table's gateways out of it; the
// default routes' gateways as the main router to propose. Read from
// rtnetlink (links, addresses, main-table routes), nothing else.
QJsonObject interfacesJson(const reconcile::LiveBox &box)
{
    QJsonArray interfaces;
    QJsonArray gateways;
    const QList<route::AddressSpec> addresses = box.addresses ? box.addresses() : QList<route::AddressSpec>{};
    for (const route::Link &l : box.links ? box.links() : QList<route::Link>{}) {
        if (l.name == QLatin1String("lo"))
            continue; // never a WAN, LAN or tunnel
        QJsonObject o = l.toJson();
        QJsonArray addrs;
        for (const route::AddressSpec &a : addresses)
            if (a.dev == l.name)
                addrs.append(a.address.toString());
        o.insert(QStringLiteral("addresses"), addrs);
        QJsonArray via;
        for (const route::RouteSpec &r : box.mainRoutesVia ? box.mainRoutesVia(l.name) : QList<route::RouteSpec>{}) {
            if (r.gateway.isNull())
                continue;
            const QString gw = r.gateway.toString();
            if (!via.contains(gw))
                via.append(gw);
            if (!r.dst.isValid() || r.dst.length == 0)
                gateways.append(QJsonObject{{QStringLiteral("address"), gw},
                                            {QStringLiteral("dev"), l.name},
                                            {QStringLiteral("family"), r.gateway.protocol() == QAbstractSocket::IPv6Protocol
                                                                           ? QStringLiteral("ipv6") : QStringLiteral("ipv4")}});
        }
        o.insert(QStringLiteral("gateways"), via);
        interfaces.append(o);
    }
    return {{QStringLiteral("interfaces"), interfaces}, {QStringLiteral("defaultGateways"), gateways}};
}

} // namespace

void addBoxMethods(control::Dispatcher &dispatcher, const KernelContext &c)
{
    dispatcher.add(QStringLiteral("box.interfaces"), control::Access::Read,
                   [c](const control::Caller &, const QJsonObject &, const control::Responder &respond) {
                       respond.reply(interfacesJson(c.reconcile.liveBox()));
                   });
}

} // namespace byway::methods
