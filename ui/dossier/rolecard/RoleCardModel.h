// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Organisation.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace traject {

/// One line of the role card as shown: the role with the person and their organisation.
struct RoleCardLine
{
    RoleAssignment assignment;
    ContactPerson person;
    QString organisation;
};

/// Who helps this learner: current roles first, then the ended ones (greyed).
class RoleCardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Role,
        Person,
        Organisation,
        Phone,
        Email,
        From,
        To,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;

    explicit RoleCardModel(QObject *parent = nullptr);

    /// Shows these lines, the current ones first (keeping their order otherwise).
    void setLines(std::vector<RoleCardLine> lines, QDate today);
    const RoleCardLine *lineAt(int row) const;
    int rowOf(qint64 id) const;
    /// True when the role ended before today.
    bool hasEnded(const RoleCardLine &line) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<RoleCardLine> m_lines;
    QDate m_today;
};

} // namespace traject
