// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QWidget;

namespace traject {

class Session;

namespace intake {

/// Opens an intake in its form (modal) and returns when the form is closed.
void open(Session &session, qint64 intakeId, QWidget *parent);

/// Starts an intake for the learner today and opens it. When the learner has an unfinished
/// intake the SPOC is asked to resume that one instead. Returns the intake's id (0: none).
qint64 startOrResume(Session &session, qint64 learnerId, QWidget *parent);

/// Asks where to save the one-page summary of an intake and writes it (in the program's
/// language). Returns a message for the status line: where it went, or why it failed; empty when
/// cancelled.
QString saveSummary(Session &session, qint64 intakeId, QWidget *parent);

/// After a crash: the intake that was open when the program stopped, in this database, when it
/// is still unfinished (0: none). Clears a stale note.
qint64 interruptedIntake(Session &session);

} // namespace intake
} // namespace traject
