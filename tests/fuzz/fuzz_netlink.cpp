// SPDX-License-Identifier: GPL-3.0-or-later
// The netlink foundation's parsers fed whatever a kernel (or a bug in one)
// could put in a reply: attribute validation into tables, nested tables,
// NLMSG_ERROR/NLMSG_DONE with extended acks, and the reply loop of one
// request over a whole datagram.
//
// Input layout: byte 0 = mode (bit 0: one message vs a datagram; bit 1: the
// request is a dump), byte 1 = the attribute offset, the rest = the bytes.
// The buffer is padded like a receive buffer: libmnl reads up to the
// 4-byte-aligned end of a message.
//
// Properties beyond "no sanitizer report":
//  - every attribute a table holds lies inside its message (or its nest),
//    has the type it is indexed by and satisfies its rule; the table answers
//    nullptr for an index outside it;
//  - a message (or nest) holding an attribute whose rule names a type beyond
//    the table is refused as a whole;
//  - a parsed error is a positive errno or 0, and its text fits the message;
//  - the reply loop ends (Done or a Failure with a positive errno) or asks
//    for more, and a Failure always names the Reply stage.
#include "fuzz_common.h"

#include "netlink/attrs.h"
#include "netlink/reply.h"

#include <libmnl/libmnl.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

using namespace byway::netlink;

namespace {

constexpr std::size_t kTable = 13;
// A rule for a type the table has no slot for (a caller's mistake, or a
// table sized for an older kernel): its attribute must reject the message.
constexpr uint16_t kBeyond = kTable + 1;
// One rule of each kind, on the first types of every family.
constexpr AttrRule kRules[] = {
    {1, MNL_TYPE_U8},         {2, MNL_TYPE_U16},  {3, MNL_TYPE_U32},       {4, MNL_TYPE_U64},
    {5, MNL_TYPE_STRING},     {6, MNL_TYPE_FLAG}, {7, MNL_TYPE_NUL_STRING}, {8, MNL_TYPE_BINARY, 4},
    {9, MNL_TYPE_NESTED},     {10, MNL_TYPE_BINARY, 16}, {11, MNL_TYPE_MSECS}, {12, MNL_TYPE_NESTED},
    {kBeyond, MNL_TYPE_U32},
};

// libmnl's walk over the same attributes parse() walked: none of type kBeyond.
int noBeyond(const nlattr *a, void *)
{
    FUZZ_CHECK(mnl_attr_get_type(a) != kBeyond);
    return MNL_CB_OK;
}

void checkTable(const Attrs<kTable> &tb, const char *begin, const char *end)
{
    for (int t = 0; t < int(kTable); ++t) {
        const nlattr *a = tb[t];
        if (!a)
            continue;
        const char *p = reinterpret_cast<const char *>(a);
        FUZZ_CHECK(p >= begin && p + sizeof(nlattr) <= end && p + a->nla_len <= end);
        FUZZ_CHECK(mnl_attr_get_type(a) == t);
        bool ruled = false;
        for (const AttrRule &r : kRules)
            ruled = ruled || (r.type == t && valid(a, r));
        FUZZ_CHECK(ruled);
    }
    FUZZ_CHECK(!tb[-1] && !tb[int(kTable)] && !tb[kBeyond]);
}

void fuzzMessage(const nlmsghdr *nlh, std::size_t offset)
{
    const char *begin = reinterpret_cast<const char *>(nlh);
    const char *end = begin + MNL_ALIGN(nlh->nlmsg_len);
    Attrs<kTable> tb;
    if (parse(nlh, offset, kRules, tb)) {
        checkTable(tb, begin, end);
        (void)mnl_attr_parse(nlh, static_cast<unsigned>(offset), noBeyond, nullptr);
        for (int nested : {9, 12}) {
            if (!tb[nested])
                continue;
            Attrs<kTable> inner;
            const char *nbegin = reinterpret_cast<const char *>(tb[nested]);
            if (parseNestedAttrs(tb[nested], kRules, inner.table())) {
                checkTable(inner, nbegin, nbegin + tb[nested]->nla_len);
                (void)mnl_attr_parse_nested(tb[nested], noBeyond, nullptr);
            }
        }
    }
    for (const Status &st : {parseError(nlh), parseDone(nlh)}) {
        FUZZ_CHECK(st.error >= 0 && st.error < 4096);
        FUZZ_CHECK(st.extack.size() < nlh->nlmsg_len);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t mode = data[0];
    const std::size_t offset = data[1] % 64;
    const std::size_t len = size - 2;
    std::vector<uint32_t> words((len + 3) / 4 + 2, 0); // aligned, zero padding past the bytes
    std::memcpy(words.data(), data + 2, len);
    const char *buf = reinterpret_cast<const char *>(words.data());

    if (!(mode & 1)) {
        // One message: the header's length is forced to what is there.
        if (len < sizeof(nlmsghdr))
            return 0;
        auto *nlh = reinterpret_cast<nlmsghdr *>(words.data());
        nlh->nlmsg_len = static_cast<uint32_t>(len);
        fuzzMessage(nlh, offset);
        return 0;
    }
    // A datagram: the replies to request seq 1 from port 1.
    Replies replies(1, 1, mode & 2);
    auto progress = replies.feed({buf, len}, [&](const nlmsghdr *m) { fuzzMessage(m, offset); });
    if (!progress) {
        FUZZ_CHECK(progress.error().error > 0 && progress.error().error < 4096);
        FUZZ_CHECK(progress.error().stage == Stage::Reply);
    }
    forEachMessage({buf, len}, [&](const nlmsghdr *m) { fuzzMessage(m, offset); });
    return 0;
}
