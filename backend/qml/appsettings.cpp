// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

namespace byway::qml {

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_settings(QStringLiteral("Byway"), QStringLiteral("byway"))
    , m_dark(m_settings.value(QStringLiteral("ui/dark"), false).toBool())
    , m_socketPath(m_settings.value(QStringLiteral("helper/socket")).toString())
{
}

void AppSettings::setKiosk(bool on)
{
    if (on == m_kiosk)
        return;
    m_kiosk = on;
    Q_EMIT kioskChanged();
}

void AppSettings::setDark(bool on)
{
    if (on == m_dark)
        return;
    m_dark = on;
    if (m_persistent)
        m_settings.setValue(QStringLiteral("ui/dark"), on);
    Q_EMIT darkChanged();
}

void AppSettings::setSavedSocketPath(const QString &path)
{
    if (path == m_socketPath)
        return;
    m_socketPath = path;
    if (m_persistent)
        m_settings.setValue(QStringLiteral("helper/socket"), path);
    Q_EMIT savedSocketPathChanged();
}

} // namespace byway::qml
