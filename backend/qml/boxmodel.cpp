// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxmodel.h"

#include "helperconnection.h"
#include "singletons.h"

#include <QHostAddress>
#include <QJsonArray>

#include <algorithm>

namespace byway::qml {
namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out.append(s.toString());
    return out;
}

bool isV6(const QString &prefix)
{
    return prefix.contains(QLatin1Char(':'));
}

} // namespace

BoxModel::BoxModel(HelperConnection *connection, QObject *parent)
    : PolledModel(connection, {.method = QStringLiteral("box.interfaces")}, parent)
{
    followConnection();
}

BoxModel *BoxModel::create(QQmlEngine *engine, QJSEngine *)
{
    return new BoxModel(backendSingleton<HelperConnection>(engine, "HelperConnection"));
}

int BoxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_interfaces.size());
}

QVariant BoxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interface &i = m_interfaces.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return i.name;
    case AddressesRole: return i.addresses;
    case UpRole: return i.up;
    case LowerUpRole: return i.lowerUp;
    case KindRole: return i.kind;
    case GatewaysRole: return i.gateways;
    default: return {};
    }
}

QHash<int, QByteArray> BoxModel::roleNames() const
{
    return {{NameRole, "name"}, {AddressesRole, "addresses"}, {UpRole, "up"},
            {LowerUpRole, "lowerUp"}, {KindRole, "kind"}, {GatewaysRole, "gateways"}};
}

QStringList BoxModel::names() const
{
    QStringList out;
    for (const Interface &i : m_interfaces)
        out.append(i.name);
    return out;
}

void BoxModel::apply(const QJsonObject &result)
{
    beginResetModel();
    m_interfaces.clear();
    for (const QJsonValue &v : result.value(u"interfaces").toArray()) {
        const QJsonObject o = v.toObject();
        Interface i{o.value(u"name").toString(), strings(o.value(u"addresses")), o.value(u"up").toBool(),
                    o.value(u"lowerUp").toBool(), o.value(u"kind").toString(), strings(o.value(u"gateways"))};
        // IPv4 first: that is what "this box on the LAN" takes.
        std::stable_sort(i.addresses.begin(), i.addresses.end(),
                         [](const QString &a, const QString &b) { return !isV6(a) && isV6(b); });
        m_interfaces.append(i);
    }
    endResetModel();
    m_gateway.clear();
    m_gatewayDevice.clear();
    for (const QJsonValue &v : result.value(u"defaultGateways").toArray()) {
        const QJsonObject g = v.toObject();
        if (g.value(u"family").toString() == u"ipv4") {
            m_gateway = g.value(u"address").toString();
            m_gatewayDevice = g.value(u"dev").toString();
            break;
        }
    }
    Q_EMIT interfacesChanged();
    if (loaded())
        Q_EMIT loadedChanged();
    markLoaded();
}

QStringList BoxModel::addressesOf(const QStringList &names) const
{
    QStringList v4;
    QStringList v6;
    for (const Interface &i : m_interfaces)
        if (names.contains(i.name))
            for (const QString &a : i.addresses)
                (isV6(a) ? v6 : v4).append(a);
    return v4 + v6;
}

bool BoxModel::hasAddress(const QStringList &names, const QString &address) const
{
    const QString want = address.trimmed();
    const qsizetype slash = want.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return false;
    const QHostAddress a(want.left(slash));
    const QString len = want.mid(slash + 1);
    if (a.isNull())
        return false;
    const QStringList have = addressesOf(names);
    return std::any_of(have.cbegin(), have.cend(), [&](const QString &h) {
        const qsizetype s = h.indexOf(QLatin1Char('/'));
        return QHostAddress(h.left(s)).isEqual(a) && h.mid(s + 1) == len;
    });
}

QVariantMap BoxModel::interfaceInfo(const QString &name) const
{
    for (const Interface &i : m_interfaces)
        if (i.name == name)
            return {{QStringLiteral("name"), i.name}, {QStringLiteral("addresses"), i.addresses},
                    {QStringLiteral("up"), i.up},     {QStringLiteral("lowerUp"), i.lowerUp},
                    {QStringLiteral("kind"), i.kind}, {QStringLiteral("known"), true}};
    return {{QStringLiteral("name"), name}, {QStringLiteral("addresses"), QStringList{}},
            {QStringLiteral("up"), false},  {QStringLiteral("lowerUp"), false},
            {QStringLiteral("kind"), QString()}, {QStringLiteral("known"), false}};
}

} // namespace byway::qml
