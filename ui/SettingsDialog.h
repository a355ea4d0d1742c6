// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace traject {

/// The program's settings: the language of the interface, after how many idle minutes the window
/// locks, and the SPOC's own details that plans and sheets print (name, organisation, phone,
/// e-mail).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *lockMinutesBox() const { return m_lockMinutes; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *organisationEdit() const { return m_organisation; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    QString errorFor(const QString &field) const { return m_errors.errorFor(field); }
    /// Keeps the settings, unless a detail cannot be right: then its message is shown at the
    /// field and the dialog stays open.
    void accept() override;

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_lockMinutes = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    FieldErrors m_errors;
};

} // namespace traject
