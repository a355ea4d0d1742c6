// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace traject {

class Session;

/// Creates a new contact person (name, function, organisation, phone, e-mail) on the fly.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PersonDialog(Session &session, QWidget *parent = nullptr);
    ~PersonDialog() override;

    qint64 savedId() const { return m_saved; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *functionEdit() const { return m_function; }
    QComboBox *organisationCombo() const { return m_organisation; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    const FieldErrors &errors() const { return m_errors; }

    void accept() override;

private:
    Session &m_session;
    qint64 m_saved = 0;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_function = nullptr;
    QComboBox *m_organisation = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    FieldErrors m_errors;
};

} // namespace traject
