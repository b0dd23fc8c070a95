// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/linechannel.h"

#include "core/logging.h"

#include <QTimer>

namespace byway::control {

LineChannel::LineChannel(ConnectionLimits limits, QObject *parent)
    : Channel(parent),
      m_limits(limits),
      m_lines(limits.maxLine)
{
}

bool LineChannel::takeBytes(const QByteArray &chunk)
{
    if (!m_lines.append(chunk)) {
        Q_EMIT lineTooLong();
        return false;
    }
    processLines();
    return true;
}

void LineChannel::processLines()
{
    while (!m_closed && !m_closing) {
        if (unsentBytes() >= m_limits.pauseReadingAt) {
            m_paused = true; // the transport resumes once the client read its replies
            return;
        }
        auto line = m_lines.takeLine();
        if (!line) {
            if (m_lines.overflowed())
                Q_EMIT lineTooLong();
            return;
        }
        if (line->trimmed().isEmpty())
            continue; // blank lines between messages are harmless
        Q_EMIT lineReceived(*line);
    }
}

bool LineChannel::admit(qsizetype bytes)
{
    if (m_closed)
        return false;
    if (unsentBytes() + bytes <= m_limits.sendCap)
        return true;
    qCWarning(lcControl).noquote() << describe() << "does not read its replies (" << unsentBytes()
                                   << "bytes unsent): disconnecting it";
    abort(QStringLiteral("send queue over %1 bytes").arg(m_limits.sendCap));
    return false;
}

bool LineChannel::beginClose()
{
    if (m_closed || m_closing)
        return false;
    m_closing = true;
    m_graceTimer = new QTimer(this);
    m_graceTimer->setSingleShot(true);
    connect(m_graceTimer, &QTimer::timeout, this, [this] { abort(QStringLiteral("did not read its last reply")); });
    m_graceTimer->start(m_limits.closeGraceMs);
    return true;
}

bool LineChannel::markClosed()
{
    if (m_closed)
        return false;
    m_closed = true;
    if (m_graceTimer)
        m_graceTimer->stop();
    return true;
}

void LineChannel::abort(const QString &why)
{
    if (m_closed)
        return;
    qCDebug(lcControl).noquote() << describe() << "closed:" << why;
    closeNow();
}

} // namespace byway::control
