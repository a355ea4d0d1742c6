// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enrolment.h"
#include "domain/Programme.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace traject {

class Session;

/// Plans the retake of a module that was not passed: the module, the semester of the retake
/// (exams are once per semester) and the reason, which is required. A retake usually moves the
/// planned end, so the dialog proposes the 18-month variant in the same step.
class RetakeDialog : public QDialog
{
    Q_OBJECT

public:
    /// `moduleId`: the failed module to preselect (0: the first one).
    RetakeDialog(Session &session, Enrolment enrolment, Programme programme, qint64 moduleId,
                 QWidget *parent = nullptr);

    /// The modules of the enrolment that were not passed (and have no retake yet).
    static QList<ModulePlan> failedPlans(const Enrolment &enrolment);

    void accept() override;

private:
    void proposeSemester();
    ModulePlan planFromForm() const;
    /// The enrolment with the 18-month variant and its planned end, when that is proposed.
    Enrolment extended(const Enrolment &enrolment) const;

    Session &m_session;
    Enrolment m_enrolment;
    Programme m_programme;
    FieldErrors m_errors;
    QComboBox *m_module = nullptr;
    QSpinBox *m_semester = nullptr;
    QLineEdit *m_reason = nullptr;
    QCheckBox *m_extend = nullptr;
};

} // namespace traject
