// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/configstore.h"

#include "core/fd.h"
#include "core/logging.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace byway::config {
namespace {

std::unexpected<Error> storageError(const QString &what, const QString &path, int err)
{
    Error e = Error::make(ErrorCode::StorageFailed,
                          QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(err))));
    e.sysErrno = err;
    return std::unexpected(e);
}

Result<QByteArray> readFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    Fd fd(::open(native.constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return storageError(QStringLiteral("cannot open"), path, errno);
    QByteArray bytes;
    char buf[16384];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return storageError(QStringLiteral("cannot read"), path, errno);
        if (n == 0)
            break;
        bytes.append(buf, n);
        if (bytes.size() > 16 * 1024 * 1024)
            return fail(ErrorCode::StorageFailed, QStringLiteral("%1 is larger than 16 MiB").arg(path));
    }
    return bytes;
}

struct Parsed {
    Config config;
    qint64 revision = 0;
};

// Why a file cannot be used, in words for the admin; or the config in it.
Result<Parsed> parseFile(const QString &path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &perr);
    if (perr.error != QJsonParseError::NoError)
        return fail(ErrorCode::StorageFailed,
                    QStringLiteral("%1 is not valid JSON (%2 at byte %3; %4 bytes: truncated or edited by hand?)")
                        .arg(path, perr.errorString())
                        .arg(perr.offset)
                        .arg(bytes->size()));
    if (!doc.isObject())
        return fail(ErrorCode::StorageFailed, QStringLiteral("%1 does not hold a JSON object").arg(path));
    auto config = fromJson(doc.object());
    if (!config) {
        Error e = config.error();
        e.message = QStringLiteral("%1 does not validate: %2").arg(path, e.toString());
        return std::unexpected(e);
    }
    return Parsed{*config, qint64(doc.object().value(QStringLiteral("revision")).toDouble())};
}

} // namespace

ConfigStore::ConfigStore(QString path)
    : m_path(std::move(path))
{
}

Result<ConfigStore::LoadReport> ConfigStore::load()
{
    const QFileInfo dir(QFileInfo(m_path).absolutePath());
    if (dir.exists() && !dir.isDir())
        return fail(ErrorCode::StorageFailed, QStringLiteral("%1 is not a directory").arg(dir.filePath()));

    // A temp file left by a crash between write and rename is never the
    // config: the rename is what makes a write count.
    const QByteArray tmp = QFile::encodeName(m_path + QStringLiteral(".tmp"));
    if (::unlink(tmp.constData()) == 0)
        qCWarning(lcConfig, "removed %s left by an interrupted save", tmp.constData());

    LoadReport report;
    QString problem;
    if (QFileInfo::exists(m_path)) {
        auto parsed = parseFile(m_path);
        if (parsed) {
            report.config = parsed->config;
            report.revision = parsed->revision;
            m_revision = report.revision;
            return report;
        }
        problem = parsed.error().message;
    } else {
        problem = QStringLiteral("no config at %1").arg(m_path);
    }

    if (QFileInfo::exists(lastGoodPath())) {
        auto parsed = parseFile(lastGoodPath());
        if (parsed) {
            report.config = parsed->config;
            report.revision = parsed->revision;
            report.source = LoadReport::Source::LastGood;
            report.problem = problem + QStringLiteral("; using the last good copy %1").arg(lastGoodPath());
            m_revision = report.revision;
            qCWarning(lcConfig).noquote() << report.problem;
            return report;
        }
        problem += QStringLiteral("; the last good copy is unusable too: ") + parsed.error().message;
    }
    report.config = defaults();
    report.source = LoadReport::Source::Defaults;
    report.unusable = QFileInfo::exists(m_path) || QFileInfo::exists(lastGoodPath());
    report.problem = problem + QStringLiteral("; using the defaults (nothing is changed in the kernel)");
    m_revision = 0;
    qCWarning(lcConfig).noquote() << report.problem;
    return report;
}

Result<qint64> ConfigStore::save(const Config &c)
{
    // The file we are replacing becomes the last good copy, but only if it is
    // good: never let a corrupt file overwrite the copy that saved us.
    if (QFileInfo::exists(m_path) && parseFile(m_path)) {
        auto bytes = readFile(m_path);
        if (!bytes)
            return std::unexpected(bytes.error());
        if (auto r = writeAtomically(lastGoodPath(), *bytes); !r)
            return std::unexpected(r.error());
    }
    QJsonObject doc = toJson(c);
    const qint64 revision = m_revision + 1;
    doc.insert(QStringLiteral("revision"), revision);
    if (auto r = writeAtomically(m_path, QJsonDocument(doc).toJson(QJsonDocument::Indented)); !r)
        return std::unexpected(r.error());
    m_revision = revision;
    return revision;
}

Result<void> ConfigStore::writeAtomically(const QString &path, const QByteArray &bytes)
{
    const QString dirPath = QFileInfo(path).absolutePath();
    const QByteArray target = QFile::encodeName(path);
    const QByteArray tmp = QFile::encodeName(path + QStringLiteral(".tmp"));
    // 0600: exits may carry SOCKS passwords; front ends read through bywayd.
    Fd fd(::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
    if (fd.get() < 0)
        return storageError(QStringLiteral("cannot create"), QString::fromLocal8Bit(tmp), errno);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd.get(), bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno; // ENOSPC, EDQUOT, EIO
            ::unlink(tmp.constData());
            return storageError(QStringLiteral("cannot write"), QString::fromLocal8Bit(tmp), err);
        }
        done += n;
    }
    // Without fsync before rename, a crash can leave the new name pointing at
    // an empty file on ext4/xfs: the data must be on disk before the name moves.
    // close() can report a deferred write error (NFS, quota): check it too.
    if (::fsync(fd.get()) != 0 || ::close(fd.release()) != 0) {
        const int err = errno;
        ::unlink(tmp.constData());
        return storageError(QStringLiteral("cannot flush"), QString::fromLocal8Bit(tmp), err);
    }
    if (::rename(tmp.constData(), target.constData()) != 0) {
        const int err = errno;
        ::unlink(tmp.constData());
        return storageError(QStringLiteral("cannot rename into"), path, err);
    }
    // The rename itself lives in the directory: sync it so it survives a power cut.
    Fd dir(::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0 || ::fsync(dir.get()) != 0)
        return storageError(QStringLiteral("cannot sync directory"), dirPath, errno);
    return {};
}

} // namespace byway::config
