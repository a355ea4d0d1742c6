// SPDX-License-Identifier: GPL-3.0-or-later
// The SPOC's own details in the settings: typed in Instellingen, kept, refused with a message
// when they cannot be right, and printed on the plan.
#include "TestSupport.h"

#include "Session.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "plan/PlanDialog.h"
#include "storage/LearnerRepository.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

/// Puts the SPOC's settings back as they were before the test.
/// The SPOC's details of these tests live in a home of their own: ctest runs tests at the same
/// time, and the widget runner's test-mode settings (~/.qttest) are shared by all of them.
struct OwnSettingsHome
{
    const QByteArray home = qgetenv("HOME");
    QTemporaryDir folder;
    OwnSettingsHome() { qputenv("HOME", QFile::encodeName(folder.path())); }
    ~OwnSettingsHome() { qputenv("HOME", home); }
    OwnSettingsHome(const OwnSettingsHome &) = delete;
    OwnSettingsHome &operator=(const OwnSettingsHome &) = delete;
};

struct KeptSpocSettings
{
    const OwnSettingsHome ownHome;
    const QStringList before { Settings().get(Setting::SpocName),
                               Settings().get(Setting::SpocPhone),
                               Settings().get(Setting::SpocEmail),
                               Settings().get(Setting::SpocOrganisation) };

    KeptSpocSettings() { clear(); }
    ~KeptSpocSettings()
    {
        Settings settings;
        settings.set(Setting::SpocName, before.at(0));
        settings.set(Setting::SpocPhone, before.at(1));
        settings.set(Setting::SpocEmail, before.at(2));
        settings.set(Setting::SpocOrganisation, before.at(3));
    }
    static void clear()
    {
        Settings settings;
        for (const auto *setting : { &Setting::SpocName, &Setting::SpocPhone, &Setting::SpocEmail,
                                     &Setting::SpocOrganisation })
            settings.set(*setting, QString());
    }
    static QStringList now()
    {
        const Settings settings;
        return { settings.get(Setting::SpocName), settings.get(Setting::SpocPhone),
                 settings.get(Setting::SpocEmail), settings.get(Setting::SpocOrganisation) };
    }
};

void showActive(QWidget &widget)
{
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

/// Goes to a field with its Alt key, empties it and types the text, as a person does.
void typeAt(QWidget &dialog, Qt::Key mnemonic, QLineEdit *field, const QString &text)
{
    QTest::keyClick(&dialog, mnemonic, Qt::AltModifier);
    REQUIRE(field->hasFocus());
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

/// The text of a PDF file as pdftotext reads it, with the spaces of wrapped lines evened out.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // Compatibility normalisation turns the typeset ligatures (ﬁ, ﬂ) back into letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace

TEST_CASE("the SPOC's own details are typed in the settings and kept")
{
    const KeptSpocSettings kept;
    {
        SettingsDialog dialog;
        showActive(dialog);
        typeAt(dialog, Qt::Key_N, dialog.nameEdit(), QStringLiteral("Sofie Peeters"));
        typeAt(dialog, Qt::Key_G, dialog.organisationEdit(), QStringLiteral("Trajectwerk Gent"));
        typeAt(dialog, Qt::Key_P, dialog.phoneEdit(), QStringLiteral("0470 11 22 33"));
        typeAt(dialog, Qt::Key_E, dialog.emailEdit(),
               QStringLiteral("sofie.peeters@trajectwerk.be"));
        QTest::keyClick(dialog.emailEdit(), Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(KeptSpocSettings::now()
          == QStringList({ QStringLiteral("Sofie Peeters"), QStringLiteral("0470 11 22 33"),
                           QStringLiteral("sofie.peeters@trajectwerk.be"),
                           QStringLiteral("Trajectwerk Gent") }));
    // Opened again, the dialog shows what was kept.
    SettingsDialog again;
    CHECK(again.nameEdit()->text() == QStringLiteral("Sofie Peeters"));
    CHECK(again.organisationEdit()->text() == QStringLiteral("Trajectwerk Gent"));
    CHECK(again.phoneEdit()->text() == QStringLiteral("0470 11 22 33"));
    CHECK(again.emailEdit()->text() == QStringLiteral("sofie.peeters@trajectwerk.be"));
}

TEST_CASE("a phone number or e-mail address that cannot be right is refused at its field")
{
    const KeptSpocSettings kept;
    SettingsDialog dialog;
    showActive(dialog);
    typeAt(dialog, Qt::Key_N, dialog.nameEdit(), QStringLiteral("Sofie Peeters"));
    typeAt(dialog, Qt::Key_P, dialog.phoneEdit(), QStringLiteral("0470 11"));
    typeAt(dialog, Qt::Key_E, dialog.emailEdit(), QStringLiteral("sofie.peeters@"));
    QTest::keyClick(dialog.emailEdit(), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorFor(QStringLiteral("phone"))
          == QStringLiteral("This phone number is not valid: type at least 9 digits, for example "
                            "0470 12 34 56."));
    CHECK(dialog.errorFor(QStringLiteral("email"))
          == QStringLiteral("This e-mail address is not valid, for example "
                            "naam@organisatie.be."));
    // Nothing is kept, and the first field to put right has the focus.
    CHECK(KeptSpocSettings::now() == QStringList({ {}, {}, {}, {} }));
    CHECK(dialog.phoneEdit()->hasFocus());
    // Put right, they are kept.
    QTest::keyClicks(dialog.phoneEdit(), QStringLiteral(" 22 33"));
    typeAt(dialog, Qt::Key_E, dialog.emailEdit(), QStringLiteral("sofie.peeters@trajectwerk.be"));
    QTest::keyClick(dialog.emailEdit(), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(KeptSpocSettings::now()
          == QStringList({ QStringLiteral("Sofie Peeters"), QStringLiteral("0470 11 22 33"),
                           QStringLiteral("sofie.peeters@trajectwerk.be"), QString() }));
}

TEST_CASE("details without a name are refused: the paper would not say whose they are")
{
    const KeptSpocSettings kept;
    SettingsDialog dialog;
    showActive(dialog);
    typeAt(dialog, Qt::Key_P, dialog.phoneEdit(), QStringLiteral("0470 11 22 33"));
    QTest::keyClick(dialog.phoneEdit(), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(
        dialog.errorFor(QStringLiteral("name"))
        == QStringLiteral("Fill in your name too: plans and sheets print it with these details."));
    CHECK(dialog.nameEdit()->hasFocus());
    CHECK(KeptSpocSettings::now() == QStringList({ {}, {}, {}, {} }));
}

TEST_CASE("a plan saved from the plan dialog prints the SPOC of the settings")
{
    const KeptSpocSettings kept;
    {
        SettingsDialog dialog;
        showActive(dialog);
        typeAt(dialog, Qt::Key_N, dialog.nameEdit(), QStringLiteral("Sofie Peeters"));
        typeAt(dialog, Qt::Key_P, dialog.phoneEdit(), QStringLiteral("0470 11 22 33"));
        QTest::keyClick(dialog.phoneEdit(), Qt::Key_Return);
        REQUIRE(dialog.result() == QDialog::Accepted);
    }

    FixedClock clock(traject::test::fixedToday());
    auto db = traject::test::memoryDatabase();
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = QStringLiteral("El Idrissi");
    const qint64 id = require(LearnerRepository(*db, clock).add(learner));
    Session session(*db, clock);
    PlanDialog dialog(session, id);
    showActive(dialog);

    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("plan Amina.pdf"));
    // (What Save as PDF does once the file dialog has answered: that dialog is the platform's.)
    REQUIRE(dialog.savePdf(path).ok());
    const QString text = pdfText(path);
    CAPTURE(text);
    CHECK(text.contains(
        QStringLiteral("Wie helpt mij? Wie Waarvoor Telefoon Sofie Peeters Je SPOC: je eerste "
                       "aanspreekpunt voor alles 0470 11 22 33")));
}

} // namespace TRAJECT_UNITY_ID
