// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <span>

namespace byway::msg {

// Everything bywayd says to a person crosses the wire as {id, args}: probe
// findings, config errors, environment findings, plan notes, drift events.
// This table holds each id's English templates; `%{name}` stands for
// args[name]. bywayd fills them for logs and the `message` members; the GUI
// and the CLI render from id and args, the GUI through Qt's translations
// (context "Messages": the table is marked with QT_TRANSLATE_NOOP, so
// lupdate finds it). One table for both sides: a new id cannot reach a
// reader without its text, and tst_messages checks every id is translated.
struct Template {
    const char *id;
    const char *text;                  // the message, or a probe finding's summary
    const char *consequence = nullptr; // what it disables or risks (probe findings)
    const char *fix = nullptr;         // what to do about it
};

enum class Part { Text, Consequence, Fix };

// A message id where the code emits it, always spelled as a literal:
// msg::Id("probe.tun.missing"). The explicit type is what tst_messages looks
// for when it scans the sources for every id the code can emit and checks
// that each is registered here: a typo fails a test instead of showing the
// raw id to a user.
struct Id {
    constexpr explicit Id(const char *v) : value(v) {}
    const char *value;
    [[nodiscard]] QString toString() const { return QString::fromLatin1(value); }
};

// The areas' tables (messages_<area>.cpp).
[[nodiscard]] std::span<const Template> probeMessages();
[[nodiscard]] std::span<const Template> configMessages();
[[nodiscard]] std::span<const Template> reconcileMessages();

// Every template of every area.
[[nodiscard]] QList<const Template *> all();
// nullptr for an id no table knows.
[[nodiscard]] const Template *find(const QString &id);

// `tmpl` with each %{name} replaced by args[name] (arrays joined with ", ",
// numbers without a trailing .0); unknown names stay as they are.
[[nodiscard]] QString fill(const QString &tmpl, const QJsonObject &args);
// The English text of `id` (empty for a part it does not have). An unknown id
// gives "id (args as JSON)" so nothing is ever silently dropped, and a
// warning in the log (category byway.control): it is a bug in the emitter.
[[nodiscard]] QString english(const QString &id, const QJsonObject &args, Part part = Part::Text);
[[nodiscard]] inline QString english(Id id, const QJsonObject &args, Part part = Part::Text)
{
    return english(id.toString(), args, part);
}
// The same in the reader's language (QCoreApplication::translate, context
// "Messages"); English where no translation is loaded. `fallback` is shown for
// an id this build does not know (a newer bywayd): its English message.
[[nodiscard]] QString translated(const QString &id, const QJsonObject &args, Part part = Part::Text,
                                 const QString &fallback = {});

} // namespace byway::msg
