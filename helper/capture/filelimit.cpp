// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/filelimit.h"

#include "capture/log.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <system_error>

#include <sys/resource.h>

namespace byway::capture {

namespace {

std::atomic<int64_t> g_fileLimit{0}; // 0: not known, nothing refused

int64_t openFiles()
{
    std::error_code ec;
    int64_t n = 0;
    for (std::filesystem::directory_iterator it("/proc/self/fd", ec), end; !ec && it != end; it.increment(ec))
        ++n;
    return n;
}

} // namespace

int64_t hardFileLimit()
{
    rlimit rl{};
    if (::getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_max == RLIM_INFINITY)
        return 0;
    return int64_t(rl.rlim_max);
}

int64_t flowsWithinFileLimit(int64_t limit, int64_t open)
{
    return std::max<int64_t>(limit - open - kFileReserve, 16);
}

int fitFlowsToFileLimit(int maxFlows)
{
    rlimit rl{};
    if (::getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return maxFlows;
    const int64_t open = openFiles();
    // Room for every flow twice over (UDP through SOCKS5 holds two), if the hard limit allows.
    const auto want = rlim_t(open + kFileReserve + 2 * int64_t(maxFlows));
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < want) {
        rlimit raised = rl;
        raised.rlim_cur = rl.rlim_max == RLIM_INFINITY ? want : std::min(want, rl.rlim_max);
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            rl = raised;
    }
    if (rl.rlim_cur == RLIM_INFINITY) {
        g_fileLimit = 0;
        return maxFlows;
    }
    g_fileLimit = int64_t(rl.rlim_cur);
    const int64_t room = flowsWithinFileLimit(int64_t(rl.rlim_cur), open);
    if (room >= maxFlows)
        return maxFlows;
    const auto bound = int(room);
    CLOG_WARNING(Tun) << "flows bounded to" << bound << "of capture.maxFlows" << maxFlows << "as this process may open"
                      << int64_t(rl.rlim_cur) << "files (its hard limit), has" << open << "open and keeps" << kFileReserve
                      << "for the rest; raise the hard limit (LimitNOFILE) for more";
    return bound;
}

bool leavesFileReserve(int fd)
{
    const int64_t limit = g_fileLimit.load(std::memory_order_relaxed);
    return limit == 0 || int64_t(fd) < limit - kFileReserve / 2;
}

} // namespace byway::capture
