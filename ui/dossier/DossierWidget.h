// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace traject {

namespace timeline {
struct Item;
}

class DossierTab;
class PhaseProposalBar;
class Session;

/// Everything about one learner: a header with name and phase, and one tab per part of the dossier.
class DossierWidget : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        Profile,
        Intake,
        Timeline,
        Barriers,
        Training,
        Placements,
        Logbook,
        RoleCard,
        Aftercare,
        TabCount
    };

    explicit DossierWidget(Session &session, QWidget *parent = nullptr);

    qint64 learnerId() const { return m_learnerId; }
    void showLearner(qint64 learnerId);
    /// Shows the tab where an item of the timeline is edited.
    void showItem(const timeline::Item &item);

    QTabWidget *tabs() const { return m_tabs; }
    DossierTab *tab(Tab which) const;
    QPushButton *phaseButton() const { return m_phaseButton; }
    QPushButton *planButton() const { return m_planButton; }
    /// The phase change the facts propose, under the header (hidden when there is none).
    PhaseProposalBar *phaseProposal() const { return m_phaseProposal; }
    /// Whether a learner's dossier is shown (not the "choose a learner" line).
    bool showsLearner() const { return m_shown; }

    /// At least the width of every tab title, also while no learner is shown (the tabs are
    /// hidden then): a splitter never gives the dossier less, so no title is ever cut.
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    /// Opens "Print personal plan" for the learner shown.
    void printPlan();

Q_SIGNALS:
    /// A learner's dossier is now shown, or no longer.
    void showsLearnerChanged(bool shown);

private:
    void reloadHeader();
    void changePhase();

    Session &m_session;
    qint64 m_learnerId = 0;
    QLabel *m_name = nullptr;
    QLabel *m_phase = nullptr;
    QPushButton *m_phaseButton = nullptr;
    QPushButton *m_planButton = nullptr;
    PhaseProposalBar *m_phaseProposal = nullptr;
    bool m_shown = false;
    QTabWidget *m_tabs = nullptr;
};

} // namespace traject
