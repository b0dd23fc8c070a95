// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace byway::qml {

Language::Language(QQmlEngine *engine, QString qmDir, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_qmDir(std::move(qmDir))
    , m_language(QStringLiteral("en"))
{
}

Language::~Language()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList Language::codes()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ko")};
}

QString Language::bestMatch(const QString &localeName)
{
    if (localeName.startsWith(u"zh"))
        return QStringLiteral("zh_CN"); // the only Chinese we ship
    if (localeName.startsWith(u"ko"))
        return QStringLiteral("ko");
    return QStringLiteral("en");
}

QString Language::initialLanguage()
{
    const QString saved = QSettings(QStringLiteral("Byway"), QStringLiteral("byway"))
                              .value(QStringLiteral("ui/language")).toString();
    return codes().contains(saved) ? saved : bestMatch(QLocale::system().name());
}

QVariantList Language::languages() const
{
    // Deliberately untranslated: a reader looks for the name in their own language.
    return {
        QVariantMap{{QStringLiteral("code"), QStringLiteral("en")}, {QStringLiteral("name"), QStringLiteral("English")}},
        QVariantMap{{QStringLiteral("code"), QStringLiteral("zh_CN")}, {QStringLiteral("name"), QStringLiteral("简体中文")}},
        QVariantMap{{QStringLiteral("code"), QStringLiteral("ko")}, {QStringLiteral("name"), QStringLiteral("한국어")}},
    };
}

void Language::setLanguage(const QString &code)
{
    if (!select(code))
        return;
    QSettings(QStringLiteral("Byway"), QStringLiteral("byway")).setValue(QStringLiteral("ui/language"), code);
}

bool Language::select(const QString &code)
{
    if (!codes().contains(code))
        return false;
    // English too: its .qm holds the plural forms ("1 second", "2 seconds"),
    // without it the source text "%n second(s)" shows.
    if (code == m_language && m_translator)
        return true;
    auto next = std::make_unique<QTranslator>();
    // English is the source language; its .qm only carries plural forms.
    if (!next->load(QStringLiteral("byway_%1").arg(code), m_qmDir) && code != u"en")
        return false;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(next);
    QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(QLocale(code));
    m_language = code;
    if (m_engine) {
        m_engine->setUiLanguage(code);
        m_engine->retranslate();
    }
    Q_EMIT languageChanged();
    return true;
}

} // namespace byway::qml
