// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliancemodel.h"

#include "core/client.h"
#include "helperconnection.h"
#include "singletons.h"

#include <QPointer>
#include <QRegularExpression>
#include <QUuid>

namespace byway::qml {
namespace {
const QString kGroup = QStringLiteral("appliances");
} // namespace

ApplianceModel::ApplianceModel(HelperConnection *connection, TokenStore *tokens, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
    , m_tokens(tokens)
    , m_settings(QStringLiteral("Byway"), QStringLiteral("byway"))
{
    connect(m_tokens, &TokenStore::availabilityChanged, this, &ApplianceModel::keychainChanged);
    // The local row shows the socket in use.
    connect(m_connection, &HelperConnection::socketPathChanged, this, [this] { changed(QString::fromLatin1(kLocalId)); });
    load();
    m_tokens->probe();
}

ApplianceModel *ApplianceModel::create(QQmlEngine *engine, QJSEngine *)
{
    auto *tokens = new TokenStore;
    auto *m = new ApplianceModel(backendSingleton<HelperConnection>(engine, "HelperConnection"), tokens);
    tokens->setParent(m);
    return m;
}

int ApplianceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_remotes.size()) + 1;
}

QVariant ApplianceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case IdRole: return QString::fromLatin1(kLocalId);
        case Qt::DisplayRole:
        case NameRole: return QString(); // QML names it in the reader's language
        case RemoteRole: return false;
        case AddressRole: return localPath();
        case ActiveRole: return !activeRemote();
        case PinnedRole: return false;
        case TokenRole: return QStringLiteral("none");
        case PortRole: return 0;
        default: return QString();
        }
    }
    const Appliance &a = m_remotes.at(index.row() - 1);
    switch (role) {
    case IdRole: return a.id;
    case Qt::DisplayRole:
    case NameRole: return a.name;
    case RemoteRole: return true;
    case HostRole: return a.host;
    case PortRole: return a.port;
    case AddressRole: return Endpoint::tls(a.host, a.port, {}, {}).display();
    case FingerprintRole: return a.pin.isEmpty() ? QString() : Client::fingerprintText(a.pin);
    case PinnedRole: return !a.pin.isEmpty();
    case ActiveRole: return a.id == m_activeId;
    case TokenRole: return a.token;
    default: return {};
    }
}

QHash<int, QByteArray> ApplianceModel::roleNames() const
{
    return {{IdRole, "applianceId"}, {NameRole, "name"},       {RemoteRole, "remote"},   {HostRole, "host"},
            {PortRole, "port"},      {AddressRole, "address"}, {FingerprintRole, "fingerprint"},
            {PinnedRole, "pinned"},  {ActiveRole, "active"},   {TokenRole, "tokenState"}};
}

QString ApplianceModel::activeName() const
{
    for (const Appliance &a : m_remotes)
        if (a.id == m_activeId)
            return a.name;
    return {};
}

ApplianceModel::Keychain ApplianceModel::keychain() const
{
    switch (m_tokens->availability()) {
    case TokenStore::Availability::Available: return KeychainAvailable;
    case TokenStore::Availability::Unavailable: return KeychainUnavailable;
    default: return KeychainUnknown;
    }
}

QString ApplianceModel::localPath() const
{
    if (!m_connection->remote())
        return m_connection->socketPath();
    const QString saved = m_settings.value(QStringLiteral("helper/socket")).toString();
    return saved.isEmpty() ? Client::defaultSocketPath() : saved;
}

void ApplianceModel::load()
{
    m_settings.beginGroup(kGroup);
    const int n = m_settings.beginReadArray(QStringLiteral("list"));
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        Appliance a;
        a.id = m_settings.value(QStringLiteral("id")).toString();
        a.name = m_settings.value(QStringLiteral("name")).toString();
        a.host = m_settings.value(QStringLiteral("host")).toString();
        a.port = quint16(m_settings.value(QStringLiteral("port")).toUInt());
        a.pin = Client::fingerprintFromText(m_settings.value(QStringLiteral("pin")).toString());
        // A hint, not a secret: whether a token was put in the keychain.
        a.token = m_settings.value(QStringLiteral("tokenInKeychain")).toBool() ? QStringLiteral("keychain") : QStringLiteral("none");
        if (!a.id.isEmpty() && !a.host.isEmpty() && a.port != 0)
            m_remotes.append(a);
    }
    m_settings.endArray();
    m_settings.endGroup();
}

void ApplianceModel::save()
{
    if (!m_persistent)
        return;
    m_settings.beginGroup(kGroup);
    m_settings.remove(QStringLiteral("list"));
    m_settings.beginWriteArray(QStringLiteral("list"), int(m_remotes.size()));
    for (int i = 0; i < m_remotes.size(); ++i) {
        const Appliance &a = m_remotes.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("id"), a.id);
        m_settings.setValue(QStringLiteral("name"), a.name);
        m_settings.setValue(QStringLiteral("host"), a.host);
        m_settings.setValue(QStringLiteral("port"), a.port);
        m_settings.setValue(QStringLiteral("pin"), a.pin.isEmpty() ? QString() : Client::fingerprintText(a.pin));
        m_settings.setValue(QStringLiteral("tokenInKeychain"), a.token == u"keychain");
    }
    m_settings.endArray();
    m_settings.setValue(QStringLiteral("active"), m_activeId);
    m_settings.endGroup();
    m_settings.sync();
}

void ApplianceModel::setLastError(const QString &code, const QString &detail)
{
    if (code == m_lastError && detail == m_lastErrorDetail)
        return;
    m_lastError = code;
    m_lastErrorDetail = detail;
    Q_EMIT lastErrorChanged();
}

int ApplianceModel::rowOf(const QString &id) const
{
    if (id == QLatin1String(kLocalId))
        return 0;
    for (int i = 0; i < m_remotes.size(); ++i)
        if (m_remotes.at(i).id == id)
            return i + 1;
    return -1;
}

ApplianceModel::Appliance *ApplianceModel::find(const QString &id)
{
    for (Appliance &a : m_remotes)
        if (a.id == id)
            return &a;
    return nullptr;
}

void ApplianceModel::changed(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

QString ApplianceModel::check(const QString &name, const QString &host, int port, const QString &token) const
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("name_missing");
    if (host.trimmed().isEmpty() || host.trimmed().contains(QLatin1Char(' ')))
        return QStringLiteral("host_missing");
    if (port < 1 || port > 65535)
        return QStringLiteral("port_range");
    // byw_<12 hex>_<64 hex>, as `bywayctl token create` prints it.
    static const QRegularExpression tokenShape(QStringLiteral("^byw_[0-9a-f]{12}_[0-9a-f]{64}$"));
    if (!tokenShape.match(token.trimmed()).hasMatch())
        return QStringLiteral("token_format");
    for (const Appliance &a : m_remotes)
        if (a.host.compare(host.trimmed(), Qt::CaseInsensitive) == 0 && a.port == port)
            return QStringLiteral("duplicate");
    return {};
}

QString ApplianceModel::add(const QString &name, const QString &host, int port, const QString &token)
{
    const QString problem = check(name, host, port, token);
    if (!problem.isEmpty()) {
        setLastError(problem);
        return {};
    }
    setLastError({});
    Appliance a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.name = name.trimmed();
    a.host = host.trimmed();
    a.port = quint16(port);
    const int row = int(m_remotes.size()) + 1;
    beginInsertRows({}, row, row);
    m_remotes.append(a);
    endInsertRows();
    save();
    setToken(a.id, token);
    return a.id;
}

void ApplianceModel::setToken(const QString &id, const QString &token)
{
    if (!find(id))
        return;
    const QString t = token.trimmed();
    // In memory until the keychain has it, so a connection can start at once.
    m_sessionTokens.insert(id, t);
    find(id)->token = QStringLiteral("session");
    changed(id);
    QPointer<ApplianceModel> self(this);
    m_tokens->write(id, t, [self, id](Result<void> r) {
        if (!self)
            return;
        Appliance *a = self->find(id);
        if (!a)
            return;
        if (r) {
            self->m_sessionTokens.remove(id);
            a->token = QStringLiteral("keychain");
        } else {
            // No keychain: nothing is written anywhere else; the token lives
            // in memory until the GUI quits, and the page says so.
            self->setLastError(QStringLiteral("keychain_write_failed"), r.error().message);
        }
        self->changed(id);
        self->save();
        if (id == self->m_activeId)
            self->activate(id);
    });
}

void ApplianceModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row <= 0)
        return; // this computer stays
    if (id == m_activeId)
        activate(QString::fromLatin1(kLocalId));
    beginRemoveRows({}, row, row);
    m_remotes.removeAt(row - 1);
    endRemoveRows();
    m_sessionTokens.remove(id);
    save();
    QPointer<ApplianceModel> self(this);
    m_tokens->remove(id, [self](Result<void> r) {
        if (self && !r)
            self->setLastError(QStringLiteral("keychain_remove_failed"), r.error().message);
    });
}

void ApplianceModel::activate(const QString &id)
{
    const QString previous = m_activeId;
    if (id == QLatin1String(kLocalId)) {
        m_activeId = id;
        m_connection->setSocketPath(localPath());
        if (!m_connection->remote() && m_connection->state() == HelperConnection::Refused)
            m_connection->reconnect();
    } else {
        const Appliance *found = find(id);
        if (!found)
            return;
        const Appliance a = *found;
        m_activeId = id;
        if (const auto it = m_sessionTokens.constFind(id); it != m_sessionTokens.constEnd()) {
            connectRemote(a, *it);
        } else {
            QPointer<ApplianceModel> self(this);
            m_tokens->read(id, [self, a](Result<QString> r) {
                if (!self || self->m_activeId != a.id)
                    return;
                if (r)
                    return self->connectRemote(a, *r);
                const Endpoint e = Endpoint::tls(a.host, a.port, a.pin, {});
                if (r.error().code == ErrorCode::NotFound)
                    self->m_connection->setUnusable(e, QStringLiteral("token_missing"), r.error().message);
                else
                    self->m_connection->setUnusable(e, QStringLiteral("keychain_unavailable"), r.error().message);
            });
        }
    }
    if (previous != m_activeId) {
        changed(previous);
        changed(m_activeId);
        Q_EMIT activeChanged();
        save();
    }
}

void ApplianceModel::connectRemote(const Appliance &a, const QString &token)
{
    m_connection->setEndpoint(Endpoint::tls(a.host, a.port, a.pin, token));
}

void ApplianceModel::moveHost(const QString &id, const QString &host, quint16 port)
{
    Appliance *a = find(id);
    if (!a || host.isEmpty() || port == 0)
        return;
    a->host = host;
    a->port = port;
    changed(id);
    save();
}

bool ApplianceModel::trustPresentedCertificate(const QString &id, const QString &fingerprint)
{
    Appliance *a = find(id);
    const QByteArray digest = Client::fingerprintFromText(fingerprint);
    // Only what this connection was actually shown, never a typed value.
    if (!a || digest.isEmpty() || id != m_activeId || Client::fingerprintFromText(m_connection->peerFingerprint()) != digest)
        return false;
    a->pin = digest;
    changed(id);
    save();
    Endpoint e = m_connection->endpoint();
    e.pin = digest;
    m_connection->setEndpoint(e);
    return true;
}

void ApplianceModel::forgetCertificate(const QString &id)
{
    Appliance *a = find(id);
    if (!a)
        return;
    a->pin.clear();
    changed(id);
    save();
    if (id == m_activeId && m_connection->remote()) {
        Endpoint e = m_connection->endpoint();
        e.pin.clear();
        if (e.token.isEmpty())
            activate(id); // the token is still to be read
        else
            m_connection->setEndpoint(e);
    }
}

bool ApplianceModel::restore()
{
    const QString saved = m_settings.value(kGroup + QStringLiteral("/active")).toString();
    if (saved.isEmpty() || saved == QLatin1String(kLocalId) || !find(saved))
        return false;
    activate(saved);
    return true;
}

} // namespace byway::qml
