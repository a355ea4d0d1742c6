// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

namespace traject {

class UnlockDialog;

/// What a locked window shows: that Trajectplanner is locked, and the passphrase form of the
/// start (UnlockDialog, in the window itself) with its rules: show/hide, the Caps Lock warning,
/// a wrong passphrase said plainly and a longer wait after each wrong try, the recovery key.
/// Nothing on it says whose file is open, or whose data it holds.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit LockScreen(const QString &databasePath, QWidget *parent = nullptr);
    ~LockScreen() override;

    /// A fresh form for a new lock, with the focus in its field.
    void begin();
    /// The form while locked (nullptr when not locked).
    UnlockDialog *form() const;

Q_SIGNALS:
    /// The passphrase or the recovery key was right.
    void unlocked();

private:
    QString m_databasePath;
    QWidget *m_panel = nullptr;
    QPointer<UnlockDialog> m_form;
};

} // namespace traject
