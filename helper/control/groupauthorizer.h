// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/authorizer.h"

#include <optional>

#include <sys/types.h>

namespace byway::control {

// The production policy: uid 0 or membership (primary or supplementary) in
// the admin group is admin, membership in the view group is read-only,
// anyone else is refused.
class GroupAuthorizer final : public Authorizer
{
public:
    GroupAuthorizer(QString adminGroup, QString viewGroup);

    [[nodiscard]] Decision decide(const PeerCredentials &peer) const override;

    [[nodiscard]] static std::optional<gid_t> lookupGroup(const QString &name);

private:
    // Groups are looked up again while missing: an admin may run
    // `groupadd byway` after bywayd started and expect it to count.
    [[nodiscard]] std::optional<gid_t> gid(const QString &name, std::optional<gid_t> &cache) const;

    QString m_adminGroup;
    QString m_viewGroup;
    mutable std::optional<gid_t> m_adminGid;
    mutable std::optional<gid_t> m_viewGid;
};

} // namespace byway::control
