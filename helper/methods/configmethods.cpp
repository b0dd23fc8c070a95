// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

#include "core/logging.h"
#include "control/dispatcher.h"
#include "core/jsonrpc.h"
#include "services/configservice.h"
#include "services/reconcileservice.h"

#include <QJsonObject>

#include <optional>

namespace byway::methods {
namespace {

QString who(const control::Caller &c)
{
    return QStringLiteral("%1 (%2)").arg(c.who(), control::roleName(c.role));
}

void configGet(const ConfigContext &d, const control::Caller &caller, const control::Responder &respond)
{
    // Readers see everything but secrets; only admins could change them anyway.
    respond.reply(QJsonObject{
        {QStringLiteral("revision"), d.config.revision()},
        {QStringLiteral("config"), config::toJson(d.config.config(), !caller.isAdmin())},
    });
}

void configValidate(const ConfigContext &d, const control::Caller &caller, const QJsonObject &params,
                    const control::Responder &respond)
{
    auto doc = rpc::paramObject(params, QStringLiteral("config"), true);
    if (!doc) {
        respond.fail(doc.error());
        return;
    }
    // The same verdict config.set, plan and apply give: config errors, then the live box.
    const reconcile::Verdict verdict = d.reconcile.check(*doc, nullptr);
    if (!verdict.ok()) {
        // The GUI validates each edit: config's debug, not the log's every line.
        qCDebug(lcConfig).noquote() << "config.validate by" << who(caller) + ": invalid," << verdict.errors.size()
                                   << "problem(s)";
        respond.fail(verdict.error());
        return;
    }
    qCDebug(lcConfig).noquote() << "config.validate by" << who(caller) + ": valid," << verdict.findings.size()
                               << "finding(s)";
    respond.reply(QJsonObject{{QStringLiteral("valid"), true}, {QStringLiteral("findings"), verdict.findingsJson()}});
}

void configSet(const ConfigContext &d, const control::Caller &caller, const QJsonObject &params,
               const control::Responder &respond)
{
    auto doc = rpc::paramObject(params, QStringLiteral("config"), true);
    if (!doc) {
        respond.fail(doc.error());
        return;
    }
    auto base = baseRevisionParam(params);
    if (!base) {
        respond.fail(base.error());
        return;
    }
    // Every problem, checked before anything is written: a config that
    // start-up could not apply (a group that does not exist) is never stored.
    std::optional<config::Config> parsed(std::in_place);
    const reconcile::Verdict verdict = d.reconcile.check(*doc, &*parsed);
    if (!verdict.ok()) {
        qCInfo(lcConfig).noquote() << "config.set by" << who(caller) << "refused:" << verdict.errors.size()
                                   << "problem(s)";
        respond.fail(verdict.error());
        return;
    }
    const QStringList debugBefore = d.config.config().debug.categories;
    auto revision = d.config.save(*parsed, *base);
    if (!revision) {
        qCWarning(lcConfig).noquote() << "config.set by" << who(caller) + " failed:" << revision.error().toString();
        respond.fail(revision.error());
        return;
    }
    qCInfo(lcConfig).noquote() << "config saved as revision" << *revision << "by" << who(caller) << "role"
                               << config::roleName(parsed->role);
    services::ConfigService::applyDebugChange(debugBefore, parsed->debug.categories);
    respond.reply(QJsonObject{{QStringLiteral("revision"), *revision}, {QStringLiteral("findings"), verdict.findingsJson()}});
}

} // namespace

Result<std::optional<qint64>> baseRevisionParam(const QJsonObject &params)
{
    if (!params.contains(u"baseRevision"))
        return std::optional<qint64>{};
    auto b = rpc::paramInt(params, QStringLiteral("baseRevision"), true, 0, 0, std::numeric_limits<qint32>::max());
    if (!b)
        return std::unexpected(b.error());
    return std::optional<qint64>{*b};
}

void addConfigMethods(control::Dispatcher &dispatcher, const ConfigContext &d)
{
    using control::Access;
    using control::Caller;
    using control::Responder;
    dispatcher.add(QStringLiteral("config.get"), Access::Read,
                   [d](const Caller &c, const QJsonObject &, const Responder &r) { configGet(d, c, r); });
    dispatcher.add(QStringLiteral("config.validate"), Access::Read,
                   [d](const Caller &c, const QJsonObject &p, const Responder &r) { configValidate(d, c, p, r); });
    dispatcher.add(QStringLiteral("config.set"), Access::Admin,
                   [d](const Caller &c, const QJsonObject &p, const Responder &r) { configSet(d, c, p, r); });
}

} // namespace byway::methods
