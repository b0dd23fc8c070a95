// SPDX-License-Identifier: GPL-3.0-or-later
// Config parser + validator + what apply would build from it.
// Properties beyond "no sanitizer report":
//  - a config fromJson accepted serialises (toJson) to a document fromJson
//    accepts again and that parses to the same Config (the stored file must
//    load after a restart — a config that saves but does not load back is a
//    lost config);
//  - redaction never leaves a password in the redacted document;
//  - the desired nft table of an accepted config passes nft::validate and
//    renders to text (config.plan shows that text to the admin).
#include "fuzz_common.h"

#include "core/config/config.h"
#include "netfilter/nfttext.h"
#include "netfilter/ruleset.h"
#include "reconcile/desired.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace byway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                                              qsizetype(size)));
    if (!doc.isObject())
        return 0;
    auto parsed = config::fromJson(doc.object());
    if (!parsed) {
        // A refusal must say why: validation_failed with at least one field error.
        FUZZ_CHECK(parsed.error().code == ErrorCode::ValidationFailed);
        FUZZ_CHECK(!parsed.error().errors.isEmpty());
        return 0;
    }
    const config::Config &c = *parsed;
    FUZZ_CHECK(config::validate(c).isEmpty());

    const QJsonObject stored = config::toJson(c);
    auto again = config::fromJson(stored);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(*again == c);

    // Every exit password in the redacted document is the placeholder
    // (compared per member, since a password may equal another field's value).
    const QJsonObject redacted = config::toJson(c, true);
    for (const QJsonValue &e : redacted.value(u"exits").toArray()) {
        const QJsonValue pw = e.toObject().value(u"password");
        FUZZ_CHECK(pw.isUndefined() || pw.toString().isEmpty() || pw.toString() == u"***");
    }

    reconcile::Environment env;
    env.groupId = [](const QString &name) -> std::optional<quint32> {
        if (name.startsWith(u'x'))
            return std::nullopt; // a group that does not exist on this system
        return quint32(1000 + name.size());
    };
    env.mainRoutesVia = [](const QString &) { return QList<route::RouteSpec>{}; };
    env.ipv6Egress = size % 2 == 0;
    if (auto desired = reconcile::desiredState(c, env); desired && desired->table) {
        FUZZ_CHECK(nft::validate(*desired->table).has_value());
        FUZZ_CHECK(!nft::toNftText(*desired->table).isEmpty());
        // The IR round-trips through its JSON form (state files, plans).
        auto t = nft::tableFromJson(nft::toJson(*desired->table));
        FUZZ_CHECK(t.has_value() && *t == *desired->table);
    }
    return 0;
}
