// SPDX-License-Identifier: GPL-3.0-or-later
// config.plan, config.apply, config.confirm, config.rollback, config.history:
// the stored config on its way into the kernel, with commit-confirm and
// history. Parameters are validated fully before anything touches the kernel.
#include "methods/methods.h"

#include "core/jsonrpc.h"
#include "methods/kernelaccess.h"
#include "services/configservice.h"

#include <QJsonArray>

#include <limits>

namespace byway::methods {
namespace {

using control::Responder;
using reconcile::Verdict;

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
Result<Checked> configParam(const QJsonObject &params, const ConfigContext &ctx)
{
    Checked out;
    Verdict v;
    if (!params.contains(QStringLiteral("config"))) {
        out.config = ctx.config.config();
        v = ctx.reconcile.checkConfig(out.config);
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
        v = ctx.reconcile.check(*obj, &out.config);
    }
    if (!v.ok())
        return std::unexpected(v.error());
    out.findings = v.findingsJson();
    return out;
}

QJsonObject entryJson(const reconcile::History::Entry &e, bool withConfig)
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

// historyId: an entry of config.history; 0 (the default) for none.
Result<qint64> historyIdParam(const QJsonObject &params)
{
    return rpc::paramInt(params, QStringLiteral("historyId"), false, 0, 0, std::numeric_limits<qint32>::max());
}

// The config config.plan is about: a history entry's, params.config or the stored one.
Result<Checked> planTarget(const ConfigContext &ctx, reconcile::Reconciler &rec, qint64 historyId,
                           const QJsonObject &params)
{
    if (historyId == 0)
        return configParam(params, ctx);
    // The diff from what the kernel holds now back to an earlier config.
    auto e = rec.history().get(historyId);
    if (!e)
        return std::unexpected(e.error());
    Checked target;
    target.config = e->config;
    target.findings = ctx.reconcile.checkConfig(target.config).findingsJson();
    return target;
}

void plan(const ConfigContext &ctx, reconcile::Reconciler &rec, const control::Caller &caller, const QJsonObject &params,
          const Responder &respond)
{
    auto historyId = historyIdParam(params);
    if (!historyId)
        return respond.fail(historyId.error());
    auto withConfig = rpc::paramBool(params, QStringLiteral("withConfig"), false, false);
    if (!withConfig)
        return respond.fail(withConfig.error());
    auto target = planTarget(ctx, rec, *historyId, params);
    if (!target)
        return respond.fail(target.error());
    // The planned config as config.get would show it once stored (defaults
    // filled in): lets a client tell "same config" without knowing the defaults.
    const QJsonValue planned = *withConfig ? QJsonValue(config::toJson(target->config, !caller.isAdmin())) : QJsonValue();
    rec.plan(target->config, [respond, findings = target->findings, planned](Result<reconcile::Plan> p) {
        if (!p)
            return respond.fail(p.error());
        QJsonObject out = p->toJson();
        out.insert(QStringLiteral("findings"), findings);
        if (!planned.isNull())
            out.insert(QStringLiteral("config"), planned);
        respond.reply(out);
    });
}

// confirmWithinSec, or confirm {...}, not both: checked before the config.
Result<int> parseConfirmWithin(const QJsonObject &params)
{
    auto within = rpc::paramInt(params, QStringLiteral("confirmWithinSec"), false, 0, 0, 3600);
    if (!within)
        return std::unexpected(within.error());
    if (params.contains(QStringLiteral("confirm")) && params.contains(QStringLiteral("confirmWithinSec")))
        return fail(ErrorCode::InvalidParams, QStringLiteral("give confirm or confirmWithinSec, not both"),
                    QStringLiteral("/confirm"));
    return int(*within);
}

void apply(const ConfigContext &ctx, reconcile::Reconciler &rec, const control::Caller &caller, const QJsonObject &params,
           const Responder &respond)
{
    auto within = parseConfirmWithin(params);
    if (!within)
        return respond.fail(within.error());
    auto base = baseRevisionParam(params);
    if (!base)
        return respond.fail(base.error());
    auto c = configParam(params, ctx);
    if (!c)
        return respond.fail(c.error());
    // A read-modify-write (the GUI's editor) whose base someone else replaced
    // meanwhile: nothing is applied. The reconciler takes one change at a
    // time, so the stored revision cannot move between here and its store.
    if (auto fresh = ctx.config.checkBase(*base); !fresh)
        return respond.fail(fresh.error());
    // Exits and pools of the checks are those of the config being applied.
    reconcile::ConfirmSpec confirm{*within, {}, false};
    if (params.contains(QStringLiteral("confirm"))) {
        auto spec = reconcile::parseConfirm(params.value(QStringLiteral("confirm")), c->config,
                                            ctx.remoteListener ? ctx.remoteListener() : reconcile::RemoteListener{});
        if (!spec)
            return respond.fail(spec.error());
        confirm = *spec;
    }
    // The kernel work runs on its own thread; the reply comes when it is
    // done, or with confirm.wait once the confirm has an outcome.
    rec.apply(c->config, who(caller), confirm,
               [rec = &rec, respond, waitForOutcome = confirm.wait, findings = c->findings](Result<reconcile::ApplyReport> r) {
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
}

void confirm(reconcile::Reconciler &rec, const QJsonObject &params, const Responder &respond)
{
    auto extend = rpc::paramInt(params, QStringLiteral("extendSec"), false, 0, 0, 3600);
    if (!extend)
        return respond.fail(extend.error());
    auto r = rec.confirm(int(*extend));
    if (!r)
        return respond.fail(r.error());
    QJsonObject out{{QStringLiteral("confirmed"), !r->isValid()}};
    if (r->isValid())
        out.insert(QStringLiteral("confirmBy"), r->toString(Qt::ISODateWithMs));
    respond.reply(out);
}

void rollback(reconcile::Reconciler &rec, const control::Caller &caller, const QJsonObject &params,
              const Responder &respond)
{
    auto historyId = historyIdParam(params);
    if (!historyId)
        return respond.fail(historyId.error());
    auto done = [respond](Result<reconcile::ApplyReport> r) {
        if (!r)
            return respond.fail(r.error());
        respond.reply(r->toJson());
    };
    if (*historyId > 0)
        rec.revert(*historyId, who(caller), done);
    else
        rec.rollback(who(caller), done);
}

void history(reconcile::Reconciler &rec, const QJsonObject &params, const Responder &respond)
{
    auto limit = rpc::paramInt(params, QStringLiteral("limit"), false, 50, 1, 50);
    auto withConfig = rpc::paramBool(params, QStringLiteral("withConfig"), false, false);
    if (!limit)
        return respond.fail(limit.error());
    if (!withConfig)
        return respond.fail(withConfig.error());
    QJsonArray entries;
    for (const reconcile::History::Entry &e : rec.history().list()) {
        if (entries.size() >= *limit)
            break;
        entries.append(entryJson(e, *withConfig));
    }
    respond.reply(QJsonObject{{QStringLiteral("entries"), entries}, {QStringLiteral("pending"), rec.pendingJson()}});
}

} // namespace

void addApplyMethods(control::Dispatcher &dispatcher, const ConfigContext &c)
{
    using control::Access;
    using control::Caller;
    using reconcile::Reconciler;
    addWithReconciler(dispatcher, QStringLiteral("config.plan"), Access::Read, c.reconcile,
                      [c](Reconciler &rec, const Caller &caller, const QJsonObject &p, const Responder &r) {
                          plan(c, rec, caller, p, r);
                      });
    addWithReconciler(dispatcher, QStringLiteral("config.apply"), Access::Admin, c.reconcile,
                      [c](Reconciler &rec, const Caller &caller, const QJsonObject &p, const Responder &r) {
                          apply(c, rec, caller, p, r);
                      });
    addWithReconciler(dispatcher, QStringLiteral("config.confirm"), Access::Admin, c.reconcile,
                      [](Reconciler &rec, const Caller &, const QJsonObject &p, const Responder &r) { confirm(rec, p, r); });
    addWithReconciler(dispatcher, QStringLiteral("config.rollback"), Access::Admin, c.reconcile,
                      [](Reconciler &rec, const Caller &caller, const QJsonObject &p, const Responder &r) {
                          rollback(rec, caller, p, r);
                      });
    addWithReconciler(dispatcher, QStringLiteral("config.history"), Access::Read, c.reconcile,
                      [](Reconciler &rec, const Caller &, const QJsonObject &p, const Responder &r) { history(rec, p, r); });
}

} // namespace byway::methods
