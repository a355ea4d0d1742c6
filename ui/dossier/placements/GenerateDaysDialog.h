// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Placement.h"
#include "planning/PlacementPlanner.h"
#include "widgets/FieldErrors.h"

#include <QDialog>
#include <QList>
#include <QSet>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace traject {

class DateField;
class GenerationPreviewModel;
class Session;

/// "Generate days…": plans placement days from a weekly pattern over a period, with a live
/// preview of the days that will be created and of those skipped (weekend, public holiday,
/// closure, already booked), and creates them as one undoable step.
class GenerateDaysDialog : public QDialog
{
    Q_OBJECT

public:
    GenerateDaysDialog(Session &session, Placement placement, QWidget *parent = nullptr);

    GenerationPreviewModel *preview() const { return m_preview; }
    /// The days the preview proposes now (empty when the request is not valid).
    const QList<PlannedDate> &proposed() const { return m_proposed; }
    QString summary() const;

    void accept() override;

private:
    void updatePreview();
    GenerationRequest request() const;

    Session &m_session;
    Placement m_placement;
    WorkCalendar m_calendar;
    QSet<QDate> m_booked;
    QList<PlannedDate> m_proposed;
    FieldErrors m_errors;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QList<QCheckBox *> m_weekdays;
    QDoubleSpinBox *m_hoursPerDay = nullptr;
    QSpinBox *m_maxDays = nullptr;
    QLabel *m_summary = nullptr;
    GenerationPreviewModel *m_preview = nullptr;
    QPushButton *m_create = nullptr;
    ErrorLabel *m_general = nullptr;
};

} // namespace traject
