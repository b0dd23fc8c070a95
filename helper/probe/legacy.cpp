// SPDX-License-Identifier: GPL-3.0-or-later
// Legacy iptables (x_tables) through getsockopt, the way iptables-legacy-save
// reads it, without forking it.
//
// The trap: IPT_SO_GET_INFO on a table that does not exist makes the kernel
// request_module("iptable_<name>") and register the table in this network
// namespace — asking for "nat" creates "nat" (with ACCEPT policies) and
// from then on every packet also traverses the legacy nat hooks. So only the
// tables listed in /proc/net/ip_tables_names (ip6_tables_names) are opened;
// those files exist only once ip_tables is loaded, and list only tables
// already instantiated in this namespace.
#include "probe/internal.h"
#include "probe/fd.h"

// glibc first: the uapi headers then skip their own in_addr & co.
#include <netinet/in.h>
#include <sys/socket.h>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic" // flexible array members in uapi headers
#include <linux/netfilter_ipv4/ip_tables.h>
#include <linux/netfilter_ipv6/ip6_tables.h>
#pragma GCC diagnostic pop

#include <cerrno>
#include <cstring>
#include <vector>


namespace byway::probe {

namespace {

// Entries of both families share the tail: target_offset, next_offset,
// then counters; only the match header in front differs in size.
template <typename Entry>
void parseEntries(const LegacyInfo &info, const char *blob, size_t size, LegacyTable &out)
{
    for (int h = 0; h < kHooks; ++h) {
        out.rules[h] = 0;
        out.policy[h] = -1;
    }
    size_t off = 0;
    while (off + sizeof(Entry) <= size) {
        Entry e;
        std::memcpy(&e, blob + off, sizeof e);
        if (e.next_offset < sizeof(Entry) || e.target_offset < sizeof(Entry) || off + e.next_offset > size
            || e.target_offset + sizeof(xt_entry_target) > e.next_offset)
            break; // malformed: stop rather than read past the blob
        ++out.entries;
        xt_entry_target t;
        std::memcpy(&t, blob + off + e.target_offset, sizeof t);
        const char *data = blob + off + e.target_offset + sizeof(xt_entry_target);
        const size_t dataLen = t.u.target_size > sizeof(xt_entry_target) ? t.u.target_size - sizeof(xt_entry_target) : 0;
        const QByteArray name(t.u.user.name, static_cast<int>(strnlen(t.u.user.name, sizeof t.u.user.name)));
        int verdict = 1;
        const bool standard = name.isEmpty() && dataLen >= sizeof(int);
        if (standard)
            std::memcpy(&verdict, data, sizeof verdict);
        if (name == "ERROR") {
            // Head of a user chain; the chain name is the target's data.
            const QString chain = QString::fromLatin1(data, static_cast<int>(strnlen(data, dataLen)));
            if (chain != u"ERROR")
                out.userChains << chain;
        } else if (!name.isEmpty() && !out.targets.contains(QString::fromLatin1(name))) {
            out.targets << QString::fromLatin1(name);
        }
        for (int h = 0; h < kHooks; ++h) {
            if (!(info.validHooks & (1U << h)))
                continue;
            if (off >= info.hookEntry[h] && off < info.underflow[h])
                ++out.rules[h];
            // Built-in policies are the standard target at the underflow;
            // user-space stores verdict v as -v-1.
            if (off == info.underflow[h] && standard && verdict < 0)
                out.policy[h] = -verdict - 1;
        }
        off += e.next_offset;
    }
}

template <typename Info, typename Get, typename Entry>
int readTable(int fd, int level, int optInfo, int optEntries, LegacyTable &t)
{
    Info info{};
    std::strncpy(info.name, t.name.toLatin1().constData(), sizeof info.name - 1);
    socklen_t len = sizeof info;
    if (::getsockopt(fd, level, optInfo, &info, &len) < 0)
        return errno;
    std::vector<char> buf(sizeof(Get) + info.size);
    Get get{};
    std::memcpy(get.name, info.name, sizeof get.name);
    get.size = info.size;
    std::memcpy(buf.data(), &get, sizeof get);
    len = static_cast<socklen_t>(buf.size());
    if (::getsockopt(fd, level, optEntries, buf.data(), &len) < 0)
        return errno;
    LegacyInfo li;
    li.validHooks = info.valid_hooks;
    for (int h = 0; h < kHooks; ++h) {
        li.hookEntry[h] = info.hook_entry[h];
        li.underflow[h] = info.underflow[h];
    }
    t.validHooks = info.valid_hooks;
    parseEntries<Entry>(li, buf.data() + sizeof(Get), info.size, t);
    return 0;
}

void readFamily(const char *namesPath, bool v6, LegacyState &st, bool &listed)
{
    auto names = readSmallFile(namesPath);
    listed = names.has_value();
    if (!names || names->isEmpty())
        return;
    Fd fd(::socket(v6 ? AF_INET6 : AF_INET, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_RAW));
    if (!fd)
        st.socketErr = errno;
    for (const QByteArray &n : names->split('\n')) {
        LegacyTable t;
        t.family = v6 ? QStringLiteral("ip6") : QStringLiteral("ip");
        t.name = QString::fromLatin1(n.trimmed());
        if (t.name.isEmpty() || t.name.size() >= XT_TABLE_MAXNAMELEN)
            continue;
        t.policy.fill(-1);
        if (!fd)
            t.err = st.socketErr;
        else if (v6)
            t.err = readTable<ip6t_getinfo, ip6t_get_entries, ip6t_entry>(fd.get(), IPPROTO_IPV6, IP6T_SO_GET_INFO,
                                                                          IP6T_SO_GET_ENTRIES, t);
        else
            t.err = readTable<ipt_getinfo, ipt_get_entries, ipt_entry>(fd.get(), IPPROTO_IP, IPT_SO_GET_INFO,
                                                                       IPT_SO_GET_ENTRIES, t);
        st.tables << t;
    }
}

} // namespace

void parseLegacyEntries(const LegacyInfo &info, const char *blob, size_t size, LegacyTable &out)
{
    if (out.family == u"ip6")
        parseEntries<ip6t_entry>(info, blob, size, out);
    else
        parseEntries<ipt_entry>(info, blob, size, out);
}

LegacyState readLegacy()
{
    LegacyState st;
    readFamily("/proc/net/ip_tables_names", false, st, st.v4Listed);
    readFamily("/proc/net/ip6_tables_names", true, st, st.v6Listed);
    return st;
}

} // namespace byway::probe
