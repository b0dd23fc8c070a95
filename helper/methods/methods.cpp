// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

namespace byway::methods {

void addAll(control::Dispatcher &dispatcher, const Contexts &c)
{
    addStatusMethods(dispatcher, c.status);
    addConfigMethods(dispatcher, c.config);
    addApplyMethods(dispatcher, c.config);
    addLogMethods(dispatcher, c.logs);
    addProbeMethods(dispatcher, c.probe);
    addFlowMethods(dispatcher, c.kernel);
    addExplainMethods(dispatcher, c.kernel);
    addTopologyMethods(dispatcher, c.kernel);
    addTokenMethods(dispatcher, c.tokens);
    addSessionMethods(dispatcher, c.sessions);
    addBoxMethods(dispatcher, c.kernel);
}

} // namespace byway::methods
