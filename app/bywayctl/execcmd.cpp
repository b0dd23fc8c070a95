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
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
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

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// Can this process put `mark` on a socket? The same setsockopt the preload
// library makes, on a throwaway socket: SO_MARK needs CAP_NET_ADMIN, and
// a program started without it would send unmarked, by the default route.
Result<void> probeMark(quint32 mark)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail(ErrorCode::Internal, QStringLiteral("cannot open a probe socket: %1").arg(errnoText(errno)));
    const unsigned m = mark;
    const int rc = ::setsockopt(fd, SOL_SOCKET, SO_MARK, &m, sizeof m);
    const int err = errno;
    ::close(fd);
    if (rc == 0)
        return {};
    return fail(err == EPERM ? ErrorCode::PermissionDenied : ErrorCode::Internal,
                QStringLiteral("cannot mark sockets (SO_MARK: %1): run with CAP_NET_ADMIN, see \"Per-process exits\" "
                               "in docs/deploy.md; nothing was run")
                    .arg(errnoText(err)));
}

// The command must hold CAP_NET_ADMIN after execve() too. Root keeps it; a
// non-root caller that got it from file capabilities (setcap on a copy of
// bywayctl) or from its parent loses it at execve() unless it is ambient,
// and ambient needs it in the inheritable set first (capabilities(7)).
Result<void> keepNetAdminAcrossExec()
{
    if (::geteuid() == 0 && ::getuid() == 0)
        return {};
    if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_NET_ADMIN, 0, 0) == 1)
        return {};
    __user_cap_header_struct hdr{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {};
    if (::syscall(SYS_capget, &hdr, data) != 0)
        return fail(ErrorCode::Internal, QStringLiteral("capget: %1").arg(errnoText(errno)));
    data[CAP_TO_INDEX(CAP_NET_ADMIN)].inheritable |= CAP_TO_MASK(CAP_NET_ADMIN);
    if (::syscall(SYS_capset, &hdr, data) != 0
        || ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, CAP_NET_ADMIN, 0, 0) != 0)
        return fail(ErrorCode::PermissionDenied,
                    QStringLiteral("CAP_NET_ADMIN would not survive starting the command (ambient capability: %1): "
                                   "see \"Per-process exits\" in docs/deploy.md; nothing was run")
                        .arg(errnoText(errno)));
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
                                          "libbywaymark). Marking sockets needs CAP_NET_ADMIN: without it, or\n"
                                          "without the library, COMMAND is not run (exit 4 / 1), and a socket\n"
                                          "the library cannot mark fails to open (EPERM) instead of leaving\n"
                                          "unmarked."));
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
    // Fail closed: every way this could end with unmarked sockets stops here,
    // before the command runs, because unmarked traffic leaves by the default
    // route — exactly what the admin asked exec to prevent.
    const QString lib = markLibrary();
    if (lib.isEmpty())
        return report(ctx, Error::make(ErrorCode::NotFound,
                                       QStringLiteral("libbywaymark.so not found (looked in BYWAY_MARK_LIB, "
                                                      "../lib/byway/ next to bywayctl); nothing was run")));
    if (const QFileInfo info(lib); !info.isFile() || !info.isReadable())
        return report(ctx, Error::make(ErrorCode::NotFound,
                                       QStringLiteral("mark library %1 is not a readable file; nothing was run").arg(lib)));
    if (auto r = probeMark(mark); !r)
        return report(ctx, r.error());
    if (auto r = keepNetAdminAcrossExec(); !r)
        return report(ctx, r.error());

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
