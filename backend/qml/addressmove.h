// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/client.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>

namespace byway::qml {

class ApplianceModel;
class ConfigModel;
class HelperConnection;

// "Management address moves to": an apply that moves a remote appliance's
// management address (its bypass.address) with a reconnect check. The
// apply goes over the old address; then the connection follows the box to
// the new one with the same pinned certificate and token (its first request
// there is what the check waits for; the page's fresh connection goes there
// too). The appliance's stored host changes only once the change is kept;
// when it is rolled back the connection goes back to the old address.
class AddressMove : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The GUI manages a remote appliance and the edited role gives the box an
    // address of its own (bypass.address): the choice is shown.
    Q_PROPERTY(bool offered READ offered NOTIFY offeredChanged)
    // A reconnect check is among the apply's health checks.
    Q_PROPERTY(bool wanted READ wanted WRITE setWanted NOTIFY checkChanged)
    // Its address; before it is chosen, the form's bypass.address.
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY checkChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString from READ from NOTIFY stateChanged)
    Q_PROPERTY(QString to READ to NOTIFY stateChanged)
public:
    enum State {
        Idle,
        Following, // applied: connected (or connecting) to the new address, the outcome is not known yet
        Moved,     // kept: the appliance is stored with the new address
        Returned,  // rolled back: back on the old address, which stays stored
    };
    Q_ENUM(State)

    AddressMove(HelperConnection *connection, ApplianceModel *appliances, ConfigModel *config, QObject *parent = nullptr);
    static AddressMove *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] bool offered() const;
    [[nodiscard]] bool wanted() const { return checkRow() >= 0; }
    void setWanted(bool on);
    [[nodiscard]] QString address() const;
    void setAddress(const QString &address);
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString from() const { return m_old.isRemote() ? m_old.display() : QString(); }
    [[nodiscard]] QString to() const { return m_new.isRemote() ? m_new.display() : QString(); }

Q_SIGNALS:
    void offeredChanged();
    void checkChanged();
    void stateChanged();

private:
    [[nodiscard]] int checkRow() const;
    [[nodiscard]] QString formAddress() const;
    void onApplied(const QJsonObject &result);
    void onApplyState();
    void finish(State s);
    void setState(State s);
    void recheckOffer();

    HelperConnection *m_connection;
    ApplianceModel *m_appliances;
    ConfigModel *m_config;
    State m_state = Idle;
    QString m_applianceId; // the appliance being followed
    Endpoint m_old;
    Endpoint m_new;
    bool m_offered = false;
};

} // namespace byway::qml
