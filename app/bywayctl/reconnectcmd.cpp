// SPDX-License-Identifier: GPL-3.0-or-later
// `bywayctl --remote A apply --confirm-when-healthy reconnect:B`: the config
// moves the box's management address from A to B. The apply goes over A
// without waiting there (that path may be cut by it); then bywayctl follows
// the box to B with the same pinned certificate and token. Its first
// request through B is what the reconnect check waits for; the outcome is
// read from there, or, when B cannot be reached before the deadline, from A
// once the box rolled back to it.
#include "commands.h"
#include "syncclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace byway::cli {
namespace {

constexpr int kPollMs = 500;
constexpr int kAttemptMs = 2000; // one TCP + TLS + auth.token try towards B
constexpr int kGraceMs = 15000;  // after the deadline: bywayd's rollback runs

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Waits on `client` until the pending confirm has an outcome, then reads it
// from the history, the first entry after `since` that records one:
// {state: confirmed | rolled_back, reason, checks}.
Result<QJsonObject> outcomeOn(Client &client, qint64 since, const QDeadlineTimer &until)
{
    while (true) {
        auto status = callAndWait(client, QStringLiteral("status.get"));
        if (!status)
            return std::unexpected(status.error());
        if (!status->toObject().value(u"pending").isObject())
            break;
        if (until.hasExpired())
            return fail(ErrorCode::Timeout, QStringLiteral("the confirm still has no outcome"));
        pause(kPollMs);
    }
    auto history = callAndWait(client, QStringLiteral("config.history"), {{QStringLiteral("limit"), 20}});
    if (!history)
        return std::unexpected(history.error());
    const QJsonArray entries = history->toObject().value(u"entries").toArray();
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const QJsonObject e = entries.at(i).toObject();
        const QString action = e.value(u"action").toString();
        if (e.value(u"id").toInteger() <= since)
            continue;
        if (action == u"confirm-healthy" || action == u"health-rollback" || action == u"confirm-timeout")
            return QJsonObject{{QStringLiteral("state"), action == u"confirm-healthy" ? QStringLiteral("confirmed")
                                                                                      : QStringLiteral("rolled_back")},
                               {QStringLiteral("reason"), e.value(u"reason")},
                               {QStringLiteral("checks"), e.value(u"checks")},
                               {QStringLiteral("historyId"), e.value(u"id")}};
    }
    return QJsonObject{{QStringLiteral("state"), QStringLiteral("superseded")},
                       {QStringLiteral("reason"), QStringLiteral("another change came first; see bywayctl history")}};
}

} // namespace

int followReconnect(Context &ctx, const QJsonObject &applied, qint64 since, const QString &address, int withinSec)
{
    const Endpoint old = ctx.endpoint();
    const Endpoint moved = old.movedTo(address);
    const QDeadlineTimer deadline(qint64(withinSec) * 1000);
    if (!ctx.json())
        ctx.out << "applied: revision " << applied.value(u"revision").toInteger() << ", "
                << applied.value(u"writes").toInt() << " kernel change(s); reconnecting to " << moved.display() << "\n";
    ctx.out.flush();
    Client client;
    QString via = moved.display();
    std::optional<Error> last;
    // B until the deadline; then A, where the box is back after a rollback.
    while (!deadline.hasExpired()) {
        if (auto ok = connectAndWait(client, moved, kAttemptMs); ok)
            break;
        else
            last = ok.error();
        client.abort();
        pause(kPollMs);
    }
    if (!client.isConnected()) {
        if (!ctx.json())
            ctx.out << "could not reach " << via << " before the deadline (" << (last ? last->message : QString())
                    << "); asking " << old.display() << "\n";
        via = old.display();
        const QDeadlineTimer grace(kGraceMs);
        while (!client.isConnected() && !grace.hasExpired())
            if (!connectAndWait(client, old, kAttemptMs)) {
                client.abort();
                pause(kPollMs);
            }
        if (!client.isConnected())
            return report(ctx, Error::make(ErrorCode::Unavailable,
                                           QStringLiteral("neither %1 nor %2 answers: the confirm's outcome is unknown")
                                               .arg(moved.display(), old.display())));
    }
    auto outcome = outcomeOn(client, since, QDeadlineTimer(qint64(withinSec) * 1000 + kGraceMs));
    if (!outcome)
        return report(ctx, outcome.error());
    outcome->insert(QStringLiteral("via"), via);
    if (ctx.json()) {
        QJsonObject out = applied;
        out.insert(QStringLiteral("confirm"), *outcome);
        printJson(ctx, out);
        return outcome->value(u"state").toString() == u"confirmed" ? ExitOk : ExitRolledBack;
    }
    ctx.out << "outcome read through " << via << "\n";
    return printConfirmOutcome(ctx, *outcome);
}

} // namespace byway::cli
