// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "polledmodel.h"

#include <QJsonObject>
#include <QList>
#include <QQmlEngine>
#include <QStringList>

namespace byway::qml {

class HelperConnection;

// The box's network interfaces as bywayd sees them (box.interfaces): the
// pickers of the setup flow and the config form choose from these instead
// of taking typed names, and the detected main router is proposed. Asked on
// every connect. The pickers' bindings read `loaded` as "the interfaces
// changed": loadedChanged comes with every new list.
class BoxModel : public PolledModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList names READ names NOTIFY interfacesChanged)
    // The main table's IPv4 default gateway ("" when none): the main router to propose.
    Q_PROPERTY(QString defaultGateway READ defaultGateway NOTIFY interfacesChanged)
    Q_PROPERTY(QString defaultGatewayDevice READ defaultGatewayDevice NOTIFY interfacesChanged)
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        AddressesRole, // ["192.168.10.2/24", ...]
        UpRole,        // administratively up
        LowerUpRole,   // carrier
        KindRole,      // "veth", "bridge", ... ("" for hardware)
        GatewaysRole,  // main-table next hops out of it
    };
    Q_ENUM(Role)

    struct Interface {
        QString name;
        QStringList addresses;
        bool up = false;
        bool lowerUp = false;
        QString kind;
        QStringList gateways;
    };

    explicit BoxModel(HelperConnection *connection, QObject *parent = nullptr);
    static BoxModel *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QStringList names() const;
    [[nodiscard]] QString defaultGateway() const { return m_gateway; }
    [[nodiscard]] QString defaultGatewayDevice() const { return m_gatewayDevice; }

    // The addresses of these interfaces ("address/length"), IPv4 first.
    Q_INVOKABLE QStringList addressesOf(const QStringList &names) const;
    // Whether one of `names` carries `address` ("192.168.10.2/24"; the
    // length must match too).
    Q_INVOKABLE bool hasAddress(const QStringList &names, const QString &address) const;
    // {name, addresses, up, lowerUp, kind, known}; known false for a name
    // the box does not have.
    Q_INVOKABLE QVariantMap interfaceInfo(const QString &name) const;
    // Takes one box.interfaces result (public for the tests).
    void apply(const QJsonObject &result);

Q_SIGNALS:
    void interfacesChanged();

protected:
    void take(const QJsonValue &result) override { apply(result.toObject()); }
    // An older bywayd has no box.interfaces: the pickers fall back to typed names.
    void fail(const Error &error) override { setError(errorCodeName(error.code), error.message); }

private:
    QList<Interface> m_interfaces;
    QString m_gateway;
    QString m_gatewayDevice;
};

} // namespace byway::qml
