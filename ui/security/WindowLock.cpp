// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowLock.h"

#include "LockScreen.h"
#include "Settings.h"
#include "crypto/KeyRing.h"
#include "intake/IntakeDialog.h"
#include "widgets/LetGoOfFocus.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>
#include <QWindow>

#include <algorithm>

namespace traject {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

/// A window of its own that the SPOC works in (not a menu, list or tooltip that pops up).
bool isWorkWindow(const QWidget *widget)
{
    if (!widget->isWindow())
        return false;
    const Qt::WindowType type = widget->windowType();
    return type != Qt::Popup && type != Qt::ToolTip && type != Qt::SplashScreen
        && type != Qt::Desktop;
}

} // namespace

WindowLock::WindowLock(QMainWindow &window, QStackedWidget &pages, const QString &databasePath)
    : QObject(&window)
    , m_window(window)
    , m_pages(pages)
    , m_databasePath(databasePath)
    , m_lockAction(new QAction(tr("&Lock"), this))
    , m_screen(new LockScreen(databasePath))
    , m_idleTimer(new QTimer(this))
{
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Hides everything until you type your passphrase again."));
    connect(m_lockAction, &QAction::triggered, this, &WindowLock::lockAsked);
    m_window.addAction(m_lockAction);

    m_pages.addWidget(m_screen);
    connect(m_screen, &LockScreen::unlocked, this, &WindowLock::unlock);

    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &WindowLock::idleTimeout);
    m_lastInput.start();
    qApp->installEventFilter(this);
    applySettings();
}

WindowLock::~WindowLock()
{
    qApp->removeEventFilter(this);
}

void WindowLock::applySettings()
{
    const int minutes = std::max(0, Settings().get(Setting::LockAfterIdleMinutes));
    m_idleInterval = m_testInterval ? *m_testInterval : std::chrono::minutes(minutes);
    armIdleTimer();
}

void WindowLock::setIdleInterval(std::chrono::milliseconds interval)
{
    m_testInterval = interval;
    applySettings();
}

void WindowLock::armIdleTimer()
{
    m_idleTimer->stop();
    if (m_locked || m_idleInterval.count() <= 0)
        return;
    m_lastInput.restart();
    m_idleTimer->start(m_idleInterval);
}

void WindowLock::idleTimeout()
{
    if (m_locked || m_idleInterval.count() <= 0)
        return;
    // Input does not restart the timer (that would be on every move of the mouse); the time
    // left since the last input is looked at when it ends.
    const auto idle = std::chrono::milliseconds(m_lastInput.elapsed());
    if (idle < m_idleInterval) {
        m_idleTimer->start(m_idleInterval - idle);
        return;
    }
    if (canLock())
        lock();
    else
        m_idleTimer->start(m_idleInterval);
}

bool WindowLock::canLock() const
{
    return crypto::KeyRing::isEncrypted(m_databasePath);
}

void WindowLock::lockAsked()
{
    if (m_locked)
        return;
    if (canLock()) {
        lock();
        return;
    }
    QWidget *parent = QApplication::activeModalWidget();
    MessageBox::information(
        parent ? parent : &m_window, tr("Lock"),
        tr("Only an encrypted file can be locked: the window then asks your passphrase before "
           "it shows anything again. This file is not encrypted, so anyone could open it without "
           "a passphrase.\n\nA file with real learners: encrypt it first with File > Encrypt…. "
           "Then Ctrl+L locks the window, and it locks by itself when you leave it alone for a "
           "while."));
}

void WindowLock::lock()
{
    m_locked = true;
    m_idleTimer->stop();

    // Menus, lists and tooltips that are open go first.
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    QToolTip::hideText();

    // Every other window of the program, in the order they were shown, and where the typing
    // was in each.
    m_activeWindow = QApplication::activeWindow();
    const QWidgetList windows = QApplication::topLevelWidgets();
    std::vector<QWidget *> visible;
    for (QWidget *window : windows) {
        if (window != &m_window && isWorkWindow(window) && window->isVisible()
            && !belongsToLockScreen(window))
            visible.push_back(window);
    }
    const auto shownAt = [this](QWidget *window) {
        const auto found = std::find(m_shownOrder.begin(), m_shownOrder.end(), window);
        return found - m_shownOrder.begin();
    };
    std::stable_sort(visible.begin(), visible.end(),
                     [&](QWidget *a, QWidget *b) { return shownAt(a) < shownAt(b); });
    m_hidden.clear();
    for (QWidget *window : visible)
        m_hidden.push_back({ window, window->focusWidget() });
    m_focus = m_window.focusWidget();

    // What is being typed is stored: the intake form stores its fields now, and every window
    // lets go of its focus, which stores the field left (as leaving it with Tab does).
    for (QWidget *window : visible) {
        if (auto *intake = qobject_cast<IntakeDialog *>(window))
            intake->flush();
    }
    for (const HiddenWindow &window : m_hidden) {
        letGoOfFocus(window.focus);
    }
    letGoOfFocus(m_focus);

    // Top first, so that no dialog below shows for a moment on its own.
    for (auto it = m_hidden.rbegin(); it != m_hidden.rend(); ++it)
        hideWindow(it->window);

    // The window itself: only the lock screen, nothing of the file around it.
    m_bars.clear();
    std::vector<QWidget *> bars { m_window.menuBar(), m_window.statusBar() };
    for (QToolBar *toolbar : m_window.findChildren<QToolBar *>())
        bars.push_back(toolbar);
    for (QWidget *bar : bars) {
        m_bars.push_back({ bar, bar->isVisible() });
        bar->hide();
    }
    m_page = m_pages.currentWidget();
    m_pages.setCurrentWidget(m_screen);
    m_title = m_window.windowTitle();
    m_window.setWindowTitle(tr("Trajectplanner (locked)"));
    m_screen->begin();
    m_window.activateWindow();
    m_window.raise();
    Q_EMIT lockedChanged(true);
}

void WindowLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    m_window.setWindowTitle(m_title);
    for (const HiddenBar &bar : m_bars) {
        if (bar.bar)
            bar.bar->setVisible(bar.visible);
    }
    m_bars.clear();
    if (m_page)
        m_pages.setCurrentWidget(m_page);
    if (m_focus)
        m_focus->setFocus();

    // The windows come back in the order they were shown, each with its focus where it was.
    const std::vector<HiddenWindow> hidden = std::exchange(m_hidden, {});
    for (const HiddenWindow &window : hidden) {
        if (!window.window)
            continue;
        showWindow(window.window);
        if (window.focus)
            window.focus->setFocus();
    }
    QWidget *active = m_activeWindow ? m_activeWindow.data() : &m_window;
    active->raise();
    active->activateWindow();
    armIdleTimer();
    Q_EMIT lockedChanged(false);
}

void WindowLock::hideWindow(QWidget *window)
{
    // QDialog::hide() would end a dialog's exec() (and with it, often, the dialog): hiding its
    // window on the screen keeps the dialog, its loop and what is typed in it.
    if (QWindow *handle = window->windowHandle())
        handle->hide();
    else
        window->hide();
}

void WindowLock::showWindow(QWidget *window)
{
    if (QWindow *handle = window->windowHandle())
        handle->show();
    else
        window->show();
}

bool WindowLock::belongsToLockScreen(QObject *object) const
{
    for (; object; object = object->parent()) {
        if (object == m_screen)
            return true;
    }
    return false;
}

bool WindowLock::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (!m_locked) {
        if (isUserInput(type))
            m_lastInput.restart();
        if (type == QEvent::Show && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (isWorkWindow(widget)) {
                // Ctrl+L works in every window, and the order they were shown is kept.
                if (!widget->actions().contains(m_lockAction))
                    widget->addAction(m_lockAction);
                std::erase_if(m_shownOrder,
                              [widget](const QPointer<QWidget> &w) { return !w || w == widget; });
                m_shownOrder.emplace_back(widget);
            }
        }
        return QObject::eventFilter(watched, event);
    }

    switch (type) {
    case QEvent::ToolTip:
    case QEvent::WhatsThis:
    case QEvent::StatusTip:
        // Nothing the lock hides comes out as a tip.
        return !belongsToLockScreen(watched);
    case QEvent::Shortcut:
        // No menu action or key of the hidden window works while locked.
        if (!belongsToLockScreen(watched))
            return true;
        break;
    case QEvent::Show:
        // A window that opens while locked (a message from the background) waits for the unlock.
        if (watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget != &m_window && isWorkWindow(widget) && !belongsToLockScreen(widget)) {
                m_hidden.push_back({ widget, nullptr });
                QTimer::singleShot(0, widget, [widget] { hideWindow(widget); });
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace traject
