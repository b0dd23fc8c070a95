// SPDX-License-Identifier: GPL-3.0-or-later
// exec --exit NAME -- CMD: run a program whose sockets all carry an exit's
// mark, so it leaves through that exit's table (the per-process WAN access of
// a wan-separated box, like gluon's libpacketmark).
#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace byway::cli {
namespace {

// The preload library: $BYWAY_MARK_LIB, the installed one, or the build tree's.
QString markLibrary()
{
    const QString env = qEnvironmentVariable("BYWAY_MARK_LIB");
    if (!env.isEmpty())
        return env;
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &rel : {QStringLiteral("../lib/byway/libbywaymark.so"),
                               QStringLiteral("../../helper/markpreload/libbywaymark.so")}) {
        const QString path = QFileInfo(bin.filePath(rel)).canonicalFilePath();
        if (!path.isEmpty())
            return path;
    }
    return {};
}

} // namespace

int runExec(Context &ctx, const QStringList &args)
{
    // Everything after "--" belongs to the program, untouched by our parser.
    const qsizetype dashes = args.indexOf(QStringLiteral("--"));
    const QStringList ours = dashes < 0 ? args : args.mid(0, dashes);
    const QStringList program = dashes < 0 ? QStringList{} : args.mid(dashes + 1);
    QCommandLineParser parser;
    const QCommandLineOption exitOpt(QStringLiteral("exit"), QStringLiteral("The exit whose mark the program gets."),
                                     QStringLiteral("NAME"));
    parser.addOption(exitOpt);
    if (int rc = parseArgs(ctx, parser, ours, QStringLiteral("exec --exit NAME -- COMMAND [ARGS...]"),
                           QStringLiteral("Run COMMAND with every socket marked for exit NAME (LD_PRELOAD of\n"
                                          "libbywaymark). Marking sockets needs CAP_NET_ADMIN."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    if (!parser.isSet(exitOpt) || program.isEmpty())
        return usageError(ctx, QStringLiteral("exec needs --exit NAME and a command after --"));

    auto result = callOnce(ctx, QStringLiteral("config.get"));
    if (!result)
        return result.error();
    const QString name = parser.value(exitOpt);
    quint32 mark = 0;
    bool found = false;
    for (const auto &v : result->toObject().value(u"config").toObject().value(u"exits").toArray()) {
        const QJsonObject e = v.toObject();
        if (e.value(u"name").toString() != name)
            continue;
        found = true;
        mark = quint32(e.value(u"mark").toString().toULongLong(nullptr, 0));
    }
    if (!found)
        return report(ctx, Error::make(ErrorCode::NotFound, QStringLiteral("no exit named \"%1\"").arg(name), QStringLiteral("/exits")));
    if (mark == 0)
        return report(ctx, Error::make(ErrorCode::InvalidParams,
                                       QStringLiteral("exit \"%1\" has no mark: only marked exits can be chosen per process").arg(name)));
    const QString lib = markLibrary();
    if (lib.isEmpty())
        return report(ctx, Error::make(ErrorCode::NotFound, QStringLiteral("libbywaymark.so not found (set BYWAY_MARK_LIB)")));

    QByteArray preload = QFile::encodeName(lib);
    const QByteArray existing = qgetenv("LD_PRELOAD");
    if (!existing.isEmpty())
        preload += ' ' + existing;
    ::setenv("LD_PRELOAD", preload.constData(), 1);
    ::setenv("BYWAY_MARK", QByteArray("0x") + QByteArray::number(mark, 16), 1);
    ctx.out.flush();
    std::vector<QByteArray> store;
    std::vector<char *> argv;
    for (const QString &a : program)
        store.push_back(a.toLocal8Bit());
    for (QByteArray &a : store)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execvp(argv[0], argv.data());
    return report(ctx, Error::make(ErrorCode::NotFound,
                                   QStringLiteral("cannot run %1: %2").arg(program.first(), QString::fromLocal8Bit(std::strerror(errno)))));
}

} // namespace byway::cli
