// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseload/CaseloadModel.h"

#include <QWidget>

#include <array>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;
class QThread;

namespace traject {

class CaseloadFilterModel;
class Session;

/// The caseload list with its search field and filters. Typing filters as you type; Escape
/// clears the search, Enter or Down goes to the list; choosing a row opens that learner.
class CaseloadPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseloadPanel(Session &session, QWidget *parent = nullptr);
    ~CaseloadPanel() override;

    CaseloadModel *model() const { return m_model; }
    CaseloadFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *phaseFilter() const { return m_phase; }
    QCheckBox *ownActionsFilter() const { return m_ownActions; }
    /// "12 of 250 learners" while a filter is on.
    QLabel *countLabel() const { return m_count; }

    /// Reads the caseload again (keeps the selection where possible).
    void reload();
    /// Reads the caseload on a thread of its own (with a read-only connection), so that the
    /// window can show at once; the list fills when it is read, then loaded() is emitted. An
    /// in-memory database is read at once.
    void reloadInBackground();
    /// Whether the list is being read in the background.
    bool isLoading() const { return m_loader != nullptr; }
    /// Selects the learner's row (clearing filters that hide it).
    void selectLearner(qint64 learnerId);
    qint64 selectedLearner() const;
    /// Puts the cursor in the search field (Ctrl+F).
    void focusSearch();
    /// Clears the search text and the filters.
    void clearFilters();

    /// Room for every column of the list (about 500 pixels wide).
    QSize sizeHint() const override;

Q_SIGNALS:
    void learnerSelected(qint64 learnerId);
    /// The list was read (by reload() or reloadInBackground()).
    void loaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilters();
    void setUpColumns();
    /// Shows the chosen columns that fit next to the name and the next step.
    void fitColumns();
    /// Applies a filter change without opening another learner, then shows the count.
    template<typename Change> void filter(Change change);
    void currentChanged(const QModelIndex &current);
    /// Makes the shown learner's row current again (silently), or none when it is hidden.
    void restoreCurrent();
    void updateCount();
    void report(bool ok, const QString &message);

    Session &m_session;
    CaseloadModel *m_model = nullptr;
    CaseloadFilterModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_phase = nullptr;
    QCheckBox *m_ownActions = nullptr;
    QLabel *m_count = nullptr;
    // By column; none for the name and the next step, which are always shown.
    std::array<QAction *, CaseloadModel::ColumnCount> m_columnActions {};
    qint64 m_shown = 0; // the learner last announced with learnerSelected
    bool m_quiet = false; // while filtering or reloading: no learnerSelected
    QThread *m_loader = nullptr; // reading the list in the background
    bool m_changedWhileLoading = false;
};

} // namespace traject
