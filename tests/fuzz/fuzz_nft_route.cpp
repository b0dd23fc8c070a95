// SPDX-License-Identifier: GPL-3.0-or-later
// The kernel-facing IRs read back from JSON (state files in the state dir,
// plans, the byway-nft-tool): nft::tableFromJson + validate + toNftText +
// the libnftnl objects the batch is made of, and route::State::fromJson +
// its `ip` text. A state file is written by bywayd itself, but after a crash,
// a full disk or an admin's editor it can hold anything.
//
// Input: byte 0 picks the IR (even: nft table, odd: routing state), the rest
// is the JSON document.
//
// Properties beyond "no sanitizer report":
//  - a table that validates renders to text and to libnftnl rule objects,
//    and each rule carries its id back out of the userdata comment (the
//    reconciler matches kernel rules to the IR by that id);
//  - what bywayd would act on is saved and loads back: a table that validates
//    stores to JSON that loads, validates and stores the same, and from the
//    stored form on the IR round-trips exactly; a routing state stores to
//    JSON that loads and stores the same.
#include "fuzz_common.h"

#include "netfilter/nfttext.h"
#include "netfilter/nlrender.h"
#include "netfilter/ruleset.h"
#include "routing/types.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace byway;

namespace {

void fuzzTable(const QJsonObject &o)
{
    auto t = nft::tableFromJson(o);
    if (!t)
        return;
    // Whatever was read can be written and read again without harm...
    const QJsonObject stored = nft::toJson(*t);
    auto again = nft::tableFromJson(stored);
    if (!nft::validate(*t))
        return;
    // ...and a table bywayd would act on survives storing exactly: it loads
    // back, validates, and stores the same (the fingerprint the reconciler
    // compares is taken from this form). fromJson tolerates members a match
    // or statement kind does not use, which toJson leaves out, so the IR is
    // compared from the stored form on.
    if (!again)
        std::fprintf(stderr, "stored: %s\nrefused: %s\n", QJsonDocument(stored).toJson(QJsonDocument::Compact).constData(),
                     qPrintable(again.error().toString()));
    FUZZ_CHECK(again.has_value());
    if (nft::toJson(*again) != stored)
        std::fprintf(stderr, "stored: %s\nagain:  %s\n", QJsonDocument(stored).toJson(QJsonDocument::Compact).constData(),
                     QJsonDocument(nft::toJson(*again)).toJson(QJsonDocument::Compact).constData());
    FUZZ_CHECK(nft::toJson(*again) == stored);
    FUZZ_CHECK(nft::fingerprint(*again) == nft::fingerprint(*t));
    FUZZ_CHECK(nft::validate(*again).has_value());
    auto third = nft::tableFromJson(nft::toJson(*again));
    FUZZ_CHECK(third.has_value() && *third == *again);
    FUZZ_CHECK(!nft::toNftText(*t).isEmpty());
    FUZZ_CHECK(nft::detail::buildTable(t->name) != nullptr);
    for (const nft::Chain &c : t->chains) {
        FUZZ_CHECK(nft::detail::buildChain(t->name, c) != nullptr);
        for (const nft::Rule &r : c.rules) {
            auto rule = nft::detail::buildRule(t->name, c.name, r);
            FUZZ_CHECK(rule != nullptr);
            FUZZ_CHECK(nft::detail::ruleComment(rule.get()) == r.id);
            (void)nft::detail::exprText(rule.get());
            FUZZ_CHECK(!nft::detail::exprFingerprint(rule.get()).isEmpty());
        }
    }
}

void fuzzRouting(const QJsonObject &o)
{
    auto s = route::State::fromJson(o);
    if (!s)
        return;
    for (const route::RouteSpec &r : s->routes)
        FUZZ_CHECK(!r.toIpText().isEmpty());
    for (const route::RuleSpec &r : s->rules)
        FUZZ_CHECK(!r.toIpText().isEmpty());
    for (const route::AddressSpec &a : s->addresses)
        FUZZ_CHECK(!a.toIpText().isEmpty());
    // Stored, it loads back and stores the same. Not IR equality with the
    // first read: the IR has spellings of one kernel object that compare
    // unequal until normalized() (fwmask 0 with a mark is 0xffffffff), and
    // toJson writes the kernel's.
    const QJsonObject stored = s->toJson();
    auto again = route::State::fromJson(stored);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->toJson() == stored);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    if (size < 1)
        return 0;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    if (!doc.isObject())
        return 0;
    if (data[0] % 2 == 0)
        fuzzTable(doc.object());
    else
        fuzzRouting(doc.object());
    return 0;
}
