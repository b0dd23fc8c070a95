// SPDX-License-Identifier: GPL-3.0-or-later
// Attribute validation tables: every attribute a caller reads is checked
// against a rule (type and minimum length) and indexed before any value is
// taken out of it, so a short or malformed attribute is never dereferenced.
#pragma once

#include <libmnl/libmnl.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>

namespace byway::netlink {

// How one attribute type must look. Fixed-size kinds (U8..U64) must have
// exactly their size, NUL_STRING must end in a NUL, STRING and NESTED must
// not be shorter than libmnl allows; BINARY (and UNSPEC) take any payload.
// On top of that every kind needs at least `minLen` payload bytes.
struct AttrRule {
    uint16_t type;
    mnl_attr_data_type kind;
    unsigned minLen = 0;
};

// The validated attributes of one message, indexed by type.
template <std::size_t N>
struct Attrs {
    std::array<const nlattr *, N> at{};
    [[nodiscard]] const nlattr *operator[](int t) const
    {
        return t >= 0 && std::size_t(t) < N ? at[std::size_t(t)] : nullptr;
    }
    [[nodiscard]] std::span<const nlattr *> table() { return at; }
};

// Whether `a` satisfies `rule` (its type is not looked at).
[[nodiscard]] bool valid(const nlattr *a, const AttrRule &rule);

// Validates the attributes after `offset` bytes of the message's payload
// into `table` (cleared first, indexed by type). Attributes without a rule
// are skipped: newer kernels add some. A message too short for `offset`, a
// rule naming a type beyond the table, or an attribute breaking its rule
// rejects the whole message. Iteration stops at the first attribute that
// does not fit in the rest of the message, so nothing past it is read.
[[nodiscard]] bool parseAttrs(const nlmsghdr *nlh, std::size_t offset, std::span<const AttrRule> rules,
                              std::span<const nlattr *> table);
// The same for the attributes nested in `nest`.
[[nodiscard]] bool parseNestedAttrs(const nlattr *nest, std::span<const AttrRule> rules, std::span<const nlattr *> table);

template <std::size_t N>
[[nodiscard]] bool parse(const nlmsghdr *nlh, std::size_t offset, std::span<const AttrRule> rules, Attrs<N> &out)
{
    return parseAttrs(nlh, offset, rules, out.table());
}

template <std::size_t N>
[[nodiscard]] bool parse(const nlmsghdr *nlh, std::size_t offset, std::initializer_list<AttrRule> rules, Attrs<N> &out)
{
    return parseAttrs(nlh, offset, {rules.begin(), rules.size()}, out.table());
}

template <std::size_t N>
[[nodiscard]] bool parseNested(const nlattr *nest, std::initializer_list<AttrRule> rules, Attrs<N> &out)
{
    return parseNestedAttrs(nest, {rules.begin(), rules.size()}, out.table());
}

} // namespace byway::netlink
