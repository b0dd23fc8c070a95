// SPDX-License-Identifier: GPL-3.0-or-later
#include "checksum.h"

namespace byway::capture::csum {

uint32_t add(std::span<const uint8_t> data, uint32_t sum)
{
    uint64_t s = sum;
    size_t i = 0;
    const size_t n = data.size();
    for (; i + 1 < n; i += 2)
        s += uint32_t(data[i] << 8 | data[i + 1]);
    if (i < n)
        s += uint32_t(data[i] << 8);
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
