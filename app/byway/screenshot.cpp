// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "helperconnection.h"
#include "probemodel.h"
#include "statusmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickWindow>

#include <cstdio>

namespace byway::gui {

Screenshot::Screenshot(QQuickWindow *window, qml::HelperConnection *connection, qml::StatusModel *status,
                       qml::ProbeModel *probe, QString path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_connection(connection)
    , m_status(status)
    , m_probe(probe)
    , m_path(std::move(path))
{
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &Screenshot::check);
}

void Screenshot::start()
{
    m_elapsed.start();
    m_poll.start();
}

bool Screenshot::ready() const
{
    using qml::HelperConnection;
    if (m_connection->state() == HelperConnection::Connected)
        return m_status->loaded() && m_probe->loaded() && !m_probe->loading();
    // Failed at least once: the page shows why, which is what the picture is for.
    return m_connection->state() != HelperConnection::Connecting && !m_connection->errorCode().isEmpty();
}

void Screenshot::check()
{
    if (m_settling)
        return;
    if (!ready() && m_elapsed.elapsed() < kMaxWaitMs)
        return;
    m_settling = true;
    m_poll.stop();
    QTimer::singleShot(kSettleMs, this, &Screenshot::save);
}

void Screenshot::save()
{
    const QImage image = m_window->grabWindow();
    const QString dir = QFileInfo(m_path).absolutePath();
    QDir().mkpath(dir);
    if (image.isNull() || !image.save(m_path, "PNG")) {
        std::fprintf(stderr, "byway: could not save the screenshot to %s\n", qPrintable(m_path));
        QCoreApplication::exit(1);
        return;
    }
    // The tests compare this line across languages: the page title must be translated.
    std::fprintf(stderr, "byway: title: %s\n", qPrintable(m_window->title()));
    std::printf("%s\n", qPrintable(QFileInfo(m_path).absoluteFilePath()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace byway::gui
