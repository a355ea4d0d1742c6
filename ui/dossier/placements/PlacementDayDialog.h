// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Placement.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace traject {

class DateField;
class Session;

/// Adds one day to a placement: date, planned hours, status (with worked hours) and a note.
/// A day outside the placement's period, or a second day on one date, is refused in place.
class PlacementDayDialog : public QDialog
{
    Q_OBJECT

public:
    PlacementDayDialog(Session &session, Placement placement, QDate proposed,
                       QWidget *parent = nullptr);

    qint64 dayId() const { return m_dayId; }
    void accept() override;

private:
    void statusChanged();

    Session &m_session;
    Placement m_placement;
    qint64 m_dayId = 0;
    FieldErrors m_errors;
    DateField *m_date = nullptr;
    QDoubleSpinBox *m_plannedHours = nullptr;
    QComboBox *m_status = nullptr;
    QDoubleSpinBox *m_workedHours = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace traject
