// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Barrier.h"
#include "intake/Intake.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace traject {

class ActionLine;
class IntakeStore;

/// The end of the interview: the decision with its coded reason, and the next steps as actions
/// with an owner and a due date.
class DecisionSection : public QWidget
{
    Q_OBJECT

public:
    DecisionSection(IntakeStore &store, QWidget *parent = nullptr);

    void load(const Intake &intake, const std::vector<Action> &nextSteps);
    void setReadOnly(bool readOnly);
    /// Shows what stands in the way of finishing (empty: nothing).
    void showProblems(const Problems &problems);
    QList<QWidget *> focusChain() const;

    QComboBox *decision() const { return m_decision; }
    QComboBox *reason() const { return m_reason; }
    QLineEdit *reasonText() const { return m_reasonText; }
    QPushButton *addStepButton() const { return m_addStep; }
    const std::vector<ActionLine *> &steps() const { return m_steps; }

Q_SIGNALS:
    /// The chain of fields grew (a step was added): the form fixes its tab order.
    void focusChainChanged();

private:
    void storeDecision();
    void updateReasonState();
    ActionLine *addStep(const Action &action);

    IntakeStore &m_store;
    QComboBox *m_decision = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_reasonText = nullptr;
    QLabel *m_problems = nullptr;
    QVBoxLayout *m_stepsLayout = nullptr;
    QPushButton *m_addStep = nullptr;
    std::vector<ActionLine *> m_steps;
    bool m_loading = false;
    bool m_proposedReason = false; // the reason shown was proposed, not chosen
};

} // namespace traject
