// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace traject {

/// Shown on a first start with an empty database: start empty or with demo data. An encrypted
/// file is meant for real learners: made-up ones never go into it (the demo has a file of its
/// own, offered when the program first starts).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    /// `encrypted`: whether the file is encrypted (the page says what that means).
    WelcomePage(const QString &databasePath, bool encrypted = false, QWidget *parent = nullptr);

    QLabel *intro() const { return m_intro; }
    /// Where the data lives, its backups, and that uninstalling leaves them.
    QLabel *where() const { return m_where; }
    QPushButton *emptyButton() const { return m_emptyButton; }
    QPushButton *demoButton() const { return m_demoButton; }

Q_SIGNALS:
    void startEmptyRequested();
    void startWithDemoRequested();

private:
    QLabel *m_intro = nullptr;
    QLabel *m_where = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QPushButton *m_demoButton = nullptr;
};

} // namespace traject
