// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the Reconciler's parts (reconciler*.cpp) run kernel work: on the
// kernel thread when there is one, else at once; and the synchronous
// overloads on top of the asynchronous calls. Private to those files.

#include "reconcile/kernelworker.h"
#include "reconcile/reconciler.h"

#include <optional>

namespace byway::reconcile {

template <typename R>
void Reconciler::onKernel(std::function<R(Ports &)> work, std::function<void(R)> done)
{
    Ports *ports = &m_ports;
    if (!m_worker) {
        done(work(*ports));
        return;
    }
    m_worker->run<R>([ports, work = std::move(work)] { return work(*ports); }, std::move(done));
}

template <typename T>
Result<T> Reconciler::sync(const std::function<void(Done<T>)> &call)
{
    std::optional<Result<T>> out;
    call([&out](Result<T> r) { out = std::move(r); });
    Q_ASSERT_X(out.has_value(), "Reconciler", "synchronous call on a Reconciler with a worker");
    if (!out)
        return fail(ErrorCode::Internal, QStringLiteral("synchronous reconciler call with a kernel thread"));
    return std::move(*out);
}

} // namespace byway::reconcile
