// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace traject {

class AuditLogModel;
class Session;

/// "Auditlog…": the entries of the audit log (when, what, about which learner, counts), newest
/// first, read-only; "Keten controleren" checks that no entry was changed or removed and says so
/// in plain words.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditLogDialog(Session &session, QWidget *parent = nullptr);

    /// Reads the entries again.
    void reload();
    /// Runs the check of the chain and shows the outcome; whether the log is intact.
    bool checkChain();

    QTableView *view() const { return m_view; }
    AuditLogModel *model() const { return m_model; }
    QPushButton *checkButton() const { return m_check; }
    /// The outcome of the last check (or why the log could not be read).
    QLabel *resultLabel() const { return m_result; }

private:
    Session &m_session;
    AuditLogModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_check = nullptr;
};

} // namespace traject
