// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/foreigndrops.h"

#include "probe/internal.h"

#include <linux/netfilter.h>

namespace byway::probe {

QList<ForeignDropChain> foreignDrops()
{
    QList<ForeignDropChain> out;
    const NftState nft = readNft();
    for (const NftChain &c : nft.chains) {
        if (!c.base || isOurTable(c.table) || (c.hook != NF_INET_FORWARD && c.hook != NF_INET_POST_ROUTING))
            continue;
        if (c.family != u"ip" && c.family != u"ip6" && c.family != u"inet")
            continue;
        if (c.policy != NF_DROP && c.dropRules == 0)
            continue;
        out.append({c.family, c.table, c.name, hookName(c.family, c.hook), c.prio, c.policy == NF_DROP, c.dropRules});
    }
    for (const LegacyTable &t : readLegacy().tables) {
        if (t.err || t.name != u"filter" || t.policy[NF_INET_FORWARD] != NF_DROP)
            continue;
        out.append({QStringLiteral("legacy ") + t.family, t.name, QStringLiteral("FORWARD"), QStringLiteral("forward"), 0,
                    true, 0});
    }
    return out;
}

} // namespace byway::probe
