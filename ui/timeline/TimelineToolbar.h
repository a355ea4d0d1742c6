// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/DateScale.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace traject {

class TimelineCanvas;

/// The controls above a timeline: zoom (kept in step with the canvas), "Today", a message line
/// for refused moves, and room for a view's own filters on the left.
class TimelineToolbar : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineToolbar(TimelineCanvas *canvas, QWidget *parent = nullptr);

    /// Adds a labelled control at the left, before the zoom.
    void addControl(const QString &label, QWidget *control);
    QComboBox *zoomBox() const { return m_zoom; }
    QLabel *messageLabel() const { return m_message; }
    /// Shows a message (a refusal in red), until the next one or clearMessage().
    void showMessage(const QString &text, bool problem);
    void clearMessage();

private:
    TimelineCanvas *m_canvas = nullptr;
    QHBoxLayout *m_controls = nullptr;
    QComboBox *m_zoom = nullptr;
    QPushButton *m_today = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace traject
