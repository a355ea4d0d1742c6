// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace traject {

class CaseloadModel;

/// Filters and sorts the caseload: search as you type over name, municipality, phone and
/// e-mail (case and accent insensitive; a number is compared by its digits only), a phase,
/// and "my open actions". Uses the model's precomputed search keys and sort ranks, so a
/// keystroke costs one pass over the rows without building a QVariant per row.
class CaseloadFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseloadFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    CaseloadModel *caseloadModel() const { return m_model; }

    QString searchText() const { return m_text; }
    void setSearchText(const QString &text);

    std::optional<Phase> phaseFilter() const { return m_phase; }
    void setPhaseFilter(std::optional<Phase> phase);

    bool onlyOwnOpenActions() const { return m_ownActions; }
    void setOnlyOwnOpenActions(bool on);

    /// Whether any filter is on.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// Filters (and sorts) all rows again.
    void refilter();

    CaseloadModel *m_model = nullptr;
    QString m_text;
    QString m_needle; // the whole search text, folded
    QStringList m_terms; // its words, when there are several
    QString m_digits; // the digits, when the search text looks like a phone number
    std::optional<Phase> m_phase;
    bool m_ownActions = false;
};

} // namespace traject
