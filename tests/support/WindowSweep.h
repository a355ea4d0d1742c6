// SPDX-License-Identifier: GPL-3.0-or-later
// Going through the whole UI as a SPOC would: the main window's views, every dossier tab, and
// every window that opens from a menu item or a button of a tab. Used by the sweep of pictures
// (test_screen_sweep) and by the accessibility check (test_accessibility).
#pragma once

#include "domain/Enums.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

class QWidget;

namespace traject::test {

struct DemoWindow;

/// A file name from a text shown: letters and digits, the rest a dash.
QString slug(QString text);

/// Shows every window that opens while `open` runs (modal or not) to `visit`, once it is laid
/// out, then closes it; also the windows those open in turn (a question after a Cancel).
class WindowCatcher : public QObject
{
public:
    /// `visit(name, window)`: name is the run's name, then name-2, name-3, … for the next ones.
    using Visit = std::function<void(const QString &name, QWidget *window)>;

    WindowCatcher(QWidget *main, Visit visit);

    void run(const QString &name, const std::function<void()> &open);

private:
    QWidget *newWindow() const;
    void look();

    QWidget *m_main = nullptr;
    Visit m_visit;
    QString m_name;
    int m_count = 0;
    QSet<QWidget *> m_known;
    QPointer<QWidget> m_seen;
};

/// Every item of every menu of the main window that opens something, for the learner whose
/// dossier is open: each window it opens goes to the catcher; a checkable item (a view) shows
/// its view, and `onView(name)` is called with it shown. Quit, Undo and Redo are left out.
void sweepMenus(DemoWindow &w, WindowCatcher &catcher,
                const std::function<void(const QString &name)> &onView);

/// Every tab of the learner's dossier, clicked: `onTab(name)` with the tab shown, then every
/// button of the tab that opens something (with the first row of each table chosen), and the
/// header's buttons, through the catcher. Names start with `who`.
void sweepDossier(DemoWindow &w, WindowCatcher &catcher, qint64 learner, const QString &who,
                  const std::function<void(const QString &name)> &onTab);

/// The first learner of the demo caseload in this phase.
qint64 learnerIn(DemoWindow &w, Phase phase);

} // namespace traject::test
