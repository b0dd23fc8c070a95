// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "reconcile/desired.h"

#include <QJsonObject>

namespace byway::reconcile {

// Byway's tables, rule priorities and marks against those other owners hold
// (the probe's "owners" finding: pbr 0xff0000, mwan3 0x3f00, sing-box
// 0x2023 / table 2022 / priority 9000, tailscale, Docker...). A collision is
// refused before anything is applied, naming the owner and what it holds.
[[nodiscard]] QList<FieldError> checkAllocations(const config::Config &c, const Desired &d, const QJsonObject &owners);

} // namespace byway::reconcile
