// SPDX-License-Identifier: GPL-3.0-or-later
// Running a program on an exit by fwmark: the environment for
// libbywaymark.so (helper/markpreload). `bywayctl exec --exit NAME -- CMD`
// builds on this; this part only knows the contract with the library.
//
// Contract: LD_PRELOAD names libbywaymark.so and BYWAY_MARK holds the mark,
// decimal or 0x-hex ("65536", "0x10000"). Every AF_INET/AF_INET6 socket the
// program creates gets SO_MARK at creation, so the FIB rules
// (`fwmark M/M lookup T`) pick the exit's table for its first packet and
// its source address. SO_MARK needs CAP_NET_ADMIN; without it the program
// runs unmarked and the library says so once on stderr.
#pragma once

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace byway::route {

inline constexpr char kMarkEnv[] = "BYWAY_MARK";

// The same parsing as the library: decimal or 0x-hex, 32 bits, else nullopt.
[[nodiscard]] std::optional<quint32> parseMark(const QString &text);

// `base` with BYWAY_MARK=0x<mark> and `preloadPath` put first in LD_PRELOAD
// (kept once; other preloads stay).
[[nodiscard]] QProcessEnvironment markedEnvironment(QProcessEnvironment base, quint32 mark, const QString &preloadPath);

} // namespace byway::route
