// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

#include <memory>

namespace byway::qml {

// The GUI language, switchable at run time: swaps the QTranslator and asks
// the engine to re-evaluate every translated binding (no restart).
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
public:
    // qmDir: where byway_<code>.qm live (the app embeds them under :/i18n).
    explicit Language(QQmlEngine *engine, QString qmDir = QStringLiteral(":/i18n"), QObject *parent = nullptr);
    ~Language() override;
    static Language *create(QQmlEngine *engine, QJSEngine *) { return new Language(engine); }

    [[nodiscard]] static QStringList codes();
    // en, zh_CN or ko for a locale name; en when we have no translation.
    [[nodiscard]] static QString bestMatch(const QString &localeName);

    [[nodiscard]] QString language() const { return m_language; }
    // From the settings page: switch and remember.
    void setLanguage(const QString &code);
    // From the command line: switch for this run only.
    bool select(const QString &code);
    // The saved choice, else the system locale's best match.
    [[nodiscard]] static QString initialLanguage();
    // Native names, so everyone can find their own: [{code, name}].
    [[nodiscard]] QVariantList languages() const;

Q_SIGNALS:
    void languageChanged();

private:
    QQmlEngine *m_engine;
    QString m_qmDir;
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
};

} // namespace byway::qml
