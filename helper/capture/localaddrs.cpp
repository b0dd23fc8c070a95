// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/localaddrs.h"

#include <algorithm>
#include <cstring>

#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace byway::capture {

namespace {

std::optional<Addr> addrOf(const sockaddr *sa)
{
    Addr a;
    if (sa && sa->sa_family == AF_INET) {
        std::memcpy(a.b.data(), &reinterpret_cast<const sockaddr_in *>(sa)->sin_addr, 4);
        return a;
    }
    if (sa && sa->sa_family == AF_INET6) {
        a.family = 6;
        std::memcpy(a.b.data(), &reinterpret_cast<const sockaddr_in6 *>(sa)->sin6_addr, 16);
        return a;
    }
    return std::nullopt;
}

} // namespace

LocalAddresses::LocalAddresses(std::vector<Addr> addrs)
    : m_addrs(std::move(addrs))
{
    std::sort(m_addrs.begin(), m_addrs.end());
    m_addrs.erase(std::unique(m_addrs.begin(), m_addrs.end()), m_addrs.end());
}

LocalAddresses LocalAddresses::read()
{
    std::vector<Addr> addrs;
    ifaddrs *list = nullptr;
    if (::getifaddrs(&list) != 0)
        return LocalAddresses{};
    for (const ifaddrs *i = list; i; i = i->ifa_next) {
        if (const auto a = addrOf(i->ifa_addr))
            addrs.push_back(*a);
        if ((i->ifa_flags & IFF_BROADCAST) && i->ifa_addr && i->ifa_addr->sa_family == AF_INET)
            if (const auto b = addrOf(i->ifa_broadaddr))
                addrs.push_back(*b);
    }
    ::freeifaddrs(list);
    return LocalAddresses{std::move(addrs)};
}

bool LocalAddresses::kernelsOwn(const Addr &dst) const
{
    if (dst.family == 4 && ((dst.b[0] & 0xf0) == 0xe0 || dst.v4Host() == 0xffffffffu))
        return true; // multicast, limited broadcast
    if (dst.family == 6 && dst.b[0] == 0xff)
        return true; // multicast
    return std::binary_search(m_addrs.begin(), m_addrs.end(), dst);
}

} // namespace byway::capture
