// SPDX-License-Identifier: GPL-3.0-or-later
// The cross-field rules of validate(), split by section.
#pragma once

#include "core/config/config.h"
#include "core/config/jsonreader.h"

namespace byway::config {

[[nodiscard]] QString hex(quint32 v); // "0x10000"
// A "duplicate" error at path/i[/field] for each name seen before it.
void checkDuplicates(JsonReader &r, const QStringList &names, const QString &path, const QString &field);
void checkExits(JsonReader &r, const Config &c);

} // namespace byway::config
