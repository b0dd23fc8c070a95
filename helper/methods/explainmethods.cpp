// SPDX-License-Identifier: GPL-3.0-or-later
// explain: which path a flow takes through what Byway put in the kernel.
#include "methods/methods.h"

#include "core/config/config.h"
#include "core/jsonrpc.h"
#include "methods/kernelaccess.h"
#include "reconcile/explain.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>

namespace byway::methods {
namespace {

// src and dst: addresses of one family.
Result<void> parseAddresses(const QJsonObject &params, reconcile::FlowQuery &q)
{
    for (const char *name : {"src", "dst"}) {
        auto text = rpc::paramString(params, QLatin1String(name), true);
        if (!text)
            return std::unexpected(text.error());
        const std::optional<QHostAddress> a = config::parseAddress(*text);
        if (!a)
            return fail(ErrorCode::InvalidParams, QStringLiteral("not an IP address"),
                        QLatin1Char('/') + QLatin1String(name));
        (QLatin1String(name) == QLatin1String("src") ? q.src : q.dst) = *a;
    }
    if (q.src.protocol() != q.dst.protocol())
        return fail(ErrorCode::InvalidParams, QStringLiteral("src and dst must be the same family"),
                    QStringLiteral("/dst"));
    return {};
}

Result<reconcile::FlowQuery> parseQuery(const QJsonObject &params)
{
    reconcile::FlowQuery q;
    if (auto ok = parseAddresses(params, q); !ok)
        return std::unexpected(ok.error());
    auto proto = rpc::paramString(params, QStringLiteral("proto"), false, QStringLiteral("any"));
    auto dport = rpc::paramInt(params, QStringLiteral("dport"), false, 0, 0, 65535);
    auto iif = rpc::paramString(params, QStringLiteral("iif"), false);
    if (!proto || !dport || !iif)
        return std::unexpected(!proto ? proto.error() : !dport ? dport.error() : iif.error());
    static const QHash<QString, quint8> kProtos{{QStringLiteral("any"), 0}, {QStringLiteral("tcp"), 6},
                                                {QStringLiteral("udp"), 17}, {QStringLiteral("icmp"), 1}};
    if (!kProtos.contains(*proto))
        return fail(ErrorCode::InvalidParams, QStringLiteral("must be tcp, udp, icmp or any"), QStringLiteral("/proto"));
    q.proto = kProtos.value(*proto);
    if (*dport != 0 && (q.proto == 0 || q.proto == 1))
        return fail(ErrorCode::InvalidParams, QStringLiteral("a destination port needs proto tcp or udp"), QStringLiteral("/dport"));
    q.dport = quint16(*dport);
    q.iif = *iif;
    if (params.contains(QStringLiteral("mark"))) {
        auto mark = rpc::paramInt(params, QStringLiteral("mark"), true, 0, 0, 0xffffffffLL);
        if (!mark)
            return std::unexpected(mark.error());
        q.mark = quint32(*mark);
    }
    return q;
}

void explain(reconcile::Reconciler &rec, const reconcile::LiveBox &box, const QJsonObject &params,
             const control::Responder &respond)
{
    auto q = parseQuery(params);
    if (!q)
        return respond.fail(q.error());
    // Read fresh, like plan and apply do: a firewall started a second ago counts.
    const QList<reconcile::ForeignDrop> foreign = box.foreignDrops ? box.foreignDrops() : QList<reconcile::ForeignDrop>{};
    rec.explainFlow(*q, foreign, [respond](Result<QJsonObject> out) { respond.finish(out); });
}

} // namespace

void addExplainMethods(control::Dispatcher &dispatcher, const KernelContext &c)
{
    addWithReconciler(dispatcher, QStringLiteral("explain"), control::Access::Read, c.reconcile,
                      [&service = c.reconcile](reconcile::Reconciler &rec, const control::Caller &, const QJsonObject &p,
                                               const control::Responder &r) { explain(rec, service.liveBox(), p, r); });
}

} // namespace byway::methods
