// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/checksum.h"

#include <bit>
#include <cstring>

namespace byway::capture::csum {

uint16_t nativeSum(std::span<const uint8_t> data)
{
    // Host-order 32-bit words into 64 bits: no carry is lost for anything
    // shorter than 16 GiB. GSO super-packets are 64 KiB: eight bytes a step.
    const uint8_t *p = data.data();
    size_t n = data.size();
    uint64_t acc = 0;
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        acc += (w & 0xffffffffu) + (w >> 32);
        p += 8;
        n -= 8;
    }
    if (n >= 4) {
        uint32_t w;
        std::memcpy(&w, p, 4);
        acc += w;
        p += 4;
        n -= 4;
    }
    if (n >= 2) {
        uint16_t w;
        std::memcpy(&w, p, 2);
        acc += w;
        p += 2;
        n -= 2;
    }
    if (n) {
        uint16_t w = 0;
        std::memcpy(&w, p, 1);
        acc += w;
    }
    while (acc >> 16)
        acc = (acc & 0xffff) + (acc >> 16);
    return uint16_t(acc);
}

uint32_t add(std::span<const uint8_t> data, uint32_t sum)
{
    uint16_t folded = nativeSum(data);
    if constexpr (std::endian::native == std::endian::little)
        folded = uint16_t(folded >> 8 | folded << 8);
    uint64_t s = uint64_t(sum) + folded;
    while (s >> 32)
        s = (s & 0xffffffffu) + (s >> 32);
    return uint32_t(s);
}

uint16_t finish(uint32_t sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return uint16_t(~sum);
}

void update(uint8_t *field, std::span<const uint8_t> before, std::span<const uint8_t> after)
{
    uint32_t sum = uint16_t(~load16(field));
    for (size_t i = 0; i + 1 < before.size(); i += 2) {
        sum += uint16_t(~load16(&before[i]));
        sum += load16(&after[i]);
    }
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    store16(field, uint16_t(~sum));
}

void update16(uint8_t *field, uint16_t before, uint16_t after)
{
    const uint8_t b[2] = {uint8_t(before >> 8), uint8_t(before)};
    const uint8_t a[2] = {uint8_t(after >> 8), uint8_t(after)};
    update(field, b, a);
}

uint32_t pseudo(std::span<const uint8_t> src, std::span<const uint8_t> dst, uint8_t proto, uint32_t length)
{
    uint32_t sum = add(src);
    sum = add(dst, sum);
    uint64_t s = uint64_t(sum) + proto + (length >> 16) + (length & 0xffff);
    while (s >> 32)
        s = (s & 0xffffffffu) + (s >> 32);
    return uint32_t(s);
}

} // namespace byway::capture::csum
