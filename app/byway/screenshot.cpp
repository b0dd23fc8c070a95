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
    // An imported file with problems and BYWAY_SCREENSHOT_SHOW_PROBLEM set
    // (the screenshot tests): press the first one's Show, as a person would,
    // and shoot where that leads (the field in view, focused).
    if (m_page == u"configuration" && m_models.config->importRequested() && !m_showedProblem
        && qEnvironmentVariableIsSet("BYWAY_SCREENSHOT_SHOW_PROBLEM")
        && !m_models.config->problems().isEmpty()) {
        m_showedProblem = true;
        m_models.config->showProblem(m_models.config->problems().constFirst().toMap().value(QStringLiteral("path")).toString());
    }
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
    // The kiosk's header: once connected, the mode badge at its right end
    // (the tests check it did not stay where it was before bywayd connected).
    // Of the page shown: pages not shown are left out of the search.
    QQuickItem *badge = nullptr;
    const auto badges = m_window->findChildren<QQuickItem *>(QStringLiteral("headerModeBadge"));
    for (QQuickItem *b : badges)
        if (shown(b))
            badge = b;
    QQuickItem *header = badge;
    while (header && header->objectName() != u"pageHeader")
        header = header->parentItem();
    if (badge && header) {
        const QRectF b = badge->mapRectToScene(QRectF(0, 0, badge->width(), badge->height()));
        const QRectF h = header->mapRectToScene(QRectF(0, 0, header->width(), header->height()));
        std::fprintf(stderr, "byway: header: badge=%d,%d,%dx%d header=%d,%d,%dx%d connected=%d\n", int(b.x()), int(b.y()),
                     int(b.width()), int(b.height()), int(h.x()), int(h.y()), int(h.width()), int(h.height()),
                     int(m_models.connection->state() == qml::HelperConnection::Connected));
    }
    if (m_showedProblem) {
        // The form field that has the focus after Show, and whether it is in view.
        QQuickItem *focus = m_window->activeFocusItem();
        QQuickItem *field = focus;
        while (field && !field->property("pointer").isValid())
            field = field->parentItem();
        const QRectF r = focus ? focus->mapRectToScene(QRectF(0, 0, focus->width(), focus->height())) : QRectF();
        std::fprintf(stderr, "byway: focus: field=%s section=%s at=%d,%d,%dx%d window=%dx%d\n",
                     field ? qPrintable(field->property("pointer").toString()) : "-",
                     qPrintable(m_models.config->focusSection()), int(r.x()), int(r.y()), int(r.width()), int(r.height()),
                     m_window->width(), m_window->height());
    }
    std::printf("%s\n", qPrintable(QFileInfo(m_path).absoluteFilePath()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace byway::gui
