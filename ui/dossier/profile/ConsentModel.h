// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Consent.h"
#include "widgets/RowTableModel.h"

#include <QDate>

namespace traject {

/// The consents of one learner, the most recently given first; withdrawn ones in grey.
class ConsentModel : public RowTableModel<Consent>
{
    Q_OBJECT

public:
    enum Column
    {
        Recipient,
        Shares,
        Given,
        Withdrawn,
        ColumnCount
    };

    explicit ConsentModel(QObject *parent = nullptr);

    /// The day against which "holds" and "withdrawn" are shown.
    void setToday(QDate today) { m_today = today; }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    QVariant cell(const Consent &consent, int column, int role) const override;

private:
    QDate m_today; // the session clock's day, set with setToday() before each reload
};

} // namespace traject
