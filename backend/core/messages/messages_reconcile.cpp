// SPDX-License-Identifier: GPL-3.0-or-later
// The reconcile area's message templates (see messages.h). Never change an id's
// meaning; add new ids instead. %{name} is args[name].
#include "core/messages/messages.h"

#include <QtGlobal>

namespace byway::msg {
namespace {

constexpr Template kMessages[] = {
    {"plan.ipv6.forwarding_held",
     QT_TRANSLATE_NOOP("Messages", "IPv6 forwarding stays off until the IPv6 egress probe passes")},
};

} // namespace

std::span<const Template> reconcileMessages()
{
    return kMessages;
}

} // namespace byway::msg
