// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ContactMoment.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace traject {

/// The aftercare contact moments of one learner, by date: date, kind, status, note. Read-only;
/// a planned contact whose date has passed is shown in red.
class AftercareContactsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Kind,
        Status,
        Note,
        ColumnCount
    };

    explicit AftercareContactsModel(QObject *parent = nullptr);

    /// Shows the aftercare moments among these (sorted by date), judged on today.
    void setContacts(const std::vector<ContactMoment> &moments, QDate today);
    const std::vector<ContactMoment> &contacts() const { return m_contacts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ContactMoment> m_contacts;
    QDate m_today;
};

} // namespace traject
