// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"
#include "core/jsonrpc.h"
#include "core/linebuffer.h"

#include <QJsonDocument>
#include <QTest>

using namespace byway;

class TestJsonRpc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validRequest()
    {
        QJsonValue id;
        auto r = rpc::parseRequest(R"({"jsonrpc":"2.0","id":7,"method":"status.get"})", &id);
        QVERIFY(r.has_value());
        QCOMPARE(r->method, QStringLiteral("status.get"));
        QCOMPARE(id.toInt(), 7);
        QVERIFY(r->params.isEmpty());
        QVERIFY(!r->isNotification());
        auto n = rpc::parseRequest(R"({"jsonrpc":"2.0","method":"logs.unsubscribe"})");
        QVERIFY(n.has_value() && n->isNotification());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{\"jsonrpc\":") << "parse_error" << "";
        QTest::newRow("garbage") << QByteArray("\x01\xff\xfe hello") << "parse_error" << "";
        QTest::newRow("array") << QByteArray("[1,2]") << "invalid_request" << "";
        QTest::newRow("no version") << QByteArray(R"({"id":1,"method":"a"})") << "invalid_request" << "/jsonrpc";
        QTest::newRow("version 1") << QByteArray(R"({"jsonrpc":"1.0","id":1,"method":"a"})") << "invalid_request" << "/jsonrpc";
        QTest::newRow("method number") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":5})") << "invalid_request" << "/method";
        QTest::newRow("empty method") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":""})") << "invalid_request" << "/method";
        QTest::newRow("id object") << QByteArray(R"({"jsonrpc":"2.0","id":{},"method":"a"})") << "invalid_request" << "/id";
        QTest::newRow("id fraction") << QByteArray(R"({"jsonrpc":"2.0","id":1.5,"method":"a"})") << "invalid_request" << "/id";
        QTest::newRow("positional params") << QByteArray(R"({"jsonrpc":"2.0","id":1,"method":"a","params":[1]})") << "invalid_params" << "/params";
    }

    void malformed()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, code);
        QFETCH(QString, field);
        auto r = rpc::parseRequest(line);
        QVERIFY(!r.has_value());
        QCOMPARE(errorCodeName(r.error().code), code);
        QCOMPARE(r.error().field, field);
    }

    void idSurvivesForErrorReply()
    {
        QJsonValue id;
        auto r = rpc::parseRequest(R"({"jsonrpc":"2.0","id":"abc","method":7})", &id);
        QVERIFY(!r.has_value());
        QCOMPARE(id.toString(), QStringLiteral("abc"));
        const QByteArray reply = rpc::encodeError(id, r.error());
        QVERIFY(reply.endsWith('\n'));
        auto in = rpc::parseIncoming(reply.chopped(1));
        QVERIFY(in.has_value());
        QCOMPARE(in->kind, rpc::Incoming::Kind::Error);
        QCOMPARE(in->error.code, ErrorCode::InvalidRequest);
        QCOMPARE(in->error.field, QStringLiteral("/method"));
    }

    void oversize()
    {
        QByteArray big(rpc::kMaxMessageBytes + 1, ' ');
        auto r = rpc::parseRequest(big);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::MessageTooLarge);
    }

    void paramTypesNameTheField()
    {
        const QJsonObject p = QJsonDocument::fromJson(R"({"backlog":"10","categories":["probe",3],"on":1})").object();
        auto n = rpc::paramInt(p, QStringLiteral("backlog"), false, 100, 0, 5000);
        QVERIFY(!n.has_value());
        QCOMPARE(n.error().field, QStringLiteral("/backlog"));
        QCOMPARE(n.error().code, ErrorCode::InvalidParams);
        auto l = rpc::paramStringList(p, QStringLiteral("categories"), false);
        QVERIFY(!l.has_value());
        QCOMPARE(l.error().field, QStringLiteral("/categories/1"));
        auto b = rpc::paramBool(p, QStringLiteral("on"), true);
        QVERIFY(!b.has_value());
        auto missing = rpc::paramString(p, QStringLiteral("category"), true);
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().field, QStringLiteral("/category"));
        auto range = rpc::paramInt(QJsonObject{{QStringLiteral("backlog"), 9000}}, QStringLiteral("backlog"), false, 0, 0, 5000);
        QVERIFY(!range.has_value());
    }

    void errorJsonRoundTrip()
    {
        Error e = Error::make(ErrorCode::ValidationFailed, QStringLiteral("2 errors"), QStringLiteral("/pools/0/subnet"));
        e.errors = {{QStringLiteral("/pools/0/subnet"), QStringLiteral("conflict"), QStringLiteral("not covered")},
                    {QStringLiteral("/role"), QStringLiteral("format"), QStringLiteral("bad")}};
        const QJsonObject j = e.toJson();
        QCOMPARE(j.value(QStringLiteral("code")).toInt(), -32003);
        const Error back = Error::fromJson(j);
        QCOMPARE(back.code, e.code);
        QCOMPARE(back.errors, e.errors);
        QCOMPARE(back.field, e.field);
        QCOMPARE(errorCodeFromName(QStringLiteral("no_such_code")), ErrorCode::Internal);
    }

    void lineBufferSplitsAndCaps()
    {
        LineBuffer b(16);
        QVERIFY(b.append("abc\r\ndef\ngh"));
        QCOMPARE(b.takeLine().value(), QByteArray("abc"));
        QCOMPARE(b.takeLine().value(), QByteArray("def"));
        QVERIFY(!b.takeLine().has_value());
        QVERIFY(b.append("i\n"));
        QCOMPARE(b.takeLine().value(), QByteArray("ghi"));
        // A pending line over the cap poisons the buffer, even before its newline arrives.
        QVERIFY(!b.append(QByteArray(17, 'x')));
        QVERIFY(b.overflowed());
        QVERIFY(!b.append("ok\n"));
        // Many complete short lines in one read are fine even if they add up past the cap.
        LineBuffer c(4);
        QVERIFY(c.append("aa\nbb\ncc\ndd\n"));
        int n = 0;
        while (c.takeLine())
            ++n;
        QCOMPARE(n, 4);
    }
};

QTEST_GUILESS_MAIN(TestJsonRpc)
#include "tst_jsonrpc.moc"
