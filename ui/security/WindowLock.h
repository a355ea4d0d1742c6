// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>
#include <vector>

class QAction;
class QMainWindow;
class QStackedWidget;
class QTimer;
class QWidget;

namespace traject {

class LockScreen;

/// Locks the main window of an encrypted database (File > Lock, Ctrl+L, and after the idle
/// minutes of Setting::LockAfterIdleMinutes): what is being typed is stored first, every other
/// window of the program is hidden, and the window shows only the lock screen, with no menus,
/// toolbars, status bar or tooltips, until the passphrase (or the recovery key) is typed. Then
/// everything comes back as it was: the page, the windows, where the typing was.
///
/// A plain database has no passphrase to ask, so it cannot be locked: Lock says so and points to
/// File > Encrypt…, and the idle time does nothing.
class WindowLock : public QObject
{
    Q_OBJECT

public:
    /// `pages`: the window's central stack; the lock screen becomes a page of it while locked.
    WindowLock(QMainWindow &window, QStackedWidget &pages, const QString &databasePath);
    ~WindowLock() override;

    /// File > Lock (Ctrl+L); it works in every window of the program.
    QAction *lockAction() const { return m_lockAction; }
    bool isLocked() const { return m_locked; }
    LockScreen *lockScreen() const { return m_screen; }

    /// Reads the idle minutes again (after the settings dialog).
    void applySettings();
    /// How long the program waits without input before it locks (0: never).
    std::chrono::milliseconds idleInterval() const { return m_idleInterval; }
    /// Tests: lock after this much idle time instead of the setting's minutes.
    void setIdleInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Ctrl+L, the menu: locks an encrypted database; explains it for a plain one.
    void lockAsked();
    void lock();
    void unlock();
    void armIdleTimer();
    void idleTimeout();
    bool canLock() const;
    bool belongsToLockScreen(QObject *object) const;
    /// Hides a window of the program without closing it: a dialog that runs its own loop
    /// (exec()) keeps running and comes back as it was.
    static void hideWindow(QWidget *window);
    static void showWindow(QWidget *window);

    struct HiddenWindow
    {
        QPointer<QWidget> window;
        QPointer<QWidget> focus;
    };
    struct HiddenBar
    {
        QPointer<QWidget> bar;
        bool visible = false;
    };

    QMainWindow &m_window;
    QStackedWidget &m_pages;
    QString m_databasePath;
    QAction *m_lockAction = nullptr;
    LockScreen *m_screen = nullptr;
    QTimer *m_idleTimer = nullptr;
    QElapsedTimer m_lastInput;
    std::chrono::milliseconds m_idleInterval { 0 };
    std::optional<std::chrono::milliseconds> m_testInterval;
    bool m_locked = false;

    // The windows of the program in the order they were shown (a modal dialog shown later
    // stays above an earlier one when they come back).
    std::vector<QPointer<QWidget>> m_shownOrder;
    // What the lock hid, to be shown again as it was.
    std::vector<HiddenWindow> m_hidden;
    std::vector<HiddenBar> m_bars;
    QPointer<QWidget> m_page;
    QPointer<QWidget> m_focus;
    QPointer<QWidget> m_activeWindow;
    QString m_title;
};

} // namespace traject
