// SPDX-License-Identifier: GPL-3.0-or-later
// Internet checksum (RFC 1071) and its incremental update (RFC 1624).
// lwIP verifies IP and TCP checksums on input, and the kernel drops what we
// write to the TUN with a bad one, so every rewrite keeps them exact.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace byway::capture::csum {

// One's complement sum of `data` (network order words) added to `sum`.
[[nodiscard]] uint32_t add(std::span<const uint8_t> data, uint32_t sum = 0);
// The same sum over words loaded in host order, folded to 16 bits: stored
// to memory it is the network-order sum (RFC 1071 2(B)). lwIP's LWIP_CHKSUM
// contract; a trailing odd byte is the first byte of a zero-padded word.
[[nodiscard]] uint16_t nativeSum(std::span<const uint8_t> data);
// Folds a 32-bit partial sum and complements it: the value to store.
[[nodiscard]] uint16_t finish(uint32_t sum);
// Reads/writes a 16-bit field in network order.
[[nodiscard]] inline uint16_t load16(const uint8_t *p) { return uint16_t(p[0] << 8 | p[1]); }
inline void store16(uint8_t *p, uint16_t v) { p[0] = uint8_t(v >> 8); p[1] = uint8_t(v); }

// RFC 1624 eqn. 3: HC' = ~(~HC + ~m + m') for every 16-bit word that changed
// from `before` to `after` (equal, even lengths). `field` points at the
// stored checksum (network order). Never yields 0xffff/-0 ambiguity problems
// for TCP; for UDP a result of 0 is stored as 0xffff (0 means "no checksum").
void update(uint8_t *field, std::span<const uint8_t> before, std::span<const uint8_t> after);
void update16(uint8_t *field, uint16_t before, uint16_t after);

// Pseudo-header sum for TCP/UDP/ICMPv6 over IPv4 (4-byte addresses) or IPv6.
[[nodiscard]] uint32_t pseudo(std::span<const uint8_t> src, std::span<const uint8_t> dst,
                              uint8_t proto, uint32_t length);

} // namespace byway::capture::csum
