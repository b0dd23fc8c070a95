// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// JSON pointers (RFC 6901) into the config document, and the text ↔ JSON
// mapping of the form's fields. Pure functions, tested without a helper.
namespace byway::qml::pointer {

[[nodiscard]] QJsonValue valueAt(const QJsonObject &doc, const QString &pointer);
// A copy of `doc` with the value at `pointer` replaced; an undefined value removes the member.
[[nodiscard]] QJsonObject setAt(const QJsonObject &doc, const QString &pointer, const QJsonValue &value);
// Whether an error at `errorPath` belongs to the field at `field` (itself or below it).
[[nodiscard]] bool covers(const QString &field, const QString &errorPath);

// kind: string, list, int, mark, bool, users, masquerade (see ConfigModel::fieldText).
[[nodiscard]] QString toText(const QJsonValue &value, const QString &kind);
[[nodiscard]] QJsonValue fromText(const QString &text, const QString &kind);

} // namespace byway::qml::pointer
