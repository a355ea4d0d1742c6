// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace traject {

class CaseloadModel;
class Session;

/// The caseload list with its search field and filters.
class CaseloadPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseloadPanel(Session &session, QWidget *parent = nullptr);

    CaseloadModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }

    /// Reads the caseload again (keeps the selection where possible).
    void reload();
    /// Selects the learner's row (clearing filters that hide it).
    void selectLearner(qint64 learnerId);
    qint64 selectedLearner() const;
    /// Puts the cursor in the search field (Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    void learnerSelected(qint64 learnerId);

private:
    Session &m_session;
    CaseloadModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace traject
