// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeLauncher.h"

#include "IntakeDialog.h"
#include "Session.h"
#include "Settings.h"
#include "documents/IntakeSummary.h"
#include "plan/DocumentOutput.h"
#include "storage/Database.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "widgets/DateField.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QPushButton>

namespace traject::intake {

void open(Session &session, qint64 intakeId, QWidget *parent)
{
    IntakeDialog dialog(session, intakeId, parent);
    if (!dialog.isLoaded()) {
        MessageBox::warning(parent, IntakeDialog::tr("Intake interview"), dialog.loadError());
        return;
    }
    dialog.exec();
}

qint64 startOrResume(Session &session, qint64 learnerId, QWidget *parent)
{
    IntakeRepository intakes(session.database(), session.clock());
    auto existing = intakes.forLearner(learnerId);
    if (!existing) {
        MessageBox::warning(parent, IntakeDialog::tr("Intake interview"), existing.error().message);
        return 0;
    }
    for (const auto &intake : *existing) {
        if (intake.isFinished())
            continue;
        QMessageBox question(
            QMessageBox::Question, IntakeDialog::tr("Intake interview"),
            IntakeDialog::tr("The intake of %1 is not finished yet.").arg(shownDate(intake.date)),
            QMessageBox::NoButton, parent);
        QPushButton *resume
            = question.addButton(IntakeDialog::tr("&Resume it"), QMessageBox::AcceptRole);
        QPushButton *fresh
            = question.addButton(IntakeDialog::tr("Start a &new intake"), QMessageBox::ActionRole);
        question.addButton(QMessageBox::Cancel);
        question.setDefaultButton(resume);
        MessageBox::exec(question);
        if (question.clickedButton() == resume) {
            open(session, intake.id, parent);
            return intake.id;
        }
        if (question.clickedButton() != fresh)
            return 0;
        break;
    }
    auto started = intakes.start(learnerId, session.clock().today());
    if (!started) {
        MessageBox::warning(parent, IntakeDialog::tr("Intake interview"), started.error().message);
        return 0;
    }
    session.notifyChanged(learnerId, Aspect::Intake);
    open(session, started->id, parent);
    return started->id;
}

QString saveSummary(Session &session, qint64 intakeId, QWidget *parent)
{
    auto intake = IntakeRepository(session.database(), session.clock()).get(intakeId);
    if (!intake)
        return intake.error().message;
    auto learner = LearnerRepository(session.database(), session.clock()).get(intake->learnerId);
    const QString name = learner ? learner->fileTag() : QString::number(intake->learnerId);
    const QString path = output::askPdfPath(
        parent, IntakeDialog::tr("Save intake summary"),
        output::safeFileName(IntakeDialog::tr("Intake %1 %2")
                                 .arg(name, intake->date.toString(QStringLiteral("yyyy-MM-dd")))));
    if (path.isEmpty())
        return {};
    const QString language = Settings().get(Setting::Language);
    auto pages
        = IntakeSummary(session.database(), session.clock(), SpocContact::fromSettings(Settings()))
              .write(intakeId, path, language);
    if (!pages)
        return pages.error().message;
    output::rememberFolder(path);
    return IntakeDialog::tr("The summary is saved as %1.").arg(QDir::toNativeSeparators(path));
}

qint64 interruptedIntake(Session &session)
{
    Settings settings;
    const QString note = settings.get(Setting::OpenIntake);
    const qsizetype bar = note.lastIndexOf(QLatin1Char('|'));
    if (bar < 0 || note.left(bar) != session.database().path())
        return 0;
    const qint64 id = note.mid(bar + 1).toLongLong();
    auto intake = IntakeRepository(session.database(), session.clock()).get(id);
    if (!intake || intake->isFinished()) {
        settings.set(Setting::OpenIntake, QString());
        return 0;
    }
    return id;
}

} // namespace traject::intake
