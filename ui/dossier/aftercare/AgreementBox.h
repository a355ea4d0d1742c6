// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Learner.h"
#include "widgets/FieldErrors.h"

#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace traject {

class DateField;
class Session;

/// The aftercare agreement: end of the training, start and length (3 to 6 months), with the end
/// of the aftercare computed. Until it is recorded the form shows a proposal; once recorded every
/// change is stored at once as one undoable step.
class AgreementBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit AgreementBox(Session &session, QWidget *parent = nullptr);
    ~AgreementBox() override;

    /// Shows the learner's agreement, or the proposal when none is recorded yet.
    void load(qint64 learnerId, const std::optional<Aftercare> &stored, const Aftercare &proposal);

    /// The end of the training; empty when it is not known.
    DateField *trainingEndField() const { return m_trainingEnd; }
    DateField *startField() const { return m_start; }
    QSpinBox *monthsSpin() const { return m_months; }
    QLineEdit *notesEdit() const { return m_notes; }
    QLabel *endLabel() const { return m_end; }
    QPushButton *recordButton() const { return m_record; }
    QString errorFor(const QString &field) const { return m_errors.errorFor(field); }

private:
    Aftercare fromForm() const;
    void edited();
    /// A new end of the training: until the agreement is recorded, the proposed start follows
    /// it (see aftercareStart()), unless another start was typed.
    void trainingEndChanged();
    void record();
    void showEnd();

    Session &m_session;
    qint64 m_learnerId = 0;
    std::optional<Aftercare> m_stored;
    /// The start the form proposed from the end of the training (invalid when none).
    QDate m_proposedStart;
    FieldErrors m_errors;
    QLabel *m_state = nullptr;
    DateField *m_trainingEnd = nullptr;
    DateField *m_start = nullptr;
    QSpinBox *m_months = nullptr;
    QLabel *m_end = nullptr;
    QLineEdit *m_notes = nullptr;
    QPushButton *m_record = nullptr;
    QWidget *m_recordRow = nullptr;
};

} // namespace traject
