// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/sourcefilter.h"

#include <algorithm>

#include <linux/if_ether.h>
#include <linux/if_packet.h>

namespace byway::capture {

namespace {

// A frame that comes up comes whole: more than any frame, GRO's included.
constexpr uint32_t kWhole = 0x40000;

sock_filter op(uint16_t code, uint32_t k, uint8_t jt = 0, uint8_t jf = 0)
{
    return sock_filter{code, jt, jf, k};
}

uint32_t wordOf(const Addr &a, int w)
{
    const uint8_t *b = a.b.data() + 4 * w;
    return uint32_t(b[0]) << 24 | uint32_t(b[1]) << 16 | uint32_t(b[2]) << 8 | b[3];
}

// Returns `verdict` for a packet whose address at `offset` in the network
// header (a source, or a destination) is in `p`, else falls through to
// what follows the block.
void matchBlock(std::vector<sock_filter> &code, const SourcePrefix &p, uint32_t offset, uint32_t verdict)
{
    std::vector<size_t> misses;
    const int length = std::clamp(p.length, 0, int(p.addr.size()) * 8);
    for (int w = 0, bits = length; bits > 0; ++w, bits -= 32) {
        code.push_back(op(BPF_LD | BPF_W | BPF_ABS, uint32_t(SKF_NET_OFF) + offset + 4 * uint32_t(w)));
        const uint32_t mask = bits >= 32 ? 0xffffffffu : ~0u << (32 - bits);
        if (mask != 0xffffffffu)
            code.push_back(op(BPF_ALU | BPF_AND | BPF_K, mask));
        misses.push_back(code.size());
        code.push_back(op(BPF_JMP | BPF_JEQ | BPF_K, wordOf(p.addr, w) & mask));
    }
    code.push_back(op(BPF_RET | BPF_K, verdict));
    // A miss skips to the block's end; a block is at most 13 instructions.
    for (size_t i : misses)
        code[i].jf = uint8_t(code.size() - i - 1);
}

// Keeps in the kernel what goes to the router itself (localaddrs.h): one of
// `local`, multicast, the limited broadcast. `family`'s packets only.
void localBlocks(std::vector<sock_filter> &code, std::span<const Addr> local, int family)
{
    const uint32_t dst = family == 4 ? 16 : 24;
    Addr multicast;
    multicast.family = uint8_t(family);
    multicast.b[0] = family == 4 ? 0xe0 : 0xff;
    matchBlock(code, {multicast, family == 4 ? 4 : 8}, dst, 0);
    if (family == 4)
        matchBlock(code, {Addr::v4(0xffffffffu), 32}, dst, 0);
    for (const Addr &a : local)
        if (a.family == family)
            matchBlock(code, {a, int(a.size()) * 8}, dst, 0);
}

SourceFilter build(std::span<const SourcePrefix> prefixes, std::span<const Addr> local, bool withLocal)
{
    SourceFilter f;
    auto &code = f.code;
    // What leaves through the interface: never read.
    code.push_back(op(BPF_LD | BPF_B | BPF_ABS, uint32_t(SKF_AD_OFF + SKF_AD_PKTTYPE)));
    code.push_back(op(BPF_JMP | BPF_JEQ | BPF_K, PACKET_OUTGOING, 0, 1));
    code.push_back(op(BPF_RET | BPF_K, 0));
    const size_t outgoingOnly = code.size();
    // The frame's protocol (the kernel's, whatever the link header).
    code.push_back(op(BPF_LD | BPF_H | BPF_ABS, uint32_t(SKF_AD_OFF + SKF_AD_PROTOCOL)));
    code.push_back(op(BPF_JMP | BPF_JEQ | BPF_K, ETH_P_IP, 0, 1));
    const size_t toV4 = code.size();
    code.push_back(op(BPF_JMP | BPF_JA, 0));
    code.push_back(op(BPF_JMP | BPF_JEQ | BPF_K, ETH_P_IPV6, 0, 1));
    const size_t toV6 = code.size();
    code.push_back(op(BPF_JMP | BPF_JA, 0));
    code.push_back(op(BPF_RET | BPF_K, kWhole)); // not IP: the reader sorts it
    for (const auto &[to, family] : {std::pair{toV4, 4}, std::pair{toV6, 6}}) {
        code[to].k = uint32_t(code.size() - to - 1);
        if (withLocal)
            localBlocks(code, local, family);
        for (const SourcePrefix &p : prefixes)
            if (p.addr.family == family)
                matchBlock(code, p, family == 4 ? 12 : 8, kWhole);
        code.push_back(op(BPF_RET | BPF_K, 0));
    }
    f.bySource = code.size() <= BPF_MAXINSNS;
    f.byDestination = f.bySource && withLocal;
    if (!f.bySource) {
        code.resize(outgoingOnly);
        code.push_back(op(BPF_RET | BPF_K, kWhole));
    }
    return f;
}

} // namespace

SourceFilter sourceFilter(std::span<const SourcePrefix> prefixes, std::span<const Addr> local)
{
    // Too many addresses for one program: the sources alone (the reader
    // sorts the router's own); then what leaves alone.
    SourceFilter f = build(prefixes, local, true);
    return f.bySource ? f : build(prefixes, local, false);
}

} // namespace byway::capture
