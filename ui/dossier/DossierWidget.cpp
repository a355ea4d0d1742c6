// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierWidget.h"

#include "Session.h"
#include "dossier/AftercareTab.h"
#include "dossier/BarriersTab.h"
#include "dossier/IntakeTab.h"
#include "dossier/LogbookTab.h"
#include "dossier/PhaseChangeDialog.h"
#include "dossier/PhaseProposalBar.h"
#include "dossier/PlacementsTab.h"
#include "dossier/ProfileTab.h"
#include "dossier/RoleCardTab.h"
#include "dossier/TrainingTab.h"
#include "plan/PlanDialog.h"
#include "storage/LearnerRepository.h"
#include "timeline/ItemSelection.h"
#include "timeline/LearnerTimelineTab.h"
#include "widgets/DateField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace traject {

namespace {

/// Shows the text whole: the label is at least as wide as the ink of its letters, also when the
/// last one reaches past its advance (a bold "t"), and the header cannot squeeze it.
void showWhole(QLabel *label, const QString &text)
{
    label->setText(text);
    const QFontMetrics metrics = label->fontMetrics();
    const int margins = label->contentsMargins().left() + label->contentsMargins().right();
    label->setMinimumWidth(std::max(
        std::max(metrics.horizontalAdvance(text), metrics.boundingRect(text).right() + 1) + margins,
        label->sizeHint().width()));
}

} // namespace

DossierWidget::DossierWidget(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("learnerName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_phase = new QLabel;
    m_phase->setObjectName(QStringLiteral("learnerPhase"));
    m_phaseButton = new QPushButton(tr("&Change phase…"));
    connect(m_phaseButton, &QPushButton::clicked, this, &DossierWidget::changePhase);
    m_planButton = new QPushButton(tr("Pr&int plan…"));
    m_planButton->setObjectName(QStringLiteral("printPlan"));
    m_planButton->setToolTip(tr("Print the personal plan or save it as a PDF (Ctrl+P)."));
    connect(m_planButton, &QPushButton::clicked, this, &DossierWidget::printPlan);

    auto *header = new QHBoxLayout;
    header->addWidget(m_name);
    header->addSpacing(12);
    header->addWidget(m_phase);
    header->addStretch();
    header->addWidget(m_phaseButton);
    header->addWidget(m_planButton);

    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Dossier"));
    // Every title whole, also on a laptop of 1366 px: short titles, and no scroll arrows that
    // hide the last tabs (the dossier keeps the width its tabs need, the caseload list the rest).
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->addTab(new ProfileTab(session), tr("Profile"));
    m_tabs->addTab(new IntakeTab(session), tr("Intake"));
    auto *timelineTab = new LearnerTimelineTab(session);
    m_tabs->addTab(timelineTab, tr("Timeline"));
    connect(timelineTab, &LearnerTimelineTab::openItem, this, &DossierWidget::showItem);
    const int barriers = m_tabs->addTab(new BarriersTab(session), tr("Barriers"));
    m_tabs->setTabToolTip(barriers, tr("The barriers and the actions for them"));
    m_tabs->addTab(new TrainingTab(session), tr("Training"));
    m_tabs->addTab(new PlacementsTab(session), tr("Workplace learning"));
    m_tabs->addTab(new LogbookTab(session), tr("Logbook"));
    m_tabs->addTab(new RoleCardTab(session), tr("Role card"));
    const int aftercare = m_tabs->addTab(new AftercareTab(session), tr("Aftercare"));
    m_tabs->setTabToolTip(aftercare, tr("The aftercare agreement and contacts, and the outflow"));

    m_phaseProposal = new PhaseProposalBar(session);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_phaseProposal);
    layout->addWidget(m_tabs);

    connect(&session, &Session::changed, this, [this](qint64 learnerId, Aspects aspects) {
        if ((learnerId == 0 || learnerId == m_learnerId)
            && (aspects & (Aspect::Profile | Aspect::Phase)))
            reloadHeader();
    });
    showLearner(0);
}

QSize DossierWidget::minimumSizeHint() const
{
    QSize hint = QWidget::minimumSizeHint();
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    // The tab widget's frame adds a few pixels on each side of the bar.
    const int frame = 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, m_tabs);
    const int tabs
        = m_tabs->tabBar()->sizeHint().width() + frame + margins.left() + margins.right();
    hint.setWidth(std::max(hint.width(), tabs));
    return hint;
}

DossierTab *DossierWidget::tab(Tab which) const
{
    return qobject_cast<DossierTab *>(m_tabs->widget(which));
}

void DossierWidget::showLearner(qint64 learnerId)
{
    m_learnerId = learnerId;
    for (int i = 0; i < TabCount; ++i)
        tab(static_cast<Tab>(i))->showLearner(learnerId);
    m_phaseProposal->showLearner(learnerId);
    reloadHeader();
}

void DossierWidget::showItem(const timeline::Item &item)
{
    showTimelineItem(*this, item);
}

void DossierWidget::reloadHeader()
{
    auto learner = m_learnerId
        ? LearnerRepository(m_session.database(), m_session.clock()).get(m_learnerId)
        : Result<Learner>(Error {});
    const bool shown = learner.ok();
    setEnabled(shown);
    m_tabs->setVisible(shown);
    m_phaseButton->setVisible(shown);
    m_planButton->setVisible(shown);
    if (shown != m_shown) {
        m_shown = shown;
        Q_EMIT showsLearnerChanged(shown);
    }
    if (!shown) {
        showWhole(m_name, tr("Choose a learner in the list"));
        showWhole(m_phase, QString());
        return;
    }
    showWhole(m_name, learner->fullName());
    const int days = learner->phaseSince.isValid()
        ? static_cast<int>(learner->phaseSince.daysTo(m_session.clock().today()))
        : 0;
    // Whole, also in Dutch beside the longer buttons: the phase is what the SPOC reads first.
    showWhole(m_phase,
              tr("%1 since %2 (%n day(s))", nullptr, days)
                  .arg(label(learner->phase), shownDate(learner->phaseSince)));
}

void DossierWidget::printPlan()
{
    if (!m_shown)
        return;
    PlanDialog dialog(m_session, m_learnerId, this);
    dialog.exec();
}

void DossierWidget::changePhase()
{
    if (m_learnerId == 0)
        return;
    PhaseChangeDialog dialog(m_session, m_learnerId, this);
    dialog.exec();
}

} // namespace traject
