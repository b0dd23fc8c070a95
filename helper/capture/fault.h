// SPDX-License-Identifier: GPL-3.0-or-later
// The capture's own error type: the capture builds and runs without Qt (a
// standalone byway-capture maps no Qt library), bywayd turns a Fault into
// its protocol Error (capture/qt.h).
#pragma once

#include <expected>
#include <string>
#include <utility>

namespace byway::capture {

enum class FaultKind {
    Kernel,        // the kernel refused (sysErrno says why)
    InvalidParams, // an option is out of range (`field` names it)
    Busy,          // one capture per process (lwIP's globals)
    Internal,
};

struct Fault {
    FaultKind kind = FaultKind::Internal;
    std::string message;
    std::string field; // JSON pointer into bywayd's config, if one
    int sysErrno = 0;
    // One line for logs: "kernel_failed: socket: Operation not permitted".
    [[nodiscard]] std::string toString() const;
};

template <typename T>
using Result = std::expected<T, Fault>;

[[nodiscard]] inline std::unexpected<Fault> fail(FaultKind kind, std::string message, std::string field = {})
{
    return std::unexpected(Fault{kind, std::move(message), std::move(field), 0});
}
// A Kernel fault for `what` failing with `err`: "what: strerror(err)".
[[nodiscard]] std::unexpected<Fault> kernelFault(const std::string &what, int err);

} // namespace byway::capture
