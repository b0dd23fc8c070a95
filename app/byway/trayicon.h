// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

class QWindow;

namespace byway::qml {
class HelperConnection;
class StatusModel;
} // namespace byway::qml

namespace byway::gui {

// Desktop tray status: the mode badge as icon colour and tooltip, a menu to
// show the window or quit. Only made when the desktop has a tray.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(QWindow *window, qml::HelperConnection *connection, qml::StatusModel *status, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void retranslate();
    [[nodiscard]] QString modeName(const QString &mode) const;

    QPointer<QWindow> m_window;
    qml::HelperConnection *m_connection;
    qml::StatusModel *m_status;
    QSystemTrayIcon m_tray;
    QMenu m_menu;
    QAction *m_show;
    QAction *m_quit;
    QString m_lastMode;
};

} // namespace byway::gui
