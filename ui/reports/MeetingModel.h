// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/CaseMeeting.h"

#include <QAbstractTableModel>
#include <QSet>

namespace traject {

/// The learners a case meeting may discuss, each with a tick: whether to put them on the sheet.
class MeetingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        CurrentPhase,
        News,
        OpenActions,
        Overdue,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows the meeting's learners, ticking the suggested ones.
    void setMeeting(const CaseMeeting &meeting);
    const CaseMeeting &meeting() const { return m_meeting; }
    /// The ticked learners, in the order of the list.
    QList<qint64> ticked() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void tickedChanged();

private:
    CaseMeeting m_meeting;
    QSet<qint64> m_ticked;
};

} // namespace traject
