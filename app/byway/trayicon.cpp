// SPDX-License-Identifier: GPL-3.0-or-later
#include "trayicon.h"

#include "helperconnection.h"
#include "statusmodel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPainter>
#include <QPixmap>
#include <QWindow>

namespace byway::gui {
namespace {

QIcon badgeIcon(const QColor &color)
{
    QPixmap pm(64, 64);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(QPen(Qt::white, 4));
    p.drawEllipse(QRectF(4, 4, 56, 56));
    return QIcon(pm);
}

QColor modeColor(const QString &mode)
{
    if (mode == u"standard")
        return QColor(0x1f, 0x8a, 0x4c);
    if (mode == u"compat")
        return QColor(0xb7, 0x79, 0x1f);
    if (mode == u"limited")
        return QColor(0xc5, 0x30, 0x30);
    return QColor(0x71, 0x80, 0x96);
}

} // namespace

TrayIcon::TrayIcon(QWindow *window, qml::HelperConnection *connection, qml::StatusModel *status, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_connection(connection)
    , m_status(status)
    , m_show(m_menu.addAction(QString()))
    , m_quit(m_menu.addAction(QString()))
{
    connect(m_show, &QAction::triggered, this, [this] {
        if (m_window) {
            m_window->show();
            m_window->raise();
            m_window->requestActivate();
        }
    });
    connect(m_quit, &QAction::triggered, qApp, &QCoreApplication::quit);
    connect(&m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger && m_window)
            m_window->setVisible(!m_window->isVisible());
    });
    connect(m_status, &qml::StatusModel::modeChanged, this, &TrayIcon::update);
    connect(m_connection, &qml::HelperConnection::stateChanged, this, &TrayIcon::update);
    qApp->installEventFilter(this);
    m_tray.setContextMenu(&m_menu);
    retranslate();
    m_tray.show();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    // installTranslator() posts LanguageChange to the application object.
    if (watched == qApp && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

QString TrayIcon::modeName(const QString &mode) const
{
    if (mode == u"standard")
        //: Tray tooltip mode name (same as the mode badge)
        return tr("Standard");
    if (mode == u"compat")
        //: Tray tooltip mode name (same as the mode badge)
        return tr("Compat");
    if (mode == u"limited")
        //: Tray tooltip mode name (same as the mode badge)
        return tr("Limited");
    //: Tray tooltip mode name (same as the mode badge)
    return tr("Unknown");
}

void TrayIcon::retranslate()
{
    m_show->setText(tr("Show Byway"));
    m_quit->setText(tr("Quit"));
    update();
}

void TrayIcon::update()
{
    const QString mode = m_status->mode();
    m_tray.setIcon(badgeIcon(modeColor(mode)));
    const QString state = m_connection->state() == qml::HelperConnection::Connected
        ? modeName(mode)
        : tr("not connected to bywayd");
    //: Tray tooltip: product name and the mode badge or connection state
    m_tray.setToolTip(tr("Byway: %1").arg(state));
    // The admin should hear about a drop to Limited even with the window closed.
    if (mode == u"limited" && !m_lastMode.isEmpty() && m_lastMode != mode)
        m_tray.showMessage(tr("Byway is in Limited mode"), tr("Open the Overview page for the reasons and fixes."),
                           QSystemTrayIcon::Warning);
    m_lastMode = mode;
}

} // namespace byway::gui
