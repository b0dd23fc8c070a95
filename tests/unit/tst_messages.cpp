// SPDX-License-Identifier: GPL-3.0-or-later
// The message registry (core/messages) against its readers and its writers:
// every template has a unique id and is translated into Chinese and Korean
// with the same %{name} placeholders (read from the .ts files lrelease
// compiles), and every id the code emits — msg::Id("...") anywhere in the
// product, {"id", "..."} in bywayd — is registered, so a typo fails here
// instead of reaching a user as a raw id.
#include "core/messages/messages.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace byway;

namespace {

const QString kSource = QStringLiteral(BYWAY_SOURCE_DIR);

// Source texts that may stay as they are in a translation: nothing in them
// is a sentence (names, commands and sysctl settings read the same in every
// language).
const QSet<QString> kSameInEveryLanguage = {
    QStringLiteral("set net.ipv4.conf.all.src_valid_mark=1"),
    QStringLiteral("src_valid_mark on"),
};

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%\\{([A-Za-z0-9_]+)\\}"));
    QSet<QString> names;
    for (auto it = re.globalMatch(text); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

// Context "Messages" of a .ts file: source text -> finished translation
// (empty when missing or unfinished).
QHash<QString, QString> messagesOf(const QString &tsFile)
{
    QHash<QString, QString> out;
    QFile f(tsFile);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context, source, translation;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == u"source")
                source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == u"translation") {
                unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished")
                             || xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished");
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            if (context == u"Messages")
                out.insert(source, unfinished ? QString() : translation);
            source.clear();
            translation.clear();
        }
    }
    return out;
}

QStringList partsOf(const msg::Template &t)
{
    QStringList parts{QString::fromUtf8(t.text)};
    if (t.consequence)
        parts << QString::fromUtf8(t.consequence);
    if (t.fix)
        parts << QString::fromUtf8(t.fix);
    return parts;
}

// Every message id literal in the product's sources, with where it was seen.
QHash<QString, QString> emittedIds()
{
    // msg::Id("...") is how every emitter names its message (the probe's
    // findings, config errors, plan notes...); bywayd's JSON also spells
    // {"id", "..."} out in places.
    static const QRegularExpression idCall(QStringLiteral("\\bId\\(\\s*\"([^\"]+)\"\\s*\\)"));
    static const QRegularExpression idMember(
        QStringLiteral("\\{\\s*(?:QStringLiteral\\()?u?\"id\"(?:_s|_qs)?\\)?\\s*,\\s*(?:QStringLiteral\\()?u?\"([^\"]+)\""));
    QHash<QString, QString> ids;
    for (const char *dir : {"backend", "helper", "app"}) {
        QDirIterator it(kSource + u'/' + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/core/messages/messages")) // the registry itself
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = idCall.globalMatch(text); m.hasNext();)
                ids.insert(m.next().captured(1), path.mid(kSource.size() + 1));
            if (dir == QLatin1String("helper"))
                for (auto m = idMember.globalMatch(text); m.hasNext();)
                    ids.insert(m.next().captured(1), path.mid(kSource.size() + 1));
        }
    }
    return ids;
}

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idsAreUnique()
    {
        QSet<QString> seen;
        for (const msg::Template *t : msg::all()) {
            const QString id = QString::fromLatin1(t->id);
            QVERIFY2(!seen.contains(id), qPrintable(u"registered twice: "_qs + id));
            seen.insert(id);
            QVERIFY2(t->text && *t->text, qPrintable(id));
            QCOMPARE(msg::find(id), t);
        }
        QVERIFY(seen.size() > 100); // probe, config and reconcile areas
    }

    void fillsArgs()
    {
        const QJsonObject args{{QStringLiteral("family"), QStringLiteral("IPv4")},
                               {QStringLiteral("sysctl"), QStringLiteral("net.ipv4.ip_forward")}};
        QCOMPARE(msg::english(QStringLiteral("probe.sysctl.forwarding.off"), args), u"IPv4 forwarding off"_qs);
        QCOMPARE(msg::english(QStringLiteral("probe.sysctl.forwarding.off"), args, msg::Part::Fix),
                 u"set net.ipv4.ip_forward=1 (sysctl -w net.ipv4.ip_forward=1; persist in /etc/sysctl.d/)"_qs);
        QCOMPARE(msg::english(QStringLiteral("probe.legacy.tables"),
                              {{QStringLiteral("tables"), QJsonArray{QStringLiteral("ip filter"), QStringLiteral("ip nat")}}}),
                 u"Legacy tables read: ip filter, ip nat"_qs);
        QCOMPARE(msg::english(QStringLiteral("probe.tun.ok"), {}, msg::Part::Fix), QString());
    }

    void unknownIdIsLoud()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no\\.such\\.id.*not registered")));
        const QString s = msg::english(QStringLiteral("no.such.id"), {{QStringLiteral("n"), 1}});
        QVERIFY2(s.startsWith(u"no.such.id"_qs) && s.contains(u"\"n\":1"_qs), qPrintable(s));
        // The GUI's side is quiet: a newer bywayd's id shows its English words.
        QCOMPARE(msg::translated(QStringLiteral("no.such.id"), {}, msg::Part::Text, u"Fallback"_qs), u"Fallback"_qs);
    }

    void everyTemplateIsTranslated_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("ko") << QStringLiteral("ko");
    }

    void everyTemplateIsTranslated()
    {
        QFETCH(QString, lang);
        const QHash<QString, QString> tr = messagesOf(kSource + QStringLiteral("/translations/byway_%1.ts").arg(lang));
        QVERIFY2(!tr.isEmpty(), "no context Messages in the .ts file: run ninja byway_lupdate and translations/fill_ts.py");
        QStringList problems;
        for (const msg::Template *t : msg::all()) {
            for (const QString &english : partsOf(*t)) {
                const QString id = QString::fromLatin1(t->id);
                const QString translated = tr.value(english);
                if (translated.isEmpty()) {
                    problems << QStringLiteral("%1: not translated: %2").arg(id, english);
                    continue;
                }
                if (translated == english && !kSameInEveryLanguage.contains(english))
                    problems << QStringLiteral("%1: same as English: %2").arg(id, english);
                if (placeholders(translated) != placeholders(english))
                    problems << QStringLiteral("%1: placeholders differ: %2 -> %3").arg(id, english, translated);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void everyEmittedIdIsRegistered()
    {
        const QHash<QString, QString> ids = emittedIds();
        // The probe alone emits dozens: a scan that finds few is a broken scan.
        QVERIFY2(ids.size() > 100, qPrintable(QString::number(ids.size())));
        QStringList unknown;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            if (!msg::find(it.key()))
                unknown << QStringLiteral("%1 (%2)").arg(it.key(), it.value());
        unknown.sort();
        QVERIFY2(unknown.isEmpty(), qPrintable(u"not registered in core/messages: "_qs + unknown.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
