// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/linebuffer.h"

namespace byway {

bool LineBuffer::append(const QByteArray &bytes)
{
    if (m_overflowed)
        return false;
    if (m_start > 0 && m_start >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_start);
        m_start = 0;
    }
    m_buffer.append(bytes);
    // Only the unterminated tail counts against the cap: complete lines
    // waiting to be taken were already checked when their '\n' arrived.
    const qsizetype lastNl = m_buffer.lastIndexOf('\n');
    const qsizetype tailStart = lastNl < m_start ? m_start : lastNl + 1;
    if (m_buffer.size() - tailStart > m_maxLine) {
        m_overflowed = true;
        m_buffer.clear();
        m_start = m_scanned = 0;
        return false;
    }
    return true;
}

std::optional<QByteArray> LineBuffer::takeLine()
{
    const qsizetype nl = m_buffer.indexOf('\n', m_start + m_scanned);
    if (nl < 0) {
        m_scanned = m_buffer.size() - m_start;
        return std::nullopt;
    }
    qsizetype end = nl;
    if (end > m_start && m_buffer.at(end - 1) == '\r')
        --end;
    if (end - m_start > m_maxLine) {
        m_overflowed = true;
        m_buffer.clear();
        m_start = m_scanned = 0;
        return std::nullopt;
    }
    QByteArray line = m_buffer.mid(m_start, end - m_start);
    m_start = nl + 1;
    m_scanned = 0;
    return line;
}

} // namespace byway
