// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemSelection.h"

#include "dossier/BarriersTab.h"
#include "dossier/DossierWidget.h"
#include "dossier/PlacementsTab.h"
#include "dossier/TrainingTab.h"
#include "dossier/barriers/ActionModel.h"
#include "dossier/barriers/BarrierModel.h"
#include "dossier/placements/PlacementDayModel.h"
#include "dossier/placements/PlacementModel.h"
#include "dossier/training/ModulePlanModel.h"
#include "timeline/Timeline.h"
#include "widgets/TableSection.h"

#include <QDialog>
#include <QTabWidget>
#include <QTableView>

namespace traject {

using timeline::ItemKind;

namespace {

/// Selects the row (when there is one) and gives the view the focus.
void selectRow(QTableView *view, int row)
{
    if (!view || row < 0)
        return;
    view->selectRow(row);
    view->scrollTo(view->model()->index(row, 0));
    view->setFocus();
}

void showPlacement(PlacementsTab &tab, qint64 placementId, qint64 dayId)
{
    selectRow(tab.placementView(), tab.placementModel()->rowOf(placementId));
    if (dayId != 0)
        selectRow(tab.dayView(), tab.dayModel()->rowOf(dayId));
}

void showBarrierOrAction(BarriersTab &tab, const timeline::Item &item)
{
    if (item.kind == ItemKind::Barrier) {
        selectRow(tab.barrierSection()->view(), tab.barrierModel()->rowOf(item.id));
        return;
    }
    // An action on its own, or on one of the barriers.
    if (const int row = tab.otherActionModel()->rowOf(item.id); row >= 0) {
        selectRow(tab.otherActionSection()->view(), row);
        return;
    }
    for (int barrier = 0; barrier < tab.barrierModel()->rowCount(); ++barrier) {
        selectRow(tab.barrierSection()->view(), barrier);
        if (const int row = tab.actionModel()->rowOf(item.id); row >= 0) {
            selectRow(tab.actionSection()->view(), row);
            return;
        }
    }
}

void showModule(TrainingTab &tab, qint64 modulePlanId)
{
    for (int row = 0; row < tab.planModel()->rowCount(); ++row) {
        if (tab.planModel()->plan(row).id == modulePlanId) {
            selectRow(tab.planView(), row);
            return;
        }
    }
}

} // namespace

void showTimelineItem(DossierWidget &dossier, const timeline::Item &item)
{
    switch (item.kind) {
    case ItemKind::Phase:
        dossier.tabs()->setCurrentIndex(DossierWidget::Profile);
        break;
    case ItemKind::Module:
        dossier.tabs()->setCurrentIndex(DossierWidget::Training);
        if (auto *tab = qobject_cast<TrainingTab *>(dossier.tab(DossierWidget::Training)))
            showModule(*tab, item.id);
        break;
    case ItemKind::Placement:
    case ItemKind::PlacementDay:
        dossier.tabs()->setCurrentIndex(DossierWidget::Placements);
        if (auto *tab = qobject_cast<PlacementsTab *>(dossier.tab(DossierWidget::Placements))) {
            if (item.kind == ItemKind::Placement)
                showPlacement(*tab, item.id, 0);
            else
                showPlacement(*tab, item.parentId, item.id);
        }
        break;
    case ItemKind::Barrier:
    case ItemKind::Action:
        dossier.tabs()->setCurrentIndex(DossierWidget::Barriers);
        if (auto *tab = qobject_cast<BarriersTab *>(dossier.tab(DossierWidget::Barriers)))
            showBarrierOrAction(*tab, item);
        break;
    case ItemKind::Aftercare:
        dossier.tabs()->setCurrentIndex(DossierWidget::Aftercare);
        break;
    }
}

} // namespace traject
