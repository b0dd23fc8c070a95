// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/listener.h"

#include "control/groupauthorizer.h"
#include "core/logging.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace byway::control {
namespace {

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

std::unexpected<Error> sysFail(const QString &what, int e)
{
    Error err = Error::make(ErrorCode::Internal, QStringLiteral("%1: %2").arg(what, errnoText(e)));
    err.sysErrno = e;
    return std::unexpected(err);
}

Result<sockaddr_un> address(const QString &path)
{
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray p = QFile::encodeName(path);
    if (p.isEmpty() || size_t(p.size()) >= sizeof addr.sun_path)
        return fail(ErrorCode::InvalidParams,
                    QStringLiteral("socket path %1 is empty or longer than %2 bytes").arg(path).arg(sizeof addr.sun_path - 1));
    std::memcpy(addr.sun_path, p.constData(), size_t(p.size()));
    return addr;
}

// True when a process accepts connections on `path`. A refused connect
// means the file is left over from a process that died.
Result<bool> someoneListening(const sockaddr_un &addr)
{
    Fd probe(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!probe)
        return sysFail(QStringLiteral("socket"), errno);
    if (::connect(probe.get(), reinterpret_cast<const sockaddr *>(&addr), sizeof addr) == 0)
        return true;
    // EAGAIN: a live listener with a full backlog.
    return errno == EAGAIN;
}

} // namespace

Listener::Listener(Listener &&o) noexcept
    : m_fd(std::move(o.m_fd)), m_path(std::exchange(o.m_path, {})), m_dev(o.m_dev), m_ino(o.m_ino)
{
}

Listener &Listener::operator=(Listener &&o) noexcept
{
    if (this != &o) {
        close();
        m_fd = std::move(o.m_fd);
        m_path = std::exchange(o.m_path, {});
        m_dev = o.m_dev;
        m_ino = o.m_ino;
    }
    return *this;
}

Listener::~Listener()
{
    close();
}

void Listener::close()
{
    if (!m_path.isEmpty()) {
        // Only our own file: a second bywayd started by mistake must not be
        // able to pull the socket from under the running one.
        struct stat st{};
        const QByteArray p = QFile::encodeName(m_path);
        if (::lstat(p.constData(), &st) == 0 && st.st_dev == m_dev && st.st_ino == m_ino)
            ::unlink(p.constData());
        m_path.clear();
    }
    m_fd.reset();
}

Result<Listener> Listener::open(const ListenOptions &options)
{
    auto addr = address(options.path);
    if (!addr)
        return std::unexpected(addr.error());
    const QByteArray path = QFile::encodeName(options.path);

    // Missing directories on the way (e.g. /run/byway without systemd's
    // RuntimeDirectory=) are made 0755: the socket's own mode guards it.
    const QString parent = QFileInfo(options.path).absolutePath();
    QString partial;
    for (const QString &part : parent.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        partial += QLatin1Char('/') + part;
        if (::mkdir(QFile::encodeName(partial).constData(), 0755) != 0 && errno != EEXIST)
            return sysFail(QStringLiteral("cannot create %1").arg(partial), errno);
    }

    struct stat st{};
    if (::lstat(path.constData(), &st) == 0) {
        if (!S_ISSOCK(st.st_mode))
            return fail(ErrorCode::Busy, QStringLiteral("%1 exists and is not a socket; not touching it").arg(options.path));
        auto live = someoneListening(*addr);
        if (!live)
            return std::unexpected(live.error());
        if (*live)
            return fail(ErrorCode::Busy,
                        QStringLiteral("another process (a running bywayd?) is listening on %1; stop it first")
                            .arg(options.path));
        qCInfo(lcControl).noquote() << "removing stale socket" << options.path << "(nobody listening)";
        if (::unlink(path.constData()) != 0 && errno != ENOENT)
            return sysFail(QStringLiteral("cannot remove stale %1").arg(options.path), errno);
    }

    Listener l;
    l.m_fd = Fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
    if (!l.m_fd)
        return sysFail(QStringLiteral("socket"), errno);
    // bind() creates the file with the umask applied: make it owner-only so
    // there is no moment in which it is wider than asked for.
    const mode_t oldMask = ::umask(0177);
    const int rc = ::bind(l.m_fd.get(), reinterpret_cast<const sockaddr *>(&*addr), sizeof *addr);
    const int bindErrno = errno;
    ::umask(oldMask);
    if (rc != 0)
        return sysFail(QStringLiteral("bind %1").arg(options.path), bindErrno);
    if (::lstat(path.constData(), &st) != 0)
        return sysFail(QStringLiteral("stat %1").arg(options.path), errno);
    l.m_path = options.path;
    l.m_dev = st.st_dev;
    l.m_ino = st.st_ino;

    if (!options.group.isEmpty()) {
        if (const auto gid = GroupAuthorizer::lookupGroup(options.group)) {
            if (::chown(path.constData(), uid_t(-1), *gid) != 0)
                qCWarning(lcControl).noquote() << "cannot give" << options.path << "to group" << options.group << ":"
                                               << errnoText(errno);
        } else {
            qCWarning(lcControl).noquote() << "socket group" << options.group << "does not exist; leaving"
                                           << options.path << "with group" << st.st_gid;
        }
    }
    if (::chmod(path.constData(), options.mode) != 0)
        return sysFail(QStringLiteral("chmod %1").arg(options.path), errno);
    if (::listen(l.m_fd.get(), options.backlog) != 0)
        return sysFail(QStringLiteral("listen %1").arg(options.path), errno);
    return l;
}

} // namespace byway::control
