// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainingTab.h"

#include "Session.h"
#include "dossier/barriers/ReadinessLabel.h"
#include "dossier/training/ChoiceDelegate.h"
#include "dossier/training/EnrolmentDialog.h"
#include "dossier/training/FormHelpers.h"
#include "dossier/training/ModulePlanModel.h"
#include "dossier/training/RetakeDialog.h"
#include "storage/EnrolmentRepository.h"
#include "storage/ProgrammeRepository.h"
#include "widgets/FieldErrors.h"
#include "widgets/ItemViews.h"
#include "widgets/MessageBox.h"
#include "widgets/Tones.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

namespace {

QLabel *valueLabel()
{
    auto *label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

ChoiceDelegate::Choices semesterChoices()
{
    ChoiceDelegate::Choices choices;
    for (int semester = 1; semester <= 6; ++semester)
        choices.append({ TrainingTab::tr("Semester %1").arg(semester), semester });
    return choices;
}

} // namespace

TrainingTab::TrainingTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{
    m_enrolmentChoiceLabel = new QLabel(tr("Enr&olment:"));
    m_enrolmentChoice = new QComboBox;
    m_enrolmentChoiceLabel->setBuddy(m_enrolmentChoice);
    m_new = new QPushButton(tr("&New enrolment…"));
    m_new->setObjectName(QStringLiteral("newEnrolment"));
    m_edit = new QPushButton(tr("Ch&ange enrolment…"));
    m_remove = new QPushButton(tr("Remove enrolment…"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_enrolmentChoiceLabel);
    top->addWidget(m_enrolmentChoice, 1);
    top->addStretch();
    top->addWidget(m_new);
    top->addWidget(m_edit);
    top->addWidget(m_remove);

    m_empty = new QLabel(tr("This learner is not enrolled in a programme yet. Use \"New "
                            "enrolment…\" to choose the programme, the start and the variant; "
                            "the modules are proposed from the programme."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_programme = valueLabel();
    QFont bold = m_programme->font();
    bold.setBold(true);
    m_programme->setFont(bold);
    m_variant = valueLabel();
    m_start = valueLabel();
    m_end = valueLabel();
    m_limit = valueLabel();
    m_limit->setObjectName(QStringLiteral("limit"));
    m_limit->setWordWrap(true);
    m_notes = valueLabel();
    m_notes->setWordWrap(true);
    m_totals = valueLabel();
    m_totals->setObjectName(QStringLiteral("totals"));

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("Programme:")), 0, 0);
    grid->addWidget(m_programme, 0, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Start:")), 1, 0);
    grid->addWidget(m_start, 1, 1);
    grid->addWidget(new QLabel(tr("Variant:")), 1, 2);
    grid->addWidget(m_variant, 1, 3);
    grid->addWidget(new QLabel(tr("Planned end:")), 2, 0);
    grid->addWidget(m_end, 2, 1);
    grid->addWidget(new QLabel(tr("Two-year limit:")), 2, 2);
    grid->addWidget(m_limit, 2, 3);
    grid->addWidget(new QLabel(tr("Notes:")), 3, 0, Qt::AlignTop);
    grid->addWidget(m_notes, 3, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);

    m_model = new ModulePlanModel(this);
    m_model->setCommit(
        [this](int row, const ModulePlan &changed) { return commitPlan(row, changed); });
    m_view = new TableView;
    m_view->setAccessibleName(tr("Modules of the enrolment"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setItemDelegateForColumn(ModulePlanModel::Semester,
                                     new ChoiceDelegate(semesterChoices(), m_view));
    m_view->setItemDelegateForColumn(
        ModulePlanModel::Status,
        new ChoiceDelegate(ChoiceDelegate::enumChoices(allValues<ModuleStatus>()), m_view));
    auto *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ModulePlanModel::Module, QHeaderView::Stretch);
    header->setSectionResizeMode(ModulePlanModel::RetakeReason, QHeaderView::Interactive);
    header->resizeSection(ModulePlanModel::RetakeReason, 160);

    m_retake = new QPushButton(tr("Plan a re&take…"));
    m_retake->setToolTip(
        tr("For a module that was not passed: plan it again in a later semester."));
    m_removeLine = new QPushButton(tr("Remove line…"));
    auto *hint = new QLabel(tr("Change a status or semester with a double-click or F2."));
    hint->setEnabled(false);
    auto *below = new QHBoxLayout;
    below->addWidget(m_retake);
    below->addWidget(m_removeLine);
    below->addStretch();
    below->addWidget(hint);
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("planError"));
    m_readiness = new ReadinessLabel;

    m_details = new QWidget;
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addLayout(grid);
    details->addWidget(m_totals);
    details->addWidget(m_view, 1);
    details->addWidget(m_readiness);
    details->addWidget(m_error);
    details->addLayout(below);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_details, 1);

    connect(m_new, &QPushButton::clicked, this, &TrainingTab::newEnrolment);
    connect(m_edit, &QPushButton::clicked, this, &TrainingTab::editEnrolment);
    connect(m_remove, &QPushButton::clicked, this, &TrainingTab::removeEnrolment);
    connect(m_retake, &QPushButton::clicked, this, &TrainingTab::addRetake);
    connect(m_removeLine, &QPushButton::clicked, this, &TrainingTab::removePlanLine);
    connect(m_enrolmentChoice, &QComboBox::currentIndexChanged, this, &TrainingTab::showEnrolment);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrainingTab::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TrainingTab::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingTab::showReadiness);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrainingTab::showReadiness);

    setTabOrder(m_enrolmentChoice, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_view);
    setTabOrder(m_view, m_retake);
    setTabOrder(m_retake, m_removeLine);
}

qint64 TrainingTab::enrolmentId() const
{
    const auto *enrolment = current();
    return enrolment ? enrolment->id : 0;
}

const Enrolment *TrainingTab::current() const
{
    const int index = m_enrolmentChoice->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_enrolments.size()))
        return nullptr;
    return &m_enrolments[static_cast<std::size_t>(index)];
}

void TrainingTab::reload()
{
    const qint64 shown = enrolmentId();
    m_enrolments.clear();
    m_programmes.clear();
    m_error->setError(QString());
    if (m_learnerId != 0) {
        auto enrolments
            = EnrolmentRepository(m_session.database(), m_session.clock()).forLearner(m_learnerId);
        if (enrolments)
            m_enrolments = std::move(enrolments).value();
        else
            m_error->setError(enrolments.error().message);
        ProgrammeRepository programmes(m_session.database(), m_session.clock());
        for (const auto &enrolment : m_enrolments) {
            if (m_programmes.contains(enrolment.programmeId))
                continue;
            if (auto programme = programmes.get(enrolment.programmeId))
                m_programmes.insert(enrolment.programmeId, *programme);
        }
    }

    if (auto status = m_readiness->load(m_session, m_learnerId); !status)
        m_error->setError(status.error().message);

    const QSignalBlocker blocker(m_enrolmentChoice);
    m_enrolmentChoice->clear();
    int chosen = static_cast<int>(m_enrolments.size()) - 1; // the latest one by default
    for (std::size_t i = 0; i < m_enrolments.size(); ++i) {
        const auto &enrolment = m_enrolments[i];
        m_enrolmentChoice->addItem(tr("%1 (%2 \u2013 %3)")
                                       .arg(m_programmes.value(enrolment.programmeId).name,
                                            shownDate(enrolment.start),
                                            shownDate(enrolment.plannedEnd)));
        if (enrolment.id == shown)
            chosen = static_cast<int>(i);
    }
    m_enrolmentChoice->setCurrentIndex(chosen);
    const bool several = m_enrolments.size() > 1;
    m_enrolmentChoice->setVisible(several);
    m_enrolmentChoiceLabel->setVisible(several);
    showEnrolment();
}

void TrainingTab::showEnrolment()
{
    const Enrolment *enrolment = current();
    m_empty->setVisible(!enrolment && m_learnerId != 0);
    m_details->setVisible(enrolment != nullptr);
    if (!enrolment) {
        m_model->setPlans({}, Programme {});
        updateButtons();
        showReadiness();
        return;
    }
    const Programme programme = m_programmes.value(enrolment->programmeId);
    m_programme->setText(programme.name);
    m_variant->setText(label(enrolment->variant));
    m_start->setText(shownDate(enrolment->start));
    m_end->setText(shownDate(enrolment->plannedEnd));
    if (enrolment->passesLimit()) {
        m_limit->setText(tr("%1 \u2013 the planned end passes the two-year limit!")
                             .arg(shownDate(enrolment->limitDate())));
        m_limit->setStyleSheet(alertStyle(true));
        m_limit->setToolTip(tr("The qualification must be reached within two years of the start."));
    } else {
        m_limit->setText(shownDate(enrolment->limitDate()));
        m_limit->setStyleSheet(QString());
        m_limit->setToolTip(QString());
    }
    m_notes->setText(enrolment->notes.isEmpty() ? tr("\u2013") : enrolment->notes);

    // Totals over the modules (a retaken module counts once).
    QSet<qint64> modules;
    QSet<qint64> passed;
    int retakes = 0;
    for (const auto &plan : enrolment->modulePlans) {
        modules.insert(plan.moduleId);
        if (plan.status == ModuleStatus::Passed || plan.status == ModuleStatus::Exempted)
            passed.insert(plan.moduleId);
        if (plan.status == ModuleStatus::Retake)
            ++retakes;
    }
    int periods = 0;
    int periodsDone = 0;
    for (const auto &module : programme.modules) {
        if (modules.contains(module.id))
            periods += module.lestijden;
        if (passed.contains(module.id))
            periodsDone += module.lestijden;
    }
    QString totals = tr("%1 of %2 modules passed \u00b7 %3 of %4 teaching periods done")
                         .arg(passed.size())
                         .arg(modules.size())
                         .arg(periodsDone)
                         .arg(periods);
    if (retakes > 0)
        totals += QStringLiteral(" \u00b7 ") + tr("%n retake(s)", nullptr, retakes);
    m_totals->setText(totals);

    QHash<qint64, QStringList> blocked;
    for (const auto &plan : enrolment->modulePlans) {
        if (const auto open = m_readiness->openBlockers(BlockedItem::modulePlan(plan.id));
            !open.isEmpty())
            blocked.insert(plan.id, open);
    }
    m_model->setPlans(enrolment->modulePlans, programme, blocked);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ModulePlanModel::Status));
    updateButtons();
    showReadiness();
}

void TrainingTab::showReadiness()
{
    const QModelIndex index = m_view->currentIndex();
    m_readiness->showItem(current() && index.isValid() ? std::optional(
                              BlockedItem::modulePlan(m_model->plan(index.row()).id))
                                                       : std::nullopt);
}

void TrainingTab::updateButtons()
{
    const Enrolment *enrolment = current();
    const bool shown = m_learnerId != 0;
    m_new->setEnabled(shown);
    m_edit->setEnabled(enrolment != nullptr);
    m_remove->setEnabled(enrolment != nullptr);
    m_retake->setEnabled(enrolment && !RetakeDialog::failedPlans(*enrolment).isEmpty());
    m_removeLine->setEnabled(enrolment && m_view->currentIndex().isValid());
}

void TrainingTab::newEnrolment()
{
    if (m_learnerId == 0)
        return;
    EnrolmentDialog dialog(m_session, m_learnerId, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (std::size_t i = 0; i < m_enrolments.size(); ++i) {
        if (m_enrolments[i].id == dialog.enrolmentId())
            m_enrolmentChoice->setCurrentIndex(static_cast<int>(i));
    }
}

void TrainingTab::editEnrolment()
{
    if (const Enrolment *enrolment = current()) {
        EnrolmentDialog dialog(m_session, m_learnerId, *enrolment, this);
        dialog.exec();
    }
}

void TrainingTab::removeEnrolment()
{
    const Enrolment *enrolment = current();
    if (!enrolment)
        return;
    const qint64 id = enrolment->id; // the question's event loop may reload the tab
    const QString name = m_programmes.value(enrolment->programmeId).name;
    const auto answer = MessageBox::question(
        this, tr("Remove enrolment"),
        tr("Remove the enrolment in %1 with its module plan? Placements stay, without the link "
           "to this enrolment. You can undo this.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto status = m_session.remove(
            tr("Remove enrolment in %1").arg(name), m_learnerId, id,
            m_session.through(&EnrolmentRepository::remove,
                              Aspect::Training | Aspect::Placements | Aspect::Barriers));
        !status)
        MessageBox::warning(this, tr("Remove enrolment"), status.error().message);
}

void TrainingTab::addRetake()
{
    const Enrolment *enrolment = current();
    if (!enrolment)
        return;
    qint64 moduleId = 0;
    if (const QModelIndex index = m_view->currentIndex(); index.isValid())
        moduleId = m_model->plan(index.row()).moduleId;
    RetakeDialog dialog(m_session, *enrolment, m_programmes.value(enrolment->programmeId), moduleId,
                        this);
    dialog.exec();
}

void TrainingTab::removePlanLine()
{
    const Enrolment *enrolment = current();
    const QModelIndex index = m_view->currentIndex();
    if (!enrolment || !index.isValid())
        return;
    const ModulePlan plan = m_model->plan(index.row());
    const QString name = m_model->moduleName(plan.moduleId);
    const auto answer = MessageBox::question(
        this, tr("Remove line"),
        tr("Remove %1 (semester %2) from the module plan?").arg(name).arg(plan.semester),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto status
        = m_session.remove(tr("Remove %1 from the module plan").arg(name), m_learnerId, plan.id,
                           m_session.through(&EnrolmentRepository::removePlan,
                                             Aspect::Training | Aspect::Barriers));
        !status)
        m_error->setError(status.error().message);
}

bool TrainingTab::commitPlan(int row, const ModulePlan &changed)
{
    const Enrolment *enrolment = current();
    if (!enrolment || row < 0 || row >= static_cast<int>(enrolment->modulePlans.size()))
        return false;
    const Enrolment before = *enrolment;
    Enrolment after = before;
    after.modulePlans[static_cast<std::size_t>(row)] = changed;
    const Problems problems = after.validate();
    if (!problems.isEmpty()) {
        m_error->setError(describe(problems));
        return false;
    }
    const QString name = m_model->moduleName(changed.moduleId);
    const QString text = changed.status != before.modulePlans[static_cast<std::size_t>(row)].status
        ? tr("Set %1 to %2").arg(name, label(changed.status))
        : tr("Change %1 in the module plan").arg(name);
    auto status = m_session.edit(
        text, m_learnerId, Aspect::Training | Aspect::Barriers,
        [this, after] {
            return EnrolmentRepository(m_session.database(), m_session.clock()).update(after);
        },
        [this, before] {
            return EnrolmentRepository(m_session.database(), m_session.clock()).update(before);
        });
    if (!status) {
        m_error->setError(status.error().message);
        return false;
    }
    m_error->setError(QString());
    return true;
}

} // namespace traject
