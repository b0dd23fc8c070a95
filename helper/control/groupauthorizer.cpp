// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/groupauthorizer.h"

#include "core/logging.h"

#include <vector>

#include <grp.h>

namespace byway::control {

QString roleName(Role r)
{
    switch (r) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::View: return QStringLiteral("view");
    case Role::Refused: break;
    }
    return QStringLiteral("refused");
}

GroupAuthorizer::GroupAuthorizer(QString adminGroup, QString viewGroup)
    : m_adminGroup(std::move(adminGroup)), m_viewGroup(std::move(viewGroup))
{
    m_adminGid = lookupGroup(m_adminGroup);
    m_viewGid = lookupGroup(m_viewGroup);
    if (!m_adminGid)
        qCWarning(lcControl).noquote() << "admin group" << m_adminGroup << "does not exist: only root is admin";
    if (!m_viewGid)
        qCWarning(lcControl).noquote() << "view group" << m_viewGroup << "does not exist: nobody is read-only";
}

std::optional<gid_t> GroupAuthorizer::lookupGroup(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    const QByteArray n = name.toLocal8Bit();
    group gr{};
    group *out = nullptr;
    std::vector<char> buf(4096);
    for (;;) {
        const int rc = ::getgrnam_r(n.constData(), &gr, buf.data(), buf.size(), &out);
        if (rc == ERANGE && buf.size() < (1u << 20)) {
            buf.resize(buf.size() * 2);
            continue;
        }
        if (rc != 0 || !out)
            return std::nullopt;
        return out->gr_gid;
    }
}

std::optional<gid_t> GroupAuthorizer::gid(const QString &name, std::optional<gid_t> &cache) const
{
    if (!cache)
        cache = lookupGroup(name);
    return cache;
}

Decision GroupAuthorizer::decide(const PeerCredentials &peer) const
{
    if (peer.uid == 0)
        return {Role::Admin, {}};
    if (const auto g = gid(m_adminGroup, m_adminGid); g && peer.inGroup(*g))
        return {Role::Admin, {}};
    if (const auto g = gid(m_viewGroup, m_viewGid); g && peer.inGroup(*g))
        return {Role::View, {}};
    return {Role::Refused,
            QStringLiteral("uid %1 is not root and not in group %2 (admin) or %3 (read-only)")
                .arg(peer.uid)
                .arg(m_adminGroup, m_viewGroup)};
}

} // namespace byway::control
