// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QSettings>

namespace byway::qml {

// What the GUI remembers between runs (theme, socket path) and how it was
// started (kiosk). Language lives in Language.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool kiosk READ kiosk NOTIFY kioskChanged)
    // The least height (and width) of every control, for the style (qml/style):
    // 48 px in the kiosk (a fingertip on a 7" panel), none on the desktop.
    Q_PROPERTY(int touchTarget READ touchTarget NOTIFY kioskChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(QString savedSocketPath READ savedSocketPath WRITE setSavedSocketPath NOTIFY savedSocketPathChanged)
public:
    explicit AppSettings(QObject *parent = nullptr);
    static AppSettings *create(QQmlEngine *, QJSEngine *) { return new AppSettings; }

    [[nodiscard]] bool kiosk() const { return m_kiosk; }
    static constexpr int kKioskMinTouch = 48;
    [[nodiscard]] int touchTarget() const { return m_kiosk ? kKioskMinTouch : 0; }
    void setKiosk(bool on);
    [[nodiscard]] bool dark() const { return m_dark; }
    void setDark(bool on);
    [[nodiscard]] QString savedSocketPath() const { return m_socketPath; }
    void setSavedSocketPath(const QString &path);
    // Screenshots and tests must not change what the admin saved.
    void setPersistent(bool on) { m_persistent = on; }

Q_SIGNALS:
    void kioskChanged();
    void darkChanged();
    void savedSocketPathChanged();

private:
    QSettings m_settings;
    bool m_kiosk = false;
    bool m_dark = false;
    bool m_persistent = true;
    QString m_socketPath;
};

} // namespace byway::qml
