// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace byway::control {
class Dispatcher;
}
namespace byway::daemon {
class Daemon;
}

// The methods of the control protocol (docs/protocol.md), one file per noun.
// They use the Daemon's services; the Daemon does not know them (the
// reconciler's own methods it registers itself): whoever builds a Daemon
// (main, the tests, the dispatch fuzzer) adds them with addAll().
namespace byway::methods {

// Every method below on d.dispatcher(), right after the Daemon is built.
void addAll(daemon::Daemon &daemon);

void addStatusMethods(control::Dispatcher &dispatcher, daemon::Daemon &daemon); // status.get
void addConfigMethods(control::Dispatcher &dispatcher, daemon::Daemon &daemon); // config.get|validate|set
void addLogMethods(control::Dispatcher &dispatcher, daemon::Daemon &daemon);    // logs.subscribe|unsubscribe|setDebug
void addProbeMethods(control::Dispatcher &dispatcher, daemon::Daemon &daemon);  // probe.run
void addFlowMethods(control::Dispatcher &dispatcher, daemon::Daemon &daemon);   // flows.list
void addSessionMethods(control::Dispatcher &dispatcher, daemon::Daemon &daemon); // session.add|remove|list, capture.session
void addBoxMethods(control::Dispatcher &dispatcher, daemon::Daemon &daemon);    // box.interfaces
void addTokenMethods(control::Dispatcher &dispatcher, daemon::Daemon &daemon);  // token.create|list|revoke

} // namespace byway::methods
