// SPDX-License-Identifier: GPL-3.0-or-later
// bywayctl: talks to bywayd over its control socket. Global options are
// taken from anywhere on the line so `bywayctl status -o json` works as well
// as `bywayctl -o json status`; everything else belongs to the command.
#include "commands.h"

#include <QCoreApplication>
#include <QFile>

#include <csignal>

using namespace byway::cli;

namespace {

const char *const kUsage =
    "Usage: bywayctl [--socket PATH | --remote HOST:PORT --fingerprint SHA256 [--token-file F]]\n"
    "                [-o human|json] COMMAND [ARGS]\n"
    "\n"
    "Commands:\n"
    "  status                          bywayd version, uptime, mode, config revision\n"
    "  config get                      print the current config document\n"
    "  config validate FILE            check FILE without saving it\n"
    "  config set FILE [--base-revision N]\n"
    "                                  validate and save FILE\n"
    "  logs [-f] [--category C]... [--level L] [--backlog N]\n"
    "                                  print recent log lines (-f: follow until Ctrl-C)\n"
    "  debug on|off [CATEGORY|all]     switch debug logging at run time\n"
    "  probe [--reachability] [CHECK...]\n"
    "                                  what this box can do, and why not\n"
    "  plan [FILE] [--history ID]      what applying would change (nft/ip text), changing nothing\n"
    "  apply [FILE] [--confirm-within N]\n"
    "                                  apply (and store) a config; reverts by itself unless confirmed\n"
    "  apply [FILE] --confirm-when-healthy CHECK... [--within N]\n"
    "                                  apply, then keep it only if the checks pass within N s\n"
    "                                  (tcp:IP:PORT, icmp:IP, dns:NAME@SERVER; ,exit=NAME ,timeout=MS;\n"
    "                                  reconnect:IP: with --remote, follow the box to its new address)\n"
    "  confirm [--extend N]            keep a config applied with --confirm-within\n"
    "  rollback [--to ID]              back to the previous (or a history) configuration\n"
    "  history [--limit N]             the last applied configurations, who and when\n"
    "  explain SRC DST [--proto P] [--dport N] [--iif IF] [--mark M]\n"
    "                                  user, mark, FIB rule, table, route and Byway rules of a flow\n"
    "  topology                        the applied role's paths with traffic counters\n"
    "  flows [--limit N]               the compat capture's flows, the busiest first\n"
    "  exec --exit NAME -- CMD...      run CMD with its sockets marked for exit NAME\n"
    "  token create --role admin|view --name NAME [--expires-days N]\n"
    "                                  an access token for a remote GUI (shown once)\n"
    "  token list                      the access tokens, without their secrets\n"
    "  token revoke ID                 stop accepting a token; closes its connections\n"
    "  session add --user U --address A --interface I [--exit E] [--ttl N]\n"
    "                                  a VPN server's session: user U holds address A (its hook)\n"
    "  session remove (--address A | --user U)\n"
    "                                  the session ended\n"
    "  session list [--user U] [--limit N]\n"
    "                                  the live sessions, their exits and expiry\n"
    "  version                         bywayctl's (and bywayd's) version\n"
    "\n"
    "Options:\n"
    "  --socket PATH    bywayd's socket (default: $BYWAY_SOCKET or /run/byway/bywayd.sock)\n"
    "  --remote HOST:PORT\n"
    "                   a remote bywayd's TLS listener (bywayd --remote-listen) instead\n"
    "  --fingerprint SHA256\n"
    "                   its certificate's SHA-256, pinned (bywayctl status on the box)\n"
    "  --token-file F   the access token (bywayctl token create), else $BYWAY_TOKEN\n"
    "  -o, --output F   human (default) or json (the raw result)\n"
    "  -h, --help       this text; `bywayctl COMMAND --help` for a command\n"
    "\n"
    "Exit codes: 0 ok, 1 other error, 2 usage, 3 bywayd unavailable,\n"
    "            4 permission denied, 5 validation failed,\n"
    "            6 rolled back (apply --confirm-when-healthy: a check failed).\n";

struct Globals {
    QStringList rest;
    QString remote, fingerprint, tokenFile;
    bool help = false;
    QString error;
};

Globals takeGlobals(Context &ctx, const QStringList &args)
{
    Globals g;
    bool commandSeen = false;
    bool literal = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](const QString &name) -> std::optional<QString> {
            if (i + 1 >= args.size()) {
                g.error = QStringLiteral("%1 needs a value").arg(name);
                return std::nullopt;
            }
            return args[++i];
        };
        if (literal) {
            g.rest << a;
        } else if (a == u"--") {
            literal = true;
            g.rest << a;
        } else if (a == u"--socket") {
            if (auto v = value(a))
                ctx.socketPath = *v;
        } else if (a.startsWith(u"--socket=")) {
            ctx.socketPath = a.mid(9);
        } else if (a == u"--remote" || a == u"--fingerprint" || a == u"--token-file") {
            if (auto v = value(a))
                (a == u"--remote" ? g.remote : a == u"--fingerprint" ? g.fingerprint : g.tokenFile) = *v;
        } else if (a == u"-o" || a == u"--output") {
            if (auto v = value(a)) {
                if (*v == u"json")
                    ctx.output = Output::Json;
                else if (*v == u"human")
                    ctx.output = Output::Human;
                else
                    g.error = QStringLiteral("unknown output format \"%1\" (human or json)").arg(*v);
            }
        } else if (a.startsWith(u"--output=") || (a.startsWith(u"-o") && a.size() > 2 && !a.startsWith(u"--"))) {
            const QString v = a.startsWith(u"--") ? a.mid(9) : a.mid(2);
            if (v == u"json")
                ctx.output = Output::Json;
            else if (v == u"human")
                ctx.output = Output::Human;
            else
                g.error = QStringLiteral("unknown output format \"%1\" (human or json)").arg(v);
        } else if (!commandSeen && (a == u"-h" || a == u"--help" || a == u"help")) {
            g.help = true;
        } else {
            if (!a.startsWith(u'-'))
                commandSeen = true;
            g.rest << a;
        }
        if (!g.error.isEmpty())
            break;
    }
    return g;
}

// --remote with its pin and token; the token from a file (never the command
// line, which other users can read in /proc) or the environment.
int takeRemote(Context &ctx, const Globals &g)
{
    if (g.remote.isEmpty()) {
        if (!g.fingerprint.isEmpty() || !g.tokenFile.isEmpty())
            return usageError(ctx, QStringLiteral("--fingerprint and --token-file go with --remote"));
        return ExitOk;
    }
    QString token = qEnvironmentVariable("BYWAY_TOKEN");
    if (!g.tokenFile.isEmpty()) {
        QFile f(g.tokenFile);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(ctx, QStringLiteral("--token-file %1: %2").arg(g.tokenFile, f.errorString()));
        token = QString::fromUtf8(f.readAll()).trimmed();
    }
    auto endpoint = remoteEndpoint(g.remote, g.fingerprint, token);
    if (!endpoint)
        return usageError(ctx, endpoint.error());
    ctx.remote = *endpoint;
    return ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    // Writing to a closed pipe (`bywayctl logs -f | head`) should end us quietly.
    std::signal(SIGPIPE, SIG_DFL);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bywayctl"));

    Context ctx;
    ctx.socketPath = byway::Client::defaultSocketPath();
    const Globals g = takeGlobals(ctx, QCoreApplication::arguments());
    if (!g.error.isEmpty())
        return usageError(ctx, g.error);
    if (int rc = takeRemote(ctx, g); rc != ExitOk)
        return rc;
    if (g.help || g.rest.isEmpty()) {
        (g.help ? ctx.out : ctx.err) << kUsage;
        return g.help ? ExitOk : ExitUsage;
    }

    const QString verb = g.rest.first();
    if (verb == u"status")
        return runStatus(ctx, g.rest);
    if (verb == u"config")
        return runConfig(ctx, g.rest);
    if (verb == u"logs")
        return runLogs(ctx, g.rest);
    if (verb == u"debug")
        return runDebug(ctx, g.rest);
    if (verb == u"probe")
        return runProbe(ctx, g.rest);
    if (verb == u"version" || verb == u"--version")
        return runVersion(ctx, g.rest);
    if (verb == u"exec")
        return runExec(ctx, g.rest);
    if (verb == u"token")
        return runToken(ctx, g.rest);
    if (verb == u"session")
        return runSession(ctx, g.rest);
    if (int rc = runReconcileVerb(ctx, verb, g.rest); rc >= 0)
        return rc;
    return usageError(ctx, QStringLiteral("unknown command \"%1\"").arg(verb));
}
