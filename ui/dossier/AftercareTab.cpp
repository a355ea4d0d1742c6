// SPDX-License-Identifier: GPL-3.0-or-later
#include "AftercareTab.h"

#include "Session.h"
#include "dossier/AftercareProposalDialog.h"
#include "dossier/aftercare/AftercareContactsModel.h"
#include "dossier/aftercare/AgreementBox.h"
#include "dossier/aftercare/OutcomeBox.h"
#include "planning/PhaseProposal.h"
#include "storage/EnrolmentRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/LogbookRepository.h"
#include "widgets/DateField.h"
#include "widgets/FormRow.h"
#include "widgets/ItemViews.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

AftercareTab::AftercareTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{
    m_content = new QWidget;
    m_content->setMaximumWidth(760);
    auto *sections = new QVBoxLayout(m_content);
    sections->setSpacing(12);

    m_agreement = new AgreementBox(session);
    sections->addWidget(m_agreement);

    auto *contactsBox = new QGroupBox(tr("Aftercare contacts"));
    auto *contactsLayout = new QVBoxLayout(contactsBox);
    m_contacts = new AftercareContactsModel(this);
    m_contactsView = new TableView;
    m_contactsView->setAccessibleName(tr("Aftercare contacts"));
    m_contactsView->setModel(m_contacts);
    m_contactsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contactsView->setTabKeyNavigation(false);
    m_contactsView->setWordWrap(false);
    m_contactsView->verticalHeader()->hide();
    m_contactsView->horizontalHeader()->setStretchLastSection(true);
    for (const int column : { AftercareContactsModel::Date, AftercareContactsModel::Kind,
                              AftercareContactsModel::Status })
        m_contactsView->horizontalHeader()->setSectionResizeMode(column,
                                                                 QHeaderView::ResizeToContents);
    m_contactsView->setMinimumHeight(m_contactsView->verticalHeader()->defaultSectionSize() * 6);
    m_proposeHint = new QLabel;
    m_proposeHint->setWordWrap(true);
    m_propose = new QPushButton(tr("&Propose aftercare contacts…"));
    connect(m_propose, &QPushButton::clicked, this, &AftercareTab::proposeContacts);
    auto *proposeRow = new QHBoxLayout;
    proposeRow->addWidget(m_proposeHint, 1);
    proposeRow->addWidget(m_propose);
    contactsLayout->addWidget(m_contactsView);
    contactsLayout->addLayout(proposeRow);
    sections->addWidget(contactsBox);

    m_outcome = new OutcomeBox(session);
    sections->addWidget(m_outcome);
    sections->addStretch();
    alignFormLabels(m_content);

    auto *scroll = new QScrollArea;
    // Not a Tab stop: the fields in it are (it scrolls to the one with the focus).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void AftercareTab::reload()
{
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    LearnerRepository learners(db, clock);
    auto learner = m_learnerId != 0 ? learners.get(m_learnerId) : Result<Learner>(Error {});
    m_content->setEnabled(learner.ok());
    if (!learner)
        return;
    const QDate today = clock.today();

    // The planned end of the latest enrolment proposes the training end, and the day after it
    // the start of the aftercare: moving the planned end moves the proposed start.
    auto found = EnrolmentRepository(db, clock).forLearner(m_learnerId);
    const std::vector<Enrolment> enrolments = found ? *found : std::vector<Enrolment>();
    const bool inAftercare = learner->phase == Phase::Aftercare;
    auto stored = learners.aftercare(m_learnerId);
    const std::optional<Aftercare> agreement = stored ? *stored : std::nullopt;
    Aftercare proposal;
    proposal.learnerId = m_learnerId;
    proposal.trainingEnd = traject::trainingEnd(enrolments, std::nullopt);
    proposal.start = aftercareStart(enrolments, std::nullopt);
    if (!proposal.start.isValid() && inAftercare)
        proposal.start = learner->phaseSince;
    proposal.months = 6;
    m_agreement->load(m_learnerId, agreement, proposal);

    m_trainingEnd = traject::trainingEnd(enrolments, agreement);
    if (!m_trainingEnd.isValid() && inAftercare)
        m_trainingEnd = learner->phaseSince.addDays(-1);
    const bool ended = m_trainingEnd.isValid() && (m_trainingEnd <= today || inAftercare);
    m_propose->setEnabled(ended);
    if (ended)
        m_proposeHint->setText(tr("The training ended on %1.").arg(shownDate(m_trainingEnd)));
    else if (m_trainingEnd.isValid())
        m_proposeHint->setText(tr("Contacts can be proposed once the training has ended "
                                  "(planned end: %1).")
                                   .arg(shownDate(m_trainingEnd)));
    else
        m_proposeHint->setText(tr("Contacts can be proposed once the end of the training is "
                                  "known: record it in the agreement above."));

    auto moments = LogbookRepository(db, clock).forLearner(m_learnerId);
    m_contacts->setContacts(moments ? *moments : std::vector<ContactMoment>(), today);

    auto outcome = learners.outcome(m_learnerId);
    m_outcome->load(m_learnerId, outcome ? *outcome : std::nullopt);
}

void AftercareTab::proposeContacts()
{
    if (m_learnerId == 0 || !m_trainingEnd.isValid())
        return;
    AftercareProposalDialog dialog(m_session, m_learnerId, m_trainingEnd, this);
    dialog.exec();
}

AftercareTab::~AftercareTab()
{
    // Fields that lose the focus while they are destroyed must not store anything any more.
    const auto objects = findChildren<QObject *>();
    for (QObject *object : objects)
        object->blockSignals(true);
}

} // namespace traject
