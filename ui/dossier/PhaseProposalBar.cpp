// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseProposalBar.h"

#include "Session.h"
#include "dossier/PhaseChangeDialog.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "widgets/DateField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace traject {

PhaseProposalBar::PhaseProposalBar(Session &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("phaseProposal"));
    setFrameShape(QFrame::StyledPanel);
    // Its own pale colour, so its own dark text: a dark desktop's white would vanish on it.
    setStyleSheet(QStringLiteral("#phaseProposal { background: #fff8e1; border: 1px solid "
                                 "#e0c060; border-radius: 3px; } "
                                 "#phaseProposal QLabel { color: #1f1f1f; }"));
    m_text = new QLabel;
    m_text->setWordWrap(true);
    m_change = new QPushButton(tr("Yes, change phase…"));
    m_change->setToolTip(tr("Opens the phase change with this phase and day filled in; you "
                            "confirm it there."));
    m_dismiss = new QPushButton(tr("Not now"));
    m_dismiss->setToolTip(tr("Leaves the phase as it is."));
    connect(m_change, &QPushButton::clicked, this, &PhaseProposalBar::change);
    connect(m_dismiss, &QPushButton::clicked, this, &PhaseProposalBar::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_change);
    layout->addWidget(m_dismiss);

    // The facts that propose a phase: the phase itself, the training, the placements, the
    // intake and the aftercare.
    const Aspects facts = Aspect::Phase | Aspect::Training | Aspect::Placements | Aspect::Intake
        | Aspect::Aftercare;
    connect(&session, &Session::changed, this, [this, facts](qint64 learnerId, Aspects aspects) {
        if (m_learnerId != 0 && (learnerId == 0 || learnerId == m_learnerId) && (aspects & facts))
            reload();
    });
    setVisible(false);
}

void PhaseProposalBar::showLearner(qint64 learnerId)
{
    if (learnerId != m_learnerId)
        m_dismissed.reset();
    m_learnerId = learnerId;
    reload();
}

void PhaseProposalBar::reload()
{
    m_proposal.reset();
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    LearnerRepository learners(db, clock);
    auto learner = m_learnerId != 0 ? learners.get(m_learnerId) : Result<Learner>(Error {});
    auto enrolments = learner ? EnrolmentRepository(db, clock).forLearner(m_learnerId)
                              : Result<std::vector<Enrolment>>(Error {});
    auto agreed
        = learner ? learners.aftercare(m_learnerId) : Result<std::optional<Aftercare>>(Error {});
    // Nothing is proposed from facts that could not be read.
    if (learner && enrolments && agreed)
        m_proposal = proposePhase(*learner, *enrolments, *agreed, clock.today());
    if (m_proposal && m_proposal == m_dismissed)
        m_proposal.reset();
    if (m_proposal) {
        m_text->setText(
            tr("%1 To the phase \"%2\" from %3?")
                .arg(m_proposal->because, label(m_proposal->to), shownDate(m_proposal->date)));
    }
    setVisible(m_proposal.has_value());
}

void PhaseProposalBar::change()
{
    if (!m_proposal)
        return;
    PhaseChangeDialog dialog(m_session, m_learnerId, window());
    dialog.propose(m_proposal->to, m_proposal->date);
    dialog.exec();
    // A stored change reloads the bar through the session; a cancelled one keeps the proposal.
}

void PhaseProposalBar::dismiss()
{
    m_dismissed = m_proposal;
    m_proposal.reset();
    setVisible(false);
}

} // namespace traject
