// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the nf_tables ruleset over NFNETLINK: three GET dumps (tables,
// chains, rules) for every family. Nothing is created. nfnetlink demands
// CAP_NET_ADMIN in the user namespace owning this network namespace for
// every message, GETs included, so a dump that succeeds is also evidence that
// a batch from us would pass the same permission check.
#include "probe/internal.h"

#include "netlink/owned.h"
#include "netlink/socket.h"

#include <QHash>

#include <libnftnl/chain.h>
#include <libnftnl/common.h>
#include <libnftnl/expr.h>
#include <libnftnl/rule.h>
#include <libnftnl/table.h>

#include <linux/netfilter.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/netfilter/nfnetlink.h>

#include <algorithm>
#include <cstring>

namespace byway::probe {

namespace {

using netlink::Owned;

QString str(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// A dump of one object type in every family; errno on failure.
int dump(netlink::Socket &sock, uint16_t msg, const netlink::MessageFn &fn, const std::function<void()> &restart)
{
    alignas(nlmsghdr) char buf[8192]; // one request message; MNL_SOCKET_BUFFER_SIZE is not a constant
    nlmsghdr *nlh = nftnl_nlmsg_build_hdr(buf, msg, NFPROTO_UNSPEC, 0, 0);
    auto done = sock.dump(nlh, fn, restart);
    return done ? 0 : done.error().error;
}

QString chainKey(const QString &family, const QString &table, const QString &chain)
{
    return family + u'/' + table + u'/' + chain;
}

// Classifies one rule: does it end in drop/reject, does it write a constant
// mark ("meta mark set 0x..." is an immediate into a register followed by a
// meta set from that register).
void scanRule(const nftnl_rule *r, const QString &where, bool &drops, QList<NftState::MarkSet> &marks)
{
    Owned<nftnl_expr_iter> it(nftnl_expr_iter_create(r));
    if (!it)
        return;
    quint32 lastImmReg = 0, lastImmValue = 0;
    bool haveImm = false;
    while (nftnl_expr *e = nftnl_expr_iter_next(it.get())) {
        const QByteArray name(nftnl_expr_get_str(e, NFTNL_EXPR_NAME));
        if (name == "immediate") {
            if (nftnl_expr_is_set(e, NFTNL_EXPR_IMM_VERDICT)) {
                if (static_cast<int>(nftnl_expr_get_u32(e, NFTNL_EXPR_IMM_VERDICT)) == NF_DROP)
                    drops = true;
            } else if (nftnl_expr_is_set(e, NFTNL_EXPR_IMM_DATA)) {
                uint32_t len = 0;
                const void *data = nftnl_expr_get(e, NFTNL_EXPR_IMM_DATA, &len);
                if (data && len == 4) {
                    std::memcpy(&lastImmValue, data, 4);
                    lastImmReg = nftnl_expr_get_u32(e, NFTNL_EXPR_IMM_DREG);
                    haveImm = true;
                }
            }
        } else if (name == "reject") {
            drops = true;
        } else if (name == "meta" && nftnl_expr_is_set(e, NFTNL_EXPR_META_SREG)) {
            if (haveImm && nftnl_expr_get_u32(e, NFTNL_EXPR_META_KEY) == NFT_META_MARK
                && nftnl_expr_get_u32(e, NFTNL_EXPR_META_SREG) == lastImmReg
                && std::none_of(marks.cbegin(), marks.cend(), [&](const auto &m) { return m.mark == lastImmValue && m.where == where; }))
                marks << NftState::MarkSet{lastImmValue, where};
        }
    }
}

int readTables(netlink::Socket &sock, NftState &st)
{
    return dump(sock, NFT_MSG_GETTABLE, [&](const nlmsghdr *nlh) {
        Owned<nftnl_table> t(nftnl_table_alloc());
        if (!t || nftnl_table_nlmsg_parse(nlh, t.get()) < 0)
            return; // one unparsable object must not hide the rest
        st.tables << NftTable{nfFamilyName(static_cast<int>(nftnl_table_get_u32(t.get(), NFTNL_TABLE_FAMILY))),
                              str(nftnl_table_get_str(t.get(), NFTNL_TABLE_NAME)),
                              nftnl_table_get_u32(t.get(), NFTNL_TABLE_FLAGS)};
    }, [&] { st.tables.clear(); });
}

int readChains(netlink::Socket &sock, NftState &st, QHash<QString, qsizetype> &index)
{
    return dump(sock, NFT_MSG_GETCHAIN, [&](const nlmsghdr *nlh) {
        Owned<nftnl_chain> c(nftnl_chain_alloc());
        if (!c || nftnl_chain_nlmsg_parse(nlh, c.get()) < 0)
            return;
        NftChain ch;
        ch.family = nfFamilyName(static_cast<int>(nftnl_chain_get_u32(c.get(), NFTNL_CHAIN_FAMILY)));
        ch.table = str(nftnl_chain_get_str(c.get(), NFTNL_CHAIN_TABLE));
        ch.name = str(nftnl_chain_get_str(c.get(), NFTNL_CHAIN_NAME));
        ch.base = nftnl_chain_is_set(c.get(), NFTNL_CHAIN_HOOKNUM);
        if (ch.base) {
            ch.hook = static_cast<int>(nftnl_chain_get_u32(c.get(), NFTNL_CHAIN_HOOKNUM));
            ch.prio = nftnl_chain_get_s32(c.get(), NFTNL_CHAIN_PRIO);
            ch.policy = nftnl_chain_is_set(c.get(), NFTNL_CHAIN_POLICY)
                            ? static_cast<int>(nftnl_chain_get_u32(c.get(), NFTNL_CHAIN_POLICY))
                            : NF_ACCEPT;
            ch.type = str(nftnl_chain_get_str(c.get(), NFTNL_CHAIN_TYPE));
        }
        index.insert(chainKey(ch.family, ch.table, ch.name), st.chains.size());
        st.chains << ch;
    }, [&] {
        st.chains.clear();
        index.clear();
    });
}

int readRules(netlink::Socket &sock, NftState &st, const QHash<QString, qsizetype> &index)
{
    return dump(sock, NFT_MSG_GETRULE, [&](const nlmsghdr *nlh) {
        Owned<nftnl_rule> r(nftnl_rule_alloc());
        if (!r || nftnl_rule_nlmsg_parse(nlh, r.get()) < 0)
            return;
        const QString family = nfFamilyName(static_cast<int>(nftnl_rule_get_u32(r.get(), NFTNL_RULE_FAMILY)));
        const QString table = str(nftnl_rule_get_str(r.get(), NFTNL_RULE_TABLE));
        const QString chain = str(nftnl_rule_get_str(r.get(), NFTNL_RULE_CHAIN));
        bool drops = false;
        scanRule(r.get(), family + QStringLiteral(" ") + table + QStringLiteral(" ") + chain, drops, st.marksSet);
        if (auto i = index.constFind(chainKey(family, table, chain)); i != index.cend()) {
            NftChain &ch = st.chains[*i];
            ++ch.rules;
            if (drops)
                ++ch.dropRules;
        }
    }, [&] {
        for (NftChain &ch : st.chains)
            ch.rules = ch.dropRules = 0;
        st.marksSet.clear();
    });
}

} // namespace

NftState readNft()
{
    NftState st;
    auto sock = netlink::Socket::open(NETLINK_NETFILTER, {.timeoutMs = kNetlinkTimeoutMs});
    if (!sock) {
        st.err = sock.error().error;
        st.failedStep = QStringLiteral("socket");
        return st;
    }
    QHash<QString, qsizetype> index; // chain key -> position in st.chains
    // A failed step ends the read; what came before it is kept.
    if ((st.err = readTables(*sock, st)))
        st.failedStep = QStringLiteral("tables");
    else if ((st.err = readChains(*sock, st, index)))
        st.failedStep = QStringLiteral("chains");
    else if ((st.err = readRules(*sock, st, index)))
        st.failedStep = QStringLiteral("rules");
    return st;
}

} // namespace byway::probe
