// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace traject {

/// A titled table with Add / Edit / Remove buttons, shared by the dossier's list tabs.
/// Rows carry their id under `idRole`. Double-click or Enter edits the row, Delete removes it.
/// The current row survives a model reset (or, when it is gone, the first row becomes current).
class TableSection : public QWidget
{
    Q_OBJECT

public:
    TableSection(const QString &title, QAbstractItemModel *model, int idRole,
                 QWidget *parent = nullptr);

    QLabel *titleLabel() const { return m_title; }
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    /// "Export as CSV…" in the table's context menu: the list as shown, for a spreadsheet.
    QAction *exportCsvAction() const { return m_exportCsv; }
    /// Puts a widget in the title row, before the buttons.
    void addHeaderWidget(QWidget *widget);
    /// Lets this column take the width that is left (kept across model resets).
    void setStretchColumn(int column);
    /// Sets the texts of the three buttons (with &mnemonics).
    void setButtonTexts(const QString &add, const QString &edit, const QString &remove);

    /// The id of the current row, or 0.
    qint64 currentId() const;
    /// Makes the row with this id current; false when it is not shown.
    bool selectId(qint64 id);

Q_SIGNALS:
    void addRequested();
    void editRequested(qint64 id);
    void removeRequested(qint64 id);
    /// The current row changed (0: none).
    void currentChanged(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Updates the buttons and tells when the current row changed (always when forced).
    void refresh(bool force);
    void fitColumns();

    QAbstractItemModel *m_model = nullptr;
    int m_idRole = 0;
    QLabel *m_title = nullptr;
    QHBoxLayout *m_header = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QAction *m_exportCsv = nullptr;
    qint64 m_keptId = 0;
    int m_stretchColumn = -1;
    qint64 m_shownId = -1;
};

} // namespace traject
