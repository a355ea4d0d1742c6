// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real intake form like a SPOC typing, field after field, round after round, until it
// is killed: after each field is left and stored it prints "saved<TAB>key<TAB>value". Used by the
// crash-and-resume test (tests/cli/test_intake_crash.cpp). Arguments: database path, intake id,
// and optionally a mode:
//   --pause  types into one text box without leaving it, waits past the typing pause, prints
//            "paused<TAB>key<TAB>value" and waits to be killed;
//   --show   opens the form as after a restart and prints "shown<TAB>key<TAB>value" for every
//            answer it shows, and "resume<TAB>id" for the intake the next start offers.
#include "Session.h"
#include "intake/AnswerField.h"
#include "intake/IntakeDialog.h"
#include "intake/IntakeLauncher.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QPlainTextEdit>
#include <QTest>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trajectplanner"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    const QString mode = args.value(3);
    auto database = traject::Database::open(args.at(1));
    if (!database)
        return 3;
    traject::SystemClock clock;
    traject::Session session(**database, clock);
    traject::IntakeDialog dialog(session, args.at(2).toLongLong());
    if (!dialog.isLoaded())
        return 4;
    dialog.show();
    dialog.activateWindow();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 5;

    if (mode == QLatin1String("--show")) {
        for (auto *field : dialog.findChildren<traject::AnswerField *>()) {
            if (!field->value().isEmpty())
                std::printf("shown\t%s\t%s\n", qPrintable(field->key()),
                            qPrintable(field->value()));
        }
        std::printf("resume\t%lld\n",
                    static_cast<long long>(traject::intake::interruptedIntake(session)));
        return 0;
    }
    if (mode == QLatin1String("--pause")) {
        traject::AnswerField *motivation = dialog.field(QStringLiteral("motivation"));
        QWidget *editor = motivation->focusWidgets().first();
        editor->setFocus();
        QTest::keySequence(editor, QKeySequence::SelectAll);
        const QString value = QStringLiteral("getypt zonder het veld te verlaten");
        QTest::keyClicks(editor, value);
        QTest::qWait(2500);
        std::printf("paused\tmotivation\t%s\n", qPrintable(value));
        std::fflush(stdout);
        QTest::qWait(120000);
        return 0;
    }

    QString lastSaved;
    QObject::connect(&dialog, &traject::IntakeDialog::answerSaved,
                     [&lastSaved](const QString &key) { lastSaved = key; });
    QList<traject::AnswerField *> fields;
    for (auto *field : dialog.findChildren<traject::AnswerField *>()) {
        const auto type = field->question().type;
        if (type == traject::AnswerType::Line || type == traject::AnswerType::Text)
            fields << field;
    }
    std::printf("ready\t%lld\n", static_cast<long long>(fields.size()));
    std::fflush(stdout);
    // Never outlive a test that died: stop typing after two minutes.
    QDeadlineTimer lifetime(120000);
    for (int round = 1; !lifetime.hasExpired(); ++round) {
        for (auto *field : fields) {
            QWidget *editor = field->focusWidgets().first();
            editor->setFocus();
            QTest::keySequence(editor, QKeySequence::SelectAll);
            const QString value
                = QStringLiteral("ronde %1: antwoord op %2").arg(round).arg(field->key());
            QTest::keyClicks(editor, value);
            lastSaved.clear();
            QTest::keyClick(editor, Qt::Key_Tab);
            if (lastSaved == field->key()) {
                std::printf("saved\t%s\t%s\n", qPrintable(field->key()), qPrintable(value));
                std::fflush(stdout);
            }
        }
    }
    return 0;
}
