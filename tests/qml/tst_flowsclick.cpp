// SPDX-License-Identifier: GPL-3.0-or-later
// The Flows and Topology pages of the real GUI (Main.qml, offscreen) used by
// taps against a real bywayd whose compat capture carries live TCP flows of
// three clients (netns_run.py --flows: guilab.FlowsLab, alice, bob and an
// address in no user's name, three flows each): only taps on what is on screen and
// keys typed into the focused field.
// - Flows: every flow listed with its user; "bob" typed into the filter
//   leaves bob's flows and bob's totals, and the header says how many of
//   all; a tap on a column title (the kiosk: the sort box) orders the rows
//   by it, another tap (the kiosk: the arrow button) the other way.
// - Topology: a tap on this box lists its ports with its addresses (the
//   tunnels' pattern with the interfaces it matches); on the
//   clients, the users the capture carried with their bytes; on a capture
//   path's rate (the kiosk: its row under the graph), that path with its
//   counters.
// BYWAY_CLICK_KIOSK=1: the 800×480 kiosk; BYWAY_CLICK_SHOTS=DIR: every step
// saved as a PNG.
#include "guitaps.h"
#include "labclient.h"

#include <QQmlExtensionPlugin>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Byway_BackendPlugin)
Q_IMPORT_QML_PLUGIN(BywayPlugin)
Q_IMPORT_QML_PLUGIN(BywayStylePlugin)

using namespace byway;
using namespace byway::qml;
using namespace byway::qml::testing;

class TestFlowsClick : public QObject, public Taps
{
    Q_OBJECT

    QQmlApplicationEngine *m_engine = nullptr;

    struct Row
    {
        QString user;
        double bytesUp = 0;
    };
    // The flows' list: the ListView whose rows have a destination.
    static QQuickItem *itemAt(QQuickItem *view, int index)
    {
        QQuickItem *it = nullptr;
        QMetaObject::invokeMethod(view, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, it), Q_ARG(int, index));
        return it;
    }
    QQuickItem *flowList() const
    {
        return find([](QQuickItem *i) {
            if (!isA(i, "QQuickListView") || !onScreen(i) || i->property("count").toInt() == 0)
                return false;
            QQuickItem *first = itemAt(i, 0);
            return first && first->property("destination").isValid();
        });
    }
    // The flow rows on screen, top to bottom: the list's rows (not the
    // delegates it keeps for reuse) inside its viewport.
    QList<Row> rows() const
    {
        QList<Row> out;
        QQuickItem *view = flowList();
        if (!view)
            return out;
        const QRectF port = view->mapRectToScene(QRectF(0, 0, view->width(), view->height()));
        QList<QQuickItem *> items;
        for (int i = 0; i < view->property("count").toInt(); ++i)
            if (QQuickItem *it = itemAt(view, i); it && port.contains(it->mapToScene(QPointF(it->width() / 2, it->height() / 2))))
                items.append(it);
        std::sort(items.begin(), items.end(), [](QQuickItem *a, QQuickItem *b) { return a->mapToScene({0, 0}).y() < b->mapToScene({0, 0}).y(); });
        for (QQuickItem *i : items)
            out.append({i->property("user").toString(), i->property("bytesUp").toDouble()});
        return out;
    }
    static QString users(const QList<Row> &rs)
    {
        QStringList u;
        for (const Row &r : rs)
            u << QStringLiteral("%1:%2").arg(r.user).arg(qint64(r.bytesUp));
        return u.join(u' ');
    }
    // The rows in order of bytes sent, one way or the other (equal neighbours allowed).
    static bool ordered(const QList<Row> &rs, bool descending)
    {
        for (qsizetype i = 1; i < rs.size(); ++i)
            if (descending ? rs[i].bytesUp > rs[i - 1].bytesUp : rs[i].bytesUp < rs[i - 1].bytesUp)
                return false;
        return rs.size() > 1;
    }
    // The flows' filter model, the one their list shows.
    QObject *flowProxy() const
    {
        QQuickItem *list = flowList();
        return list ? list->property("model").value<QObject *>() : nullptr;
    }
    QString headerCount() const
    {
        QQuickItem *l = find([&](QQuickItem *i) {
            return isA(i, "QQuickLabel") && i->property("text").toString().endsWith(qmlTr("FlowsPage", "%1 of %n flow(s)", 9).section(QStringLiteral("%1"), 1))
                && onScreen(i);
        });
        return l ? l->property("text").toString() : QString();
    }
    QQuickItem *infoRow(const std::function<bool(const QString &label, const QString &value)> &want) const
    {
        return find([&](QQuickItem *i) {
            return i->property("label").isValid() && i->property("value").isValid() && isA(i, "QQuickRowLayout") && onScreen(i)
                && want(i->property("label").toString(), i->property("value").toString());
        });
    }
    QQuickItem *detailCard(const QString &title) const
    {
        return find([&](QQuickItem *i) { return i->property("selectedKind").isValid() && i->property("title").toString() == title && onScreen(i); });
    }
    void shot(const char *what) { Taps::shot("flows", what); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BYWAY_SOCKET"), "run through netns_run.py --flows");
        m_engine = guiEngine(this);
        STEP(openConnected(m_engine, QStringLiteral("overview"), QStringLiteral("en")));
        // The lab's nine flows are open before the test starts.
        QCOMPARE(askBywayd(QStringLiteral("flows.list")).value(u"flows").toArray().size(), 9);
    }

    void flowsFilteredAndSorted()
    {
        STEP(goTo(QStringLiteral("flows")));
        QTRY_COMPARE_WITH_TIMEOUT(headerCount(), qmlTr("FlowsPage", "%1 of %n flow(s)", 9).arg(9), 10000);
        if (!m_kiosk)
            QTRY_COMPARE(rows().size(), 9);
        QSet<QString> seen;
        for (const Row &r : rows())
            seen.insert(r.user);
        if (!m_kiosk) // the kiosk's list shows the oldest few
            QCOMPARE(seen, (QSet<QString>{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("office/10.0.1.4")}));
        STEP(shot("all"));

        // The filter: bob's flows, and in the per-user card only bob.
        QQuickItem *filter = find([](QQuickItem *i) {
            return isA(i, "QQuickTextField") && i->property("placeholderText").toString() == qmlTr("FlowsPage", "Filter by user, address or exit")
                && onScreen(i);
        });
        STEP(typeIntoItem(filter, "bob", QStringLiteral("the filter")));
        // As many rows as the kiosk's list shows (all three on the desktop), every one bob's.
        const auto onlyBob = [&] {
            const QList<Row> rs = rows();
            return rs.size() >= (m_kiosk ? 2 : 3) && rs.size() <= 3
                && std::all_of(rs.begin(), rs.end(), [](const Row &r) { return r.user == u"bob"; });
        };
        QTest::qWait(300);
        STEP(shot("bob"));
        QTRY_VERIFY2(onlyBob(), qPrintable(users(rows())));
        QTRY_COMPARE(headerCount(), qmlTr("FlowsPage", "%1 of %n flow(s)", 9).arg(3));
        if (!m_kiosk) {
            // The per-user card sits beside the list on the desktop (the kiosk shows one at a time).
            QVERIFY(find([](QQuickItem *i) { return isA(i, "QQuickLabel") && i->property("text").toString() == u"bob" && onScreen(i); }));
            QVERIFY(!find([](QQuickItem *i) { return isA(i, "QQuickLabel") && i->property("text").toString() == u"alice" && onScreen(i); }));
        }
        STEP(typeIntoItem(filter, "", QStringLiteral("the filter")));
        QTRY_COMPARE(headerCount(), qmlTr("FlowsPage", "%1 of %n flow(s)", 9).arg(9));

        // Sorted by bytes sent: a tap on the column title (the kiosk: the
        // sort box), the other way by a second tap (the kiosk: the arrow).
        QObject *proxy = flowProxy();
        QVERIFY(proxy);
        QCOMPARE(proxy->property("sortKey").toString(), QStringLiteral("ageMs"));
        const QString sent = qmlTr("FlowsPage", "Sent");
        if (m_kiosk) {
            QQuickItem *box = find([](QQuickItem *i) { return isA(i, "QQuickComboBox") && onScreen(i); });
            STEP(tapItem(box, QStringLiteral("the sort box")));
            QQuickItem *entry = nullptr;
            QTRY_VERIFY((entry = find([&](QQuickItem *i) {
                             return (isA(i, "QQuickMenuItem") || isA(i, "QQuickItemDelegate")) && i->property("text").toString() == sent && onScreen(i)
                                 && !i->property("key").isValid();
                         })));
            STEP(tapItem(entry, sent));
        } else {
            STEP(tapItem(find([&](QQuickItem *i) {
                             return i->property("key").toString() == u"bytesUp" && i->property("proxy").value<QObject *>() == proxy && onScreen(i);
                         }),
                         QStringLiteral("the title Sent")));
        }
        QTRY_COMPARE(proxy->property("sortKey").toString(), QStringLiteral("bytesUp"));
        const bool first = proxy->property("descending").toBool();
        QTRY_VERIFY2(ordered(rows(), first), qPrintable(users(rows())));
        STEP(shot("by-sent"));
        if (m_kiosk)
            STEP(tapText(first ? QStringLiteral("▼") : QStringLiteral("▲")));
        else
            STEP(tapItem(find([&](QQuickItem *i) {
                             return i->property("key").toString() == u"bytesUp" && i->property("proxy").value<QObject *>() == proxy && onScreen(i);
                         }),
                         QStringLiteral("the title Sent")));
        QTRY_COMPARE(proxy->property("descending").toBool(), !first);
        QTRY_VERIFY2(ordered(rows(), !first), qPrintable(users(rows())));
        STEP(shot("by-sent-flipped"));
    }

    void topologyNodesAndPaths()
    {
        STEP(goTo(QStringLiteral("topology")));
        // This box: its ports, each with the box's address on that link.
        STEP(tapNamed(QStringLiteral("topoNode:this")));
        QTRY_VERIFY(detailCard(qmlTr("TopologyDetail", "Node")));
        QTRY_VERIFY2(infoRow([](const QString &l, const QString &v) { return l.startsWith(u"wan0 ") && v.contains(u"10.0.2.1/24"); }),
                     "this box's wan0 with its address");
        // The tunnels by pattern: the interfaces it matches, with the box's address on them.
        QVERIFY2(infoRow([](const QString &l, const QString &v) {
                     return l.startsWith(u"lan* ") && v.contains(u"10.0.1.1/24") && v.contains(qmlTr("TopologyDetail", "%n interface(s): %1", 1).arg(u"lan0"));
                 }),
                 "the tunnels' pattern without its interface");
        STEP(shot("this-box"));

        // The capture's users with what they moved.
        STEP(tapNamed(QStringLiteral("topoNode:capture")));
        QTRY_VERIFY2(infoRow([](const QString &l, const QString &v) { return l == u"alice" && v.startsWith(u"↑ ") && !v.startsWith(u"↑ 0 bytes"); }),
                     "the capture's node does not list alice with her bytes");
        QVERIFY(infoRow([](const QString &l, const QString &) { return l == u"bob"; }));
        STEP(shot("capture"));

        // bob leaves through the exit "wan": that capture path, counted.
        const QString path = QStringLiteral("capture-up:wan");
        if (m_kiosk) {
            // The page's row of it, not the one in the node's detail above (that one selects nothing).
            const auto inDetail = [](const QQuickItem *i) {
                for (const QQuickItem *p = i->parentItem(); p; p = p->parentItem())
                    if (p->property("node").isValid() && p->property("selectedKind").isValid())
                        return true;
                return false;
            };
            STEP(tapItem(find([&](QQuickItem *i) {
                             return i->property("pathId").toString() == path && i->property("history").isValid() && !inDetail(i) && onScreen(i);
                         }),
                         QStringLiteral("the row of ") + path));
        } else {
            STEP(tapNamed(QStringLiteral("topoChip:") + path));
        }
        QTRY_VERIFY(detailCard(qmlTr("TopologyDetail", "Path")));
        QQuickItem *shown = nullptr;
        QTRY_VERIFY2((shown = find([&](QQuickItem *i) {
                          return i->property("pathId").toString() == path && i->property("showChart").toBool() && onScreen(i);
                      })),
                     "the path's detail is not shown");
        QTRY_VERIFY2(shown->property("bytes").toDouble() > 0 && shown->property("packets").toDouble() > 0, "the capture path counts nothing");
        STEP(shot("path"));
    }

    void cleanupTestCase()
    {
        delete m_engine;
        m_engine = nullptr;
    }
};

QTEST_MAIN(TestFlowsClick)
#include "tst_flowsclick.moc"
