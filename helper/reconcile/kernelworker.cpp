// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/kernelworker.h"

namespace byway::reconcile {

KernelWorker::KernelWorker(QObject *parent) : QObject(parent), m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("reconcile"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

KernelWorker::~KernelWorker()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace byway::reconcile
