// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Organisation.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace traject {

class Session;

/// Adds a contact person or changes one; OK stores it (one undoable step) or shows why not.
class ContactPersonDialog : public QDialog
{
    Q_OBJECT

public:
    /// `person.id == 0` adds a new person (with person.organisationId preselected). The
    /// organisation is chosen from the address book, where "New…" adds one.
    ContactPersonDialog(Session &session, const ContactPerson &person, QWidget *parent = nullptr);

    /// The id of the person stored (new or changed), 0 before that.
    qint64 storedPerson() const { return m_stored; }
    QString errorFor(const QString &field) const { return m_errors.errorFor(field); }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *functionEdit() const { return m_function; }
    QComboBox *organisationCombo() const { return m_organisation; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }

    void accept() override;

private:
    ContactPerson fromForm() const;

    Session &m_session;
    ContactPerson m_before;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_function = nullptr;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    FieldErrors m_errors;
    qint64 m_stored = 0;
};

} // namespace traject
