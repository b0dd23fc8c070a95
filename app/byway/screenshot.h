// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QQuickWindow;

namespace byway::qml {
class ConfigModel;
class FlowModel;
class HelperConnection;
class ProbeModel;
class StatusModel;
class TopologyModel;
} // namespace byway::qml

namespace byway::gui {

// --screenshot: waits until the helper's status (and probe) arrived or the
// connection failed, at most a few seconds, then saves the window and quits
// the application with 0, or 1 if the file could not be written.
class Screenshot : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxWaitMs = 8000;
    // Lets the last model updates (log batches, layout) reach a frame.
    static constexpr int kSettleMs = 400;

    // The live pages (topology, flows) are shot once their rates exist: two samples.
    struct Models {
        qml::HelperConnection *connection;
        qml::StatusModel *status;
        qml::ProbeModel *probe;
        qml::TopologyModel *topology;
        qml::FlowModel *flows;
        qml::ConfigModel *config;
    };
    Screenshot(QQuickWindow *window, Models models, QString page, QString path, QObject *parent = nullptr);
    void start();

private:
    void check();
    [[nodiscard]] bool ready() const;
    void save();

    QQuickWindow *m_window;
    Models m_models;
    QString m_page;
    QString m_path;
    QTimer m_poll;
    QElapsedTimer m_elapsed;
    bool m_settling = false;
    bool m_showedProblem = false;
};

} // namespace byway::gui
