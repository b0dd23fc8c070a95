// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

namespace byway::daemon {

// One bywayd per state directory. A running bywayd holds an exclusive
// flock(2) on STATE/bywayd.lock for its whole life; `bywayd --cleanup` takes
// the same lock first, so it cannot pull the kernel state out from under a
// daemon that would re-apply it, nor write applied.json while the daemon
// writes it too. flock, not a pid file: the kernel drops it when the holder
// dies, however it dies, so a crash never leaves a stale lock.
class StateLock
{
public:
    // Takes the lock, or says who holds it (the pid and socket the holder
    // wrote into the file). `socketPath` is written for the next one to read.
    [[nodiscard]] static Result<StateLock> acquire(const QString &stateDir, const QString &socketPath);

    StateLock(StateLock &&other) noexcept;
    StateLock &operator=(StateLock &&other) noexcept;
    StateLock(const StateLock &) = delete;
    StateLock &operator=(const StateLock &) = delete;
    ~StateLock();

    [[nodiscard]] QString path() const { return m_path; }

private:
    StateLock(int fd, QString path) : m_fd(fd), m_path(std::move(path)) {}
    int m_fd = -1;
    QString m_path;
};

} // namespace byway::daemon
