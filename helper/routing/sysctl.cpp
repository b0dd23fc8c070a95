// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/sysctl.h"

#include "core/logging.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace byway::route {

namespace {

// A small owner for a /proc/sys file descriptor.
class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    [[nodiscard]] int get() const { return m_fd; }

private:
    int m_fd;
};

Error ioError(const QString &what, int err)
{
    Error e = Error::make(ErrorCode::KernelFailed, what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(err)));
    e.sysErrno = err;
    return e;
}

} // namespace

Sysctl::Sysctl(QString root)
    : m_root(std::move(root))
{
}

bool Sysctl::validInterfaceName(const QString &name)
{
    // The kernel's dev_valid_name(): 1..15 bytes, not "." or "..", no '/',
    // ':' or whitespace.
    const QByteArray b = name.toUtf8();
    if (b.isEmpty() || b.size() >= 16 || b == "." || b == "..")
        return false;
    for (char c : b)
        if (c == '/' || c == ':' || c == '\0' || QChar::isSpace(uchar(c)))
            return false;
    return true;
}

Result<void> Sysctl::validateKey(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() < 2 || parts.front() != QLatin1String("net"))
        return fail(ErrorCode::InvalidParams, QStringLiteral("%1: not a net/ sysctl").arg(key), QStringLiteral("/key"));
    for (const QString &p : parts) {
        bool ok = !p.isEmpty() && p.size() < 64 && p != QLatin1String(".") && p != QLatin1String("..");
        for (const QChar c : p)
            ok = ok && !c.isSpace() && c != QChar(0) && c.unicode() < 0x80;
        if (!ok)
            return fail(ErrorCode::InvalidParams, QStringLiteral("%1: bad part \"%2\"").arg(key, p), QStringLiteral("/key"));
    }
    // net/ipv4/conf/<dev>/<name>: exactly one part for the interface, and a
    // name the kernel could have given an interface.
    if (parts.size() > 3 && parts.at(2) == QLatin1String("conf")
        && (parts.size() != 5 || !validInterfaceName(parts.at(3))))
        return fail(ErrorCode::InvalidParams, QStringLiteral("%1: not net/<family>/conf/<interface>/<name>").arg(key), QStringLiteral("/key"));
    return {};
}

QString Sysctl::ipForward(Family f)
{
    return f == Family::V6 ? QStringLiteral("net/ipv6/conf/all/forwarding") : QStringLiteral("net/ipv4/ip_forward");
}

QString Sysctl::rpFilter(const QString &dev)
{
    return QStringLiteral("net/ipv4/conf/%1/rp_filter").arg(dev);
}

QString Sysctl::srcValidMark(const QString &dev)
{
    return QStringLiteral("net/ipv4/conf/%1/src_valid_mark").arg(dev);
}

Result<QString> Sysctl::read(const QString &key) const
{
    if (auto ok = validateKey(key); !ok)
        return std::unexpected(ok.error());
    const QByteArray path = (m_root + QLatin1Char('/') + key).toLocal8Bit();
    Fd fd(::open(path.constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return std::unexpected(ioError(QStringLiteral("read ") + key, errno));
    char buf[256];
    const ssize_t n = ::read(fd.get(), buf, sizeof buf - 1);
    if (n < 0)
        return std::unexpected(ioError(QStringLiteral("read ") + key, errno));
    return QString::fromLocal8Bit(buf, n).trimmed();
}

Result<QString> Sysctl::write(const QString &key, const QString &value) const
{
    auto previous = read(key);
    if (!previous)
        return previous;
    qCDebug(lcRoute).noquote() << "sysctl" << key << previous.value() << "->" << value;
    const QByteArray path = (m_root + QLatin1Char('/') + key).toLocal8Bit();
    Fd fd(::open(path.constData(), O_WRONLY | O_CLOEXEC | O_TRUNC));
    const QByteArray text = value.toLocal8Bit() + '\n';
    // /proc/sys takes the whole value in one write; a short write or EINVAL
    // means the kernel refused the value.
    if (fd.get() < 0 || ::write(fd.get(), text.constData(), size_t(text.size())) != text.size()) {
        Error e = ioError(QStringLiteral("sysctl -w %1=%2").arg(key, value), errno ? errno : EIO);
        qCDebug(lcRoute).noquote() << "error:" << e.message;
        return std::unexpected(e);
    }
    return previous;
}

} // namespace byway::route
