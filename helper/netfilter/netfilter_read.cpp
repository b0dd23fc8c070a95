// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a table back (chains, rules, counters) and comparing it with the IR.
#include "netfilter/netfilter.h"

#include "netfilter/nlrender.h"

#include "core/logging.h"

#include <linux/netfilter.h>
#include <linux/netfilter/nf_tables.h>

#include <array>
#include <cerrno>

namespace byway::nft {

using detail::Owned;

Result<std::optional<TableState>> Netfilter::read(const QString &name)
{
    const QByteArray n = name.toUtf8();
    std::array<char, detail::kRequestSize> buf{};

    // A get of the table by name: ENOENT is the answer "there is none".
    {
        const auto t = detail::buildTable(name);
        nlmsghdr *nlh = header(buf.data(), NFT_MSG_GETTABLE, NFPROTO_INET, 0);
        nftnl_table_nlmsg_build_payload(nlh, t.get());
        auto ok = request(nlh, QStringLiteral("get table inet %1").arg(name), [](const nlmsghdr *) {});
        if (!ok && ok.error().sysErrno == ENOENT)
            return std::optional<TableState>();
        if (!ok)
            return std::unexpected(ok.error());
    }

    TableState st;
    st.name = name;
    // Chain dumps are per family; the table is picked out here.
    {
        nlmsghdr *nlh = header(buf.data(), NFT_MSG_GETCHAIN, NFPROTO_INET, NLM_F_DUMP);
        auto ok = request(nlh, QStringLiteral("list chains of inet %1").arg(name), [&](const nlmsghdr *m) {
            Owned<nftnl_chain> c(nftnl_chain_alloc());
            if (nftnl_chain_nlmsg_parse(m, c.get()) < 0
                || n != nftnl_chain_get_str(c.get(), NFTNL_CHAIN_TABLE))
                return;
            ChainState cs;
            cs.name = QString::fromUtf8(nftnl_chain_get_str(c.get(), NFTNL_CHAIN_NAME));
            cs.handle = nftnl_chain_get_u64(c.get(), NFTNL_CHAIN_HANDLE);
            if (nftnl_chain_is_set(c.get(), NFTNL_CHAIN_HOOKNUM)) {
                cs.type = QString::fromUtf8(nftnl_chain_get_str(c.get(), NFTNL_CHAIN_TYPE));
                cs.hook = hookName(int(nftnl_chain_get_u32(c.get(), NFTNL_CHAIN_HOOKNUM)));
                cs.priority = nftnl_chain_get_s32(c.get(), NFTNL_CHAIN_PRIO);
                cs.policyAccept = nftnl_chain_get_u32(c.get(), NFTNL_CHAIN_POLICY) == NF_ACCEPT;
            }
            st.chains.append(cs);
        }, [&] { st.chains.clear(); });
        if (!ok)
            return std::unexpected(ok.error());
    }
    // Rule dumps take the table as a filter.
    {
        Owned<nftnl_rule> filter(nftnl_rule_alloc());
        nftnl_rule_set_str(filter.get(), NFTNL_RULE_TABLE, n.constData());
        nlmsghdr *nlh = header(buf.data(), NFT_MSG_GETRULE, NFPROTO_INET, NLM_F_DUMP);
        nftnl_rule_nlmsg_build_payload(nlh, filter.get());
        auto ok = request(nlh, QStringLiteral("list rules of inet %1").arg(name), [&](const nlmsghdr *m) {
            Owned<nftnl_rule> r(nftnl_rule_alloc());
            if (nftnl_rule_nlmsg_parse(m, r.get()) < 0 || n != nftnl_rule_get_str(r.get(), NFTNL_RULE_TABLE))
                return;
            RuleState rs;
            rs.chain = QString::fromUtf8(nftnl_rule_get_str(r.get(), NFTNL_RULE_CHAIN));
            rs.id = detail::ruleComment(r.get());
            rs.handle = nftnl_rule_get_u64(r.get(), NFTNL_RULE_HANDLE);
            rs.fingerprint = detail::exprFingerprint(r.get(), &rs.packets, &rs.bytes);
            if (lcNft().isDebugEnabled())
                qCDebug(lcNft).noquote() << "live" << rs.chain << rs.id << detail::exprText(r.get());
            st.rules.append(rs);
        }, [&] { st.rules.clear(); });
        if (!ok)
            return std::unexpected(ok.error());
    }
    qCDebug(lcNft).noquote() << "read table inet" << name << ":" << st.chains.size() << "chains,"
                             << st.rules.size() << "rules";
    return std::optional<TableState>(std::move(st));
}

bool matches(const TableState &live, const Table &want)
{
    if (live.name != want.name || live.chains.size() != want.chains.size()
        || live.rules.size() != want.ruleCount())
        return false;
    for (const auto &c : want.chains) {
        const auto it = std::find_if(live.chains.cbegin(), live.chains.cend(),
                                     [&](const ChainState &s) { return s.name == c.name; });
        if (it == live.chains.cend() || it->type != c.type || it->hook != c.hook
            || (c.isBase() && (it->priority != c.priority || it->policyAccept != c.policyAccept)))
            return false;
        // Rules of one chain come in kernel order; compare them in order.
        qsizetype i = 0;
        for (const auto &r : live.rules) {
            if (r.chain != c.name)
                continue;
            if (i >= c.rules.size())
                return false;
            const Rule &w = c.rules.at(i++);
            if (r.id != w.id)
                return false;
            const auto built = detail::buildRule(want.name, c.name, w);
            if (r.fingerprint != detail::exprFingerprint(built.get())) {
                qCDebug(lcNft).noquote() << "rule" << w.id << "differs from the kernel's; wanted"
                                         << detail::exprText(built.get());
                return false;
            }
        }
        if (i != c.rules.size())
            return false;
    }
    return true;
}

} // namespace byway::nft
