// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/Holidays.h"

#include <QAbstractTableModel>

namespace traject {

/// The Belgian public holidays of one year, read-only.
class HolidayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Weekday,
        Name,
        ColumnCount
    };

    explicit HolidayModel(QObject *parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int m_year = 0;
    QList<Holiday> m_holidays;
};

} // namespace traject
