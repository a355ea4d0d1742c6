// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarriersTab.h"

#include "Session.h"
#include "dossier/barriers/ActionDialog.h"
#include "dossier/barriers/ActionModel.h"
#include "dossier/barriers/BarrierDialog.h"
#include "dossier/barriers/BarrierModel.h"
#include "storage/BarrierRepository.h"
#include "widgets/EditorSupport.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageBox.h"
#include "widgets/TableSection.h"

#include <QFontMetrics>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace traject {

BarriersTab::BarriersTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{
    m_barrierModel = new BarrierModel(this);
    m_actionModel = new ActionModel(this);
    m_otherModel = new ActionModel(this);

    m_barriers = new TableSection(tr("Barriers"), m_barrierModel, BarrierModel::IdRole);
    // Enter edits and Delete removes the current row of each table: with three tables in view,
    // only the Add buttons have a letter for Alt.
    m_barriers->setButtonTexts(tr("Add &barrier…"), tr("Edit…"), tr("Remove"));
    m_barriers->editButton()->setToolTip(tr("Change the selected barrier (Enter)"));
    m_barriers->removeButton()->setToolTip(
        tr("Remove the selected barrier and its actions (Delete)"));
    m_barriers->setStretchColumn(BarrierModel::Description);
    m_counts = new QLabel;
    m_barriers->addHeaderWidget(m_counts);

    m_actions = new TableSection(tr("Actions"), m_actionModel, ActionModel::IdRole);
    m_actions->setButtonTexts(tr("Add &action…"), tr("Edit…"), tr("Remove"));
    m_actions->editButton()->setToolTip(tr("Change the selected action (Enter)"));
    m_actions->removeButton()->setToolTip(tr("Remove the selected action (Delete)"));
    m_actions->setStretchColumn(ActionModel::Description);

    m_other = new TableSection(tr("Other actions"), m_otherModel, ActionModel::IdRole);
    m_other->setButtonTexts(tr("Add &other action…"), tr("Edit…"), tr("Remove"));
    m_other->addButton()->setToolTip(tr("An action that belongs to no barrier"));
    m_other->editButton()->setToolTip(tr("Change the selected action (Enter)"));
    m_other->removeButton()->setToolTip(tr("Remove the selected action (Delete)"));
    m_other->setStretchColumn(ActionModel::Description);

    m_loadError = new ErrorLabel;

    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(m_barriers);
    split->addWidget(m_actions);
    split->addWidget(m_other);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loadError);
    layout->addWidget(split);

    connect(m_barriers, &TableSection::addRequested, this, &BarriersTab::addBarrier);
    connect(m_barriers, &TableSection::editRequested, this, &BarriersTab::editBarrier);
    connect(m_barriers, &TableSection::removeRequested, this, &BarriersTab::removeBarrier);
    connect(m_barriers, &TableSection::currentChanged, this, &BarriersTab::showActionsOf);
    connect(m_actions, &TableSection::addRequested, this, [this] {
        if (const qint64 barrier = m_barriers->currentId())
            addAction(barrier);
    });
    connect(m_actions, &TableSection::editRequested, this, &BarriersTab::editAction);
    connect(m_actions, &TableSection::removeRequested, this, &BarriersTab::removeAction);
    connect(m_other, &TableSection::addRequested, this, [this] { addAction(std::nullopt); });
    connect(m_other, &TableSection::editRequested, this, &BarriersTab::editAction);
    connect(m_other, &TableSection::removeRequested, this, &BarriersTab::removeAction);

    reload();
}

void BarriersTab::reload()
{
    BarrierRepository repository(m_session.database(), m_session.clock());
    const QDate today = m_session.clock().today();
    std::vector<Barrier> barriers;
    std::vector<Action> others;
    QString problem;
    if (m_learnerId != 0) {
        if (auto persons = editor::personDescriptions(m_session.database(), m_session.clock()))
            m_persons = *persons;
        else
            problem = persons.error().message;
        if (auto loaded = repository.barriersFor(m_learnerId))
            barriers = std::move(loaded).value();
        else
            problem = loaded.error().message;
        if (auto actions = repository.actionsFor(m_learnerId)) {
            for (auto &action : *actions) {
                if (!action.barrierId)
                    others.push_back(std::move(action));
            }
        } else {
            problem = actions.error().message;
        }
    }
    m_loadError->setError(problem);

    int open = 0, solved = 0, lasting = 0;
    for (const auto &barrier : barriers) {
        if (barrier.isOpen())
            ++open;
        else if (barrier.status == BarrierStatus::Solved)
            ++solved;
        else
            ++lasting;
    }
    QStringList counts;
    if (barriers.empty()) {
        counts.append(tr("No barriers noted"));
    } else {
        counts.append(tr("%n open barrier(s)", "", open));
        if (solved)
            counts.append(tr("%n solved", "", solved));
        if (lasting)
            counts.append(tr("%n lasting", "", lasting));
    }
    m_counts->setText(QStringLiteral("   ") + counts.join(QStringLiteral(", ")));

    m_otherModel->setActions(std::move(others), m_persons, today);
    // Resetting the barriers re-selects the current one, which loads its actions.
    m_barrierModel->setBarriers(std::move(barriers));
    const bool learner = m_learnerId != 0;
    m_barriers->addButton()->setEnabled(learner);
    m_other->addButton()->setEnabled(learner);
}

void BarriersTab::showActionsOf(qint64 barrierId)
{
    std::vector<Action> actions;
    const int row = m_barrierModel->rowOf(barrierId);
    const Barrier *barrier = m_barrierModel->barrierAt(row);
    if (barrier) {
        auto loaded = BarrierRepository(m_session.database(), m_session.clock())
                          .actionsForBarrier(barrierId);
        if (loaded)
            actions = std::move(loaded).value();
        else
            m_loadError->setError(loaded.error().message);
        m_actionsFor = barrier->description.section(QLatin1Char('\n'), 0, 0);
    } else {
        m_actionsFor.clear();
    }
    fitActionsTitle();
    m_actionModel->setActions(std::move(actions), m_persons, m_session.clock().today());
    m_actions->addButton()->setEnabled(barrier != nullptr);
}

void BarriersTab::resizeEvent(QResizeEvent *event)
{
    DossierTab::resizeEvent(event);
    fitActionsTitle();
}

void BarriersTab::fitActionsTitle()
{
    QLabel *title = m_actions->titleLabel();
    if (m_actionsFor.isEmpty()) {
        title->setText(tr("Actions"));
        title->setToolTip(QString());
        return;
    }
    // The room the buttons leave on the title's line, so that they never cut the title.
    const int spacing = title->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    int room = m_actions->contentsRect().width() - title->contentsMargins().left()
        - title->contentsMargins().right();
    for (const QPushButton *button :
         { m_actions->addButton(), m_actions->editButton(), m_actions->removeButton() })
        room -= button->sizeHint().width() + spacing;
    const QFontMetrics metrics(title->font());
    const QString around = tr("Actions for “%1”");
    room -= metrics.horizontalAdvance(around.arg(QString())) + spacing;
    title->setText(
        around.arg(metrics.elidedText(m_actionsFor, Qt::ElideRight, std::max(room, 60))));
    title->setToolTip(around.arg(m_actionsFor));
}

void BarriersTab::openDialog(QDialog *dialog, TableSection *section)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, section] {
        qint64 saved = 0;
        if (auto *barrier = qobject_cast<BarrierDialog *>(dialog))
            saved = barrier->savedId();
        else if (auto *action = qobject_cast<ActionDialog *>(dialog))
            saved = action->savedId();
        if (saved)
            section->selectId(saved);
        section->view()->setFocus();
    });
    dialog->open();
}

void BarriersTab::addBarrier()
{
    if (m_learnerId != 0)
        openDialog(new BarrierDialog(m_session, m_learnerId, 0, this), m_barriers);
}

void BarriersTab::editBarrier(qint64 id)
{
    openDialog(new BarrierDialog(m_session, m_learnerId, id, this), m_barriers);
}

void BarriersTab::removeBarrier(qint64 id)
{
    const Barrier *barrier = m_barrierModel->barrierAt(m_barrierModel->rowOf(id));
    if (!barrier)
        return;
    const auto onIt
        = BarrierRepository(m_session.database(), m_session.clock()).actionsForBarrier(id);
    const int actions = onIt ? static_cast<int>(onIt->size()) : 0;
    const QString question = actions > 0
        ? tr("Remove the barrier “%1” and its %n action(s)?", "", actions).arg(barrier->description)
        : tr("Remove the barrier “%1”?").arg(barrier->description);
    if (!editor::confirmRemoval(this, question))
        return;
    auto status = m_session.remove(
        tr("Remove barrier “%1”").arg(barrier->description), m_learnerId, id,
        m_session.through(&BarrierRepository::removeBarrier,
                          Aspect::Barriers | Aspect::Placements | Aspect::Training));
    if (!status)
        MessageBox::warning(this, tr("Remove barrier"), status.error().message);
}

void BarriersTab::addAction(std::optional<qint64> barrierId)
{
    if (m_learnerId != 0)
        openDialog(new ActionDialog(m_session, m_learnerId, barrierId, 0, this),
                   barrierId ? m_actions : m_other);
}

void BarriersTab::editAction(qint64 id)
{
    TableSection *section = m_otherModel->rowOf(id) >= 0 ? m_other : m_actions;
    openDialog(new ActionDialog(m_session, m_learnerId, std::nullopt, id, this), section);
}

void BarriersTab::removeAction(qint64 id)
{
    const ActionModel *model = m_otherModel->rowOf(id) >= 0 ? m_otherModel : m_actionModel;
    const Action *action = model->actionAt(model->rowOf(id));
    if (!action)
        return;
    if (!editor::confirmRemoval(this, tr("Remove the action “%1”?").arg(action->description)))
        return;
    auto status
        = m_session.remove(tr("Remove action “%1”").arg(action->description), m_learnerId, id,
                           m_session.through(&BarrierRepository::removeAction, Aspect::Barriers));
    if (!status)
        MessageBox::warning(this, tr("Remove action"), status.error().message);
}

} // namespace traject
