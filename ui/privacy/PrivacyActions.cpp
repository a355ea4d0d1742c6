// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyActions.h"

#include "EraseLearnerDialog.h"
#include "Session.h"
#include "documents/LearnerExport.h"
#include "privacy/Anonymisation.h"
#include "privacy/Erasure.h"
#include "storage/Database.h"
#include "storage/LearnerRepository.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>

namespace traject {

namespace {

/// The learner's name, or an empty string (with a message shown) when they cannot be read.
QString learnerName(Session &session, qint64 learnerId, QWidget *parent, const QString &title)
{
    auto learner = LearnerRepository(session.database(), session.clock()).get(learnerId);
    if (!learner) {
        MessageBox::warning(parent, title, learner.error().message);
        return {};
    }
    return learner->fullName();
}

} // namespace

bool PrivacyActions::exportLearnerData(Session &session, qint64 learnerId, QWidget *parent)
{
    const QString title = tr("Export data");
    if (learnerName(session, learnerId, parent, title).isEmpty())
        return false;
    const QString dir = QFileDialog::getExistingDirectory(
        parent, tr("Folder for the learner's data"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (dir.isEmpty())
        return false;
    auto files = LearnerExport(session.database(), session.clock()).write(learnerId, dir);
    if (!files) {
        MessageBox::warning(parent, title, files.error().message);
        return false;
    }
    MessageBox::information(
        parent, title,
        tr("The learner's data were written to:\n%1\n%2\n\nOnly you can open these files. Give "
           "them to the learner in person or through a safe channel.")
            .arg(QDir::toNativeSeparators(files->pdf), QDir::toNativeSeparators(files->json)));
    return true;
}

bool PrivacyActions::eraseLearnerForever(Session &session, qint64 learnerId, QWidget *parent)
{
    auto learner = LearnerRepository(session.database(), session.clock()).get(learnerId);
    if (!learner) {
        MessageBox::warning(parent, tr("Erase for good"), learner.error().message);
        return false;
    }
    const QStringList backups = session.database().path() == QLatin1String(":memory:")
        ? QStringList()
        : Erasure::backupsHolding(session.database().path(), learnerId);
    EraseLearnerDialog dialog(learner->fullName(), backups, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;

    auto erased = Erasure::eraseLearner(session.database(), session.clock(), learnerId);
    if (!erased) {
        MessageBox::critical(parent, tr("Erase for good"), erased.error().toString());
        // The learner may be gone even when compacting failed: let the views look again.
        session.undoStack()->clear();
        session.notifyChanged(0, everyAspect());
        return false;
    }
    // Nothing done before can be undone any more: the steps may refer to the erased learner.
    session.undoStack()->clear();
    session.notifyChanged(0, everyAspect());
    if (dialog.alsoFromBackups()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto fromBackups
            = Erasure::eraseFromBackups(session.database(), session.clock(), learnerId, backups);
        QApplication::restoreOverrideCursor();
        if (!fromBackups.problems.isEmpty()) {
            MessageBox::warning(
                parent, tr("Erase for good"),
                tr("The learner was erased from this file, but not from every backup:\n%1")
                    .arg(fromBackups.problems.join(QLatin1Char('\n'))));
        }
    }
    return true;
}

bool PrivacyActions::anonymiseLearner(Session &session, qint64 learnerId, QWidget *parent)
{
    const QString title = tr("Anonymise");
    const QString name = learnerName(session, learnerId, parent, title);
    if (name.isEmpty())
        return false;
    QMessageBox question(
        QMessageBox::Warning, title,
        tr("Remove from %1's dossier everything that names them or links them to a person or "
           "a place: name, contact details, statute, languages, notes and other free text, "
           "intake answers, support network, mentors, sites and partners, consents and kept "
           "plans; children keep no birth year, the birth date keeps only its year.\n\n"
           "What stays is what the reports count: gender, birth year, education, phases and "
           "their dates, barrier categories and hours, and the answers to the ESF+ questions. "
           "Someone who knows those facts about the "
           "learner could still recognise them; only erasing removes everything.\n\n"
           "This cannot be undone.")
            .arg(name),
        QMessageBox::NoButton, parent);
    auto *anonymise = question.addButton(tr("&Anonymise"), QMessageBox::DestructiveRole);
    question.setDefaultButton(question.addButton(QMessageBox::Cancel));
    MessageBox::exec(question);
    if (question.clickedButton() != static_cast<QAbstractButton *>(anonymise))
        return false;

    auto done = Anonymisation::anonymiseLearner(session.database(), session.clock(), learnerId);
    session.undoStack()->clear();
    session.notifyChanged(learnerId, everyAspect());
    if (!done) {
        MessageBox::critical(parent, title, done.error().toString());
        return false;
    }
    return true;
}

} // namespace traject
