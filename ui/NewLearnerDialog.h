// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace traject {

class DateField;
class Session;

/// Asks the few things a new learner needs (names, phase, since when) and stores them.
class NewLearnerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewLearnerDialog(Session &session, QWidget *parent = nullptr);

    qint64 createdLearner() const { return m_created; }
    QLineEdit *firstNameEdit() const { return m_firstName; }
    QLineEdit *lastNameEdit() const { return m_lastName; }

    void accept() override;

private:
    Session &m_session;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QComboBox *m_phase = nullptr;
    DateField *m_since = nullptr;
    FieldErrors m_errors;
    qint64 m_created = 0;
};

} // namespace traject
