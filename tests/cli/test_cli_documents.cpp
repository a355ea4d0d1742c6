// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: personal plans and attendance sheets written from the command line.
#include "CliSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

namespace {

/// Documents are written by scripts too, where there is no display at all.
traject::test::Run runWithoutDisplay(const QStringList &arguments, const QTemporaryDir &home)
{
    return traject::test::run(arguments, home, traject::test::Display::None);
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace

TEST_CASE("cli: --print-plan writes the learner's plan and keeps it as a version")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const QString pdf = home.filePath(QStringLiteral("plan.pdf"));
    const auto first
        = runWithoutDisplay({ QStringLiteral("--db"), db, QStringLiteral("--print-plan"),
                              QStringLiteral("1"), QStringLiteral("--out"), pdf },
                            home);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    // The whole message; only the number of pages depends on the fonts (1 pagina, 2 pagina's).
    const QRegularExpression written(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(QStringLiteral("Persoonlijk trajectplan versie 1 ("))
        + QStringLiteral("(?:1 pagina|[2-9] pagina's|[1-9][0-9]+ pagina's)")
        + QRegularExpression::escape(
            QStringLiteral(") geschreven naar %1.\n").arg(QDir::toNativeSeparators(pdf)))));
    CHECK(written.match(first.out).hasMatch());
    CHECK(QFileInfo(pdf).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Mijn trajectplan")));
    CHECK(text.contains(QStringLiteral("versie 1")));

    // Again, for the workplace and in English: version 2, no barriers.
    const auto second = runWithoutDisplay(
        { QStringLiteral("--db"), db, QStringLiteral("--print-plan"), QStringLiteral("1"),
          QStringLiteral("--out"), pdf, QStringLiteral("--audience"), QStringLiteral("workplace"),
          QStringLiteral("--plan-language"), QStringLiteral("en") },
        home);
    REQUIRE(second.exitCode == 0);
    const QString english = pdfText(pdf);
    // It speaks to the workplace about the learner, not to the learner.
    CHECK(english.contains(QStringLiteral("Personal plan of ")));
    CHECK_FALSE(english.contains(QStringLiteral("My personal plan")));
    CHECK(english.contains(QStringLiteral("version 2")));
    CHECK_FALSE(english.contains(QStringLiteral("What are we working on?")));
}

TEST_CASE("cli: --appendix adds the full lists to a plan or leaves them out, and refuses "
          "anything else")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const QString pdf = home.filePath(QStringLiteral("plan.pdf"));
    const auto plan = [&](const QStringList &more) {
        return runWithoutDisplay(QStringList { QStringLiteral("--db"), db,
                                               QStringLiteral("--print-plan"), QStringLiteral("1"),
                                               QStringLiteral("--out"), pdf }
                                     + more,
                                 home);
    };
    const QString appendix = QStringLiteral("Bijlage: alle ");
    // The learner's plan leaves the lists out unless asked.
    REQUIRE(plan({}).exitCode == 0);
    CHECK_FALSE(pdfText(pdf).contains(appendix));
    REQUIRE(plan({ QStringLiteral("--appendix"), QStringLiteral("yes") }).exitCode == 0);
    CHECK(pdfText(pdf).contains(appendix));
    // The workplace's has them unless asked not to.
    const QStringList workplace { QStringLiteral("--audience"), QStringLiteral("workplace") };
    REQUIRE(plan(workplace).exitCode == 0);
    CHECK(pdfText(pdf).contains(appendix));
    REQUIRE(plan(workplace + QStringList { QStringLiteral("--appendix"), QStringLiteral("no") })
                .exitCode
            == 0);
    CHECK_FALSE(pdfText(pdf).contains(appendix));

    // Anything but yes or no is refused, and no version is kept for it.
    QFile::remove(pdf);
    const auto refused = plan({ QStringLiteral("--appendix"), QStringLiteral("misschien") });
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.endsWith(
        QStringLiteral("\n--appendix is yes (ja) of no (nee), niet \"misschien\".\n")));
    CHECK_FALSE(QFile::exists(pdf));
    const auto alone = traject::test::run(
        { QStringLiteral("--db"), db, QStringLiteral("--appendix"), QStringLiteral("yes") }, home,
        traject::test::Display::Offscreen);
    CHECK(alone.exitCode != 0);
    CHECK(alone.err.endsWith(QStringLiteral("\n--appendix hoort bij --print-plan.\n")));
}

TEST_CASE("cli: --attendance-sheet writes the mentor's sheet of a placement")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const QString pdf = home.filePath(QStringLiteral("sheet.pdf"));
    const auto written
        = runWithoutDisplay({ QStringLiteral("--db"), db, QStringLiteral("--attendance-sheet"),
                              QStringLiteral("1"), QStringLiteral("--out"), pdf },
                            home);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(pdfText(pdf).contains(QStringLiteral("Aanwezigheidslijst")));
}

TEST_CASE("cli: a plan is refused, with exit code 2 and a message, when it cannot be made")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const QString pdf = home.filePath(QStringLiteral("plan.pdf"));
    const auto checksum = traject::test::fileChecksum(db);

    // columns: arguments, the whole message
    const auto [arguments, expected] = GENERATE_COPY(table<QStringList, QString>({
        { { QStringLiteral("--print-plan"), QStringLiteral("999") },
          QStringLiteral("Deze cursist bestaat niet (nummer 999).") },
        // The document's language is not the program's: the SPOC is told in Dutch.
        { { QStringLiteral("--print-plan"), QStringLiteral("999"),
            QStringLiteral("--plan-language"), QStringLiteral("en") },
          QStringLiteral("Deze cursist bestaat niet (nummer 999).") },
        { { QStringLiteral("--print-intake"), QStringLiteral("999"),
            QStringLiteral("--plan-language"), QStringLiteral("en") },
          QStringLiteral("Deze intake bestaat niet (nummer 999).") },
        { { QStringLiteral("--attendance-sheet"), QStringLiteral("999"),
            QStringLiteral("--plan-language"), QStringLiteral("en") },
          QStringLiteral("Dit werkplekleren bestaat niet (nummer 999).") },
        { { QStringLiteral("--print-plan"), QStringLiteral("abc") },
          QStringLiteral("--print-plan heeft het nummer van een cursist nodig, bv. --print-plan "
                         "12.") },
        { { QStringLiteral("--print-plan"), QStringLiteral("1"), QStringLiteral("--audience"),
            QStringLiteral("boss") },
          QStringLiteral("Onbekend publiek \"boss\": gebruik learner, workplace of partner.") },
        { { QStringLiteral("--print-plan"), QStringLiteral("1"), QStringLiteral("--plan-language"),
            QStringLiteral("fr") },
          QStringLiteral("Een plan kan in het Nederlands (nl) of het Engels (en) afgedrukt "
                         "worden.") },
    }));
    CAPTURE(arguments);
    const auto refused = runWithoutDisplay(
        QStringList { QStringLiteral("--db"), db, QStringLiteral("--out"), pdf } + arguments, home);
    CHECK(refused.exitCode == 2);
    // The message is the last line; Qt may warn on lines before it (e.g. "QStandardPaths:
    // XDG_RUNTIME_DIR not set"), depending on the environment.
    CAPTURE(refused.err);
    CHECK(QRegularExpression(QRegularExpression::anchoredPattern(
                                 QStringLiteral("(?:.*\n)*")
                                 + QRegularExpression::escape(expected + QLatin1Char('\n'))))
              .match(refused.err)
              .hasMatch());
    CHECK_FALSE(QFile::exists(pdf));
    // Nothing was kept: the database is as it was.
    CHECK(traject::test::fileChecksum(db) == checksum);
}

TEST_CASE("cli: a plan needs an existing database and a place to write")
{
    QTemporaryDir home;
    const QString missing = home.filePath(QStringLiteral("missing.sqlite"));
    const auto noDatabase = runWithoutDisplay(
        { QStringLiteral("--db"), missing, QStringLiteral("--print-plan"), QStringLiteral("1"),
          QStringLiteral("--out"), home.filePath(QStringLiteral("plan.pdf")) },
        home);
    CHECK(noDatabase.exitCode == 2);
    CHECK(noDatabase.err.contains(QStringLiteral("missing.sqlite")));
    CHECK_FALSE(QFile::exists(missing)); // no empty database made for it

    const QString db = traject::test::demoDatabase(home);
    const auto checksum = traject::test::fileChecksum(db);
    const auto noFolder = runWithoutDisplay(
        { QStringLiteral("--db"), db, QStringLiteral("--print-plan"), QStringLiteral("1"),
          QStringLiteral("--out"), home.filePath(QStringLiteral("no/such/folder/plan.pdf")) },
        home);
    CHECK(noFolder.exitCode == 2);
    CHECK(noFolder.err.contains(QStringLiteral("folder")));
    CHECK(traject::test::fileChecksum(db) == checksum);

    const auto noOut = runWithoutDisplay(
        { QStringLiteral("--db"), db, QStringLiteral("--print-plan"), QStringLiteral("1") }, home);
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out")));
}

} // namespace TRAJECT_UNITY_ID
