// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Placement.h"
#include "widgets/FieldErrors.h"

#include <QDialog>
#include <QList>
#include <QPair>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace traject {

class DateField;
class Session;

/// Adds a placement for a learner or changes one: kind, childcare site, mentor and placement
/// supervisor, period, weekdays, hours per day, target days and hours, notes.
class PlacementDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new placement for the learner when `existing` is empty, otherwise a change of it.
    PlacementDialog(Session &session, qint64 learnerId, std::optional<Placement> existing,
                    QWidget *parent = nullptr);

    qint64 placementId() const { return m_placementId; }
    void accept() override;

private:
    Placement placementFromForm() const;
    void proposeTargetHours();
    /// When the target days were changed: each other work-place learning placement of the
    /// learner before and after it takes the same target (it is the trajectory's).
    QList<QPair<Placement, Placement>> sharedTargetChanges(const Placement &placement) const;

    Session &m_session;
    qint64 m_learnerId;
    std::optional<Placement> m_existing;
    qint64 m_placementId = 0;
    bool m_targetHoursTouched = false;
    int m_initialTargetDays = 0;
    FieldErrors m_errors;
    QComboBox *m_kind = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_mentor = nullptr;
    QComboBox *m_supervisor = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    QList<QCheckBox *> m_weekdays; // Monday … Friday
    QDoubleSpinBox *m_hoursPerDay = nullptr;
    QSpinBox *m_targetDays = nullptr;
    QDoubleSpinBox *m_targetHours = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

/// Check boxes for Monday to Friday in a row (named "weekday1" … "weekday5"), in `boxes`.
QWidget *weekdayBoxes(const WeekPattern &pattern, QList<QCheckBox *> &boxes);

} // namespace traject
