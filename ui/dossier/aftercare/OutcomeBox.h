// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Learner.h"
#include "widgets/FieldErrors.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace traject {

class DateField;
class Session;

/// Where the learner went (uitstroom): date, kind, employer, contract, regime, hours, notes.
/// Until it is recorded the form is a draft; once recorded every change is stored at once.
class OutcomeBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit OutcomeBox(Session &session, QWidget *parent = nullptr);
    ~OutcomeBox() override;

    void load(qint64 learnerId, const std::optional<Outcome> &stored);

    DateField *dateField() const { return m_date; }
    QComboBox *kindCombo() const { return m_kind; }
    /// The employer: an organisation of the address book, or any name typed.
    QComboBox *employerCombo() const { return m_employer; }
    QLineEdit *employerEdit() const;
    QComboBox *contractCombo() const { return m_contract; }
    QComboBox *regimeCombo() const { return m_regime; }
    QLineEdit *hoursEdit() const { return m_hours; }
    QLineEdit *notesEdit() const { return m_notes; }
    QPushButton *recordButton() const { return m_record; }
    QString errorFor(const QString &field) const { return m_errors.errorFor(field); }

private:
    /// The outcome as typed; nothing when the hours are not a number (the error is shown).
    std::optional<Outcome> fromForm();
    void edited();
    void record();
    /// Whether the outcome may be stored: when outcomeDoubts() has something to say (a date
    /// after today, a learner still in training), the SPOC is asked first.
    bool confirmed(const Outcome &outcome);
    /// Lists the organisations of the address book again, keeping what is typed.
    void fillEmployers();

    Session &m_session;
    qint64 m_learnerId = 0;
    std::optional<Outcome> m_stored;
    FieldErrors m_errors;
    QLabel *m_state = nullptr;
    DateField *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_employer = nullptr;
    QComboBox *m_contract = nullptr;
    QComboBox *m_regime = nullptr;
    QLineEdit *m_hours = nullptr;
    QLineEdit *m_notes = nullptr;
    QPushButton *m_record = nullptr;
    QWidget *m_recordRow = nullptr;
};

} // namespace traject
