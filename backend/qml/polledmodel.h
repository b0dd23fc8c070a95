// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/client.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>

namespace byway::qml {

class HelperConnection;

// What the GUI's models share: one bywayd method fetched through the shared
// HelperConnection when it connects, on demand (refresh) and, for the live
// pages, every few seconds while `active`. One request at a time (a slow
// helper gets no queue); an answer for a model that is gone is dropped; a
// refusal is reported to the connection. QML sees the same `active`,
// `loading`, `loaded`, `errorCode` and `errorMessage` on every model.
//
// A list model because most models are; StatusModel and ConfigModel have no
// rows (rowCount 0), which costs them nothing.
class PolledModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    // Whether to poll: the live pages set it while they are visible; the
    // other models are active from the start.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
public:
    // What refresh() asks and how the model shows it.
    struct Poll {
        QString method{};
        QJsonObject params{};
        int intervalMs = 0;       // 0: on connect and on demand only; else also every intervalMs
        int timeoutMs = 30000;
        bool active = true;       // `active` at the start
        bool loadingOnce = false; // `loading` only until the first answer: a poll must not blink
        bool again = false;       // a refresh while one runs asks once more after it (else it is dropped)
        bool answerClearsError = true; // a good answer clears the last failure
        // A rate needs two samples: after the first since the polling
        // (re)started, the second comes this soon (0: a whole interval).
        int secondSampleMs = 0;
    };

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool on);
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString errorCode() const { return m_errorCode; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    // Asks bywayd now (unless a request of this model is still out).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void activeChanged();
    void loadingChanged();
    void loadedChanged();
    void errorChanged();

protected:
    PolledModel(HelperConnection *connection, Poll poll, QObject *parent);

    // Call at the end of the derived constructor: from now on the model
    // follows the connection (and asks at once when it is up and active).
    void followConnection();

    // A good answer of the poll's method.
    virtual void take(const QJsonValue &result) = 0;
    // Its failure: reported to the connection and shown.
    virtual void fail(const Error &error);
    // The connection came up while active (or the model became active while
    // it is up): ask. It went down: what the model shows of the old answer
    // is its own business.
    virtual void connectionUp() { refresh(); }
    virtual void connectionDown() {}

    // Another method under the same one-at-a-time guard and `loading`
    // (probe.run beside probe.get). False when a request is still out.
    bool request(const QString &method, const QJsonObject &params, int timeoutMs,
                 std::function<void(Result<QJsonValue>)> done);

    void setError(const QString &code, const QString &message);
    void clearError() { setError({}, {}); }
    void markLoaded();
    // Milliseconds since the previous sample, 0 for the first one since the
    // polling (re)started: a gap in polling is no sample interval.
    [[nodiscard]] qint64 nextSample();
    [[nodiscard]] HelperConnection *connection() const { return m_connection; }

private:
    void onStateChanged();
    void setLoading(bool on);

    HelperConnection *m_connection;
    Poll m_poll;
    QTimer m_timer;
    QElapsedTimer m_sampleClock;
    bool m_active;
    bool m_inFlight = false;
    bool m_again = false;
    bool m_loading = false;
    bool m_loaded = false;
    QString m_errorCode;
    QString m_errorMessage;
};

} // namespace byway::qml
