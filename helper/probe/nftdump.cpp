// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the nf_tables ruleset over NFNETLINK: three GET dumps (tables,
// chains, rules) for every family. Nothing is created. nfnetlink demands
// CAP_NET_ADMIN in the user namespace owning this network namespace for
// every message, GETs included, so a dump that succeeds is also evidence that
// a batch from us would pass the same permission check.
#include "probe/internal.h"
#include "probe/nl.h"

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
#include <memory>

namespace byway::probe {

namespace {

struct TableDel { void operator()(nftnl_table *p) const { nftnl_table_free(p); } };
struct ChainDel { void operator()(nftnl_chain *p) const { nftnl_chain_free(p); } };
struct RuleDel { void operator()(nftnl_rule *p) const { nftnl_rule_free(p); } };
struct IterDel { void operator()(nftnl_expr_iter *p) const { nftnl_expr_iter_destroy(p); } };

QString str(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

nl::Expected<void> dump(mnl_socket *sock, uint16_t msg, const nl::MessageFn &fn)
{
    char buf[8192]; // one request message; MNL_SOCKET_BUFFER_SIZE is not a constant
    nlmsghdr *nlh = nftnl_nlmsg_build_hdr(buf, msg, NFPROTO_UNSPEC, NLM_F_DUMP, 0);
    return nl::request(sock, nlh, fn);
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
    std::unique_ptr<nftnl_expr_iter, IterDel> it(nftnl_expr_iter_create(r));
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

} // namespace

NftState readNft()
{
    NftState st;
    auto sock = nl::open(NETLINK_NETFILTER);
    if (!sock) {
        st.err = sock.error();
        st.failedStep = QStringLiteral("socket");
        return st;
    }

    auto tables = dump(sock->get(), NFT_MSG_GETTABLE, [&](const nlmsghdr *nlh) {
        std::unique_ptr<nftnl_table, TableDel> t(nftnl_table_alloc());
        if (!t || nftnl_table_nlmsg_parse(nlh, t.get()) < 0)
            return MNL_CB_OK; // one unparsable object must not hide the rest
        st.tables << NftTable{nfFamilyName(static_cast<int>(nftnl_table_get_u32(t.get(), NFTNL_TABLE_FAMILY))),
                              str(nftnl_table_get_str(t.get(), NFTNL_TABLE_NAME)),
                              nftnl_table_get_u32(t.get(), NFTNL_TABLE_FLAGS)};
        return MNL_CB_OK;
    });
    if (!tables) {
        st.err = tables.error();
        st.failedStep = QStringLiteral("tables");
        return st;
    }

    QHash<QString, qsizetype> index;
    auto chains = dump(sock->get(), NFT_MSG_GETCHAIN, [&](const nlmsghdr *nlh) {
        std::unique_ptr<nftnl_chain, ChainDel> c(nftnl_chain_alloc());
        if (!c || nftnl_chain_nlmsg_parse(nlh, c.get()) < 0)
            return MNL_CB_OK;
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
        return MNL_CB_OK;
    });
    if (!chains) {
        st.err = chains.error();
        st.failedStep = QStringLiteral("chains");
        return st;
    }

    auto rules = dump(sock->get(), NFT_MSG_GETRULE, [&](const nlmsghdr *nlh) {
        std::unique_ptr<nftnl_rule, RuleDel> r(nftnl_rule_alloc());
        if (!r || nftnl_rule_nlmsg_parse(nlh, r.get()) < 0)
            return MNL_CB_OK;
        const QString family = nfFamilyName(static_cast<int>(nftnl_rule_get_u32(r.get(), NFTNL_RULE_FAMILY)));
        const QString table = str(nftnl_rule_get_str(r.get(), NFTNL_RULE_TABLE));
        const QString chain = str(nftnl_rule_get_str(r.get(), NFTNL_RULE_CHAIN));
        const QString key = chainKey(family, table, chain);
        bool drops = false;
        scanRule(r.get(), family + QStringLiteral(" ") + table + QStringLiteral(" ") + chain, drops, st.marksSet);
        if (auto i = index.constFind(key); i != index.cend()) {
            NftChain &ch = st.chains[*i];
            ++ch.rules;
            if (drops)
                ++ch.dropRules;
        }
        return MNL_CB_OK;
    });
    if (!rules) {
        st.err = rules.error();
        st.failedStep = QStringLiteral("rules");
    }
    return st;
}

} // namespace byway::probe
