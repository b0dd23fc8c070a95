// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressmove.h"

#include "appliancemodel.h"
#include "configmodel.h"
#include "helperconnection.h"
#include "singletons.h"

#include <QJsonArray>

namespace byway::qml {
namespace {
const QString kKind = QStringLiteral("kind");
const QString kAddress = QStringLiteral("address");
const QString kReconnect = QStringLiteral("reconnect");
} // namespace

AddressMove::AddressMove(HelperConnection *connection, ApplianceModel *appliances, ConfigModel *config, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_appliances(appliances)
    , m_config(config)
{
    connect(m_config, &ConfigModel::healthChecksChanged, this, &AddressMove::checkChanged);
    connect(m_config, &ConfigModel::documentChanged, this, [this] {
        recheckOffer();
        Q_EMIT checkChanged(); // the address offered follows the form until chosen
    });
    connect(m_appliances, &ApplianceModel::activeChanged, this, [this] {
        // Another appliance was chosen while following: that is not ours to settle any more.
        if (m_state == Following && m_appliances->activeId() != m_applianceId)
            finish(Idle);
        recheckOffer();
    });
    connect(m_connection, &HelperConnection::endpointChanged, this, &AddressMove::recheckOffer);
    connect(m_config, &ConfigModel::appliedWithDeadline, this, &AddressMove::onApplied);
    connect(m_config, &ConfigModel::applyStateChanged, this, &AddressMove::onApplyState);
    m_offered = offered();
}

AddressMove *AddressMove::create(QQmlEngine *engine, QJSEngine *)
{
    return new AddressMove(backendSingleton<HelperConnection>(engine, "HelperConnection"),
                           backendSingleton<ApplianceModel>(engine, "ApplianceModel"),
                           backendSingleton<ConfigModel>(engine, "ConfigModel"));
}

bool AddressMove::offered() const
{
    return m_appliances->activeRemote() && m_connection->remote() && m_config->sectionApplies(QStringLiteral("bypass"))
        && !formAddress().isEmpty();
}

QString AddressMove::formAddress() const
{
    // bywayd wants the address without its prefix length.
    return m_config->fieldText(QStringLiteral("/bypass/address"), QStringLiteral("string")).section(u'/', 0, 0).trimmed();
}

int AddressMove::checkRow() const
{
    const QVariantList checks = m_config->healthChecks();
    for (int i = 0; i < checks.size(); ++i)
        if (checks.at(i).toMap().value(kKind).toString() == kReconnect)
            return i;
    return -1;
}

void AddressMove::setWanted(bool on)
{
    if (on == wanted())
        return;
    if (!on) {
        m_config->removeHealthCheck(checkRow());
        return;
    }
    const QString prefill = formAddress();
    m_config->addHealthCheck();
    const int row = int(m_config->healthChecks().size()) - 1;
    m_config->setHealthCheck(row, kKind, kReconnect);
    m_config->setHealthCheck(row, kAddress, prefill);
    // The check decides the apply: confirm-when-healthy goes on with it.
    m_config->setConfirmWhenHealthy(true);
}

QString AddressMove::address() const
{
    const int row = checkRow();
    return row < 0 ? formAddress() : m_config->healthChecks().at(row).toMap().value(kAddress).toString();
}

void AddressMove::setAddress(const QString &address)
{
    const int row = checkRow();
    if (row >= 0)
        m_config->setHealthCheck(row, kAddress, address.trimmed());
}

void AddressMove::recheckOffer()
{
    const bool now = offered();
    if (now != m_offered) {
        m_offered = now;
        Q_EMIT offeredChanged();
    }
    // A local bywayd, or a role without bypass.address: bywayd would refuse the check.
    if (!now && m_state != Following && wanted())
        setWanted(false);
}

void AddressMove::onApplied(const QJsonObject &result)
{
    QString target;
    for (const QJsonValue &v : result.value(u"confirm").toObject().value(u"checks").toArray())
        if (v.toObject().value(kKind).toString() == kReconnect)
            target = v.toObject().value(u"target").toString();
    if (target.isEmpty() || !m_connection->remote() || !m_appliances->activeRemote())
        return;
    m_applianceId = m_appliances->activeId();
    m_old = m_connection->endpoint();
    m_new = m_old.movedTo(target);
    setState(Following);
    // Same pin and token; reconnecting at once, before the page's fresh
    // connection is made (it goes to the endpoint set here).
    m_connection->setEndpoint(m_new);
}

void AddressMove::onApplyState()
{
    const ConfigModel::ApplyState s = m_config->applyState();
    if (m_state != Following) {
        // The outcome stays shown until the panel is dismissed or the next apply.
        if (m_state != Idle && (s == ConfigModel::Idle || s == ConfigModel::Applying))
            setState(Idle);
        return;
    }
    switch (s) {
    case ConfigModel::Applied:
        // bywayd no longer has it pending, at the applied revision: kept.
        m_appliances->moveHost(m_applianceId, m_new.host, m_new.port);
        finish(Moved);
        break;
    case ConfigModel::TimedOut:
    case ConfigModel::Reverted:
    case ConfigModel::Failed:
    case ConfigModel::Idle:
        // Rolled back (or not known to be kept): the box is on the old address.
        m_connection->setEndpoint(m_old);
        finish(Returned);
        break;
    default:
        break;
    }
}

void AddressMove::finish(State s)
{
    setState(s);
    setWanted(false); // the next apply does not move the address again
}

void AddressMove::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged();
}

} // namespace byway::qml
