// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace byway::cli {
namespace {

// Without -f we print the backlog and leave. The backlog arrives as ordinary
// logs.line notifications around the subscribe reply, so "done" is: the reply
// is in, and either the line with the reply's last sequence number was seen
// or the stream has been quiet for a moment.
constexpr int kQuietMs = 250;
constexpr int kBacklogMaxMs = 3000;

QString timeText(const QJsonValue &t)
{
    QDateTime dt;
    if (t.isString())
        dt = QDateTime::fromString(t.toString(), Qt::ISODateWithMs);
    else if (t.isDouble())
        dt = QDateTime::fromMSecsSinceEpoch(qint64(t.toDouble()));
    if (!dt.isValid())
        return t.toString();
    return dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

void printLine(Context &ctx, const QJsonObject &line)
{
    if (ctx.json()) {
        // JSON Lines: one notification's params per line, greppable with jq.
        ctx.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    const qint64 dropped = qint64(line.value(u"dropped").toDouble());
    if (dropped > 0)
        ctx.out << "-- " << dropped << " line(s) dropped by bywayd: this reader was too slow --\n";
    ctx.out << timeText(line.value(u"time")) << ' ' << line.value(u"level").toString().leftJustified(8) << ' '
            << line.value(u"category").toString() << ": " << line.value(u"message").toString() << Qt::endl;
}

} // namespace

int runLogs(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption follow({QStringLiteral("f"), QStringLiteral("follow")},
                                    QStringLiteral("Keep printing new lines until Ctrl-C."));
    const QCommandLineOption category(QStringLiteral("category"),
                                      QStringLiteral("Only this category (repeatable): control, config, probe, nft, ..."),
                                      QStringLiteral("C"));
    const QCommandLineOption level(QStringLiteral("level"),
                                   QStringLiteral("Lowest level shown: debug, info, warning, error, critical."),
                                   QStringLiteral("L"));
    const QCommandLineOption backlog(QStringLiteral("backlog"),
                                     QStringLiteral("How many recent lines to print first (bywayd's default if unset)."),
                                     QStringLiteral("N"));
    parser.addOptions({follow, category, level, backlog});
    if (int rc = parseArgs(ctx, parser, args,
                           QStringLiteral("logs [-f] [--category C]... [--level L] [--backlog N]"),
                           QStringLiteral("Print bywayd's recent log lines; with -f keep following them.\n"
                                          "-o json prints one JSON object per line."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(ctx, QStringLiteral("logs takes no positional arguments"));

    QJsonObject params;
    if (parser.isSet(category))
        params.insert(QStringLiteral("categories"), QJsonArray::fromStringList(parser.values(category)));
    if (parser.isSet(level))
        params.insert(QStringLiteral("minLevel"), parser.value(level));
    if (parser.isSet(backlog)) {
        bool ok = false;
        const int n = parser.value(backlog).toInt(&ok);
        if (!ok || n < 0)
            return usageError(ctx, QStringLiteral("--backlog needs a non-negative integer"));
        params.insert(QStringLiteral("backlog"), n);
    }
    const bool following = parser.isSet(follow);

    int exitCode = ExitOther;
    auto client = connectOrReport(ctx, &exitCode);
    if (!client)
        return exitCode;

    QEventLoop loop;
    bool subscribed = false;
    std::optional<qint64> lastBacklogSeq;
    QTimer quiet;
    quiet.setSingleShot(true);
    quiet.setInterval(kQuietMs);
    bool done = false;
    auto finish = [&](int code) {
        if (done)
            return; // the first outcome counts (a disconnect after the backlog is not an error)
        done = true;
        exitCode = code;
        loop.quit();
    };
    QObject::connect(&quiet, &QTimer::timeout, &loop, [&] { finish(ExitOk); });

    QObject::connect(client.get(), &Client::notification, &loop, [&](const QString &method, const QJsonObject &p) {
        if (method != u"logs.line")
            return;
        printLine(ctx, p);
        if (!following && subscribed) {
            if (lastBacklogSeq && qint64(p.value(u"seq").toDouble()) >= *lastBacklogSeq)
                finish(ExitOk);
            else
                quiet.start();
        }
    });
    QObject::connect(client.get(), &Client::disconnected, &loop, [&] {
        if (following || !subscribed)
            finish(report(ctx, Error::make(ErrorCode::Unavailable, QStringLiteral("connection to bywayd closed"))));
        else
            finish(ExitOk);
    });
    client->call(QStringLiteral("logs.subscribe"), params, [&](Result<QJsonValue> r) {
        if (!r) {
            finish(report(ctx, r.error()));
            return;
        }
        subscribed = true;
        if (following)
            return;
        const QJsonObject reply = r->toObject();
        for (const auto key : {u"lastSeq", u"backlogLastSeq"})
            if (reply.value(key).isDouble())
                lastBacklogSeq = qint64(reply.value(key).toDouble());
        if (reply.value(u"backlog").isDouble() && reply.value(u"backlog").toDouble() == 0) {
            finish(ExitOk);
            return;
        }
        quiet.start();
        QTimer::singleShot(kBacklogMaxMs, &loop, [&] { finish(ExitOk); });
    });
    loop.exec();
    return exitCode;
}

} // namespace byway::cli
