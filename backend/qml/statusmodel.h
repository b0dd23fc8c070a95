// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace byway::qml {

class HelperConnection;

// bywayd's status.get, fetched on connect and every few seconds while
// connected. Codes (mode, role, source) stay the helper's stable names; the
// QML side turns them into words.
class StatusModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString version READ version NOTIFY versionChanged)
    Q_PROPERTY(qint64 uptimeSec READ uptimeSec NOTIFY uptimeSecChanged)
    Q_PROPERTY(QString mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(QString role READ role NOTIFY roleChanged)
    Q_PROPERTY(qint64 configRevision READ configRevision NOTIFY configRevisionChanged)
    Q_PROPERTY(QString configSource READ configSource NOTIFY configSourceChanged)
    Q_PROPERTY(QString configProblem READ configProblem NOTIFY configProblemChanged)
    Q_PROPERTY(QString configPath READ configPath NOTIFY configPathChanged)
    Q_PROPERTY(QString callerRole READ callerRole NOTIFY callerRoleChanged)
    Q_PROPERTY(int clients READ clients NOTIFY clientsChanged)
    Q_PROPERTY(bool captureRunning READ captureRunning NOTIFY captureChanged)
    Q_PROPERTY(QString captureProblem READ captureProblem NOTIFY captureChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
public:
    static constexpr int kPollMs = 3000;

    explicit StatusModel(HelperConnection *connection, QObject *parent = nullptr);
    static StatusModel *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString version() const { return m_version; }
    [[nodiscard]] qint64 uptimeSec() const { return m_uptimeSec; }
    [[nodiscard]] QString mode() const { return m_mode; }
    [[nodiscard]] QString role() const { return m_role; }
    [[nodiscard]] qint64 configRevision() const { return m_configRevision; }
    [[nodiscard]] QString configSource() const { return m_configSource; }
    [[nodiscard]] QString configProblem() const { return m_configProblem; }
    [[nodiscard]] QString configPath() const { return m_configPath; }
    [[nodiscard]] QString callerRole() const { return m_callerRole; }
    [[nodiscard]] int clients() const { return m_clients; }
    [[nodiscard]] bool captureRunning() const { return m_captureRunning; }
    [[nodiscard]] QString captureProblem() const { return m_captureProblem; }
    [[nodiscard]] QString errorCode() const { return m_errorCode; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE void refresh();
    // Takes one status.get result (public for the tests).
    void apply(const QJsonObject &status);

Q_SIGNALS:
    void loadingChanged();
    void loadedChanged();
    void versionChanged();
    void uptimeSecChanged();
    void modeChanged();
    void roleChanged();
    void configRevisionChanged();
    void configSourceChanged();
    void configProblemChanged();
    void configPathChanged();
    void callerRoleChanged();
    void clientsChanged();
    void captureChanged();
    void errorChanged();

private:
    template <typename T>
    void assign(T &field, const T &value, void (StatusModel::*changed)());
    void setLoading(bool on);
    void onStateChanged();

    HelperConnection *m_connection;
    QTimer m_poll;
    bool m_inFlight = false;
    bool m_loading = false;
    bool m_loaded = false;
    QString m_version;
    qint64 m_uptimeSec = 0;
    QString m_mode = QStringLiteral("unknown");
    QString m_role;
    qint64 m_configRevision = 0;
    QString m_configSource;
    QString m_configProblem;
    QString m_configPath;
    QString m_callerRole;
    int m_clients = 0;
    bool m_captureRunning = false;
    QString m_captureProblem;
    QString m_errorCode;
    QString m_errorMessage;
};

} // namespace byway::qml
