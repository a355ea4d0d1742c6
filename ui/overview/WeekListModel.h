// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace traject {

/// One of the overview's "this week" lists (placement days, appointments, actions, learners
/// without contact): a learner, when and what. The learner's id is in LearnerIdRole.
class WeekListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Learner,
        When,
        What,
        ColumnCount
    };
    static constexpr int LearnerIdRole = Qt::UserRole + 1;

    struct Row
    {
        qint64 learnerId = 0;
        QString learner;
        QString when;
        QString what;
        bool urgent = false; // its date shown in bold (an overdue action)
    };

    /// The titles of the three columns.
    explicit WeekListModel(QStringList titles, QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    qint64 learnerId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_titles;
    QList<Row> m_rows;
};

} // namespace traject
