// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/signalwatcher.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <sys/signalfd.h>
#include <unistd.h>

namespace byway::daemon {
namespace {

sigset_t setOf(std::initializer_list<int> signos)
{
    sigset_t set;
    sigemptyset(&set);
    for (int s : signos)
        sigaddset(&set, s);
    return set;
}

} // namespace

void SignalWatcher::block(std::initializer_list<int> signos)
{
    const sigset_t set = setOf(signos);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
}

SignalWatcher::~SignalWatcher()
{
    delete m_notifier;
}

Result<void> SignalWatcher::watch(std::initializer_list<int> signos)
{
    const sigset_t set = setOf(signos);
    m_fd = control::Fd(::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK));
    if (!m_fd) {
        Error e = Error::make(ErrorCode::Internal,
                              QStringLiteral("signalfd: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        e.sysErrno = errno;
        return std::unexpected(e);
    }
    m_notifier = new QSocketNotifier(m_fd.get(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);
    return {};
}

void SignalWatcher::onReadable()
{
    signalfd_siginfo info{};
    while (::read(m_fd.get(), &info, sizeof info) == ssize_t(sizeof info))
        Q_EMIT received(int(info.ssi_signo));
}

} // namespace byway::daemon
