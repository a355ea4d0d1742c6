// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ContactMoment.h"
#include "widgets/EditorSupport.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace traject {

class Session;

/// Adds or changes one line of the logbook: when, what kind of contact, planned or done, with
/// whom, notes, a follow-up date, and whether it is part of the aftercare.
class ContactMomentDialog : public QDialog
{
    Q_OBJECT

public:
    /// Shows `moment`; an id of 0 adds it as a new contact moment of the learner.
    ContactMomentDialog(Session &session, const ContactMoment &moment, QWidget *parent = nullptr);
    ~ContactMomentDialog() override;

    qint64 savedId() const { return m_saved; }

    DateField *dateField() const { return m_date; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *withWhomEdit() const { return m_withWhom; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    const editor::OptionalDate &followUp() const { return m_followUp; }
    QCheckBox *aftercareCheck() const { return m_aftercare; }
    const FieldErrors &errors() const { return m_errors; }

    void accept() override;

private:
    ContactMoment fromForm() const;

    Session &m_session;
    ContactMoment m_before;
    qint64 m_saved = 0;

    DateField *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_withWhom = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    editor::OptionalDate m_followUp;
    QCheckBox *m_aftercare = nullptr;
    FieldErrors m_errors;
};

} // namespace traject
