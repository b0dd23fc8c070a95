// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/statelock.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace byway::daemon {

Result<StateLock> StateLock::acquire(const QString &stateDir, const QString &socketPath)
{
    if (!QDir().mkpath(stateDir))
        return fail(ErrorCode::StorageFailed, QStringLiteral("cannot create the state directory %1").arg(stateDir));
    const QString path = QDir(stateDir).filePath(QStringLiteral("bywayd.lock"));
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::StorageFailed, QStringLiteral("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        // The holder wrote "pid socket"; it may be mid-write, so this is for
        // the message only, never for a decision.
        char buf[512] = {};
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        ::close(fd);
        if (err != EWOULDBLOCK)
            return fail(ErrorCode::StorageFailed, QStringLiteral("cannot lock %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))));
        const QString holder = QString::fromLocal8Bit(buf, n > 0 ? n : 0).trimmed();
        const QString pid = holder.section(u' ', 0, 0);
        const QString socket = holder.section(u' ', 1);
        return fail(ErrorCode::Conflict,
                    QStringLiteral("a bywayd (pid %1, socket %2) is running on the state directory %3 (lock %4 held)")
                        .arg(pid.isEmpty() ? QStringLiteral("?") : pid, socket.isEmpty() ? QStringLiteral("?") : socket,
                             stateDir, path));
    }
    const QByteArray who = QByteArray::number(qint64(::getpid())) + ' ' + QFile::encodeName(socketPath) + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, who.constData(), size_t(who.size()), 0) != who.size()) {
        // The lock itself holds; only the note for the next reader is missing.
    }
    return StateLock(fd, path);
}

StateLock::StateLock(StateLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_path(std::move(other.m_path))
{
}

StateLock &StateLock::operator=(StateLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
    }
    return *this;
}

StateLock::~StateLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

} // namespace byway::daemon
