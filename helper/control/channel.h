// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/linesink.h"

#include <QObject>
#include <QString>

namespace byway::control {

// One client connection as the methods see it, whatever carries it: the
// local socket (Connection) or a TLS connection of a remote GUI
// (remote::RemoteConnection). Log streaming needs to know when the client
// caught up (drained) and to hang its state off the connection (as a child
// object), so it goes away with it.
class Channel : public QObject, public LineSink
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Stops reading and closes once the queued replies are written (or the
    // grace period is over, for a client that does not read them).
    virtual void closeAfterFlush() = 0;
    // Closes now, dropping whatever is unsent.
    virtual void abort(const QString &why) = 0;

Q_SIGNALS:
    void drained(); // the send queue became empty after having bytes
    void closed();
};

} // namespace byway::control
