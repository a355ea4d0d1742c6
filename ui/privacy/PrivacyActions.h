// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace traject {

class Session;

/// The learner's rights, called from the dossier and the main window's menus.
class PrivacyActions
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyActions)

public:
    /// "Gegevens exporteren…": asks for a folder, writes cursist-ID.json and cursist-ID.pdf into
    /// it and says where. Returns whether the files were written.
    static bool exportLearnerData(Session &session, qint64 learnerId, QWidget *parent);

    /// "Definitief verwijderen…": a confirmation that needs the learner's name typed and lists the
    /// backups that still hold the learner; then erases the learner for good. The undo history is
    /// cleared, as an erasure cannot be undone. Returns whether the learner was erased.
    static bool eraseLearnerForever(Session &session, qint64 learnerId, QWidget *parent);

    /// "Anonimiseren…": after a confirmation, removes everything that identifies the learner but
    /// keeps the statistics. Clears the undo history too. Returns whether it was done.
    static bool anonymiseLearner(Session &session, qint64 learnerId, QWidget *parent);
};

} // namespace traject
