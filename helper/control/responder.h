// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QJsonValue>

#include <functional>
#include <memory>

namespace byway::control {

// The one reply a request gets, to be given now or later (a probe finishing
// on a worker, later an apply). Copyable so handlers can capture it; all
// copies share one state, so only the first reply is sent. A notification's
// responder sends nothing, and so does one whose connection has gone.
class Responder
{
public:
    using Writer = std::function<void(const QByteArray &line)>;

    Responder() = default; // sends nothing: for notifications
    Responder(QJsonValue id, Writer writer);

    void reply(const QJsonValue &result) const;
    void fail(const Error &error) const;
    void finish(const Result<QJsonValue> &result) const;
    // Called with the error when this request is answered with one (the
    // dispatcher counts them for /metrics).
    void observeErrors(std::function<void(const Error &)> observer) const;

    [[nodiscard]] bool done() const { return !m_state || m_state->done; }
    [[nodiscard]] const QJsonValue &id() const { return m_id; }

private:
    struct State {
        Writer writer;
        bool done = false;
        std::function<void(const Error &)> observer;
    };
    void send(const QByteArray &line) const;

    QJsonValue m_id;
    std::shared_ptr<State> m_state;
};

} // namespace byway::control
