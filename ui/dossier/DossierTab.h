// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edits/Aspect.h"

#include <QWidget>

namespace traject {

class Session;

/// One tab of a learner's dossier. It shows the learner set with showLearner() and reloads
/// itself when the session says that an aspect it shows of that learner's data changed.
class DossierTab : public QWidget
{
    Q_OBJECT

public:
    explicit DossierTab(Session &session, QWidget *parent = nullptr);

    qint64 learnerId() const { return m_learnerId; }
    /// Shows this learner (0: nobody) and loads their data.
    void showLearner(qint64 learnerId);

    /// Loads the current learner's data again from the database.
    virtual void reload() = 0;
    /// What the tab shows: it reloads only when one of these aspects of its learner changed.
    virtual Aspects shows() const = 0;

protected:
    void showEvent(QShowEvent *event) override;
    /// Reloads now when visible, otherwise as soon as the tab is shown.
    void reloadWhenVisible();

    Session &m_session;
    qint64 m_learnerId = 0;

private:
    bool m_stale = false;
};

} // namespace traject
