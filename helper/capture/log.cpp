// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/fault.h"
#include "capture/log.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace byway::capture {

namespace log {
namespace {

std::array<std::atomic<bool>, size_t(Channel::Count)> g_debug{};

bool stderrEnabled(Channel channel, Level level)
{
    return level != Level::Debug || g_debug[size_t(channel)].load(std::memory_order_relaxed);
}

void stderrWrite(Channel channel, Level level, std::string_view line)
{
    std::fprintf(stderr, "%sbyway.%s: %.*s\n", level == Level::Warning ? "warning: " : "", channelName(channel),
                 int(line.size()), line.data());
}

Sink g_sink{stderrEnabled, stderrWrite};

} // namespace

const char *channelName(Channel c)
{
    switch (c) {
    case Channel::Tun: return "tun";
    case Channel::Packet: return "packet";
    case Channel::Netstack: return "netstack";
    case Channel::Forwarder: return "forwarder";
    case Channel::Count: break;
    }
    return nullptr;
}

void setSink(Sink sink)
{
    g_sink = sink.enabled && sink.write ? sink : Sink{stderrEnabled, stderrWrite};
}

bool setDebug(std::string_view channel, bool on)
{
    for (size_t i = 0; i < size_t(Channel::Count); ++i) {
        if (channel == channelName(Channel(i))) {
            g_debug[i].store(on, std::memory_order_relaxed);
            return true;
        }
    }
    return false;
}

bool enabled(Channel channel, Level level)
{
    return g_sink.enabled(channel, level);
}

Line::~Line()
{
    g_sink.write(m_channel, m_level, m_text);
}

Line &Line::operator<<(std::string_view s)
{
    if (!m_text.empty())
        m_text += ' ';
    m_text += s;
    return *this;
}

Line &Line::operator<<(double v)
{
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%g", v);
    return *this << std::string_view(buf, size_t(std::max(n, 0)));
}

} // namespace log

std::string Fault::toString() const
{
    const char *kindName = "internal";
    switch (kind) {
    case FaultKind::Kernel: kindName = "kernel_failed"; break;
    case FaultKind::InvalidParams: kindName = "invalid_params"; break;
    case FaultKind::Busy: kindName = "busy"; break;
    case FaultKind::Internal: break;
    }
    std::string s = kindName;
    s += ": ";
    if (!field.empty()) {
        s += field;
        s += ": ";
    }
    s += message;
    return s;
}

std::unexpected<Fault> kernelFault(const std::string &what, int err)
{
    return std::unexpected(Fault{FaultKind::Kernel, what + ": " + std::strerror(err), {}, err});
}

} // namespace byway::capture
