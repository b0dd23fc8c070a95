// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: attribute validation into a table before any value is read, and
// address packing, shared by the rtnl_*.cpp files.
#pragma once

#include "core/config/config.h"

#include <QHostAddress>

#include <array>
#include <initializer_list>

#include <libmnl/libmnl.h>

namespace byway::route::nl {

// Room for one request: a header and a handful of attributes.
inline constexpr size_t kRequestSize = 4096;

// How one attribute type must look. Binary: payload of at least minLen bytes.
struct Rule {
    int type;
    mnl_attr_data_type kind;
    unsigned minLen = 0;
};

template <size_t N>
struct Attrs {
    std::array<const nlattr *, N> at{};
    [[nodiscard]] const nlattr *operator[](int t) const { return t >= 0 && size_t(t) < N ? at[size_t(t)] : nullptr; }
};

namespace detail {
struct Ctx {
    const Rule *rules;
    size_t nrules;
    const nlattr **table;
    size_t size;
};
int attrCb(const nlattr *a, void *data);
} // namespace detail

// Validates every attribute after `offset` bytes of payload; attributes
// without a rule are ignored (newer kernels add some), an ill-formed one
// rejects the whole message (false).
template <size_t N>
[[nodiscard]] bool parse(const nlmsghdr *nlh, unsigned offset, std::initializer_list<Rule> rules, Attrs<N> &out)
{
    detail::Ctx ctx{rules.begin(), rules.size(), out.at.data(), N};
    return mnl_attr_parse(nlh, offset, detail::attrCb, &ctx) >= 0;
}

template <size_t N>
[[nodiscard]] bool parseNested(const nlattr *nest, std::initializer_list<Rule> rules, Attrs<N> &out)
{
    detail::Ctx ctx{rules.begin(), rules.size(), out.at.data(), N};
    return mnl_attr_parse_nested(nest, detail::attrCb, &ctx) >= 0;
}

// The address in an attribute of a message of family af (4 or 16 bytes).
[[nodiscard]] QHostAddress address(const nlattr *a, int af);
// Appends an address attribute in network byte order.
void putAddress(nlmsghdr *nlh, int type, const QHostAddress &a);

} // namespace byway::route::nl
