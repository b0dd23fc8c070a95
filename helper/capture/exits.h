// SPDX-License-Identifier: GPL-3.0-or-later
// Who a captured source address belongs to and which exit carries it, and
// the outbound sockets of that exit. Every outbound socket carries a mark so
// it never matches the `from <pool> lookup <tun table>` rule again (see
// capture.h for the rule priorities the reconciler installs).
#pragma once

#include "capture/fault.h"
#include "capture/fd.h"
#include "capture/packet.h"
#include "capture/sourcefilter.h"
#include "capture/spec.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <sys/socket.h>

namespace byway::capture {

struct UserMatch {
    std::string user;             // static user's name, session name, or "<pool>/<address>"
    std::string exitName;         // empty: main table
    std::optional<ExitSpec> exit;
};

class Users {
public:
    void configure(const std::vector<PoolSpec> &pools, const std::vector<ExitSpec> &exits);
    // Sessions from a VPN server's up/down hook; they win over pool entries.
    void setSession(const Addr &a, const std::string &user, const std::string &exitName);
    void removeSession(const Addr &a);
    [[nodiscard]] std::optional<UserMatch> lookup(const Addr &a) const;
    // lookup(), remembered per address until the next configure() or
    // session change (every packet asks; the answer rarely changes).
    // nullptr: no user. Valid until the next call of a non-const member.
    [[nodiscard]] const UserMatch *find(const Addr &a);
    [[nodiscard]] std::optional<ExitSpec> exitByName(const std::string &name) const;
    // Every source lookup() can match: the pools' subnets, and the
    // sessions' addresses outside them.
    [[nodiscard]] std::vector<SourcePrefix> sourcePrefixes() const;

private:
    struct Session { std::string user; std::string exit; };
    std::vector<PoolSpec> m_pools;
    std::map<std::string, ExitSpec, std::less<>> m_exits;
    std::map<Addr, Session> m_sessions;
    struct AddrHash {
        size_t operator()(const Addr &a) const noexcept;
    };
    std::unordered_map<Addr, std::optional<UserMatch>, AddrHash> m_memo;
};

// A non-blocking, close-on-exec socket of `type` (SOCK_STREAM, SOCK_DGRAM)
// marked with the exit's mark (or `bypassMark`) and bound to its device.
[[nodiscard]] Result<Fd> openOutbound(const std::optional<ExitSpec> &exit, uint32_t bypassMark,
                                      int family, int type, int protocol = 0);
// openOutbound() for `to`'s family, and its (non-blocking) connect started:
// a TCP connect completes later (EPOLLOUT, SO_ERROR).
[[nodiscard]] Result<Fd> connectOutbound(const std::optional<ExitSpec> &exit, uint32_t bypassMark,
                                         const Endpoint &to, int type);
// sockaddr for connect()/sendto(); returns its length.
socklen_t toSockaddr(const Endpoint &e, sockaddr_storage &ss);

} // namespace byway::capture
