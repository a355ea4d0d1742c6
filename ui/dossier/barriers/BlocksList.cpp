// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/barriers/BlocksList.h"

#include "Session.h"
#include "dossier/training/FormHelpers.h"
#include "storage/EnrolmentRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/ProgrammeRepository.h"

#include <QHash>
#include <QHeaderView>

#include <algorithm>

namespace traject {

namespace {

constexpr int PlacementRole = Qt::UserRole;
constexpr int ModulePlanRole = Qt::UserRole + 1;

bool stillToDo(ModuleStatus status)
{
    return status == ModuleStatus::Planned || status == ModuleStatus::InProgress
        || status == ModuleStatus::Retake;
}

bool contains(const std::vector<BlockedItem> &items, const BlockedItem &item)
{
    return std::find(items.begin(), items.end(), item) != items.end();
}

} // namespace

BlocksList::BlocksList(QWidget *parent)
    : TreeWidget(parent)
{
    setObjectName(QStringLiteral("blocks"));
    setColumnCount(ColumnCount);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(What, QHeaderView::Stretch);
    header()->setSectionResizeMode(When, QHeaderView::ResizeToContents);
}

Status BlocksList::load(const Session &session, qint64 learnerId,
                        const std::vector<BlockedItem> &ticked)
{
    clear();
    Status status;
    const auto failed = [&status](const Error &error) {
        if (status)
            status = error;
    };

    std::vector<Placement> placements;
    if (auto all = PlacementRepository(session.database(), session.clock()).forLearner(learnerId))
        placements = std::move(all).value();
    else
        failed(all.error());
    QHash<qint64, QString> sites;
    if (auto organisations
        = OrganisationRepository(session.database(), session.clock()).organisations()) {
        for (const auto &organisation : *organisations)
            sites.insert(organisation.id, organisation.name);
    }
    QTreeWidgetItem *heading = placements.empty() ? nullptr : addHeading(tr("Placements"));
    for (const auto &placement : placements) {
        const QString what = placement.siteId
            ? tr("%1 at %2").arg(label(placement.kind), sites.value(*placement.siteId))
            : label(placement.kind);
        const QString when
            = tr("%1 \u2013 %2").arg(shownDate(placement.start), shownDate(placement.end));
        const auto item = BlockedItem::placement(placement.id);
        addLine(heading, { what, when }, item, contains(ticked, item));
    }

    std::vector<Enrolment> enrolments;
    if (auto all = EnrolmentRepository(session.database(), session.clock()).forLearner(learnerId))
        enrolments = std::move(all).value();
    else
        failed(all.error());
    ProgrammeRepository programmes(session.database(), session.clock());
    heading = nullptr;
    for (const auto &enrolment : enrolments) {
        QHash<qint64, QString> modules;
        if (auto programme = programmes.get(enrolment.programmeId)) {
            for (const auto &module : programme->modules)
                modules.insert(module.id, module.name);
        }
        for (const auto &plan : enrolment.modulePlans) {
            const auto item = BlockedItem::modulePlan(plan.id);
            const bool isTicked = contains(ticked, item);
            if (!isTicked && !stillToDo(plan.status))
                continue;
            if (!heading)
                heading = addHeading(tr("Modules still to do"));
            addLine(heading,
                    { modules.value(plan.moduleId),
                      tr("Semester %1, %2").arg(plan.semester).arg(label(plan.status).toLower()) },
                    item, isTicked);
        }
    }

    if (topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(
            this, { tr("This learner has no placements or modules to link yet.") });
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    } else if (const auto all = lines(); !all.isEmpty()) {
        setCurrentItem(all.front());
    }
    expandAll();

    int rows = 0;
    for (int i = 0; i < topLevelItemCount(); ++i)
        rows += 1 + topLevelItem(i)->childCount();
    const int rowHeight = std::max(sizeHintForRow(0), fontMetrics().height() + 4);
    setFixedHeight(rowHeight * std::clamp(rows, 2, 7) + 2 * frameWidth() + 2);
    return status;
}

QTreeWidgetItem *BlocksList::addHeading(const QString &text)
{
    auto *heading = new QTreeWidgetItem(this, { text });
    heading->setFlags(Qt::ItemIsEnabled);
    heading->setFirstColumnSpanned(true);
    QFont bold = font();
    bold.setBold(true);
    heading->setFont(What, bold);
    return heading;
}

void BlocksList::addLine(QTreeWidgetItem *heading, const QStringList &texts,
                         const BlockedItem &item, bool ticked)
{
    auto *line = new QTreeWidgetItem(heading, texts);
    line->setToolTip(What, texts.join(QStringLiteral(", ")));
    line->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    line->setCheckState(What, ticked ? Qt::Checked : Qt::Unchecked);
    if (item.placementId)
        line->setData(What, PlacementRole, *item.placementId);
    if (item.modulePlanId)
        line->setData(What, ModulePlanRole, *item.modulePlanId);
}

QList<QTreeWidgetItem *> BlocksList::lines() const
{
    QList<QTreeWidgetItem *> all;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *heading = topLevelItem(i);
        for (int j = 0; j < heading->childCount(); ++j)
            all.append(heading->child(j));
    }
    return all;
}

BlockedItem BlocksList::itemOf(const QTreeWidgetItem *line)
{
    BlockedItem blocked;
    if (!line)
        return blocked;
    if (const QVariant id = line->data(What, PlacementRole); id.isValid())
        blocked.placementId = id.toLongLong();
    if (const QVariant id = line->data(What, ModulePlanRole); id.isValid())
        blocked.modulePlanId = id.toLongLong();
    return blocked;
}

QTreeWidgetItem *BlocksList::lineOf(const BlockedItem &item) const
{
    const auto all = lines();
    const auto found = std::find_if(
        all.begin(), all.end(), [&](const QTreeWidgetItem *line) { return itemOf(line) == item; });
    return found == all.end() ? nullptr : *found;
}

std::vector<BlockedItem> BlocksList::blocks(const std::vector<BlockedItem> &before) const
{
    std::vector<BlockedItem> ticked;
    for (const auto &item : before) {
        const QTreeWidgetItem *line = lineOf(item);
        if (line && line->checkState(What) == Qt::Checked && !contains(ticked, item))
            ticked.push_back(item);
    }
    for (const QTreeWidgetItem *line : lines()) {
        const BlockedItem item = itemOf(line);
        if (line->checkState(What) == Qt::Checked && !contains(ticked, item))
            ticked.push_back(item);
    }
    return ticked;
}

} // namespace traject
