// SPDX-License-Identifier: GPL-3.0-or-later
#include "messages.h"

#include "core/messages/messages.h"

#include <QJSValue>
#include <QJsonDocument>

namespace byway::qml {

Messages::Messages(QJSEngine *engine, QObject *parent) : QObject(parent), m_engine(engine)
{
    // Language sets the engine's uiLanguage after installing the new
    // translator, so the texts are already in the new language here.
    if (engine)
        connect(engine, &QJSEngine::uiLanguageChanged, this, &Messages::languageChanged);
}

QString Messages::language() const
{
    return m_engine ? m_engine->uiLanguage() : QString();
}

QJsonObject Messages::argsObject(const QVariant &args)
{
    if (args.metaType() == QMetaType::fromType<QJSValue>())
        return argsObject(args.value<QJSValue>().toVariant());
    if (args.metaType() == QMetaType::fromType<QJsonObject>())
        return args.toJsonObject();
    if (args.metaType() == QMetaType::fromType<QJsonValue>())
        return args.toJsonValue().toObject();
    return QJsonObject::fromVariantMap(args.toMap());
}

QString Messages::text(const QString &id, const QVariant &args, const QString &fallback) const
{
    return msg::translated(id, argsObject(args), msg::Part::Text, fallback);
}

QString Messages::consequence(const QString &id, const QVariant &args, const QString &fallback) const
{
    return msg::translated(id, argsObject(args), msg::Part::Consequence, fallback);
}

QString Messages::fix(const QString &id, const QVariant &args, const QString &fallback) const
{
    return msg::translated(id, argsObject(args), msg::Part::Fix, fallback);
}

bool Messages::known(const QString &id) const
{
    return msg::find(id) != nullptr;
}

} // namespace byway::qml
