// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementsTab.h"

#include "Session.h"
#include "dossier/barriers/ReadinessLabel.h"
#include "dossier/placements/GenerateDaysDialog.h"
#include "dossier/placements/PlacementDayDialog.h"
#include "dossier/placements/PlacementDayModel.h"
#include "dossier/placements/PlacementDialog.h"
#include "dossier/placements/PlacementModel.h"
#include "dossier/placements/PlacementText.h"
#include "dossier/training/ChoiceDelegate.h"
#include "dossier/training/FormHelpers.h"
#include "plan/AttendanceSheetDialog.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "widgets/FieldErrors.h"
#include "widgets/ItemViews.h"
#include "widgets/MessageBox.h"
#include "widgets/Tones.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace traject {

namespace {

QTableView *tableView()
{
    auto *view = new TableView;
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTabKeyNavigation(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

PlacementsTab::PlacementsTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{
    m_add = new QPushButton(tr("&Add placement…"));
    m_edit = new QPushButton(tr("Change placemen&t…"));
    m_remove = new QPushButton(tr("Remove placement…"));
    m_sheet = new QPushButton(tr("Attendance &sheet…"));
    m_sheet->setObjectName(QStringLiteral("attendanceSheet"));
    m_sheet->setToolTip(tr("The sheet the mentor fills in: one line per planned day, with the "
                           "hours worked and a signature."));
    auto *title = new QLabel(tr("Placements"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_add);
    top->addWidget(m_edit);
    top->addWidget(m_remove);

    m_placements = new PlacementModel(this);
    m_placementView = tableView();
    m_placementView->setAccessibleName(tr("Placements"));
    m_placementView->setObjectName(QStringLiteral("placements"));
    m_placementView->setModel(m_placements);
    m_placementView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_placementView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_placementView->horizontalHeader()->setSectionResizeMode(PlacementModel::Site,
                                                              QHeaderView::Stretch);
    // Mentor and supervisor need room for their names: they are on the line under the table.
    m_placementView->hideColumn(PlacementModel::Mentor);
    m_placementView->hideColumn(PlacementModel::Supervisor);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("placementDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_readiness = new ReadinessLabel;
    m_placementView->horizontalHeader()->setStretchLastSection(false);
    m_placementView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_empty = new QLabel(tr("No placements yet. Use \"Add placement…\" for the work-place "
                            "learning at a childcare site, then generate its days."));
    m_empty->setWordWrap(true);

    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setFont(bold);
    m_totals->setWordWrap(true);
    m_generate = new QPushButton(tr("&Generate days…"));
    m_addDay = new QPushButton(tr("Add &day…"));
    m_removeDay = new QPushButton(tr("Rem&ove day…"));
    // The totals have a line of their own: the work-place learning as a whole, then this
    // placement.
    auto *dayTop = new QHBoxLayout;
    dayTop->addStretch(1);
    dayTop->addWidget(m_generate);
    dayTop->addWidget(m_addDay);
    dayTop->addWidget(m_removeDay);
    // The sheet lists the planned days: it goes with them (and the row above has no room).
    dayTop->addWidget(m_sheet);

    m_days = new PlacementDayModel(this);
    m_days->setCommit([this](const PlacementDay &changed) {
        return commitDays(tr("Change placement day %1").arg(shownDate(changed.date)), { changed });
    });
    m_dayView = tableView();
    m_dayView->setAccessibleName(tr("Days of the placement"));
    m_dayView->setObjectName(QStringLiteral("days"));
    m_dayView->setModel(m_days);
    m_dayView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_dayView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::SelectedClicked);
    m_dayView->setItemDelegateForColumn(
        PlacementDayModel::Status,
        new ChoiceDelegate(ChoiceDelegate::enumChoices(allValues<PlacementDayStatus>()),
                           m_dayView));

    auto *marks = new QHBoxLayout;
    marks->addWidget(new QLabel(tr("Mark the selected days:")));
    const QList<QPair<QString, PlacementDayStatus>> statusButtons = {
        { tr("&Worked"), PlacementDayStatus::Worked },
        { tr("Absent, e&xcused"), PlacementDayStatus::AbsentExcused },
        { tr("Absent, &unexcused"), PlacementDayStatus::AbsentUnexcused },
        { tr("Ca&ncelled"), PlacementDayStatus::Cancelled },
        { tr("&Planned"), PlacementDayStatus::Planned },
    };
    for (const auto &[text, status] : statusButtons) {
        auto *button = new QPushButton(text);
        button->setObjectName(QStringLiteral("mark-") + toCode(status));
        // The buttons act on the days table, as a toolbar does: they never take the focus from
        // it (by click or Tab), and after a mark the keys go to the table again. A button that
        // kept the focus marked another day with every space typed afterwards.
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, status = status] {
            markSelected(status);
            m_dayView->setFocus(Qt::OtherFocusReason);
        });
        marks->addWidget(button);
        m_statusButtons.append(button);
    }
    marks->addStretch();
    m_error = new ErrorLabel;
    m_error->setObjectName(QStringLiteral("dayError"));

    m_dayBox = new QWidget;
    auto *dayLayout = new QVBoxLayout(m_dayBox);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->addWidget(m_totals);
    dayLayout->addLayout(dayTop);
    dayLayout->addWidget(m_dayView, 1);
    dayLayout->addWidget(m_error);
    dayLayout->addLayout(marks);

    m_warningTitle = new QLabel(tr("Warnings"));
    m_warningTitle->setFont(bold);
    m_warningList = new ListWidget;
    m_warningList->setAccessibleName(tr("Warnings"));
    m_warningList->setObjectName(QStringLiteral("warnings"));
    m_warningList->setIconSize(QSize(16, 16));
    m_warningList->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_placementView);
    layout->addWidget(m_details);
    layout->addWidget(m_readiness);
    layout->addWidget(m_empty);
    layout->addWidget(m_dayBox, 1);
    layout->addWidget(m_warningTitle);
    layout->addWidget(m_warningList);

    connect(m_add, &QPushButton::clicked, this, &PlacementsTab::addPlacement);
    connect(m_edit, &QPushButton::clicked, this, &PlacementsTab::editPlacement);
    connect(m_remove, &QPushButton::clicked, this, &PlacementsTab::removePlacement);
    connect(m_sheet, &QPushButton::clicked, this, &PlacementsTab::attendanceSheet);
    connect(m_generate, &QPushButton::clicked, this, &PlacementsTab::generateDays);
    connect(m_addDay, &QPushButton::clicked, this, &PlacementsTab::addDay);
    connect(m_removeDay, &QPushButton::clicked, this, &PlacementsTab::removeDays);
    connect(m_placementView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlacementsTab::showDays);
    connect(m_placementView, &QTableView::activated, this, &PlacementsTab::editPlacement);
    connect(m_dayView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlacementsTab::updateButtons);

    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, m_placementView);
    setTabOrder(m_placementView, m_generate);
    setTabOrder(m_generate, m_addDay);
    setTabOrder(m_addDay, m_removeDay);
    setTabOrder(m_removeDay, m_sheet);
    setTabOrder(m_sheet, m_dayView);
    // The status buttons are reached by their Alt keys, not by Tab (see above).
    setTabOrder(m_dayView, m_warningList);
}

qint64 PlacementsTab::placementId() const
{
    const auto *placement = current();
    return placement ? placement->id : 0;
}

const Placement *PlacementsTab::current() const
{
    const QModelIndex index = m_placementView->currentIndex();
    return index.isValid() ? &m_placements->placement(index.row()) : nullptr;
}

QString PlacementsTab::totalsText() const
{
    return m_totals->text();
}

QStringList PlacementsTab::warnings() const
{
    QStringList texts;
    for (const auto &warning : m_warnings)
        texts.append(warning.message);
    return texts;
}

void PlacementsTab::reload()
{
    const qint64 shownPlacement = placementId();
    m_plan = LearnerPlan {};
    m_progress = WorkplaceProgress {};
    m_warnings.clear();
    m_error->setError(QString());
    QHash<qint64, QString> organisations;
    QHash<qint64, QString> persons;
    if (m_learnerId != 0) {
        if (auto plan = loadLearnerPlan(m_session, m_learnerId)) {
            m_plan = std::move(plan).value();
            m_warnings = checkPlan(m_plan, m_session.clock());
            m_progress = workplaceProgress(m_plan.placements, m_session.clock().today());
        } else {
            m_error->setError(plan.error().message);
        }
        OrganisationRepository directory(m_session.database(), m_session.clock());
        if (auto all = directory.organisations()) {
            for (const auto &organisation : *all)
                organisations.insert(organisation.id, organisation.name);
        }
        if (auto all = directory.persons()) {
            for (const auto &person : *all)
                persons.insert(person.id, person.name);
        }
    }

    if (auto status = m_readiness->load(m_session, m_learnerId); !status)
        m_error->setError(status.error().message);

    std::vector<PlacementModel::Row> rows;
    int chosen = static_cast<int>(m_plan.placements.size()) - 1; // the latest by default
    for (const auto &[placement, days] : std::as_const(m_plan.placements)) {
        PlacementModel::Row row { placement, totalsFor(placement, days), false,
                                  m_readiness->openBlockers(BlockedItem::placement(placement.id)) };
        if (placement.kind == PlacementKind::WorkplaceLearning)
            row.totals.targetDays = 0; // the trajectory's, not this placement's alone
        row.targetAtRisk = std::any_of(m_warnings.begin(), m_warnings.end(), [&](const auto &w) {
            return w.kind == PlanningWarning::Kind::TargetNotReachable && w.itemId == placement.id;
        });
        if (placement.id == shownPlacement)
            chosen = static_cast<int>(rows.size());
        rows.push_back(std::move(row));
    }
    {
        const QSignalBlocker blocker(m_placementView->selectionModel());
        m_placements->setRows(std::move(rows), organisations, persons);
        if (chosen >= 0)
            m_placementView->setCurrentIndex(m_placements->index(chosen, 0));
    }
    // As high as its rows (one to four), so that the days get the room.
    const int shownRows = std::clamp(m_placements->rowCount(), 1, 4);
    m_placementView->setFixedHeight(m_placementView->verticalHeader()->defaultSectionSize()
                                        * shownRows
                                    + m_placementView->horizontalHeader()->sizeHint().height()
                                    + 2 * m_placementView->frameWidth());
    m_empty->setVisible(m_learnerId != 0 && m_plan.placements.isEmpty());
    m_placementView->setVisible(!m_plan.placements.isEmpty());
    showDays();

    m_warningList->clear();
    for (const auto &warning : std::as_const(m_warnings)) {
        const auto icon
            = style()->standardIcon(warning.isInformative() ? QStyle::SP_MessageBoxInformation
                                                            : QStyle::SP_MessageBoxWarning);
        auto *item = new QListWidgetItem(icon, warning.message, m_warningList);
        if (!warning.isInformative())
            item->setForeground(cautionColour());
    }
    // As high as its lines (at most four), so that the days keep the room.
    const int lines = std::clamp(static_cast<int>(m_warnings.size()), 1, 4);
    m_warningList->setFixedHeight(std::max(m_warningList->sizeHintForRow(0), 18) * lines
                                  + 2 * m_warningList->frameWidth() + 2);
    m_warningTitle->setVisible(!m_warnings.isEmpty());
    m_warningList->setVisible(!m_warnings.isEmpty());
}

void PlacementsTab::showDays()
{
    const Placement *placement = current();
    m_dayBox->setVisible(placement != nullptr);
    m_details->setVisible(placement != nullptr);
    m_readiness->showItem(placement ? std::optional(BlockedItem::placement(placement->id))
                                    : std::nullopt);
    if (!placement) {
        m_days->setDays({}, m_session.clock().today());
        updateButtons();
        return;
    }
    QList<PlacementDay> days;
    for (const auto &[p, ofPlacement] : std::as_const(m_plan.placements)) {
        if (p.id == placement->id)
            days = ofPlacement;
    }
    const qint64 currentDay
        = m_dayView->currentIndex().isValid() ? m_days->day(m_dayView->currentIndex().row()).id : 0;
    const int currentColumn = std::max(0, m_dayView->currentIndex().column());
    m_days->setDays(std::vector<PlacementDay>(days.begin(), days.end()), m_session.clock().today());
    if (!m_dayView->currentIndex().isValid() && m_days->rowCount() > 0) {
        // Back to the same day, or to the first one still to fill in.
        int row = m_days->rowOf(currentDay);
        for (int i = 0; row < 0 && i < m_days->rowCount(); ++i) {
            const auto &day = m_days->day(i);
            if (day.status == PlacementDayStatus::Planned && day.date >= m_session.clock().today())
                row = i;
        }
        row = row < 0 ? m_days->rowCount() - 1 : row;
        m_dayView->setCurrentIndex(m_days->index(row, currentColumn));
        m_dayView->scrollTo(m_dayView->currentIndex(), QAbstractItemView::PositionAtCenter);
    }

    const int row = m_placements->rowOf(placement->id);
    QStringList details;
    for (const int column : { PlacementModel::Mentor, PlacementModel::Supervisor }) {
        details.append(tr("%1: %2").arg(m_placements->headerData(column, Qt::Horizontal).toString(),
                                        m_placements->index(row, column).data().toString()));
    }
    if (placement->kind != PlacementKind::WorkplaceLearning)
        details.append(tr("Target: %1 days, %2 hours")
                           .arg(placement->targetDays)
                           .arg(PlacementText::hours(placement->targetHours)));
    if (!placement->notes.isEmpty())
        details.append(placement->notes);
    m_details->setText(details.join(QStringLiteral(" \u00b7 ")));

    // A work-place learning placement counts towards the target of the trajectory, which its
    // placements share: first all of them together, then this one.
    PlacementTotals totals = totalsFor(*placement, days);
    const bool shared = placement->kind == PlacementKind::WorkplaceLearning;
    const bool atRisk = shared && m_progress.targetAtRisk();
    if (shared) {
        totals.targetDays = 0;
        m_totals->setText(PlacementText::progress(m_progress) + QLatin1Char('\n')
                          + tr("This placement: %1").arg(PlacementText::totals(totals)));
    } else {
        m_totals->setText(PlacementText::totals(totals));
    }
    m_totals->setStyleSheet(atRisk ? alertStyle() : QString());
    m_totals->setToolTip(atRisk ? tr("The target can no longer be reached with the days that "
                                     "are worked, still to record and planned: plan more days or "
                                     "adjust the target.")
                                : QString());
    updateButtons();
}

void PlacementsTab::updateButtons()
{
    const bool hasPlacement = current() != nullptr;
    m_add->setEnabled(m_learnerId != 0);
    m_edit->setEnabled(hasPlacement);
    m_remove->setEnabled(hasPlacement);
    m_sheet->setEnabled(hasPlacement);
    const bool hasDay = hasPlacement && m_dayView->currentIndex().isValid();
    m_removeDay->setEnabled(hasDay);
    for (auto *button : std::as_const(m_statusButtons))
        button->setEnabled(hasDay);
}

QList<int> PlacementsTab::selectedDayRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_dayView->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_dayView->currentIndex().isValid())
        rows.append(m_dayView->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool PlacementsTab::commitDays(const QString &text, const QList<PlacementDay> &changed)
{
    if (changed.isEmpty())
        return false;
    QList<PlacementDay> before;
    for (const auto &day : changed) {
        const int row = m_days->rowOf(day.id);
        if (row < 0)
            return false;
        before.append(m_days->day(row));
        if (const Problems problems = day.validate(); !problems.isEmpty()) {
            m_error->setError(describe(problems));
            return false;
        }
    }
    auto status = m_session.edit(
        text, m_learnerId, Aspect::Placements | Aspect::Barriers,
        [this, changed] {
            return PlacementRepository(m_session.database(), m_session.clock()).updateDays(changed);
        },
        [this, before] {
            return PlacementRepository(m_session.database(), m_session.clock()).updateDays(before);
        });
    if (!status) {
        m_error->setError(status.error().message);
        return false;
    }
    m_error->setError(QString());
    return true;
}

void PlacementsTab::markSelected(PlacementDayStatus status)
{
    const QList<int> rows = selectedDayRows();
    QList<PlacementDay> changed;
    for (const int row : rows) {
        const PlacementDay day = PlacementDayModel::withStatus(m_days->day(row), status);
        if (!(day == m_days->day(row)))
            changed.append(day);
    }
    if (changed.isEmpty())
        return;
    const QString text = changed.size() == 1
        ? tr("Mark %1 as %2").arg(shownDate(changed.front().date), label(status).toLower())
        : tr("Mark %n placement days as %1", nullptr, static_cast<int>(changed.size()))
              .arg(label(status).toLower());
    if (!commitDays(text, changed) || rows.size() != 1)
        return;
    // One day at a time: go on to the next one, so that a week is filled in with a few keys.
    const int next = std::min(rows.front() + 1, m_days->rowCount() - 1);
    m_dayView->setCurrentIndex(
        m_days->index(next, std::max(0, m_dayView->currentIndex().column())));
}

void PlacementsTab::addPlacement()
{
    if (m_learnerId == 0)
        return;
    PlacementDialog dialog(m_session, m_learnerId, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const int row = m_placements->rowOf(dialog.placementId()); row >= 0)
        m_placementView->setCurrentIndex(m_placements->index(row, 0));
}

void PlacementsTab::editPlacement()
{
    if (const Placement *placement = current()) {
        PlacementDialog dialog(m_session, m_learnerId, *placement, this);
        dialog.exec();
    }
}

void PlacementsTab::removePlacement()
{
    const Placement *placement = current();
    if (!placement)
        return;
    const qint64 id = placement->id; // the question's event loop may reload the tab
    const QString site = m_placements->siteName(*placement);
    const int days = m_days->rowCount();
    const auto answer = MessageBox::question(
        this, tr("Remove placement"),
        tr("Remove the placement at %1 (%2 to %3) with its %n day(s)? You can undo this.", nullptr,
           days)
            .arg(site, shownDate(placement->start), shownDate(placement->end)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (auto status = m_session.remove(
            tr("Remove placement at %1").arg(site), m_learnerId, id,
            m_session.through(&PlacementRepository::remove, Aspect::Placements | Aspect::Barriers));
        !status)
        MessageBox::warning(this, tr("Remove placement"), status.error().message);
}

void PlacementsTab::addDay()
{
    const Placement *placement = current();
    if (!placement)
        return;
    const QDate today = m_session.clock().today();
    const QDate proposed = placement->contains(today) ? today : placement->start;
    PlacementDayDialog dialog(m_session, *placement, proposed, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const int row = m_days->rowOf(dialog.dayId()); row >= 0)
            m_dayView->setCurrentIndex(m_days->index(row, PlacementDayModel::Status));
    }
}

void PlacementsTab::removeDays()
{
    const QList<int> rows = selectedDayRows();
    if (rows.isEmpty())
        return;
    QList<PlacementDay> days;
    for (const int row : rows)
        days.append(m_days->day(row));
    const QString question = days.size() == 1
        ? tr("Remove the placement day of %1?").arg(PlacementText::day(days.front().date))
        : tr("Remove these %n placement days?", nullptr, static_cast<int>(days.size()));
    if (MessageBox::question(this, tr("Remove placement day"), question,
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QUndoStack *stack = m_session.undoStack();
    const QString text = days.size() == 1
        ? tr("Remove placement day %1").arg(shownDate(days.front().date))
        : tr("Remove %n placement days", nullptr, static_cast<int>(days.size()));
    stack->beginMacro(text);
    Status status;
    for (const auto &day : std::as_const(days)) {
        status = m_session.remove(
            text, m_learnerId, day.id,
            m_session.through(&PlacementRepository::removeDay, Aspect::Placements));
        if (!status)
            break;
    }
    stack->endMacro();
    if (!status)
        m_error->setError(status.error().message);
}

void PlacementsTab::attendanceSheet()
{
    if (const Placement *placement = current()) {
        AttendanceSheetDialog dialog(m_session, placement->id, this);
        dialog.exec();
    }
}

void PlacementsTab::generateDays()
{
    if (const Placement *placement = current()) {
        GenerateDaysDialog dialog(m_session, *placement, this);
        dialog.exec();
    }
}

} // namespace traject
