// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

#include "daemon/daemon.h"

namespace byway::methods {

void addAll(daemon::Daemon &d)
{
    control::Dispatcher &dispatcher = d.dispatcher();
    addStatusMethods(dispatcher, d);
    addConfigMethods(dispatcher, d);
    addLogMethods(dispatcher, d);
    addProbeMethods(dispatcher, d);
    addFlowMethods(dispatcher, d);
    addTokenMethods(dispatcher, d);
    addSessionMethods(dispatcher, d);
    addBoxMethods(dispatcher, d);
}

} // namespace byway::methods
