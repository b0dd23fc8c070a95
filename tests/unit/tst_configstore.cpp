// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/configstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sys/stat.h>

using namespace byway;
using namespace byway::config;

namespace {

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

Config gateway()
{
    Config c = defaults();
    c.role = Role::VpnGateway;
    c.interfaces.wan = {QStringLiteral("eth0")};
    c.interfaces.tunnels = {QStringLiteral("vpns*")};
    c.pools = {Pool{QStringLiteral("vpn"), *Prefix::parse(QStringLiteral("10.20.0.0/24")), {}, {}}};
    c.nat.masquerade = {Masquerade{*Prefix::parse(QStringLiteral("10.20.0.0/24")), QStringLiteral("eth0")}};
    return c;
}

} // namespace

class TestConfigStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void missingFileGivesDefaults()
    {
        QTemporaryDir dir;
        ConfigStore store(dir.filePath(QStringLiteral("byway.json")));
        auto r = store.load();
        QVERIFY(r.has_value());
        QCOMPARE(r->source, ConfigStore::LoadReport::Source::Defaults);
        QCOMPARE(r->config, defaults());
        QVERIFY(r->problem.contains(QStringLiteral("no config")));
    }

    void saveLoadAndRevision()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("byway.json"));
        {
            ConfigStore store(path);
            QVERIFY(store.load().has_value());
            QCOMPARE(store.save(defaults()).value(), 1);
            QCOMPARE(store.save(gateway()).value(), 2);
        }
        ConfigStore again(path);
        auto r = again.load();
        QVERIFY(r.has_value());
        QCOMPARE(r->source, ConfigStore::LoadReport::Source::File);
        QCOMPARE(r->revision, 2);
        QCOMPARE(r->config, gateway());
        // The previous version is kept as the last good copy.
        QVERIFY(QFile::exists(again.lastGoodPath()));
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u); // may hold SOCKS passwords
    }

    void crashBetweenWriteAndRenameLeavesLoadableConfig()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("byway.json"));
        ConfigStore store(path);
        QVERIFY(store.load().has_value());
        QVERIFY(store.save(gateway()).has_value());
        // What a crash after write() and before rename() leaves behind: a
        // half-written temp file next to the intact config.
        const QByteArray full = QJsonDocument(toJson(defaults())).toJson();
        writeRaw(path + QStringLiteral(".tmp"), full.left(full.size() / 2));

        ConfigStore after(path);
        auto r = after.load();
        QVERIFY(r.has_value());
        QCOMPARE(r->source, ConfigStore::LoadReport::Source::File);
        QCOMPARE(r->config, gateway());
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
    }

    void corruptFileFallsBackToLastGood()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("byway.json"));
        ConfigStore store(path);
        QVERIFY(store.load().has_value());
        QVERIFY(store.save(gateway()).has_value()); // rev 1
        QVERIFY(store.save(defaults()).has_value()); // rev 2; gateway becomes last good
        // Someone truncates the file (an editor crash, a full disk on a non-atomic tool).
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 3));
        f.close();

        ConfigStore after(path);
        auto r = after.load();
        QVERIFY(r.has_value());
        QCOMPARE(r->source, ConfigStore::LoadReport::Source::LastGood);
        QCOMPARE(r->config, gateway());
        QVERIFY2(r->problem.contains(QStringLiteral("not valid JSON")), qPrintable(r->problem));

        // Saving now must not copy the corrupt file over the good one.
        QVERIFY(after.save(defaults()).has_value());
        ConfigStore third(path);
        QVERIFY(third.load().has_value());
        QFile good(third.lastGoodPath());
        QVERIFY(good.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(good.readAll()).isObject());
    }

    void invalidFileIsReportedNotUsed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("byway.json"));
        writeRaw(path, R"({"version": 1, "role": "vpn-gateway"})");
        ConfigStore store(path);
        auto r = store.load();
        QVERIFY(r.has_value());
        QCOMPARE(r->source, ConfigStore::LoadReport::Source::Defaults);
        QVERIFY2(r->problem.contains(QStringLiteral("/interfaces/wan")), qPrintable(r->problem));
    }

    void unwritableTargetFailsCleanlyAndKeepsOldFile()
    {
        // Root ignores permission bits, so use a failure root cannot bypass:
        // the config directory is gone (a missing mount, a typo in --config).
        QTemporaryDir dir;
        ConfigStore store(dir.filePath(QStringLiteral("missing/byway.json")));
        auto r = store.save(defaults());
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::StorageFailed);
        QCOMPARE(r.error().sysErrno, ENOENT);
        QVERIFY(r.error().message.contains(QStringLiteral("missing/byway.json.tmp")));
        QCOMPARE(store.revision(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"
