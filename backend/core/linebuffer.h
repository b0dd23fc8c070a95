// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace byway {

// Splits a byte stream into '\n'-terminated lines with a hard cap per line.
// Once a line exceeds the cap the buffer is poisoned: the peer is either
// hostile or broken, and resynchronising on the next newline would let it
// make us buffer an unbounded amount first.
class LineBuffer
{
public:
    explicit LineBuffer(qsizetype maxLine) : m_maxLine(maxLine) {}

    // Appends bytes; returns false (and poisons) when the pending line is over the cap.
    [[nodiscard]] bool append(const QByteArray &bytes);
    // The next complete line without its '\n' (and without a trailing '\r').
    [[nodiscard]] std::optional<QByteArray> takeLine();

    [[nodiscard]] bool overflowed() const { return m_overflowed; }
    [[nodiscard]] qsizetype pending() const { return m_buffer.size() - m_start; }

private:
    QByteArray m_buffer;
    qsizetype m_start = 0;   // consumed prefix, compacted lazily
    qsizetype m_scanned = 0; // bytes after m_start known to hold no '\n'
    qsizetype m_maxLine;
    bool m_overflowed = false;
};

} // namespace byway
