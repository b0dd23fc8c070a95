// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

#include "control/channel.h"
#include "core/logging.h"
#include "control/dispatcher.h"
#include "core/jsonrpc.h"
#include "logs/logsubscription.h"

#include <QJsonArray>
#include <QJsonObject>

namespace byway::methods {
namespace {

constexpr int kMaxBacklog = 5000;
constexpr int kDefaultBacklog = 100;

Result<logs::LogFilter> parseFilter(const QJsonObject &params)
{
    logs::LogFilter filter;
    auto cats = rpc::paramStringList(params, QStringLiteral("categories"), false);
    if (!cats)
        return std::unexpected(cats.error());
    for (qsizetype i = 0; i < cats->size(); ++i) {
        if (!logs::subscribableCategories().contains(cats->at(i)))
            return fail(ErrorCode::InvalidParams,
                        QStringLiteral("unknown category %1 (known: %2)")
                            .arg(cats->at(i), logs::subscribableCategories().join(QStringLiteral(", "))),
                        QStringLiteral("/categories/%1").arg(i));
    }
    filter.categories = *cats;
    auto level = rpc::paramString(params, QStringLiteral("minLevel"), false, QStringLiteral("info"));
    if (!level)
        return std::unexpected(level.error());
    const auto l = logs::levelFromName(*level);
    if (!l)
        return fail(ErrorCode::InvalidParams,
                    QStringLiteral("unknown level %1 (debug, info, warning, error or critical)").arg(*level),
                    QStringLiteral("/minLevel"));
    filter.minLevel = *l;
    return filter;
}

// Every category with whether its debug output is on now: what a viewer's
// switches must show, whoever turned them (config debug.categories at start,
// another GUI, bywayctl).
QJsonObject debugState()
{
    QJsonObject state;
    for (const QString &cat : logging::categoryNames())
        state.insert(cat, logging::isDebug(cat));
    return state;
}

void subscribe(logs::LogHub &hub, const control::Caller &caller, const QJsonObject &params,
               const control::Responder &respond)
{
    auto filter = parseFilter(params);
    if (!filter) {
        respond.fail(filter.error());
        return;
    }
    auto backlog = rpc::paramInt(params, QStringLiteral("backlog"), false, kDefaultBacklog, 0, kMaxBacklog);
    if (!backlog) {
        respond.fail(backlog.error());
        return;
    }
    control::Channel *conn = caller.connection.data();
    if (!conn) {
        respond.fail(Error::make(ErrorCode::Internal, QStringLiteral("logs.subscribe needs a socket connection")));
        return;
    }
    // One stream per connection: subscribing again replaces the filter.
    delete conn->findChild<logs::LogSubscription *>(QString(), Qt::FindDirectChildrenOnly);
    auto *sub = new logs::LogSubscription(hub, *conn, *filter, int(*backlog),
                                          logs::LogSubscription::kDefaultCap, conn);
    QObject::connect(&hub, &logs::LogHub::recordsAdded, sub, &logs::LogSubscription::pump);
    QObject::connect(conn, &control::Channel::drained, sub, &logs::LogSubscription::pump);

    // The reply goes out first; the backlog follows as logs.line notifications,
    // the last of them with seq == lastSeq.
    respond.reply(QJsonObject{
        {QStringLiteral("subscribed"), true},
        {QStringLiteral("categories"), QJsonArray::fromStringList(filter->categories)},
        {QStringLiteral("minLevel"), logs::levelName(filter->minLevel)},
        {QStringLiteral("backlog"), sub->backlogCount()},
        {QStringLiteral("lastSeq"), qint64(sub->backlogLastSeq())},
        {QStringLiteral("debug"), debugState()},
    });
    sub->pump();
}

void unsubscribe(const control::Caller &caller, const control::Responder &respond)
{
    bool was = false;
    if (control::Channel *conn = caller.connection.data()) {
        auto *sub = conn->findChild<logs::LogSubscription *>(QString(), Qt::FindDirectChildrenOnly);
        was = sub != nullptr;
        delete sub;
    }
    respond.reply(QJsonObject{{QStringLiteral("subscribed"), false}, {QStringLiteral("wasSubscribed"), was}});
}

void setDebug(const control::Caller &caller, const QJsonObject &params, const control::Responder &respond)
{
    auto cat = rpc::paramString(params, QStringLiteral("category"), true);
    if (!cat) {
        respond.fail(cat.error());
        return;
    }
    if (*cat != u"all" && !logging::categoryNames().contains(*cat)) {
        respond.fail(Error::make(ErrorCode::InvalidParams,
                                 QStringLiteral("unknown category %1 (known: %2, all)")
                                     .arg(*cat, logging::categoryNames().join(QStringLiteral(", "))),
                                 QStringLiteral("/category")));
        return;
    }
    auto enabled = rpc::paramBool(params, QStringLiteral("enabled"), true);
    if (!enabled) {
        respond.fail(enabled.error());
        return;
    }
    const QStringList cats = *cat == u"all" ? logging::categoryNames() : QStringList{*cat};
    for (const QString &c : cats)
        logging::setDebug(c, *enabled);
    qCInfo(lcControl).noquote() << "debug" << (*enabled ? "on" : "off") << "for" << *cat << "by" << caller.who();
    respond.reply(QJsonObject{{QStringLiteral("debug"), debugState()}});
}

} // namespace

void addLogMethods(control::Dispatcher &dispatcher, const LogContext &ctx)
{
    using control::Access;
    using control::Caller;
    using control::Responder;
    dispatcher.add(QStringLiteral("logs.subscribe"), Access::Read,
                   [&hub = ctx.hub](const Caller &c, const QJsonObject &p, const Responder &r) { subscribe(hub, c, p, r); });
    dispatcher.add(QStringLiteral("logs.unsubscribe"), Access::Read,
                   [](const Caller &c, const QJsonObject &, const Responder &r) { unsubscribe(c, r); });
    dispatcher.add(QStringLiteral("logs.getDebug"), Access::Read,
                   [](const Caller &, const QJsonObject &, const Responder &r) {
                       r.reply(QJsonObject{{QStringLiteral("debug"), debugState()}});
                   });
    dispatcher.add(QStringLiteral("logs.setDebug"), Access::Admin,
                   [](const Caller &c, const QJsonObject &p, const Responder &r) { setDebug(c, p, r); });
}

} // namespace byway::methods
