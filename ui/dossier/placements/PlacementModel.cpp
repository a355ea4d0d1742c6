// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementModel.h"

#include "dossier/placements/PlacementText.h"
#include "dossier/training/FormHelpers.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

namespace traject {

PlacementModel::PlacementModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PlacementModel::setRows(std::vector<Row> rows, QHash<qint64, QString> organisations,
                             QHash<qint64, QString> persons)
{
    bool sameRows = rows.size() == m_rows.size();
    for (std::size_t i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].placement.id == m_rows[i].placement.id;
    if (sameRows && !rows.empty()) {
        m_rows = std::move(rows);
        m_organisations = std::move(organisations);
        m_persons = std::move(persons);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_organisations = std::move(organisations);
    m_persons = std::move(persons);
    endResetModel();
}

const Placement &PlacementModel::placement(int row) const
{
    return m_rows.at(static_cast<std::size_t>(row)).placement;
}

int PlacementModel::rowOf(qint64 placementId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].placement.id == placementId)
            return static_cast<int>(i);
    }
    return -1;
}

QString PlacementModel::name(const QHash<qint64, QString> &names, std::optional<qint64> id) const
{
    if (!id)
        return tr("\u2013");
    return names.value(*id, tr("(unknown)"));
}

QString PlacementModel::siteName(const Placement &placement) const
{
    return name(m_organisations, placement.siteId);
}

int PlacementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PlacementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlacementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const Placement &p = row.placement;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Kind:
            return label(p.kind);
        case Site:
            return name(m_organisations, p.siteId);
        case Mentor:
            return name(m_persons, p.mentorId);
        case Supervisor:
            return name(m_persons, p.supervisorId);
        case Period:
            return tr("%1 \u2013 %2").arg(shownDate(p.start), shownDate(p.end));
        case Weekdays:
            return PlacementText::pattern(p.pattern);
        case HoursPerDay:
            return PlacementText::hours(p.hoursPerDay);
        case Progress:
            // The target of work-place learning is the trajectory's, shared by its placements:
            // the tab shows it with the days of all of them.
            return p.targetDays > 0 && p.kind != PlacementKind::WorkplaceLearning
                ? tr("%1 / %2 days").arg(row.totals.workedDays).arg(p.targetDays)
                : tr("%n day(s)", nullptr, row.totals.workedDays);
        default:
            return {};
        }
    }
    if (index.column() == Kind && !row.openBlockers.isEmpty()) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole)
            return tr("Not ready to start: still open: %1")
                .arg(row.openBlockers.join(QStringLiteral("; ")));
    }
    if (role == Qt::ForegroundRole && index.column() == Progress && row.targetAtRisk)
        return alertColour();
    if (role == Qt::ToolTipRole && index.column() == Progress)
        return PlacementText::totals(row.totals);
    if (role == Qt::TextAlignmentRole
        && (index.column() == HoursPerDay || index.column() == Progress))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PlacementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Site:
        return tr("Site");
    case Mentor:
        return tr("Mentor");
    case Supervisor:
        return tr("Placement supervisor");
    case Period:
        return tr("Period");
    case Weekdays:
        return tr("Days");
    case HoursPerDay:
        return tr("Hours/day");
    case Progress:
        return tr("Worked");
    default:
        return {};
    }
}

} // namespace traject
