// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlanVersion.h"

#include <QAbstractTableModel>

#include <vector>

namespace traject {

/// The stored versions of a learner's plans or attendance sheets, one per row (newest first, as
/// the repository gives them), without their PDF bytes.
class PlanVersionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Created,
        Audience, // who a plan was made for; empty for an attendance sheet
        Language,
        Pages,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;

    explicit PlanVersionModel(QObject *parent = nullptr);

    void setVersions(std::vector<PlanVersion> versions);
    const PlanVersion *versionAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<PlanVersion> m_versions;
};

} // namespace traject
