// SPDX-License-Identifier: GPL-3.0-or-later
// A bare Qt Quick Controls window: what any Qt Quick GUI costs before it
// does anything. Writes "first <CLOCK_MONOTONIC ns>" to $BYWAY_BENCH_FRAMES at
// its first frame and, with BYWAY_BENCH_QUIT_AFTER_FIRST_FRAME=1, quits.
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <time.h>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.loadData(R"(
        import QtQuick
        import QtQuick.Controls
        ApplicationWindow {
            width: 1280; height: 800; visible: true
            Column {
                anchors.centerIn: parent
                Label { text: "Anchor" }
                Button { text: "OK" }
            }
        })");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    QFile out(qEnvironmentVariable("BYWAY_BENCH_FRAMES"));
    const bool quit = qEnvironmentVariable("BYWAY_BENCH_QUIT_AFTER_FIRST_FRAME") == u"1";
    if (!out.fileName().isEmpty() && out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&out, quit] {
            if (out.pos() != 0)
                return;
            timespec ts{};
            clock_gettime(CLOCK_MONOTONIC, &ts);
            out.write("first " + QByteArray::number(qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec) + '\n');
            out.flush();
            if (quit)
                QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }, Qt::DirectConnection);
    }
    return QGuiApplication::exec();
}
