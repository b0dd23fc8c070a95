// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariant>

namespace byway::qml {

// bywayd's words in the reader's language: probe findings, config errors and
// findings, plan notes arrive as {id, args} with an English message; this
// renders them from core/messages (context "Messages" of the .qm files). An
// id this build does not know (a newer bywayd) shows the English fallback.
//
// A binding calling these must also read `language`, as the config form does
// with its counters, so it follows a language switch at run time:
//     text: (Messages.language, Messages.text(id, args, message))
class Messages : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
public:
    explicit Messages(QJSEngine *engine, QObject *parent = nullptr);
    static Messages *create(QQmlEngine *engine, QJSEngine *) { return new Messages(engine); }

    [[nodiscard]] QString language() const;

    // `args` is a JS object (or a QJsonObject / QVariantMap from a model).
    Q_INVOKABLE QString text(const QString &id, const QVariant &args, const QString &fallback = {}) const;
    Q_INVOKABLE QString consequence(const QString &id, const QVariant &args, const QString &fallback = {}) const;
    Q_INVOKABLE QString fix(const QString &id, const QVariant &args, const QString &fallback = {}) const;
    // Whether this build has words for `id`.
    Q_INVOKABLE bool known(const QString &id) const;

    [[nodiscard]] static QJsonObject argsObject(const QVariant &args);

Q_SIGNALS:
    void languageChanged();

private:
    QPointer<QJSEngine> m_engine;
};

} // namespace byway::qml
