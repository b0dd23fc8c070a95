// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: a QCoreApplication (Qt's JSON and string code
// work without one, but QObject timers and the probe runner's thread pool
// want an instance) and a check that aborts with a message, because a
// violated property must stop libFuzzer just like a sanitizer report does.
#pragma once

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace byway::fuzz {

inline void ensureApp()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "byway-fuzz";
    static char *argv[] = {name, nullptr};
    // Leaked on purpose: it lives for the whole fuzzing process.
    new QCoreApplication(argc, argv);
}

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz property violated: %s (%s:%d)\n", what, file, line);
    std::abort();
}

} // namespace byway::fuzz

#define FUZZ_CHECK(cond)                                                                                               \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ::byway::fuzz::fail(#cond, __FILE__, __LINE__);                                                            \
    } while (0)
