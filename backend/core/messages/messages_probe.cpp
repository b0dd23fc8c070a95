// SPDX-License-Identifier: GPL-3.0-or-later
// The probe area's message templates (see messages.h). Never change an id's
// meaning; add new ids instead. %{name} is args[name].
#include "core/messages/messages.h"

#include <QtGlobal>

namespace byway::msg {
namespace {

constexpr Template kMessages[] = {
    {"probe.check.unknown", QT_TRANSLATE_NOOP("Messages", "Unknown check \"%{check}\""),
     QT_TRANSLATE_NOOP("Messages", "Nothing was probed for it."),
     QT_TRANSLATE_NOOP("Messages", "Use one of: %{known}")},
};

} // namespace

std::span<const Template> probeMessages()
{
    return kMessages;
}

} // namespace byway::msg
