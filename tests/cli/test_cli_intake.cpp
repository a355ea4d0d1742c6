// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: the intake summary printed from the command line, and a partnership's own intake
// template loaded from a file.
#include "CliSupport.h"
#include "TestSupport.h"

#include "storage/AuditLog.h"
#include "storage/BarrierRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using traject::test::require;

namespace {

traject::test::Run runWithoutDisplay(const QStringList &arguments, const QTemporaryDir &home)
{
    return traject::test::run(arguments, home, traject::test::Display::None);
}

QString poppler(const QString &program, const QString &pdf)
{
    QProcess process;
    process.start(program,
                  program == QLatin1String("pdftotext") ? QStringList { pdf, QStringLiteral("-") }
                                                        : QStringList { pdf });
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

int pdfPages(const QString &pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(poppler(QStringLiteral("pdfinfo"), pdf));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

/// A database file made by the program, with one learner whose intake is under way.
struct IntakeDatabase
{
    QString path;
    qint64 intakeId = 0;

    explicit IntakeDatabase(const QTemporaryDir &home)
        : path(home.filePath(QStringLiteral("caseload.sqlite")))
    {
        const auto made = runWithoutDisplay(
            { QStringLiteral("--db"), path, QStringLiteral("--no-window") }, home);
        REQUIRE(made.exitCode == 0);

        const auto db = require(Database::open(path));
        const FixedClock clock(traject::test::fixedToday());
        Learner learner;
        learner.firstName = QStringLiteral("Aisha");
        learner.lastName = QStringLiteral("Diallo");
        learner.birthDate = QDate(1994, 2, 11);
        const qint64 learnerId = require(LearnerRepository(*db, clock).add(learner));
        IntakeRepository intakes(*db, clock);
        const Intake intake = require(intakes.start(learnerId, traject::test::fixedToday()));
        intakeId = intake.id;
        require(intakes.setAnswer(intakeId, QStringLiteral("motivation"),
                                  QStringLiteral("Ik wil werken met baby's.")));
        require(intakes.setAnswer(intakeId, QStringLiteral("nt2_level"), QStringLiteral("2.4")));
        require(intakes.setAnswer(intakeId, QStringLiteral("participants"),
                                  QStringLiteral("vdab,referrer")));
        Barrier barrier;
        barrier.learnerId = learnerId;
        barrier.category = BarrierCategory::FinancialMaterial;
        barrier.description = QStringLiteral("Geen vervoer naar de werkplek");
        barrier.detectedOn = traject::test::fixedToday();
        BarrierRepository barriers(*db, clock);
        require(intakes.linkBarrier(intakeId, require(barriers.addBarrier(barrier))));
        require(intakes.setDecision(intakeId, IntakeDecision::Admitted, {}, {}));
    }
};

/// The version after the built-in template's.
int nextVersion()
{
    return QJsonDocument::fromJson(IntakeTemplate::builtIn())
               .object()
               .value(QStringLiteral("version"))
               .toInt()
        + 1;
}

/// The built-in template as a new version, with one question added (and its text as given).
QByteArray templateVersion(int version, const QString &newQuestion)
{
    QJsonObject root = QJsonDocument::fromJson(IntakeTemplate::builtIn()).object();
    root[QStringLiteral("version")] = version;
    QJsonArray sections = root[QStringLiteral("sections")].toArray();
    QJsonObject first = sections[0].toObject();
    QJsonArray questions = first[QStringLiteral("questions")].toArray();
    questions.append(QJsonObject { { QStringLiteral("key"), QStringLiteral("driving_licence") },
                                   { QStringLiteral("type"), QStringLiteral("yesno") },
                                   { QStringLiteral("text"), newQuestion } });
    first[QStringLiteral("questions")] = questions;
    sections[0] = first;
    root[QStringLiteral("sections")] = sections;
    return QJsonDocument(root).toJson();
}

QString writeFile(const QTemporaryDir &home, const QString &name, const QByteArray &bytes)
{
    const QString path = home.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("cli: --print-intake writes the one-page summary of an intake, and keeps nothing but "
          "its audit entry")
{
    QTemporaryDir home;
    const IntakeDatabase db(home);
    const auto checksum = traject::test::fileChecksum(db.path);
    const QString pdf = home.filePath(QStringLiteral("intake.pdf"));

    const auto written
        = runWithoutDisplay({ QStringLiteral("--db"), db.path, QStringLiteral("--print-intake"),
                              QString::number(db.intakeId), QStringLiteral("--out"), pdf },
                            home);
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(QStringLiteral("intake.pdf")));
    CHECK(pdfPages(pdf) == 1);
    const QString text = poppler(QStringLiteral("pdftotext"), pdf);
    for (const char *expected :
         { "Aisha Diallo", "11/02/1994", "Motivatie en verwachtingen", "Ik wil werken met baby's.",
           "Toeleider", "Geen vervoer naar de werkplek", "pagina 1 van 1" })
        CHECK(text.contains(QString::fromUtf8(expected)));
    CHECK_FALSE(text.contains(QStringLiteral("Formele voorwaarden"))); // nothing answered there
    // Printing changes nothing in the caseload but the audit log, which says it was written.
    CHECK(traject::test::fileChecksum(db.path) != checksum);
    {
        const auto database = require(Database::open(db.path));
        const FixedClock clock(traject::test::fixedToday());
        const auto entries = require(AuditLog(*database, clock).entries());
        REQUIRE(entries.size() == 1);
        CHECK(entries.front().action == AuditAction::Export);
        CHECK(entries.front().detail == QStringLiteral("intake summary, PDF, 1 pages"));
    }

    const auto english
        = runWithoutDisplay({ QStringLiteral("--db"), db.path, QStringLiteral("--print-intake"),
                              QString::number(db.intakeId), QStringLiteral("--out"), pdf,
                              QStringLiteral("--plan-language"), QStringLiteral("en") },
                            home);
    REQUIRE(english.exitCode == 0);
    const QString englishText = poppler(QStringLiteral("pdftotext"), pdf);
    CHECK(englishText.contains(QStringLiteral("Intake interview")));
    CHECK(englishText.contains(QStringLiteral("Motivation and expectations")));
    CHECK(englishText.contains(QStringLiteral("page 1 of 1")));
}

TEST_CASE("cli: an intake summary is refused, with exit code 2 and a message, when it cannot be "
          "made")
{
    QTemporaryDir home;
    const IntakeDatabase db(home);
    const QString pdf = home.filePath(QStringLiteral("intake.pdf"));
    const auto checksum = traject::test::fileChecksum(db.path);
    const QString id = QString::number(db.intakeId);
    const QString noFolder = home.filePath(QStringLiteral("no/such/folder/intake.pdf"));

    // columns: arguments (ID, OUT and NOFOLDER stand for this run's intake and files), a word
    // of the message
    const auto [arguments, expected] = GENERATE(table<QStringList, QString>({
        { { QStringLiteral("--print-intake"), QStringLiteral("999"), QStringLiteral("--out"),
            QStringLiteral("OUT") },
          QStringLiteral("999") },
        { { QStringLiteral("--print-intake"), QStringLiteral("abc"), QStringLiteral("--out"),
            QStringLiteral("OUT") },
          QStringLiteral("--print-intake") },
        { { QStringLiteral("--print-intake"), QStringLiteral("ID") }, QStringLiteral("--out") },
        { { QStringLiteral("--print-intake"), QStringLiteral("ID"), QStringLiteral("--out"),
            QStringLiteral("OUT"), QStringLiteral("--plan-language"), QStringLiteral("fr") },
          QStringLiteral("(nl)") },
        { { QStringLiteral("--print-intake"), QStringLiteral("ID"), QStringLiteral("--print-plan"),
            QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("OUT") },
          QStringLiteral("--print-intake") },
        { { QStringLiteral("--print-intake"), QStringLiteral("ID"), QStringLiteral("--out"),
            QStringLiteral("NOFOLDER") },
          QStringLiteral("no/such/folder") },
    }));
    QStringList resolved { QStringLiteral("--db"), db.path };
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("ID"))
            resolved.append(id);
        else if (argument == QLatin1String("OUT"))
            resolved.append(pdf);
        else if (argument == QLatin1String("NOFOLDER"))
            resolved.append(noFolder);
        else
            resolved.append(argument);
    }
    CAPTURE(resolved);
    const auto refused = runWithoutDisplay(resolved, home);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(expected));
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(traject::test::fileChecksum(db.path) == checksum);
}

TEST_CASE("cli: an intake summary or a template needs an existing database")
{
    QTemporaryDir home;
    const QString missing = home.filePath(QStringLiteral("missing.sqlite"));
    const QString json = writeFile(home, QStringLiteral("v2.json"),
                                   templateVersion(nextVersion(), QStringLiteral("Rijbewijs?")));
    const bool loadsTemplate = GENERATE(false, true);
    const QStringList arguments = loadsTemplate
        ? QStringList { QStringLiteral("--load-intake-template"), json }
        : QStringList { QStringLiteral("--print-intake"), QStringLiteral("1"),
                        QStringLiteral("--out"), home.filePath(QStringLiteral("intake.pdf")) };
    CAPTURE(arguments);
    const auto refused
        = runWithoutDisplay(QStringList { QStringLiteral("--db"), missing } + arguments, home);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("missing.sqlite")));
    CHECK_FALSE(QFile::exists(missing)); // no empty database made for it
}

TEST_CASE("cli: --load-intake-template loads a new version; a clashing version is refused")
{
    QTemporaryDir home;
    const IntakeDatabase db(home);
    const int next = nextVersion();
    const QString v2 = writeFile(home, QStringLiteral("kinderbegeleider-next.json"),
                                 templateVersion(next, QStringLiteral("Heb je een rijbewijs?")));

    const auto loaded = runWithoutDisplay(
        { QStringLiteral("--db"), db.path, QStringLiteral("--load-intake-template"), v2 }, home);
    INFO(loaded.err.toStdString());
    REQUIRE(loaded.exitCode == 0);
    CHECK(loaded.out.contains(QStringLiteral("kinderbegeleider")));
    CHECK(loaded.out.contains(QStringLiteral(" %1 ").arg(next)));
    {
        const auto database = require(Database::open(db.path));
        const FixedClock clock(traject::test::fixedToday());
        const auto current = require(IntakeRepository(*database, clock).currentTemplate());
        CHECK(current.version == next);
        CHECK(current.question(QStringLiteral("driving_licence")));
    }

    // The same file again is no change; the same version with other questions is refused.
    const auto again = runWithoutDisplay(
        { QStringLiteral("--db"), db.path, QStringLiteral("--load-intake-template"), v2 }, home);
    CHECK(again.exitCode == 0);
    const auto checksum = traject::test::fileChecksum(db.path);
    const QString clash = writeFile(home, QStringLiteral("clash.json"),
                                    templateVersion(next, QStringLiteral("Heb je een auto?")));
    const auto refused = runWithoutDisplay(
        { QStringLiteral("--db"), db.path, QStringLiteral("--load-intake-template"), clash }, home);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("kinderbegeleider")));
    CHECK(refused.out.isEmpty());
    CHECK(traject::test::fileChecksum(db.path) == checksum);
}

TEST_CASE("cli: a template file that cannot be read or is no template is refused")
{
    QTemporaryDir home;
    const IntakeDatabase db(home);
    const auto checksum = traject::test::fileChecksum(db.path);

    writeFile(home, QStringLiteral("broken.json"), "{ not json");
    writeFile(home, QStringLiteral("nameless.json"),
              R"({"version": 3, "title": "T", "sections": []})");
    writeFile(home, QStringLiteral("badbarrier.json"),
              R"({"name": "x", "version": 4, "title": "T", "sections": [
                  {"key": "a", "title": "A", "questions": [
                      {"key": "q", "type": "text", "text": "Q?", "barrier": "11"}]},
                  {"key": "d", "kind": "decision", "title": "D"}]})");

    // columns: the file in the home folder ("." is the folder itself), the whole message (in
    // Dutch, the program's language; FILE stands for the file's full path), as a pattern
    const auto [name, expected] = GENERATE(table<QString, QString>({
        { QStringLiteral("broken.json"),
          QStringLiteral("Dit is geen intakesjabloon: het bestand is geen geldige JSON \\(.+ op "
                         "positie \\d+\\)\\.") },
        { QStringLiteral("nameless.json"),
          QStringLiteral("Het intakesjabloon heeft geen naam\\.") },
        { QStringLiteral("badbarrier.json"),
          QStringLiteral("De vraag \"q\" maakt een drempel van een onbekende categorie \"11\" "
                         "\\(1 tot 10\\)\\.") },
        { QStringLiteral("nowhere.json"), QStringLiteral("Het bestand FILE bestaat niet\\.") },
        { QStringLiteral("."), QStringLiteral("Het bestand FILE kan niet gelezen worden\\.") },
    }));
    const QString file = name == QLatin1String(".") ? home.path() : home.filePath(name);
    CAPTURE(file);
    const auto refused = runWithoutDisplay(
        { QStringLiteral("--db"), db.path, QStringLiteral("--load-intake-template"), file }, home);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 2);
    const QRegularExpression whole(QRegularExpression::anchoredPattern(
        QString(expected).replace(QStringLiteral("FILE"),
                                  QRegularExpression::escape(QDir::toNativeSeparators(file)))
        + QStringLiteral("\\n")));
    CHECK(whole.match(refused.err).hasMatch());
    CHECK(refused.out.isEmpty());
    CHECK(traject::test::fileChecksum(db.path) == checksum);
}

TEST_CASE("cli: --help tells about the intake summary and intake templates")
{
    QTemporaryDir home;
    const auto help = runWithoutDisplay({ QStringLiteral("--help") }, home);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--print-intake <ID>")));
    CHECK(help.out.contains(QStringLiteral("--load-intake-template")));
}

} // namespace TRAJECT_UNITY_ID
