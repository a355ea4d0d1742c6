// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end: exchange with other tools from the command line (--import-learners, --export-ics).
#include "CliSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace TRAJECT_UNITY_ID {

namespace {

using traject::test::Run;

Run runWithoutDisplay(const QStringList &arguments, const QTemporaryDir &home)
{
    return traject::test::run(arguments, home, traject::test::Display::None);
}

QString writeCsv(const QTemporaryDir &home, const char *name, const QByteArray &bytes)
{
    const QString path = home.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

int learners(const QString &db, const QTemporaryDir &home)
{
    const Run counted
        = runWithoutDisplay({ QStringLiteral("--db"), db, QStringLiteral("--no-window") }, home);
    REQUIRE(counted.exitCode == 0);
    // "Database …: 25 learner(s)." in English or Dutch: the number before the last word.
    const QStringList words = counted.out.trimmed().split(QLatin1Char(' '));
    return words.value(words.size() - 2).toInt();
}

const QByteArray mixed = "Voornaam;Achternaam;Geboortedatum;E-mail\r\n"
                         "Hanne;Vermeulen;12/04/1994;hanne@voorbeeld.be\r\n"
                         "Fatima;Ouali;31/02/1990;\r\n"
                         ";;;\r\n"
                         "Sofie;Goethals;1995-06-30;geen-adres\r\n"
                         "Lotte;Maes;3/7/1999;\r\n";

} // namespace

TEST_CASE("cli: --import-learners imports the valid rows and prints the report per row")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const int before = learners(db, home);
    const QString csv = writeCsv(home, "aanmeldingen.csv", mixed);

    const Run imported = runWithoutDisplay(
        { QStringLiteral("--db"), db, QStringLiteral("--import-learners"), csv }, home);
    INFO(imported.out.toStdString() << imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    // One line per problem: the row of the spreadsheet, the column as named in the file.
    // ("rij 3, kolom Geboortedatum: …" in Dutch, "row 3, column Geboortedatum: …" in English)
    const QStringList lines = imported.out.split(QLatin1Char('\n'));
    const auto line = [&lines](const char *row, const char *column) {
        return std::any_of(lines.begin(), lines.end(), [&](const QString &text) {
            return text.contains(QLatin1String(row)) && text.contains(QLatin1String(column));
        });
    };
    CHECK(line(" 3, ", " Geboortedatum: "));
    CHECK(line(" 5, ", " E-mail: "));
    CHECK(learners(db, home) == before + 2);

    // The same file again: every valid row is a possible duplicate, nothing new.
    const Run again = runWithoutDisplay(
        { QStringLiteral("--db"), db, QStringLiteral("--import-learners"), csv }, home);
    CHECK(again.exitCode != 0);
    CHECK_FALSE(again.err.isEmpty());
    CHECK(learners(db, home) == before + 2);
}

TEST_CASE("cli: --import-learners --dry-run and --on-error stop leave the database unchanged")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const int before = learners(db, home);
    const QString csv = writeCsv(home, "aanmeldingen.csv", mixed);

    const Run dry
        = runWithoutDisplay({ QStringLiteral("--db"), db, QStringLiteral("--import-learners"), csv,
                              QStringLiteral("--dry-run") },
                            home);
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(learners(db, home) == before);

    const Run stopped
        = runWithoutDisplay({ QStringLiteral("--db"), db, QStringLiteral("--import-learners"), csv,
                              QStringLiteral("--on-error"), QStringLiteral("stop") },
                            home);
    CHECK(stopped.exitCode != 0);
    CHECK_FALSE(stopped.err.isEmpty());
    CHECK(learners(db, home) == before);
}

TEST_CASE("cli: --import-learners refuses an unreadable or broken file with exit code 2")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const int before = learners(db, home);
    const Run missing
        = runWithoutDisplay({ QStringLiteral("--db"), db, QStringLiteral("--import-learners"),
                              home.filePath(QStringLiteral("nergens.csv")) },
                            home);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("nergens.csv")));

    const QString broken
        = writeCsv(home, "kapot.csv", "Voornaam;Naam\r\nJan;\"Claes\r\nEls;Peeters\r\n");
    const Run quote = runWithoutDisplay(
        { QStringLiteral("--db"), db, QStringLiteral("--import-learners"), broken }, home);
    CHECK(quote.exitCode == 2);
    // Row 2 of the spreadsheet (the header is row 1) opens the quote on line 2 of the file.
    CHECK(quote.err
          == QStringLiteral("Rij 2 (regel 2 van het bestand): er staat een aanhalingsteken dat "
                            "nooit gesloten wordt. Kijk de cel na die daar begint.\n"));

    const QString noNames = writeCsv(home, "zonder-namen.csv", "Gemeente\r\nBrugge\r\n");
    const Run refused = runWithoutDisplay(
        { QStringLiteral("--db"), db, QStringLiteral("--import-learners"), noNames }, home);
    CHECK(refused.exitCode == 2);
    CHECK(learners(db, home) == before);
}

TEST_CASE("cli: --export-ics writes the learner's agenda owner-only; twice gives the same UIDs")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    QStringList uids;
    for (const char *name : { "agenda-1.ics", "agenda-2.ics" }) {
        const QString out = home.filePath(QString::fromLatin1(name));
        const Run exported
            = runWithoutDisplay({ QStringLiteral("--db"), db, QStringLiteral("--export-ics"),
                                  QStringLiteral("3"), QStringLiteral("--out"), out },
                                home);
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        CHECK(exported.out.contains(QString::fromLatin1(name)));
        CHECK(QFileInfo(out).permissions()
              == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                  | QFileDevice::WriteUser));
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QStringList found;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("UID:"))
                found.append(QString::fromUtf8(line.trimmed()));
        }
        uids.append(found.join(QLatin1Char(' ')));
    }
    CHECK(uids.at(0) == uids.at(1));
}

TEST_CASE("cli: --export-ics of an unknown learner or into a missing folder exits 2")
{
    QTemporaryDir home;
    const QString db = traject::test::demoDatabase(home);
    const Run unknown = runWithoutDisplay(
        { QStringLiteral("--db"), db, QStringLiteral("--export-ics"), QStringLiteral("9999"),
          QStringLiteral("--out"), home.filePath(QStringLiteral("agenda.ics")) },
        home);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err == QStringLiteral("Deze cursist bestaat niet (nummer 9999).\n"));
    CHECK_FALSE(QFileInfo::exists(home.filePath(QStringLiteral("agenda.ics"))));

    const Run folder = runWithoutDisplay(
        { QStringLiteral("--db"), db, QStringLiteral("--export-ics"), QStringLiteral("3"),
          QStringLiteral("--out"), home.filePath(QStringLiteral("nergens/agenda.ics")) },
        home);
    CHECK(folder.exitCode == 2);
    CHECK_FALSE(folder.err.isEmpty());
}

} // namespace TRAJECT_UNITY_ID
