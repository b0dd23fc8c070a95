// SPDX-License-Identifier: GPL-3.0-or-later
// The capture's logging, without Qt: four channels (the helper's categories
// "tun", "packet", "netstack", "forwarder") written to a sink. Standalone,
// the sink is stderr with debug off until setDebug(); bywayd installs one
// that hands every line to its Qt categories (capture/qt.h), so its debug
// switches and log tail see them as before.
//
//   CLOG_DEBUG(Forwarder) << "flow" << id << "outbound:" << why;
// writes "flow 7 outbound: ..." (items joined by one space, as QDebug does),
// and evaluates nothing when the channel's level is off.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace byway::capture::log {

enum class Channel { Tun, Packet, Netstack, Forwarder, Count };
enum class Level { Debug, Info, Warning };

// "tun", "packet", "netstack", "forwarder"; nullptr past Count.
[[nodiscard]] const char *channelName(Channel c);

struct Sink {
    // Whether a line of `level` on `channel` would be written (asked before
    // its items are formatted).
    bool (*enabled)(Channel channel, Level level) = nullptr;
    void (*write)(Channel channel, Level level, std::string_view line) = nullptr;
};
// Replaces the sink (not thread-safe against lines being written: call it
// before the capture starts). A sink with a null member restores stderr.
void setSink(Sink sink);
// The stderr sink's debug switch for one channel (by name: false if unknown).
bool setDebug(std::string_view channel, bool on);

[[nodiscard]] bool enabled(Channel channel, Level level);

class Line {
public:
    Line(Channel channel, Level level) : m_channel(channel), m_level(level) {}
    ~Line();
    Line(const Line &) = delete;
    Line &operator=(const Line &) = delete;

    // QDebug's spelling, kept so call sites read as they did: items are
    // never quoted here.
    Line &noquote() { return *this; }
    Line &operator<<(std::string_view s);
    Line &operator<<(const std::string &s) { return *this << std::string_view(s); }
    Line &operator<<(const char *s) { return *this << std::string_view(s ? s : ""); }
    Line &operator<<(bool b) { return *this << std::string_view(b ? "true" : "false"); }
    Line &operator<<(char c) { return *this << std::string_view(&c, 1); }
    template <typename T>
        requires(std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, char>)
    Line &operator<<(T v)
    {
        return *this << std::to_string(v);
    }
    Line &operator<<(double v);

private:
    Channel m_channel;
    Level m_level;
    std::string m_text;
};

} // namespace byway::capture::log

#define BYWAY_CLOG(channel, level)                                                                                     \
    for (bool clogOn_ = ::byway::capture::log::enabled(::byway::capture::log::Channel::channel,                       \
                                                       ::byway::capture::log::Level::level);                          \
         clogOn_; clogOn_ = false)                                                                                     \
    ::byway::capture::log::Line(::byway::capture::log::Channel::channel, ::byway::capture::log::Level::level)
#define CLOG_DEBUG(channel) BYWAY_CLOG(channel, Debug)
#define CLOG_INFO(channel) BYWAY_CLOG(channel, Info)
#define CLOG_WARNING(channel) BYWAY_CLOG(channel, Warning)
