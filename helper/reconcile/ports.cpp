// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/ports.h"

#include <QFile>

#include <cerrno>
#include <cstring>

namespace byway::reconcile {
namespace {

class NetfilterPort final : public NftPort
{
public:
    explicit NetfilterPort(nft::Netfilter nf) : m_nf(std::move(nf)) {}
    Result<std::optional<nft::TableState>> read(const QString &table) override { return m_nf.read(table); }
    Result<void> replace(const nft::Table &t) override { return m_nf.replace(t); }
    Result<void> remove(const QString &table) override { return m_nf.remove(table); }

private:
    nft::Netfilter m_nf;
};

class ProcSysctl final : public SysctlPort
{
public:
    explicit ProcSysctl(QString root) : m_root(std::move(root)) {}

    Result<QString> read(const QString &key) override
    {
        if (!valid(key))
            return fail(ErrorCode::InvalidParams, QStringLiteral("bad sysctl key %1").arg(key));
        QFile f(m_root + QLatin1Char('/') + key);
        if (!f.open(QIODevice::ReadOnly))
            return kernelError(QStringLiteral("cannot read sysctl %1").arg(key), f);
        return QString::fromLatin1(f.readAll()).trimmed();
    }

    Result<void> write(const QString &key, const QString &value) override
    {
        if (!valid(key))
            return fail(ErrorCode::InvalidParams, QStringLiteral("bad sysctl key %1").arg(key));
        QFile f(m_root + QLatin1Char('/') + key);
        // Unbuffered: the kernel parses the value in write() and reports a
        // bad one there (EINVAL), not at close.
        if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || f.write(value.toLatin1() + '\n') < 0)
            return kernelError(QStringLiteral("cannot set sysctl %1=%2").arg(key, value), f);
        return {};
    }

private:
    static bool valid(const QString &key)
    {
        // Keys come from Byway's own generator, but interface names inside
        // them come from the config: never let one climb out of /proc/sys.
        return !key.isEmpty() && !key.contains(QStringLiteral("..")) && !key.startsWith(QLatin1Char('/'));
    }
    static std::unexpected<Error> kernelError(const QString &what, const QFile &f)
    {
        const int err = errno;
        Error e = Error::make(ErrorCode::KernelFailed, what + QStringLiteral(": ") + f.errorString());
        e.sysErrno = err;
        return std::unexpected(e);
    }
    QString m_root;
};

} // namespace

Result<std::unique_ptr<NftPort>> openNetfilter()
{
    auto nf = nft::Netfilter::open();
    if (!nf)
        return std::unexpected(nf.error());
    return std::make_unique<NetfilterPort>(std::move(*nf));
}

std::unique_ptr<SysctlPort> procSysctl(const QString &root)
{
    return std::make_unique<ProcSysctl>(root);
}

} // namespace byway::reconcile
