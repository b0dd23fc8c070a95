// SPDX-License-Identifier: GPL-3.0-or-later
// Runs tst_kioskkeyboard.qml with the virtual keyboard as input method, as
// byway --kiosk does.
#include <QtQuickTest>

#include <cstdlib>

namespace {
struct Setup {
    Setup() { qputenv("QT_IM_MODULE", "qtvirtualkeyboard"); }
} setup;
} // namespace

QUICK_TEST_MAIN(kioskkeyboard)
