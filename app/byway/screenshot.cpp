// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "configmodel.h"
#include "flowmodel.h"
#include "helperconnection.h"
#include "probemodel.h"
#include "statusmodel.h"
#include "topologymodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>

namespace byway::gui {

Screenshot::Screenshot(QQuickWindow *window, Models models, QString page, QString path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_models(models)
    , m_page(std::move(page))
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
    const Models &m = m_models;
    if (m.connection->state() == HelperConnection::Connected) {
        if (!m.status->loaded() || !m.probe->loaded() || m.probe->loading())
            return false;
        if (m_page == u"flows")
            return m.flows->samples() >= 2 || (m.flows->loaded() && !m.flows->captureRunning());
        if (m_page == u"topology")
            return m.topology->samples() >= 2 || (m.topology->loaded() && m.topology->rowCount() == 0);
        // An imported file (--import) is shown once bywayd has checked it.
        if (m_page == u"configuration")
            return m.config->loaded() && !m.config->checkPending();
        return true;
    }
    // Failed at least once: the page shows why, which is what the picture is for.
    return m.connection->state() != HelperConnection::Connecting && !m.connection->errorCode().isEmpty();
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
    // And check the frame's banner from what QML laid out, not by eye: shown,
    // inside the window, buttons large enough to touch.
    // From the window: QML parents what Main.qml declares to the window object, not to its contentItem.
    auto item = [this](const char *name) { return m_window->findChild<QQuickItem *>(QLatin1String(name)); };
    auto shown = [](QQuickItem *i) { return i && i->isVisible() && i->width() > 0 && i->height() > 0; };
    QQuickItem *pending = item("pendingBanner");
    const QRectF box = shown(pending) ? pending->mapRectToScene(QRectF(0, 0, pending->width(), pending->height())) : QRectF();
    QQuickItem *keep = item("pendingKeep");
    QQuickItem *revert = item("pendingRevert");
    std::fprintf(stderr, "byway: banner: pending=%d secondsLeft=%d notApplied=%d box=%d,%d,%dx%d window=%dx%d keep=%dx%d revert=%dx%d\n",
                 int(shown(pending)), m_models.status->pendingSecondsLeft(), int(shown(item("notAppliedBanner"))),
                 int(box.x()), int(box.y()), int(box.width()), int(box.height()), m_window->width(), m_window->height(),
                 keep ? int(keep->width()) : 0, keep ? int(keep->height()) : 0, revert ? int(revert->width()) : 0,
                 revert ? int(revert->height()) : 0);
    std::printf("%s\n", qPrintable(QFileInfo(m_path).absoluteFilePath()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace byway::gui
