// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Learner.h"
#include "widgets/FieldErrors.h"
#include "widgets/FormRow.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace traject {

class DateField;
class Session;

/// Moves a learner to another phase: the phases that make sense from here, the date (today by
/// default), and a reason where one is required. Stored as one undoable step.
class PhaseChangeDialog : public QDialog
{
    Q_OBJECT

public:
    PhaseChangeDialog(Session &session, qint64 learnerId, QWidget *parent = nullptr);

    /// The phases this learner can move to now, in the order they are offered.
    static QList<Phase> targetsFrom(Phase current, std::optional<Phase> resumeAt);

    QComboBox *targetCombo() const { return m_target; }
    DateField *dateField() const { return m_date; }
    QComboBox *reasonCombo() const { return m_reason; }
    QLineEdit *reasonTextEdit() const { return m_reasonText; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString errorFor(const QString &field) const { return m_errors.errorFor(field); }

    /// Selects a target phase (when offered).
    void setTarget(Phase phase);
    /// Selects a reason by its code (when offered for the selected target).
    void setReason(const QString &code);
    /// Opens with a change the facts propose (see proposePhase()): that phase and that day are
    /// filled in; the SPOC still confirms, or changes them.
    void propose(Phase phase, QDate date);

public Q_SLOTS:
    void accept() override;

private:
    /// After a participant left: offers to plan the ESF+ contact six months later.
    void proposeEsfFollowUp(Phase now);
    void updateReasons();
    PhaseChange change() const;

    Session &m_session;
    qint64 m_learnerId = 0;
    Learner m_learner;
    std::optional<Phase> m_resumeAt;
    FieldErrors m_errors;
    QLabel *m_intro = nullptr;
    QComboBox *m_target = nullptr;
    DateField *m_date = nullptr;
    FormRow m_reasonRow;
    QComboBox *m_reason = nullptr;
    FormRow m_reasonTextRow;
    QLineEdit *m_reasonText = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace traject
