// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Organisation.h"
#include "widgets/EditorSupport.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace traject {

class ContactPersonDialog;
class DirectoryChoice;
class Session;

/// Adds or changes one line of the role card: which role, who (a person can be created here),
/// from when until when, and a note.
class RoleDialog : public QDialog
{
    Q_OBJECT

public:
    /// `assignmentId` 0 adds a new line to the learner's role card.
    RoleDialog(Session &session, qint64 learnerId, qint64 assignmentId, QWidget *parent = nullptr);
    ~RoleDialog() override;

    qint64 savedId() const { return m_saved; }

    QComboBox *roleCombo() const { return m_role; }
    QComboBox *personCombo() const { return m_person; }
    QPushButton *newPersonButton() const { return m_newPerson; }
    const editor::OptionalDate &from() const { return m_from; }
    const editor::OptionalDate &to() const { return m_to; }
    QLineEdit *noteEdit() const { return m_note; }
    const FieldErrors &errors() const { return m_errors; }
    /// The address book's dialog for a new person while it is open ("New person…" or "New…" in
    /// the list of persons).
    ContactPersonDialog *personDialog() const;

    void accept() override;
    /// Opens the dialog that creates a person, as "New…" in the list does; when stored, they are
    /// chosen here.
    void newPerson();

private:
    void fillPersons();
    RoleAssignment fromForm() const;

    Session &m_session;
    qint64 m_learnerId = 0;
    RoleAssignment m_before;
    qint64 m_saved = 0;

    QComboBox *m_role = nullptr;
    QComboBox *m_person = nullptr;
    DirectoryChoice *m_personChoice = nullptr;
    QPushButton *m_newPerson = nullptr;
    editor::OptionalDate m_from;
    editor::OptionalDate m_to;
    QLineEdit *m_note = nullptr;
    FieldErrors m_errors;
};

} // namespace traject
