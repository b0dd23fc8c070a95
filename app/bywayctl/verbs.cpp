// SPDX-License-Identifier: GPL-3.0-or-later
#include "verbs.h"

#include <algorithm>
#include <limits>

namespace byway::cli {

int runVerb(Context &ctx, const Verb &verb, const QStringList &args)
{
    // The usage line's leading words: "token create", "confirm".
    QStringList words;
    for (const QString &w : verb.usage.split(QLatin1Char(' ')))
        if (!w.isEmpty() && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLower(); }))
            words.append(w);
        else
            break;
    const QString command = words.join(QLatin1Char(' '));
    QCommandLineParser parser;
    parser.addOptions(verb.options);
    for (const auto &[name, help] : verb.positional)
        parser.addPositionalArgument(name, help);
    if (int rc = parseArgs(ctx, parser, args, verb.usage, verb.description); rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    const qsizetype given = parser.positionalArguments().size();
    if (!verb.anyPositional && given != verb.positional.size()) {
        if (verb.positional.isEmpty())
            return usageError(ctx, verb.options.isEmpty() ? QStringLiteral("%1 takes no arguments").arg(command)
                                                          : QStringLiteral("%1 takes no arguments besides its options").arg(command));
        QStringList names;
        for (const auto &p : verb.positional)
            names.append(p.first);
        return usageError(ctx, QStringLiteral("%1 takes %2 (got %3 argument(s))").arg(command, names.join(u' ')).arg(given));
    }
    QStringList missing;
    for (const QString &name : verb.required)
        if (!parser.isSet(name))
            missing.append(QStringLiteral("--") + name);
    if (!missing.isEmpty()) {
        const QString last = missing.takeLast();
        const QString list = missing.isEmpty() ? last : missing.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
        return usageError(ctx, QStringLiteral("%1 needs %2").arg(command, list));
    }
    QJsonObject params;
    if (verb.params) {
        auto p = verb.params(parser);
        if (!p) {
            if (const auto *usage = std::get_if<QString>(&p.error()))
                return usageError(ctx, *usage);
            return report(ctx, std::get<Error>(p.error()));
        }
        params = *p;
    }
    if (verb.instead)
        if (std::optional<int> rc = verb.instead(ctx, params))
            return *rc;
    auto result = callOnce(ctx, verb.method, params, verb.timeoutMs ? verb.timeoutMs(params) : 30000);
    if (!result)
        return result.error();
    if (verb.outcome)
        return verb.outcome(ctx, params, *result);
    if (ctx.json() || !verb.print) {
        printJson(ctx, *result);
        return ExitOk;
    }
    verb.print(ctx, result->toObject());
    ctx.out.flush();
    return ExitOk;
}

int runGroup(Context &ctx, const VerbGroup &group, const QStringList &args)
{
    const QString name = args.value(1);
    for (const Verb &v : group.verbs)
        if (v.name == name)
            return runVerb(ctx, v, args.mid(1));
    QStringList names;
    for (const Verb &v : group.verbs)
        names.append(v.name);
    if (name == u"-h" || name == u"--help") {
        for (qsizetype i = 0; i < group.verbs.size(); ++i)
            ctx.out << (i == 0 ? "Usage: " : "       ") << "bywayctl " << group.verbs[i].usage << "\n";
        ctx.out << "\n" << group.summary << "\n";
        ctx.out.flush();
        return ExitOk;
    }
    const QString list = names.join(QStringLiteral(", "));
    if (name.isEmpty()) {
        QStringList alternatives = names;
        const QString last = alternatives.takeLast();
        return usageError(ctx, QStringLiteral("%1 needs %2 or %3").arg(group.name, alternatives.join(QStringLiteral(", ")), last));
    }
    return usageError(ctx, QStringLiteral("unknown %1 command \"%2\" (%3)").arg(group.name, name, list));
}

void printTable(Context &ctx, const QList<QStringList> &rows, const QList<bool> &numeric, int indent)
{
    QList<qsizetype> width;
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (width.size() <= i)
                width << 0;
            width[i] = std::max(width[i], row[i].size());
        }
    for (const QStringList &row : rows) {
        QString line(indent, QLatin1Char(' '));
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool last = i + 1 == row.size();
            if (i < numeric.size() && numeric[i])
                line += row[i].rightJustified(width[i]);
            else
                line += last ? row[i] : row[i].leftJustified(width[i]);
            if (!last)
                line += QStringLiteral("  ");
        }
        ctx.out << line << "\n";
    }
    ctx.out.flush();
}

std::expected<qint64, QString> intOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                                         const QString &what)
{
    bool ok = false;
    const qint64 n = parser.value(name).toLongLong(&ok);
    if (!ok || n < min || n > max)
        return std::unexpected(QStringLiteral("--%1 takes %2").arg(name, what));
    return n;
}

std::expected<void, QString> putNumber(QJsonObject &params, const QCommandLineParser &parser, const QString &name,
                                       const QString &key, const QString &what)
{
    if (!parser.isSet(name))
        return {};
    auto n = intOption(parser, name, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), what);
    if (!n)
        return std::unexpected(n.error());
    params.insert(key, *n);
    return {};
}

} // namespace byway::cli
