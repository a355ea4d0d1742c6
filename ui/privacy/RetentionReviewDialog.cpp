// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionReviewDialog.h"

#include "PrivacyActions.h"
#include "RetentionModel.h"
#include "Session.h"
#include "Settings.h"
#include "storage/LearnerRepository.h"
#include "widgets/ItemViews.h"
#include "widgets/Tones.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace traject {

namespace {

/// The label of the reason the learner stopped, from the last "stopped" line of their history.
QString stopReason(const LearnerRepository &learners, qint64 learnerId)
{
    const auto history = learners.phaseHistory(learnerId);
    if (!history)
        return {};
    for (auto change = history->rbegin(); change != history->rend(); ++change) {
        if (change->to != Phase::Stopped)
            continue;
        if (const auto reason = fromCode<StopReason>(change->reasonCode))
            return label(*reason);
        return {};
    }
    return {};
}

} // namespace

RetentionReviewDialog::RetentionReviewDialog(Session &session, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_settings(settings)
{
    setWindowTitle(tr("Review the retention period"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Data about a learner are kept only as long as they are needed. These learners' "
           "trajectories ended long ago: anonymise them (the reports still count them) or erase "
           "them for good. Open the dossier first if you want to check something."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *yearsRow = new QHBoxLayout;
    auto *yearsLabel = new QLabel(tr("List trajectories that ended &more than"), this);
    m_years = new QSpinBox(this);
    m_years->setRange(1, 50);
    m_years->setValue(std::clamp(m_settings.get(Setting::RetentionYears), 1, 50));
    m_years->setAccessibleName(tr("Retention period in years"));
    yearsLabel->setBuddy(m_years);
    yearsRow->addWidget(yearsLabel);
    yearsRow->addWidget(m_years);
    yearsRow->addStretch(1);
    layout->addLayout(yearsRow);

    m_model = new RetentionModel(this);
    m_view = new TableView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Learners whose trajectory ended long ago"));

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_empty);
    layout->addWidget(m_pages, 1);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(alertStyle());
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open dossier"), QDialogButtonBox::ActionRole);
    m_anonymise = buttons->addButton(tr("&Anonymise…"), QDialogButtonBox::ActionRole);
    m_erase = buttons->addButton(tr("&Erase for good…"), QDialogButtonBox::ActionRole);
    for (QPushButton *button : { m_open, m_anonymise, m_erase })
        button->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    layout->addWidget(buttons);

    connect(m_open, &QPushButton::clicked, this, &RetentionReviewDialog::openChosen);
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionReviewDialog::anonymiseChosen);
    connect(m_erase, &QPushButton::clicked, this, &RetentionReviewDialog::eraseChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &RetentionReviewDialog::openChosen);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RetentionReviewDialog::updateButtons);
    connect(m_years, &QSpinBox::valueChanged, this, [this](int years) {
        m_settings.set(Setting::RetentionYears, years);
        updateSuffix();
        reload();
    });
    connect(&m_session, &Session::changed, this, [this](qint64, Aspects aspects) {
        if (aspects & (Aspect::Profile | Aspect::Phase | Aspect::Aftercare))
            reload();
    });

    setTabOrder(m_years, m_view);
    updateSuffix();
    reload();
    resize(720, 440);
}

void RetentionReviewDialog::updateSuffix()
{
    m_years->setSuffix(QLatin1Char(' ') + tr("year(s) ago", nullptr, m_years->value()));
}

void RetentionReviewDialog::reload()
{
    const QList<qint64> chosen = chosenLearners();
    const int years = m_years->value();
    const QDate today = m_session.clock().today();
    const auto candidates = Anonymisation::retentionCandidates(m_session.database(), today, years);
    std::vector<RetentionRow> rows;
    if (candidates) {
        const LearnerRepository learners(m_session.database(), m_session.clock());
        for (const RetentionCandidate &candidate : *candidates)
            rows.push_back({ candidate, stopReason(learners, candidate.learnerId) });
        m_error->hide();
    } else {
        m_error->setText(tr("The list cannot be read: %1").arg(candidates.error().message));
        m_error->show();
    }
    m_model->setRows(std::move(rows), today);
    m_empty->setText(
        tr("No learner's trajectory ended more than %n year(s) ago: there is nothing to review "
           "now.",
           nullptr, years));
    m_pages->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view)
                                                      : static_cast<QWidget *>(m_empty));
    m_view->resizeColumnsToContents();
    // Keep the learners that were chosen (those still listed), else the first row.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (chosen.contains(m_model->learnerId(row)))
            m_view->selectionModel()->select(
                m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!m_view->selectionModel()->hasSelection() && m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

QList<qint64> RetentionReviewDialog::chosenLearners() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : std::as_const(rows))
        ids.append(m_model->learnerId(row));
    return ids;
}

void RetentionReviewDialog::updateButtons()
{
    const qsizetype chosen = chosenLearners().size();
    m_anonymise->setEnabled(chosen > 0);
    m_erase->setEnabled(chosen > 0);
    m_open->setEnabled(chosen == 1);
}

void RetentionReviewDialog::anonymiseChosen()
{
    // One confirmation per learner: each one is a decision of its own.
    const QList<qint64> chosen = chosenLearners();
    for (qint64 learnerId : chosen) {
        if (!PrivacyActions::anonymiseLearner(m_session, learnerId, this))
            break;
    }
    reload();
}

void RetentionReviewDialog::eraseChosen()
{
    const QList<qint64> chosen = chosenLearners();
    for (qint64 learnerId : chosen) {
        if (!PrivacyActions::eraseLearnerForever(m_session, learnerId, this))
            break;
    }
    reload();
}

void RetentionReviewDialog::openChosen()
{
    const QList<qint64> chosen = chosenLearners();
    if (chosen.isEmpty())
        return;
    Q_EMIT openDossierRequested(chosen.first());
    accept();
}

} // namespace traject
