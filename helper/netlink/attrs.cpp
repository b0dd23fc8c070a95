// SPDX-License-Identifier: GPL-3.0-or-later
#include "netlink/attrs.h"

namespace byway::netlink {

namespace {

struct Ctx {
    std::span<const AttrRule> rules;
    std::span<const nlattr *> table;
};

int attrCb(const nlattr *a, void *data)
{
    auto *ctx = static_cast<Ctx *>(data);
    const uint16_t type = mnl_attr_get_type(a); // NLA_F_NESTED / NET_BYTEORDER masked off
    for (const AttrRule &r : ctx->rules) {
        if (r.type != type)
            continue;
        if (type >= ctx->table.size() || !valid(a, r))
            return MNL_CB_ERROR;
        ctx->table[type] = a;
        break;
    }
    return MNL_CB_OK;
}

void clear(std::span<const nlattr *> table)
{
    for (auto &t : table)
        t = nullptr;
}

} // namespace

bool valid(const nlattr *a, const AttrRule &rule)
{
    if (mnl_attr_get_payload_len(a) < rule.minLen)
        return false;
    if (rule.kind == MNL_TYPE_BINARY || rule.kind == MNL_TYPE_UNSPEC)
        return true;
    return mnl_attr_validate(a, rule.kind) >= 0;
}

bool parseAttrs(const nlmsghdr *nlh, std::size_t offset, std::span<const AttrRule> rules, std::span<const nlattr *> table)
{
    clear(table);
    if (nlh->nlmsg_len < NLMSG_HDRLEN || nlh->nlmsg_len - NLMSG_HDRLEN < offset)
        return false;
    Ctx ctx{rules, table};
    // Iteration ends at the first attribute that does not fit in what is left
    // of the message (libmnl's mnl_attr_ok), so nothing past nlmsg_len is read.
    return mnl_attr_parse(nlh, static_cast<unsigned>(offset), attrCb, &ctx) >= 0;
}

bool parseNestedAttrs(const nlattr *nest, std::span<const AttrRule> rules, std::span<const nlattr *> table)
{
    clear(table);
    Ctx ctx{rules, table};
    return mnl_attr_parse_nested(nest, attrCb, &ctx) >= 0;
}

} // namespace byway::netlink
