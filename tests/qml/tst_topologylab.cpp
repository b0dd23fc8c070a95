// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's TopologyModel against a real bywayd whose compat capture carried
// traffic (topology_capture.py runs it): the capture path it names
// (BYWAY_EXPECT_PATH) is counted by the capture, with at least the bytes
// topology.get had just before (BYWAY_EXPECT_BYTES), and a rate from two polls.
#include "helperconnection.h"
#include "topologymodel.h"

#include <QTest>

using namespace byway::qml;

class TestTopologyLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capturePathInTheModel()
    {
        const QString id = qEnvironmentVariable("BYWAY_EXPECT_PATH");
        const qint64 bytes = qEnvironmentVariable("BYWAY_EXPECT_BYTES").toLongLong();
        QVERIFY2(!id.isEmpty() && bytes > 0, "run by topology_capture.py");
        HelperConnection conn;
        TopologyModel topo(&conn);
        conn.reconnect();
        topo.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(topo.samples() >= 2, 15000);
        TopologyPathModel *paths = topo.paths();
        int row = -1;
        for (int i = 0; i < paths->rowCount(); ++i)
            if (paths->data(paths->index(i), TopologyPathModel::IdRole).toString() == id)
                row = i;
        QVERIFY2(row >= 0, qPrintable(id));
        const QModelIndex at = paths->index(row);
        QVERIFY(paths->data(at, TopologyPathModel::ViaCaptureRole).toBool());
        QVERIFY(paths->data(at, TopologyPathModel::CountedRole).toBool());
        QVERIFY(paths->data(at, TopologyPathModel::BytesRole).toLongLong() >= bytes);
        QVERIFY(paths->data(at, TopologyPathModel::PacketsRole).toLongLong() > 0);
        QVERIFY(paths->data(at, TopologyPathModel::RateRole).toDouble() >= 0);
        // The capture node and its users are there for the detail panel.
        QCOMPARE(topo.node(QStringLiteral("capture")).value(QStringLiteral("kind")).toString(), QStringLiteral("capture"));
        QVERIFY(!topo.captureUsers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTopologyLab)
#include "tst_topologylab.moc"
