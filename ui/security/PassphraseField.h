// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace traject {

/// A field for a passphrase: hidden as it is typed, with a button that shows it (and hides it
/// again), and a warning while Caps Lock seems to be on. Qt cannot ask the keyboard whether
/// Caps Lock is on; the field sees it in the letters typed: a capital without Shift, or a small
/// letter with Shift, means Caps Lock is on, until a letter shows otherwise.
class PassphraseField : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseField(QWidget *parent = nullptr);

    QString text() const;
    void clear();
    QLineEdit *edit() const { return m_edit; }
    QPushButton *showButton() const { return m_show; }
    QLabel *capsLockWarning() const { return m_capsLock; }
    /// Whether the letters typed last said Caps Lock is on.
    bool capsLockOn() const { return m_capsLockOn; }

Q_SIGNALS:
    void textChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setCapsLockOn(bool on);

    QLineEdit *m_edit = nullptr;
    QPushButton *m_show = nullptr;
    QLabel *m_capsLock = nullptr;
    bool m_capsLockOn = false;
};

} // namespace traject
