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
//  - toJson/fromJson round-trips for both IRs (what is saved loads back).
#include "fuzz_common.h"

#include "netfilter/nfttext.h"
#include "netfilter/nlrender.h"
#include "netfilter/ruleset.h"
#include "routing/types.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace byway;

namespace {

void fuzzTable(const QJsonObject &o)
{
    auto t = nft::tableFromJson(o);
    if (!t)
        return;
    // The IR read back is what was meant to be stored: it must survive a round trip.
    auto again = nft::tableFromJson(nft::toJson(*t));
    FUZZ_CHECK(again.has_value() && *again == *t);
    FUZZ_CHECK(nft::fingerprint(*again) == nft::fingerprint(*t));
    if (!nft::validate(*t))
        return;
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
    auto again = route::State::fromJson(s->toJson());
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->routes == s->routes && again->rules == s->rules && again->addresses == s->addresses
               && again->sysctls == s->sysctls);
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
