// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intake/Intake.h"
#include "widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace traject {

class Session;

/// Adds or changes one support person (steunfiguur) of a learner: name, relation, informal or
/// professional, phone and a note. Stored through the session, so it can be undone.
class SupportPersonDialog : public QDialog
{
    Q_OBJECT

public:
    /// `person` without an id is added to the support network of its learner.
    SupportPersonDialog(Session &session, const SupportPerson &person, QWidget *parent = nullptr);
    ~SupportPersonDialog() override;

    qint64 savedId() const { return m_saved; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *relationEdit() const { return m_relation; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *noteEdit() const { return m_note; }
    const FieldErrors &errors() const { return m_errors; }

    void accept() override;

private:
    SupportPerson fromForm() const;

    Session &m_session;
    SupportPerson m_before;
    qint64 m_saved = 0;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_relation = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_note = nullptr;
    FieldErrors m_errors;
};

} // namespace traject
