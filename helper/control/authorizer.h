// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/peercredentials.h"

#include <QString>

namespace byway::control {

// What a caller may do. Decided once per connection from the kernel's
// credentials; the role never changes while the connection lives.
enum class Role { Refused, View, Admin };
[[nodiscard]] QString roleName(Role r); // "refused" | "view" | "admin"

struct Decision {
    Role role = Role::Refused;
    QString reason; // for Refused: what the caller would need, for the error message
};

// The identity policy, behind an interface so tests (which run as root)
// can exercise the view and refused paths without setuid games.
class Authorizer
{
public:
    virtual ~Authorizer() = default;
    [[nodiscard]] virtual Decision decide(const PeerCredentials &peer) const = 0;
};

} // namespace byway::control
