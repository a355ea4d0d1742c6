// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enrolment.h"
#include "dossier/training/FormHelpers.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace traject {

class DateField;
class Session;

/// Enrols a learner in a programme (start, variant, planned end; the module plan is proposed from
/// the programme), or changes an enrolment's dates, variant and notes.
class EnrolmentDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new enrolment for the learner when `existing` is empty, otherwise a change of it.
    EnrolmentDialog(Session &session, qint64 learnerId, std::optional<Enrolment> existing,
                    QWidget *parent = nullptr);

    /// The id of the enrolment that was added or changed (after accept).
    qint64 enrolmentId() const { return m_enrolmentId; }

    void accept() override;

private:
    void proposeEnd();
    void showLimit();
    void showPlanSummary();
    Enrolment enrolmentFromForm() const;

    Session &m_session;
    qint64 m_learnerId;
    std::optional<Enrolment> m_existing;
    qint64 m_enrolmentId = 0;
    FieldErrors m_errors;
    QComboBox *m_programme = nullptr;
    DateField *m_start = nullptr;
    QComboBox *m_variant = nullptr;
    DateField *m_plannedEnd = nullptr;
    QLabel *m_limit = nullptr;
    QLabel *m_planSummary = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace traject
