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

namespace byway::cli {

struct Verb {
    QString name;        // "create"
    QString usage;       // "token create --role admin|view --name NAME [--expires-days N]"
    QString description; // what --help says under the usage line
    QList<QCommandLineOption> options;
    QList<std::pair<QString, QString>> positional; // name, help; exactly these many are required
    QStringList required;                          // option names that must be given
    QString method;                                // the bywayd method
    // The request's params from the parsed arguments; a string is a usage error.
    std::function<std::expected<QJsonObject, QString>(const QCommandLineParser &)> params;
    // The human output of a result (-o json prints the result as it is).
    std::function<void(Context &, const QJsonObject &)> print;
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

// Rows of columns, each padded to its widest cell; the first row is the header.
void printTable(Context &ctx, const QList<QStringList> &rows);

// An option's value as a whole number within [min, max], or the usage error
// naming the option.
[[nodiscard]] std::expected<qint64, QString> intOption(const QCommandLineParser &parser, const QString &name,
                                                       qint64 min, qint64 max, const QString &what);

} // namespace byway::cli
