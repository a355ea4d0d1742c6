// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionSection.h"

#include "ActionLine.h"
#include "IntakeStore.h"
#include "widgets/Tones.h"
#include "widgets/WheelGuard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

DecisionSection::DecisionSection(IntakeStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("decision"));
    m_decision->addItem(tr("(not decided yet)"), QString());
    for (const IntakeDecision decision : allValues<IntakeDecision>())
        m_decision->addItem(
            QStringLiteral("%1  →  %2").arg(label(decision), label(phaseAfter(decision))),
            toCode(decision));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->addItem(tr("(choose a reason)"), QString());
    for (const NonEntryReason reason : allValues<NonEntryReason>())
        m_reason->addItem(label(reason), toCode(reason));
    m_reasonText = new QLineEdit(this);
    m_reasonText->setObjectName(QStringLiteral("reasonText"));
    m_reasonText->setPlaceholderText(tr("In a few words (required for another reason)"));
    scrollPastWithWheel(m_decision);
    scrollPastWithWheel(m_reason);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(alertStyle());
    m_problems->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Decision:"), m_decision);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("E&xplanation:"), m_reasonText);

    auto *stepsTitle
        = new QLabel(tr("<b>Next steps</b> (each becomes an action in the file)"), this);
    m_stepsLayout = new QVBoxLayout;
    m_stepsLayout->setSpacing(4);
    m_addStep = new QPushButton(tr("Add a ste&p"), this);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(m_addStep);
    stepButtons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addSpacing(6);
    layout->addWidget(stepsTitle);
    layout->addLayout(m_stepsLayout);
    layout->addLayout(stepButtons);

    connect(m_decision, &QComboBox::activated, this, [this] {
        // A reason proposed for the previous decision goes when the decision changes.
        const auto decision = fromCode<IntakeDecision>(m_decision->currentData().toString());
        if (m_proposedReason)
            m_reason->setCurrentIndex(0);
        m_proposedReason = false;
        if (decision && m_reason->currentIndex() == 0) {
            if (const auto proposed = proposedReason(*decision)) {
                m_reason->setCurrentIndex(m_reason->findData(toCode(*proposed)));
                m_proposedReason = true;
            }
        }
        storeDecision();
    });
    connect(m_reason, &QComboBox::activated, this, [this] {
        m_proposedReason = false;
        storeDecision();
    });
    connect(m_reasonText, &QLineEdit::editingFinished, this, &DecisionSection::storeDecision);
    connect(m_addStep, &QPushButton::clicked, this, [this] {
        Action action;
        action.learnerId = m_store.learnerId();
        ActionLine *line = addStep(action);
        Q_EMIT focusChainChanged();
        line->setFocus();
    });
}

void DecisionSection::load(const Intake &intake, const std::vector<Action> &nextSteps)
{
    m_loading = true;
    m_decision->setCurrentIndex(
        intake.decision ? std::max(0, m_decision->findData(toCode(*intake.decision))) : 0);
    m_reason->setCurrentIndex(std::max(0, m_reason->findData(intake.reasonCode)));
    m_reasonText->setText(intake.reasonText);
    for (auto *line : m_steps)
        line->deleteLater();
    m_steps.clear();
    for (const auto &action : nextSteps)
        addStep(action);
    if (m_steps.empty()) {
        Action first;
        first.learnerId = m_store.learnerId();
        addStep(first);
    }
    updateReasonState();
    m_loading = false;
    Q_EMIT focusChainChanged();
}

ActionLine *DecisionSection::addStep(const Action &action)
{
    auto *line = new ActionLine(m_store, std::nullopt, this);
    line->setAction(action);
    line->setObjectName(QStringLiteral("step_%1").arg(m_steps.size() + 1));
    m_stepsLayout->addWidget(line);
    m_steps.push_back(line);
    return line;
}

void DecisionSection::setReadOnly(bool readOnly)
{
    m_decision->setEnabled(!readOnly);
    m_reason->setEnabled(!readOnly);
    m_reasonText->setReadOnly(readOnly);
    m_addStep->setVisible(!readOnly);
    for (auto *line : m_steps)
        line->setReadOnly(readOnly);
}

QList<QWidget *> DecisionSection::focusChain() const
{
    QList<QWidget *> chain { m_decision, m_reason, m_reasonText };
    for (auto *line : m_steps)
        chain << line->focusChain();
    chain << m_addStep;
    return chain;
}

void DecisionSection::showProblems(const Problems &problems)
{
    m_problems->setText(describe(problems));
    m_problems->setVisible(!problems.isEmpty());
}

void DecisionSection::updateReasonState()
{
    const auto decision = fromCode<IntakeDecision>(m_decision->currentData().toString());
    const bool reasoned = decision && needsReason(*decision);
    m_reason->setEnabled(reasoned);
}

void DecisionSection::storeDecision()
{
    if (m_loading)
        return;
    updateReasonState();
    const auto decision = fromCode<IntakeDecision>(m_decision->currentData().toString());
    const QString reasonCode
        = m_reason->isEnabled() ? m_reason->currentData().toString() : QString();
    (void)m_store.setDecision(decision, reasonCode, m_reasonText->text().trimmed());
    showProblems({});
}

} // namespace traject
