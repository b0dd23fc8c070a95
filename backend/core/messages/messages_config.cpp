// SPDX-License-Identifier: GPL-3.0-or-later
// The config area's message templates (see messages.h). Never change an id's
// meaning; add new ids instead. %{name} is args[name].
#include "core/messages/messages.h"

#include <QtGlobal>

namespace byway::msg {
namespace {

constexpr Template kMessages[] = {
    {"config.member.unknown", QT_TRANSLATE_NOOP("Messages", "\"%{name}\" is not a member here (known: %{known})")},
};

} // namespace

std::span<const Template> configMessages()
{
    return kMessages;
}

} // namespace byway::msg
