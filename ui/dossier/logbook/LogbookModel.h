// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ContactMoment.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

#include <vector>

namespace traject {

/// A learner's logbook, one contact moment per row (most recent first). Planned moments still
/// ahead are shown in italics; cancelled ones greyed.
class LogbookModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Kind,
        Status,
        WithWhom,
        Notes,
        FollowUp,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    /// The ContactStatus (as int) of the row.
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit LogbookModel(QObject *parent = nullptr);

    void setMoments(std::vector<ContactMoment> moments, QDate today);
    const ContactMoment *momentAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<ContactMoment> m_moments;
    QDate m_today;
};

/// Shows all contact moments, only the planned ones, or only those that took place.
class LogbookFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Show
    {
        All,
        Planned,
        Done
    };

    explicit LogbookFilter(QObject *parent = nullptr);

    Show show() const { return m_show; }
    void setShow(Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = All;
};

} // namespace traject
