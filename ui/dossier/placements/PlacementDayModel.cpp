// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementDayModel.h"

#include "dossier/placements/PlacementText.h"
#include "widgets/Tones.h"

#include <QColor>
#include <QFont>

namespace traject {

PlacementDayModel::PlacementDayModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PlacementDayModel::setDays(std::vector<PlacementDay> days, QDate today)
{
    m_today = today;
    bool sameRows = days.size() == m_days.size();
    for (std::size_t i = 0; sameRows && i < days.size(); ++i)
        sameRows = days[i].id == m_days[i].id;
    if (sameRows && !days.empty()) {
        m_days = std::move(days);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_days = std::move(days);
    endResetModel();
}

int PlacementDayModel::rowOf(qint64 dayId) const
{
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        if (m_days[i].id == dayId)
            return static_cast<int>(i);
    }
    return -1;
}

PlacementDay PlacementDayModel::withStatus(PlacementDay day, PlacementDayStatus status)
{
    day.status = status;
    if (status == PlacementDayStatus::Worked) {
        if (!day.workedHours || *day.workedHours <= 0)
            day.workedHours = day.plannedHours;
    } else {
        day.workedHours.reset();
    }
    return day;
}

QColor PlacementDayModel::statusColour(PlacementDayStatus status)
{
    switch (status) {
    case PlacementDayStatus::Planned:
        return {};
    case PlacementDayStatus::Worked:
        return QColor(0xd4, 0xef, 0xd4);
    case PlacementDayStatus::AbsentExcused:
        return QColor(0xfd, 0xef, 0xc4);
    case PlacementDayStatus::AbsentUnexcused:
        return QColor(0xf9, 0xd0, 0xd0);
    case PlacementDayStatus::Cancelled:
        return QColor(0xe4, 0xe4, 0xe4);
    }
    return {};
}

int PlacementDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_days.size());
}

int PlacementDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlacementDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlacementDay &day = m_days[static_cast<std::size_t>(index.row())];
    // A past day that is still "planned" waits to be filled in.
    const bool toFillIn
        = day.status == PlacementDayStatus::Planned && m_today.isValid() && day.date < m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return PlacementText::day(day.date);
        case PlannedHours:
            return PlacementText::hours(day.plannedHours);
        case WorkedHours:
            return day.workedHours ? QVariant(PlacementText::hours(*day.workedHours)) : QVariant();
        case Status:
            return label(day.status);
        case Note:
            return day.note;
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case Date:
            return day.date;
        case PlannedHours:
            return day.plannedHours;
        case WorkedHours:
            return day.workedHours ? QVariant(*day.workedHours) : QVariant(0.0);
        case Status:
            return static_cast<int>(day.status);
        case Note:
            return day.note;
        default:
            return {};
        }
    case Qt::BackgroundRole:
        if (index.column() == Status) {
            const QColor colour = statusColour(day.status);
            return colour.isValid() ? QVariant(colour) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if (day.status == PlacementDayStatus::Cancelled)
            return QColor(0x70, 0x70, 0x70);
        if (toFillIn && index.column() == Status)
            return QColor(0xa0, 0x50, 0x00);
        // Dark on the status's pale colour, whatever the desktop's text colour.
        if (index.column() == Status && statusColour(day.status).isValid())
            return textOnPale();
        return {};
    case Qt::FontRole:
        if (toFillIn && index.column() == Status) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (toFillIn)
            return tr("This day has passed: fill in whether it was worked.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PlannedHours || index.column() == WorkedHours)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PlacementDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case PlannedHours:
        return tr("Planned");
    case WorkedHours:
        return tr("Worked");
    case Status:
        return tr("Status");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags PlacementDayModel::flags(const QModelIndex &index) const
{
    auto flags = QAbstractTableModel::flags(index);
    if (index.isValid()
        && (index.column() == WorkedHours || index.column() == Status || index.column() == Note
            || index.column() == PlannedHours))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PlacementDayModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_commit
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const PlacementDay &current = m_days[static_cast<std::size_t>(index.row())];
    PlacementDay changed = current;
    switch (index.column()) {
    case PlannedHours:
        changed.plannedHours = value.toDouble();
        break;
    case WorkedHours: {
        const double hours = value.toDouble();
        if (hours <= 0 && current.status != PlacementDayStatus::Worked) {
            changed.workedHours.reset();
        } else {
            changed.workedHours = hours;
            // Hours on a planned day mean it was worked.
            if (hours > 0 && current.status == PlacementDayStatus::Planned)
                changed.status = PlacementDayStatus::Worked;
        }
        break;
    }
    case Status:
        changed = withStatus(current, static_cast<PlacementDayStatus>(value.toInt()));
        break;
    case Note:
        changed.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (changed == current)
        return false;
    return m_commit(changed);
}

} // namespace traject
