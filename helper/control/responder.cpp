// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/responder.h"

#include "core/jsonrpc.h"

namespace byway::control {

Responder::Responder(QJsonValue id, Writer writer)
    : m_id(std::move(id)), m_state(std::make_shared<State>(State{std::move(writer), false, {}}))
{
}

void Responder::send(const QByteArray &line) const
{
    if (!m_state || m_state->done)
        return;
    m_state->done = true;
    if (m_state->writer)
        m_state->writer(line);
    m_state->writer = nullptr; // drop what it captured as soon as it is used
}

void Responder::reply(const QJsonValue &result) const
{
    if (done())
        return;
    QByteArray line = rpc::encodeResult(m_id, result);
    // A client drops the connection on a line over the cap: the caller gets
    // an error it can read instead (a method that can grow lists within it).
    if (line.size() - 1 > rpc::kMaxMessageBytes)
        return fail(Error::make(ErrorCode::MessageTooLarge,
                                QStringLiteral("the reply would be %1 bytes, over the %2 byte limit of one message")
                                    .arg(line.size() - 1)
                                    .arg(rpc::kMaxMessageBytes)));
    send(line);
}

void Responder::fail(const Error &error) const
{
    if (done())
        return;
    if (m_state->observer)
        m_state->observer(error);
    send(rpc::encodeError(m_id, error));
}

void Responder::observeErrors(std::function<void(const Error &)> observer) const
{
    if (m_state)
        m_state->observer = std::move(observer);
}

void Responder::finish(const Result<QJsonValue> &result) const
{
    if (result)
        reply(*result);
    else
        fail(result.error());
}

} // namespace byway::control
