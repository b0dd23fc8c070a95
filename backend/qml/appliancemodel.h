// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenstore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QQmlEngine>
#include <QSettings>

namespace byway::qml {

class HelperConnection;

// The appliances the GUI can manage: this computer's bywayd (row 0, the local
// socket) and remote ones over TLS. Stored in the settings: name, host, port
// and the pinned certificate fingerprint. Tokens only in the OS keychain
// (TokenStore); without one a token entered here lives in memory for this
// session and the page says so. Activating an appliance points
// HelperConnection at it.
class ApplianceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString activeId READ activeId NOTIFY activeChanged)
    Q_PROPERTY(QString activeName READ activeName NOTIFY activeChanged)
    Q_PROPERTY(bool activeRemote READ activeRemote NOTIFY activeChanged)
    Q_PROPERTY(Keychain keychain READ keychain NOTIFY keychainChanged)
    Q_PROPERTY(QString keychainProblem READ keychainProblem NOTIFY keychainChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QString lastErrorDetail READ lastErrorDetail NOTIFY lastErrorChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, RemoteRole, HostRole, PortRole, AddressRole, FingerprintRole,
                PinnedRole, ActiveRole, TokenRole };
    Q_ENUM(Role)
    enum Keychain { KeychainUnknown, KeychainAvailable, KeychainUnavailable };
    Q_ENUM(Keychain)

    static constexpr const char *kLocalId = "local";

    struct Appliance {
        QString id;
        QString name;
        QString host;
        quint16 port = 0;
        QByteArray pin;
        // Where the token is: "keychain" (stored there, as far as we know),
        // "session" (in memory only: no keychain), "none".
        QString token = QStringLiteral("none");
    };

    ApplianceModel(HelperConnection *connection, TokenStore *tokens, QObject *parent = nullptr);
    static ApplianceModel *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString activeId() const { return m_activeId; }
    [[nodiscard]] QString activeName() const;
    [[nodiscard]] bool activeRemote() const { return m_activeId != QLatin1String(kLocalId); }
    [[nodiscard]] Keychain keychain() const;
    [[nodiscard]] QString keychainProblem() const { return m_tokens->problem(); }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] QString lastErrorDetail() const { return m_lastErrorDetail; }

    // What is wrong with these inputs: "" when fine, else name_missing,
    // host_missing, port_range, token_format or duplicate.
    Q_INVOKABLE QString check(const QString &name, const QString &host, int port, const QString &token) const;
    // Adds a remote appliance (its token to the keychain); returns its id, or "" with lastError set.
    Q_INVOKABLE QString add(const QString &name, const QString &host, int port, const QString &token);
    Q_INVOKABLE void remove(const QString &id);
    Q_INVOKABLE void setToken(const QString &id, const QString &token);
    // Switches the GUI to this appliance (reads its token first).
    Q_INVOKABLE void activate(const QString &id);
    // Pins the certificate the active appliance presented on the last attempt and connects.
    Q_INVOKABLE bool trustPresentedCertificate(const QString &id, const QString &fingerprint);
    // Forgets the pinned certificate: the next attempt shows the new one for a decision.
    Q_INVOKABLE void forgetCertificate(const QString &id);
    // The appliance is now reached at host:port (its management address moved
    // and the change was confirmed): stored, without reconnecting.
    void moveHost(const QString &id, const QString &host, quint16 port);
    // Asks the keychain again whether it answers.
    Q_INVOKABLE void probeKeychain() { m_tokens->probe(); }

    // At start: connects to the saved active appliance unless told otherwise
    // (--socket). Returns true when it took over connecting.
    bool restore();
    // Screenshots and tests must not change what the admin saved.
    void setPersistent(bool on) { m_persistent = on; }
    [[nodiscard]] const QList<Appliance> &remotes() const { return m_remotes; }

Q_SIGNALS:
    void activeChanged();
    void keychainChanged();
    void lastErrorChanged();

private:
    void load();
    void save();
    void setLastError(const QString &code, const QString &detail = {});
    void connectRemote(const Appliance &a, const QString &token);
    void changed(const QString &id);
    [[nodiscard]] int rowOf(const QString &id) const;
    [[nodiscard]] Appliance *find(const QString &id);
    [[nodiscard]] QString localPath() const;

    HelperConnection *m_connection;
    TokenStore *m_tokens;
    QSettings m_settings;
    QList<Appliance> m_remotes; // rows 1..n; row 0 is this computer
    QHash<QString, QString> m_sessionTokens; // id -> token, in memory only
    QString m_activeId = QString::fromLatin1(kLocalId);
    QString m_lastError;
    QString m_lastErrorDetail;
    bool m_persistent = true;
};

} // namespace byway::qml
