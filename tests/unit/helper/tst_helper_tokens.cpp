// SPDX-License-Identifier: GPL-3.0-or-later
// Access tokens of the remote listener: the token string, hashing, the
// constant-time compare, and the store (validation, expiry with an injected
// clock, revocation, what reaches the disk).
#include "remote/token.h"
#include "remote/tokenstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace byway;
using namespace byway::remote;

class TstTokens : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);
    TokenStore::Clock clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void formatAndParse()
    {
        auto secret = randomBytes(kTokenSecretBytes);
        QVERIFY(secret.has_value());
        QCOMPARE(secret->size(), kTokenSecretBytes);
        const QString token = formatToken(QStringLiteral("0123456789ab"), *secret);
        QCOMPARE(token.size(), 4 + 12 + 1 + 64);
        QVERIFY(token.startsWith(u"byw_0123456789ab_"));
        const auto parsed = parseToken(token);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->id, QStringLiteral("0123456789ab"));
        QCOMPARE(parsed->secret, *secret);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        const QString hex64(64, u'a');
        QTest::newRow("empty") << QString();
        QTest::newRow("prefix") << QStringLiteral("byx_0123456789ab_") + hex64;
        QTest::newRow("short id") << QStringLiteral("byw_0123456789a_") + hex64 + u'a';
        QTest::newRow("upper case") << QStringLiteral("byw_0123456789AB_") + hex64;
        QTest::newRow("separator") << QStringLiteral("byw_0123456789ab-") + hex64;
        QTest::newRow("short secret") << QStringLiteral("byw_0123456789ab_") + hex64.left(63);
        QTest::newRow("long secret") << QStringLiteral("byw_0123456789ab_") + hex64 + u'a';
        QTest::newRow("not hex") << QStringLiteral("byw_0123456789ab_") + hex64.left(63) + u'g';
        QTest::newRow("space") << QStringLiteral(" byw_0123456789ab_") + hex64.left(63);
        QTest::newRow("non-latin") << QStringLiteral("byw_0123456789ab_") + hex64.left(63) + QChar(0x0661);
    }
    void parseRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!parseToken(text).has_value());
    }

    void randomIsRandom()
    {
        auto a = randomBytes(32);
        auto b = randomBytes(32);
        QVERIFY(a && b);
        QVERIFY(*a != *b);
        QCOMPARE(randomBytes(0)->size(), 0);
    }

    void hashing()
    {
        const QByteArray salt(16, 's');
        const QByteArray secret(32, 'x');
        // SHA-256("ss..s" + "xx..x"), computed independently.
        const QByteArray h = hashSecret(salt, secret);
        QCOMPARE(h.size(), 32);
        QCOMPARE(h, QCryptographicHash::hash(salt + secret, QCryptographicHash::Sha256));
        QVERIFY(hashSecret(QByteArray(16, 't'), secret) != h);  // the salt counts
        QVERIFY(hashSecret(salt, QByteArray(32, 'y')) != h);
    }

    void constantTimeCompare()
    {
        const QByteArray a = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QVERIFY(constantTimeEqual(a, a));
        QVERIFY(constantTimeEqual(QByteArray(), QByteArray()));
        for (qsizetype i = 0; i < a.size(); ++i) {
            QByteArray b = a;
            b[i] = char(b[i] ^ 0x01); // one bit anywhere: first, middle, last byte
            QVERIFY2(!constantTimeEqual(a, b), qPrintable(QString::number(i)));
        }
        QVERIFY(!constantTimeEqual(a, a.left(15)));
        QVERIFY(!constantTimeEqual(a, a + '\0'));
    }

    void createVerifyPersist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokens.json"));
        TokenStore store(path, clock());
        QVERIFY(store.load().has_value()); // a missing file is no tokens
        QVERIFY(store.list().isEmpty());

        auto made = store.create(QStringLiteral("  laptop "), control::Role::Admin, std::nullopt, QStringLiteral("uid 0"));
        QVERIFY2(made.has_value(), made ? "" : qPrintable(made.error().toString()));
        QCOMPARE(made->info.name, QStringLiteral("laptop")); // trimmed
        QVERIFY(parseToken(made->token).has_value());
        QCOMPARE(parseToken(made->token)->id, made->info.id);
        QCOMPARE(made->info.createdBy, QStringLiteral("uid 0"));
        QCOMPARE(made->info.created, m_now);

        auto ok = store.verify(made->token);
        QVERIFY(ok.has_value());
        QCOMPARE(ok->name, QStringLiteral("laptop"));
        QCOMPARE(ok->role, control::Role::Admin);

        // What is on disk: 0600, neither the token nor the secret.
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray disk = f.readAll();
        const QByteArray secretHex = made->token.mid(4 + 12 + 1).toLatin1();
        QVERIFY(!disk.contains(made->token.toLatin1()));
        QVERIFY(!disk.contains(secretHex));
        QVERIFY(!disk.contains(QByteArray::fromHex(secretHex)));
        QVERIFY(disk.contains(made->info.id.toLatin1()));
        QVERIFY(disk.contains("lastUsed"));

        // A second store on the same file: the same token works.
        TokenStore again(path, clock());
        QVERIFY(again.load().has_value());
        QCOMPARE(again.list().size(), 1);
        QVERIFY(again.verify(made->token).has_value());
        QVERIFY(again.list().first().lastUsed.has_value());
    }

    void wrongTokens()
    {
        QTemporaryDir dir;
        TokenStore store(dir.filePath(QStringLiteral("tokens.json")), clock());
        QVERIFY(store.load());
        auto made = store.create(QStringLiteral("a"), control::Role::View, std::nullopt, QStringLiteral("uid 0"));
        QVERIFY(made);
        QString wrongSecret = made->token;
        wrongSecret[wrongSecret.size() - 1] = wrongSecret.back() == u'0' ? u'1' : u'0';
        const QString unknownId = QStringLiteral("byw_ffffffffffff_") + made->token.mid(17);
        for (const QString &t : {wrongSecret, unknownId, QStringLiteral("garbage"), QString()}) {
            auto r = store.verify(t);
            QVERIFY2(!r.has_value(), qPrintable(t));
            // The reason is for the log: it may name the id, never the secret.
            QVERIFY(!r.error().contains(made->token.mid(17)));
        }
        QVERIFY(store.verify(made->token));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << QString() << int(control::Role::View) << 0 << QStringLiteral("/name");
        QTest::newRow("blank name") << QStringLiteral("   ") << int(control::Role::View) << 0 << QStringLiteral("/name");
        QTest::newRow("long name") << QString(65, u'n') << int(control::Role::View) << 0 << QStringLiteral("/name");
        QTest::newRow("control char") << QStringLiteral("a\nb") << int(control::Role::View) << 0 << QStringLiteral("/name");
        QTest::newRow("duplicate") << QStringLiteral("Panel") << int(control::Role::View) << 0 << QStringLiteral("/name");
        QTest::newRow("role") << QStringLiteral("x") << int(control::Role::Refused) << 0 << QStringLiteral("/role");
        QTest::newRow("days 0") << QStringLiteral("x") << int(control::Role::View) << -1 << QStringLiteral("/expiresInDays");
        QTest::newRow("days big") << QStringLiteral("x") << int(control::Role::View) << 3651 << QStringLiteral("/expiresInDays");
    }
    void validation()
    {
        QFETCH(QString, name);
        QFETCH(int, role);
        QFETCH(int, days);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokens.json"));
        TokenStore store(path, clock());
        QVERIFY(store.load());
        QVERIFY(store.create(QStringLiteral("panel"), control::Role::View, std::nullopt, QStringLiteral("uid 0")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        auto r = store.create(name, control::Role(role), days == 0 ? std::nullopt : std::optional<int>(days < 0 ? 0 : days),
                              QStringLiteral("uid 0"));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::InvalidParams);
        QCOMPARE(r.error().field, field);
        // Nothing changed.
        QCOMPARE(store.list().size(), 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void expiry()
    {
        QTemporaryDir dir;
        TokenStore store(dir.filePath(QStringLiteral("tokens.json")), clock());
        QVERIFY(store.load());
        auto made = store.create(QStringLiteral("short"), control::Role::View, 2, QStringLiteral("uid 0"));
        QVERIFY(made);
        QCOMPARE(*made->info.expires, m_now.addDays(2));
        m_now = m_now.addDays(2).addSecs(-1);
        QVERIFY(store.verify(made->token));
        QVERIFY(store.valid(made->info.id));
        m_now = m_now.addSecs(1);
        QVERIFY(!store.verify(made->token));
        QVERIFY(store.verify(made->token).error().contains(u"expired"));
        QVERIFY(!store.valid(made->info.id));
        QCOMPARE(store.list().size(), 1); // listed (as expired) until revoked
    }

    void revoke()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokens.json"));
        TokenStore store(path, clock());
        QVERIFY(store.load());
        auto a = store.create(QStringLiteral("a"), control::Role::Admin, std::nullopt, QStringLiteral("uid 0"));
        auto b = store.create(QStringLiteral("b"), control::Role::View, std::nullopt, QStringLiteral("token a"));
        QVERIFY(a && b);
        QSignalSpy spy(&store, &TokenStore::revoked);
        QVERIFY(store.revoke(a->info.id));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toString(), a->info.id);
        QVERIFY(!store.verify(a->token));
        QVERIFY(store.verify(b->token));
        auto missing = store.revoke(a->info.id);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(missing.error().field, QStringLiteral("/id"));
        TokenStore reloaded(path, clock());
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.list().size(), 1);
        QCOMPARE(reloaded.list().first().createdBy, QStringLiteral("token a"));
        // The name is free again.
        QVERIFY(store.create(QStringLiteral("A"), control::Role::View, std::nullopt, QStringLiteral("uid 0")));
    }

    void brokenFileRefusesEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokens.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\":1,\"tokens\":[");
        f.close();
        TokenStore store(path, clock());
        auto loaded = store.load();
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, ErrorCode::StorageFailed);
        QVERIFY(!store.problem().isEmpty());
        auto made = store.create(QStringLiteral("x"), control::Role::View, std::nullopt, QStringLiteral("uid 0"));
        QVERIFY(!made);
        QCOMPARE(made.error().code, ErrorCode::StorageFailed);
        QVERIFY(!store.verify(QStringLiteral("byw_0123456789ab_") + QString(64, u'0')));
        // The admin's file is left as it was.
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"version\":1,\"tokens\":["));
    }

    void damagedEntrySkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokens.json"));
        TokenStore store(path, clock());
        QVERIFY(store.load());
        auto a = store.create(QStringLiteral("a"), control::Role::Admin, std::nullopt, QStringLiteral("uid 0"));
        QVERIFY(a);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray doc = f.readAll();
        f.close();
        doc.replace("\"tokens\": [", "\"tokens\": [{\"id\":\"zz\"},");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(doc);
        f.close();
        TokenStore reloaded(path, clock());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("damaged")));
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.list().size(), 1);
        QVERIFY(reloaded.verify(a->token));
    }
};

QTEST_GUILESS_MAIN(TstTokens)
#include "tst_helper_tokens.moc"
