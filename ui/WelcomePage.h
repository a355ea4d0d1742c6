// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace traject {

/// Shown on a first start with an empty database: start empty or with demo data.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    /// `encrypted`: whether the file is encrypted (the page says what that means).
    WelcomePage(const QString &databasePath, bool encrypted = false, QWidget *parent = nullptr);

    QPushButton *emptyButton() const { return m_emptyButton; }
    QPushButton *demoButton() const { return m_demoButton; }

Q_SIGNALS:
    void startEmptyRequested();
    void startWithDemoRequested();

private:
    QPushButton *m_emptyButton = nullptr;
    QPushButton *m_demoButton = nullptr;
};

} // namespace traject
