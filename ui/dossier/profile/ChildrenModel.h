// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Learner.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

#include <functional>
#include <vector>

namespace traject {

/// The learner's children in an editable table: birth year, childcare arrangement, note.
/// Each edit is handed to the commit function (which stores it); the model only changes when
/// that succeeds.
class ChildrenModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BirthYear,
        Arrangement,
        Note,
        ColumnCount
    };
    using Commit = std::function<bool(const std::vector<Child> &)>;

    explicit ChildrenModel(QObject *parent = nullptr);

    void setCommit(Commit commit) { m_commit = std::move(commit); }
    /// Shows these children; a list that only differs in ids does not reset the view.
    void setChildren(std::vector<Child> children);
    const std::vector<Child> &children() const { return m_children; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    std::vector<Child> m_children;
    Commit m_commit;
};

/// Editors for the children table: a year field and a list of childcare arrangements.
class ChildrenDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace traject
