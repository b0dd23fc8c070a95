// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/reconcilemethods.h"

#include "core/jsonrpc.h"
#include "core/logging.h"
#include "reconcile/explain.h"

#include <QJsonArray>

#include <limits>

namespace byway::reconcile {
namespace {

using control::Access;

using control::Responder;

reconcile::Caller who(const control::Caller &c)
{
    return reconcile::Caller{uint(c.uid), c.who()};
}

struct Checked {
    config::Config config;
    QJsonArray findings;
};

// The config a request is about: params.config if given, else the stored
// one, through the same verdict as config.validate (paths relative to the
// config, "/pools/0/subnet", whichever method answers).
Result<Checked> configParam(const QJsonObject &params, const MethodContext &ctx)
{
    Checked out;
    Verdict v;
    if (!params.contains(QStringLiteral("config"))) {
        out.config = ctx.storedConfig();
        v = ctx.checkConfig(out.config);
        // The stored config was accepted once; when the box changed under it
        // (an interface gone), the plan still answers and says so.
        for (const FieldError &e : std::as_const(v.errors))
            if (e.code == QLatin1String("environment"))
                v.findings.prepend(e);
        v.errors.removeIf([](const FieldError &e) { return e.code == QLatin1String("environment"); });
    } else {
        auto obj = rpc::paramObject(params, QStringLiteral("config"), true);
        if (!obj)
            return std::unexpected(obj.error());
        v = ctx.check(*obj, &out.config);
    }
    if (!v.ok())
        return std::unexpected(v.error());
    out.findings = v.findingsJson();
    return out;
}

bool available(const MethodContext &ctx, const Responder &respond)
{
    if (ctx.reconciler())
        return true;
    respond.fail(Error::make(ErrorCode::Unavailable,
                             QStringLiteral("the kernel cannot be configured here: %1").arg(ctx.unavailableReason())));
    return false;
}

QJsonObject entryJson(const History::Entry &e, bool withConfig)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("revision"), e.revision},
                  {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("uid"), qint64(e.uid)},
                  {QStringLiteral("who"), e.who},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("role"), config::roleName(e.config.role)}};
    if (!e.reason.isEmpty())
        o.insert(QStringLiteral("reason"), e.reason);
    if (!e.checks.isEmpty())
        o.insert(QStringLiteral("checks"), e.checks);
    if (withConfig)
        o.insert(QStringLiteral("config"), config::toJson(e.config, true));
    return o;
}

} // namespace

void registerReconcileMethods(control::Dispatcher &d, MethodContext ctx)
{
    d.add(QStringLiteral("config.plan"), Access::Read, [ctx](const control::Caller &caller, const QJsonObject &params, const Responder &respond) {
        if (!available(ctx, respond))
            return;
        auto historyId = rpc::paramInt(params, QStringLiteral("historyId"), false, 0, 0, std::numeric_limits<qint32>::max());
        if (!historyId)
            return respond.fail(historyId.error());
        auto withConfig = rpc::paramBool(params, QStringLiteral("withConfig"), false, false);
        if (!withConfig)
            return respond.fail(withConfig.error());
        Checked target;
        if (*historyId > 0) {
            // The diff from what the kernel holds now back to an earlier config.
            auto e = ctx.reconciler()->history().get(*historyId);
            if (!e)
                return respond.fail(e.error());
            target.config = e->config;
            target.findings = ctx.checkConfig(target.config).findingsJson();
        } else {
            auto c = configParam(params, ctx);
            if (!c)
                return respond.fail(c.error());
            target = *c;
        }
        // The planned config as config.get would show it once stored (defaults
        // filled in): lets a client tell "same config" without knowing the defaults.
        const QJsonValue planned = *withConfig ? QJsonValue(config::toJson(target.config, !caller.isAdmin())) : QJsonValue();
        ctx.reconciler()->plan(target.config, [respond, findings = target.findings, planned](Result<Plan> p) {
            if (!p)
                return respond.fail(p.error());
            QJsonObject out = p->toJson();
            out.insert(QStringLiteral("findings"), findings);
            if (!planned.isNull())
                out.insert(QStringLiteral("config"), planned);
            respond.reply(out);
        });
    });

    d.add(QStringLiteral("config.apply"), Access::Admin, [ctx](const control::Caller &caller, const QJsonObject &params, const Responder &respond) {
        if (!available(ctx, respond))
            return;
        auto within = rpc::paramInt(params, QStringLiteral("confirmWithinSec"), false, 0, 0, 3600);
        if (!within)
            return respond.fail(within.error());
        if (params.contains(QStringLiteral("confirm")) && params.contains(QStringLiteral("confirmWithinSec")))
            return respond.fail(Error::make(ErrorCode::InvalidParams,
                                            QStringLiteral("give confirm or confirmWithinSec, not both"),
                                            QStringLiteral("/confirm")));
        auto c = configParam(params, ctx);
        if (!c)
            return respond.fail(c.error());
        // Exits and pools of the checks are those of the config being applied.
        ConfirmSpec confirm{int(*within), {}, false};
        if (params.contains(QStringLiteral("confirm"))) {
            auto spec = parseConfirm(params.value(QStringLiteral("confirm")), c->config);
            if (!spec)
                return respond.fail(spec.error());
            confirm = *spec;
        }
        // The kernel work runs on its own thread; the reply comes when it is
        // done, or with confirm.wait once the confirm has an outcome.
        Reconciler *rec = ctx.reconciler();
        rec->apply(c->config, who(caller), confirm,
                   [rec, respond, waitForOutcome = confirm.wait, findings = c->findings](Result<ApplyReport> r) {
                       if (!r)
                           return respond.fail(r.error());
                       QJsonObject out = r->toJson();
                       out.insert(QStringLiteral("findings"), findings);
                       if (!waitForOutcome || !r->ticket)
                           return respond.reply(out);
                       rec->whenSettled(r->ticket, [respond, out](QJsonObject outcome) mutable {
                           out.insert(QStringLiteral("confirm"), outcome);
                           respond.reply(out);
                       });
                   });
    });

    d.add(QStringLiteral("config.confirm"), Access::Admin, [ctx](const control::Caller &, const QJsonObject &params, const Responder &respond) {
        if (!available(ctx, respond))
            return;
        auto extend = rpc::paramInt(params, QStringLiteral("extendSec"), false, 0, 0, 3600);
        if (!extend)
            return respond.fail(extend.error());
        auto r = ctx.reconciler()->confirm(int(*extend));
        if (!r)
            return respond.fail(r.error());
        QJsonObject out{{QStringLiteral("confirmed"), !r->isValid()}};
        if (r->isValid())
            out.insert(QStringLiteral("confirmBy"), r->toString(Qt::ISODateWithMs));
        respond.reply(out);
    });

    d.add(QStringLiteral("config.rollback"), Access::Admin, [ctx](const control::Caller &caller, const QJsonObject &params, const Responder &respond) {
        if (!available(ctx, respond))
            return;
        auto historyId = rpc::paramInt(params, QStringLiteral("historyId"), false, 0, 0, std::numeric_limits<qint32>::max());
        if (!historyId)
            return respond.fail(historyId.error());
        auto done = [respond](Result<ApplyReport> r) {
            if (!r)
                return respond.fail(r.error());
            respond.reply(r->toJson());
        };
        if (*historyId > 0)
            ctx.reconciler()->revert(*historyId, who(caller), done);
        else
            ctx.reconciler()->rollback(who(caller), done);
    });

    d.add(QStringLiteral("config.history"), Access::Read, [ctx](const control::Caller &, const QJsonObject &params, const Responder &respond) {
        if (!available(ctx, respond))
            return;
        auto limit = rpc::paramInt(params, QStringLiteral("limit"), false, 50, 1, 50);
        auto withConfig = rpc::paramBool(params, QStringLiteral("withConfig"), false, false);
        if (!limit)
            return respond.fail(limit.error());
        if (!withConfig)
            return respond.fail(withConfig.error());
        QJsonArray entries;
        for (const History::Entry &e : ctx.reconciler()->history().list()) {
            if (entries.size() >= *limit)
                break;
            entries.append(entryJson(e, *withConfig));
        }
        respond.reply(QJsonObject{{QStringLiteral("entries"), entries},
                                  {QStringLiteral("pending"), ctx.reconciler()->pendingJson()}});
    });

    d.add(QStringLiteral("explain"), Access::Read, [ctx](const control::Caller &, const QJsonObject &params, const Responder &respond) {
        if (!available(ctx, respond))
            return;
        FlowQuery q;
        for (const char *name : {"src", "dst"}) {
            auto text = rpc::paramString(params, QLatin1String(name), true);
            if (!text)
                return respond.fail(text.error());
            QHostAddress a;
            if (!a.setAddress(*text))
                return respond.fail(Error::make(ErrorCode::InvalidParams, QStringLiteral("not an IP address"),
                                                QLatin1Char('/') + QLatin1String(name)));
            (QLatin1String(name) == QLatin1String("src") ? q.src : q.dst) = a;
        }
        if (q.src.protocol() != q.dst.protocol())
            return respond.fail(Error::make(ErrorCode::InvalidParams, QStringLiteral("src and dst must be the same family"),
                                            QStringLiteral("/dst")));
        auto proto = rpc::paramString(params, QStringLiteral("proto"), false, QStringLiteral("any"));
        auto dport = rpc::paramInt(params, QStringLiteral("dport"), false, 0, 0, 65535);
        auto iif = rpc::paramString(params, QStringLiteral("iif"), false);
        if (!proto || !dport || !iif)
            return respond.fail(!proto ? proto.error() : !dport ? dport.error() : iif.error());
        static const QHash<QString, quint8> kProtos{{QStringLiteral("any"), 0}, {QStringLiteral("tcp"), 6},
                                                    {QStringLiteral("udp"), 17}, {QStringLiteral("icmp"), 1}};
        if (!kProtos.contains(*proto))
            return respond.fail(Error::make(ErrorCode::InvalidParams, QStringLiteral("must be tcp, udp, icmp or any"),
                                            QStringLiteral("/proto")));
        q.proto = kProtos.value(*proto);
        q.dport = quint16(*dport);
        q.iif = *iif;
        if (params.contains(QStringLiteral("mark"))) {
            auto mark = rpc::paramInt(params, QStringLiteral("mark"), true, 0, 0, 0xffffffffLL);
            if (!mark)
                return respond.fail(mark.error());
            q.mark = quint32(*mark);
        }
        ctx.reconciler()->explainFlow(q, [respond](Result<QJsonObject> out) {
            if (!out)
                return respond.fail(out.error());
            respond.reply(*out);
        });
    });

    d.add(QStringLiteral("topology.get"), Access::Read, [ctx](const control::Caller &, const QJsonObject &, const Responder &respond) {
        if (!available(ctx, respond))
            return;
        QJsonObject t = topology(ctx.reconciler()->applied(), ctx.topologyLive ? ctx.topologyLive() : TopologyLive{});
        t.insert(QStringLiteral("pending"), ctx.reconciler()->pendingJson());
        t.insert(QStringLiteral("findings"), ctx.findings());
        ctx.reconciler()->counters([respond, t](QHash<QString, Counter> counters) mutable {
            attachCounters(t, counters);
            respond.reply(t);
        });
    });
}

} // namespace byway::reconcile
