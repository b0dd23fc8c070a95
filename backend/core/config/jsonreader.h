// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/config.h"
#include "core/error.h"
#include "core/messages/messages.h"

#include <QJsonArray>
#include <QJsonObject>

#include <initializer_list>
#include <optional>

namespace byway::config {

// Reads typed values out of a JSON document and collects every problem with
// its JSON pointer instead of stopping at the first one: an admin fixing a
// config wants the whole list at once.
class JsonReader
{
public:
    // `code` is the generic kind clients switch on ("format", "range"...);
    // `id` and `args` name the exact words (core/messages, config area),
    // which become the English `message`. Call with a literal
    // msg::Id with a literal id, so tst_messages sees every id.
    void error(const QString &path, const char *code, msg::Id id, QJsonObject args = {});
    [[nodiscard]] const QList<FieldError> &errors() const { return m_errors; }
    [[nodiscard]] QList<FieldError> takeErrors() { return std::move(m_errors); }

    // Members not in `known` are errors ("unknown"): a typo must not pass silently.
    void onlyKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> known);

    [[nodiscard]] QJsonObject object(const QJsonObject &o, const char *key, const QString &path);
    [[nodiscard]] QJsonArray array(const QJsonObject &o, const char *key, const QString &path);
    [[nodiscard]] QString string(const QJsonObject &o, const char *key, const QString &path, const QString &def,
                                 bool required = false);
    [[nodiscard]] bool boolean(const QJsonObject &o, const char *key, const QString &path, bool def);
    [[nodiscard]] qint64 integer(const QJsonObject &o, const char *key, const QString &path, qint64 def, qint64 min,
                                 qint64 max, bool required = false);
    // Accepts a number or a "0x..." string (marks and masks read better in hex).
    [[nodiscard]] quint32 u32(const QJsonObject &o, const char *key, const QString &path, quint32 def);
    [[nodiscard]] QStringList strings(const QJsonObject &o, const char *key, const QString &path);
    [[nodiscard]] Prefix prefix(const QJsonObject &o, const char *key, const QString &path, bool required);
    [[nodiscard]] QHostAddress address(const QJsonObject &o, const char *key, const QString &path, bool required);

    [[nodiscard]] static QString join(const QString &path, const QString &key);
    [[nodiscard]] static QString join(const QString &path, qsizetype index);

private:
    QList<FieldError> m_errors;
};

// Name rules shared by parsing and validation.
[[nodiscard]] bool isInterfaceName(const QString &s);
[[nodiscard]] bool isInterfacePattern(const QString &s); // a name, or a prefix followed by one trailing '*'
[[nodiscard]] bool isObjectName(const QString &s);       // pool, exit and user names

} // namespace byway::config
