// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planning/PhaseProposal.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace traject {

class Session;

/// A line under the dossier's header with the phase change the facts propose:
/// "The training started on 02/03/2026. To the phase "Training" from 02/03/2026?". "Yes,
/// change phase…" opens the phase dialog with that phase and day filled in, for the SPOC to
/// confirm; "Not now" lets it be until the facts propose something else. Nothing changes by itself.
/// Hidden when there is nothing to propose. Follows the session's changes of the learner.
class PhaseProposalBar : public QFrame
{
    Q_OBJECT

public:
    explicit PhaseProposalBar(Session &session, QWidget *parent = nullptr);

    /// Shows what the facts of this learner propose (0: nobody, the bar hides).
    void showLearner(qint64 learnerId);
    /// The proposal shown, if any.
    const std::optional<PhaseProposal> &proposal() const { return m_proposal; }

    QLabel *textLabel() const { return m_text; }
    QPushButton *changeButton() const { return m_change; }
    QPushButton *dismissButton() const { return m_dismiss; }

private:
    void reload();
    void change();
    void dismiss();

    Session &m_session;
    qint64 m_learnerId = 0;
    std::optional<PhaseProposal> m_proposal;
    /// The proposal the SPOC let be ("Not now") for this learner: not shown again until the
    /// facts propose another one.
    std::optional<PhaseProposal> m_dismissed;
    QLabel *m_text = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace traject
