// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// bywayctl's commands as data: each verb says how it parses, which method
// it calls with which params, and how it prints the result. One runner does
// the parse → check → call → print steps for all of them, so a command is a
// table entry plus its own formatting, not a copy of the same 30 lines.

#include "cli.h"

#include <QJsonObject>

#include <expected>
#include <functional>
#include <optional>
#include <variant>

namespace byway::cli {

// Why the arguments make no request: a usage error (exit 2, its text), or an
// error of their own, e.g. a config FILE that does not parse (reported like
// any error, with its exit code).
using ArgError = std::variant<QString, Error>;
using Params = std::expected<QJsonObject, ArgError>;

struct Verb {
    QString name{};        // "create"
    QString usage{};       // "token create --role admin|view --name NAME [--expires-days N]"
    QString description{}; // what --help says under the usage line
    QList<QCommandLineOption> options{};
    QList<std::pair<QString, QString>> positional{}; // name, help; exactly these many are required (see anyPositional)
    QStringList required{};                          // option names that must be given
    QString method{};                                // the bywayd method
    // The request's params from the parsed arguments, or why there is no request (ArgError).
    std::function<Params(const QCommandLineParser &)> params{};
    // The human output of a result (-o json prints the result as it is).
    std::function<void(Context &, const QJsonObject &)> print{};
    // How long bywayd may take to answer these params (default 30 s).
    std::function<int(const QJsonObject &params)> timeoutMs{};
    // Instead of print: prints the result itself (human and json) and says
    // the exit code (apply --confirm-when-healthy: rolled back is exit 6).
    std::function<int(Context &, const QJsonObject &params, const QJsonValue &result)> outcome{};
    // `positional` only names them for --help: params checks how many came.
    bool anyPositional = false;
    // Runs the verb itself for some params (calls and prints, returns the exit
    // code), or nullopt for the usual call (apply following a reconnect check).
    std::function<std::optional<int>(Context &, const QJsonObject &params)> instead{};
};

// A noun with verbs: "token create|list|revoke".
struct VerbGroup {
    QString name;    // "token"
    QString summary; // the paragraph under the usage lines of `bywayctl token --help`
    QList<Verb> verbs;
};

// args[0] is the verb name (as argv[0] is the program's).
[[nodiscard]] int runVerb(Context &ctx, const Verb &verb, const QStringList &args);
// args[0] is the group's name, args[1] the verb.
[[nodiscard]] int runGroup(Context &ctx, const VerbGroup &group, const QStringList &args);

// Rows of columns, each padded to its widest cell (the `numeric` ones
// right-aligned), two spaces apart, each line indented; the first row is the header.
void printTable(Context &ctx, const QList<QStringList> &rows, const QList<bool> &numeric = {}, int indent = 0);

// An option's value as a whole number within [min, max], or the usage error
// naming the option.
[[nodiscard]] std::expected<qint64, QString> intOption(const QCommandLineParser &parser, const QString &name,
                                                       qint64 min, qint64 max, const QString &what);
// When option `name` is given, params[key] = its whole number (any: bywayd
// checks the range and names the field), else nothing; or the usage error.
[[nodiscard]] std::expected<void, QString> putNumber(QJsonObject &params, const QCommandLineParser &parser,
                                                     const QString &name, const QString &key, const QString &what);

} // namespace byway::cli
