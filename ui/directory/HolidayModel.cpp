// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/HolidayModel.h"

#include "widgets/DateField.h"

#include <QLocale>

namespace traject {

HolidayModel::HolidayModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HolidayModel::setYear(int year)
{
    beginResetModel();
    m_year = year;
    m_holidays = belgianPublicHolidays(year);
    endResetModel();
}

int HolidayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_holidays.size());
}

int HolidayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HolidayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !hasIndex(index.row(), index.column()) || role != Qt::DisplayRole)
        return {};
    const Holiday &holiday = m_holidays.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case Date:
        return shownDate(holiday.date);
    case Weekday:
        return QLocale().dayName(holiday.date.dayOfWeek());
    case Name:
        return holiday.name;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HolidayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Date:
        return tr("Date");
    case Weekday:
        return tr("Day");
    case Name:
        return tr("Public holiday");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace traject
