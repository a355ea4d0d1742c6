// SPDX-License-Identifier: GPL-3.0-or-later
// "Encrypted at rest", its command line: --passphrase-file, --recovery-key-file,
// --encrypt, --change-passphrase and --recovery-sheet, and every older option on an encrypted
// file. Each unlock costs the real key derivation (about a second), so the tests unlock sparingly.
#include "CliSupport.h"
#include "EncryptionSupport.h"
#include "TestSupport.h"

#include "crypto/KeyRing.h"
#include "storage/Backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::test;

namespace {

const QString passphrase = QStringLiteral("paarse olifant danst op dinsdag");

QStringList withDb(const QString &db, QStringList arguments)
{
    arguments.prepend(db);
    arguments.prepend(QStringLiteral("--db"));
    return arguments;
}

} // namespace

TEST_CASE("cli: --passphrase-file makes a new database encrypted, and only its passphrase opens it")
{
    QTemporaryDir home;
    const QString secret = writeSecret(home, "wachtzin.txt", passphrase);
    const QString db = home.filePath(QStringLiteral("caseload.sqlite"));
    const Run made = run(withDb(db,
                                { QStringLiteral("--demo"), QStringLiteral("--no-window"),
                                  QStringLiteral("--passphrase-file"), secret }),
                         home, Display::None);
    INFO(made.out.toStdString() << made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out
          == QStringLiteral("De nieuwe databank %1 is versleuteld met de wachtzin uit %2.\n"
                            "Demogegevens toegevoegd: 25 cursisten.\n"
                            "Databank %1: 25 cursisten.\n")
                 .arg(QDir::toNativeSeparators(db), QDir::toNativeSeparators(secret)));
    CHECK(made.err == noSheetWarning());
    CHECK(QFileInfo::exists(db + QStringLiteral(".keys")));
    CHECK_FALSE(startsPlain(db));

    // Without a passphrase and without a terminal (a pipe, as in a script): exit 2, and why.
    const QByteArray before = fileChecksum(db);
    const Run locked = run(withDb(db, { QStringLiteral("--no-window") }), home, Display::None);
    CHECK(locked.exitCode == 2);
    CHECK(locked.out.isEmpty());
    CHECK(locked.err
          == QStringLiteral("De databank %1 is versleuteld. Geef haar wachtzin met "
                            "--passphrase-file, of haar herstelsleutel met --recovery-key-file.\n")
                 .arg(QDir::toNativeSeparators(db)));
    CHECK(fileChecksum(db) == before);
}

TEST_CASE("cli: a wrong passphrase exits 2 and leaves the database and its key slots "
          "byte-identical")
{
    QTemporaryDir home;
    const QString db = encryptedDemo(home, passphrase);
    const QStringList files = { db, db + QStringLiteral(".keys"), db + QStringLiteral("-wal") };
    QList<QByteArray> before;
    for (const QString &file : files)
        before.append(fileChecksum(file));
    const QString wrong = writeSecret(home, "fout.txt", QStringLiteral("paarse olifant"));

    const Run refused = run(
        withDb(db, { QStringLiteral("--no-window"), QStringLiteral("--passphrase-file"), wrong }),
        home, Display::None);
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err == QStringLiteral("De wachtzin klopt niet. Er is niets veranderd.\n"));
    for (qsizetype i = 0; i < files.size(); ++i) {
        INFO(files.at(i).toStdString());
        CHECK(fileChecksum(files.at(i)) == before.at(i));
    }
}

TEST_CASE("cli: a passphrase file that is missing, empty or a folder is refused in Dutch, and "
          "nothing is made")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("nieuw.sqlite"));
    const QString missing = home.filePath(QStringLiteral("nergens.txt"));
    const QString empty = writeSecret(home, "leeg.txt", QString());
    const QString folder = home.filePath(QStringLiteral("map"));
    REQUIRE(QDir().mkpath(folder));
    const auto shown = [](const QString &path) { return QDir::toNativeSeparators(path); };

    const struct
    {
        QString file;
        QString message;
    } cases[] = {
        { missing,
          QStringLiteral("--passphrase-file: het bestand %1 bestaat niet.\n").arg(shown(missing)) },
        { empty,
          QStringLiteral("--passphrase-file: de eerste regel van %1 is leeg. Zet de "
                         "wachtzin op de eerste regel.\n")
              .arg(shown(empty)) },
        { folder,
          QStringLiteral("--passphrase-file: %1 is een map, geen bestand.\n").arg(shown(folder)) },
    };
    for (const auto &c : cases) {
        INFO(c.file.toStdString());
        const Run refused = run(
            withDb(db,
                   { QStringLiteral("--no-window"), QStringLiteral("--passphrase-file"), c.file }),
            home, Display::None);
        CHECK(refused.exitCode == 2);
        CHECK(refused.out.isEmpty());
        CHECK(refused.err == c.message);
        CHECK_FALSE(QFileInfo::exists(db));
        CHECK_FALSE(QFileInfo::exists(db + QStringLiteral(".keys")));
    }
}

TEST_CASE("cli: key options that do not go together are refused before anything is read")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("caseload.sqlite"));
    const QString secret = writeSecret(home, "wachtzin.txt", passphrase);
    const struct
    {
        QStringList arguments;
        QString message;
    } cases[] = {
        { { QStringLiteral("--encrypt") },
          QStringLiteral(
              "--encrypt heeft --passphrase-file nodig: het bestand met de wachtzin.\n") },
        { { QStringLiteral("--passphrase-file"), secret, QStringLiteral("--recovery-key-file"),
            secret },
          QStringLiteral("Geef --passphrase-file of --recovery-key-file, niet allebei.\n") },
        { { QStringLiteral("--passphrase-file"), secret, QStringLiteral("--recovery-sheet"),
            home.filePath(QStringLiteral("blad.txt")) },
          QStringLiteral("Geef --recovery-sheet een bestandsnaam die eindigt op .pdf.\n") },
        { { QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"), secret,
            QStringLiteral("--demo") },
          QStringLiteral("--encrypt zet een bestaande databank om, als enige opdracht; een nieuwe "
                         "databank versleutel je met alleen --passphrase-file.\n") },
    };
    for (const auto &c : cases) {
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString());
        const Run refused
            = run(withDb(db, QStringList(c.arguments) << QStringLiteral("--no-window")), home,
                  Display::None);
        CHECK(refused.exitCode == 2);
        CHECK(ourMessages(refused.err) == c.message);
        CHECK_FALSE(QFileInfo::exists(db));
    }
}

TEST_CASE("cli: a plain database is not unlocked with a passphrase, and a readable passphrase "
          "file is pointed out")
{
    QTemporaryDir home;
    const QString db = demoDatabase(home);
    const QByteArray before = fileChecksum(db);
    const QString secret = writeSecret(home, "wachtzin.txt", passphrase);
    REQUIRE(QFile::setPermissions(secret,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const Run refused = run(
        withDb(db, { QStringLiteral("--no-window"), QStringLiteral("--passphrase-file"), secret }),
        home, Display::None);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err
          == QStringLiteral("Let op: andere gebruikers van deze computer kunnen %1 lezen. Maak het "
                            "alleen voor jou leesbaar (chmod 600) en wis het als je het niet meer "
                            "nodig hebt.\n"
                            "De databank %2 is niet versleuteld: er is niets te ontgrendelen of te "
                            "veranderen. Versleutel ze met --encrypt en --passphrase-file.\n")
                 .arg(QDir::toNativeSeparators(secret), QDir::toNativeSeparators(db)));
    CHECK(fileChecksum(db) == before);
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral(".keys")));
}

TEST_CASE("cli: --encrypt converts a database and its backups; its recovery sheet opens it and "
          "sets a new passphrase")
{
    QTemporaryDir home;
    const QString db = demoDatabase(home);
    const BackupInfo backup = require(Backups(db).make(30, QDateTime::currentDateTime()));
    REQUIRE(startsPlain(backup.path));
    const QString secret = writeSecret(home, "wachtzin.txt", passphrase);
    const QString sheet = home.filePath(QStringLiteral("herstelblad.pdf"));

    const Run encrypted
        = run(withDb(db,
                     { QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"), secret,
                       QStringLiteral("--recovery-sheet"), sheet }),
              home);
    INFO(encrypted.out.toStdString() << encrypted.err.toStdString());
    REQUIRE(encrypted.exitCode == 0);
    CHECK(encrypted.out
          == QStringLiteral(
                 "De databank %1 is nu versleuteld.\n"
                 "1 back-up in haar map backups is ook versleuteld.\n"
                 "Kopieën op een andere plaats (een USB-stick, een e-mail, een cloudmap) blijven "
                 "onversleuteld: wis ze. Op een SSD kunnen resten van het onversleutelde bestand "
                 "op de schijf blijven tot ze overschreven worden.\n"
                 "Herstelblad geschreven naar %2. Druk het af, bewaar het in de kluis van de "
                 "organisatie en wis het bestand.\n"
                 "Databank %1: 25 cursisten.\n")
                 .arg(QDir::toNativeSeparators(db), QDir::toNativeSeparators(sheet)));
    CHECK(ourMessages(encrypted.err).isEmpty());
    CHECK_FALSE(startsPlain(db));
    CHECK_FALSE(startsPlain(backup.path));
    CHECK(QFileInfo(sheet).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
              | QFileDevice::WriteUser));

    // The passphrase is forgotten: the key of the sheet, typed into a file, opens the database
    // and sets a new passphrase.
    const QString key = recoveryKeyOf(sheet);
    REQUIRE(key.size() == 39);
    const QString typed = writeSecret(home, "sleutel.txt",
                                      key.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
    const QString renewed = writeSecret(home, "nieuw.txt", QStringLiteral("groene giraf zingt"));
    const Run recovered = run(withDb(db,
                                     { QStringLiteral("--recovery-key-file"), typed,
                                       QStringLiteral("--change-passphrase"), renewed }),
                              home, Display::None);
    INFO(recovered.out.toStdString() << recovered.err.toStdString());
    REQUIRE(recovered.exitCode == 0);
    CHECK(recovered.out
          == QStringLiteral("De wachtzin van %1 is veranderd; de back-ups in haar map backups "
                            "openen ook met de nieuwe wachtzin. Kopieën op een andere plaats "
                            "houden de oude.\n"
                            "Databank %1: 25 cursisten.\n")
                 .arg(QDir::toNativeSeparators(db)));

    // The new passphrase opens the database and its backup; the old one no longer does.
    CHECK(learnersIn(db, renewed, home) == 25);
    CHECK(learnersIn(backup.path, renewed, home) == 25);
    const Run old = run(
        withDb(db, { QStringLiteral("--no-window"), QStringLiteral("--passphrase-file"), secret }),
        home, Display::None);
    CHECK(old.exitCode == 2);
    CHECK(old.err == QStringLiteral("De wachtzin klopt niet. Er is niets veranderd.\n"));
}

TEST_CASE("cli: --recovery-sheet makes a new recovery key, and the previous sheet stops opening "
          "the database")
{
    QTemporaryDir home;
    const QString secret = writeSecret(home, "wachtzin.txt", passphrase);
    const QString db = home.filePath(QStringLiteral("groot.sqlite"));
    const QString first = home.filePath(QStringLiteral("blad-1.pdf"));
    // A made-up caseload into a new encrypted database, with the sheet of its key.
    const Run generated = run(withDb(db,
                                     { QStringLiteral("--generate"), QStringLiteral("30"),
                                       QStringLiteral("--passphrase-file"), secret,
                                       QStringLiteral("--recovery-sheet"), first }),
                              home, Display::None);
    INFO(generated.out.toStdString() << generated.err.toStdString());
    REQUIRE(generated.exitCode == 0);
    CHECK(generated.out.startsWith(
        QStringLiteral("De nieuwe databank %1 is versleuteld met de wachtzin uit %2.\n"
                       "Herstelblad geschreven naar %3. Druk het af, bewaar het in de kluis van "
                       "de organisatie en wis het bestand.\n")
            .arg(QDir::toNativeSeparators(db), QDir::toNativeSeparators(secret),
                 QDir::toNativeSeparators(first))));
    CHECK(ourMessages(generated.err).isEmpty());
    CHECK_FALSE(startsPlain(db));
    const QString firstKeyText = recoveryKeyOf(first);
    const QString firstKey = writeSecret(home, "sleutel-1.txt", firstKeyText);

    const QString second = home.filePath(QStringLiteral("blad-2.pdf"));
    const Run renewed = run(withDb(db,
                                   { QStringLiteral("--passphrase-file"), secret,
                                     QStringLiteral("--recovery-sheet"), second }),
                            home, Display::None);
    INFO(renewed.out.toStdString() << renewed.err.toStdString());
    REQUIRE(renewed.exitCode == 0);
    CHECK(renewed.out
          == QStringLiteral("Er is een nieuwe herstelsleutel gemaakt: het vorige herstelblad opent "
                            "%1 en de back-ups in haar map backups niet meer.\n"
                            "Herstelblad geschreven naar %2. Druk het af, bewaar het in de kluis "
                            "van de organisatie en wis het bestand.\n"
                            "Databank %1: 30 cursisten.\n")
                 .arg(QDir::toNativeSeparators(db), QDir::toNativeSeparators(second)));
    const QString secondKeyText = recoveryKeyOf(second);
    CHECK(secondKeyText != firstKeyText);
    const QString secondKey = writeSecret(home, "sleutel-2.txt", secondKeyText);

    const Run stale = run(
        withDb(db,
               { QStringLiteral("--no-window"), QStringLiteral("--recovery-key-file"), firstKey }),
        home, Display::None);
    CHECK(stale.exitCode == 2);
    CHECK(stale.err == QStringLiteral("De herstelsleutel klopt niet. Er is niets veranderd.\n"));
    const Run fresh = run(
        withDb(db,
               { QStringLiteral("--no-window"), QStringLiteral("--recovery-key-file"), secondKey }),
        home, Display::None);
    CHECK(fresh.exitCode == 0);
    CHECK(fresh.out
          == QStringLiteral("Databank %1: 30 cursisten.\n").arg(QDir::toNativeSeparators(db)));
}

TEST_CASE("cli: --print-plan, --backup, --report, --import-learners, --export-learner and "
          "--erase-learner work on an encrypted database")
{
    QTemporaryDir home;
    const QString db = encryptedDemo(home, passphrase);
    const QString secret = home.filePath(QStringLiteral("wachtzin.txt"));
    const auto unlocked = [&](QStringList arguments) {
        arguments << QStringLiteral("--passphrase-file") << secret;
        const Run done = run(withDb(db, arguments), home, Display::None);
        INFO(arguments.join(QLatin1Char(' ')).toStdString()
             << '\n'
             << done.out.toStdString() << done.err.toStdString());
        CHECK(done.exitCode == 0);
        return done;
    };

    const QString plan = home.filePath(QStringLiteral("plan.pdf"));
    unlocked(
        { QStringLiteral("--print-plan"), QStringLiteral("1"), QStringLiteral("--out"), plan });
    CHECK(readAll(plan).startsWith("%PDF-"));

    const QString profile = home.filePath(QStringLiteral("profiel.csv"));
    unlocked({ QStringLiteral("--report"), QStringLiteral("profile"), QStringLiteral("--from"),
               QStringLiteral("01/01/2000"), QStringLiteral("--to"), QStringLiteral("31/12/2099"),
               QStringLiteral("--out"), profile });
    CHECK(QString::fromUtf8(readAll(profile)).contains(QStringLiteral(";25\r\n")));

    // A learner with a name found nowhere else, to look for in the raw bytes.
    const QString csv = home.filePath(QStringLiteral("aanmelding.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Voornaam;Achternaam;Geboortedatum;E-mail\r\n"
                   "Zwaantje;Bloemenveldhuis;12/04/1994;\r\n");
    }
    unlocked({ QStringLiteral("--import-learners"), csv });

    const QString out = home.filePath(QStringLiteral("export"));
    REQUIRE(QDir().mkpath(out));
    unlocked(
        { QStringLiteral("--export-learner"), QStringLiteral("3"), QStringLiteral("--out"), out });
    CHECK(QFileInfo::exists(QDir(out).filePath(QStringLiteral("cursist-3.json"))));
    CHECK(readAll(QDir(out).filePath(QStringLiteral("cursist-3.pdf"))).startsWith("%PDF-"));

    const Run erased = unlocked({ QStringLiteral("--erase-learner"), QStringLiteral("3") });
    CHECK(erased.out.contains(QStringLiteral("(learner): 1")));

    // The backup: encrypted too, with its key slots beside it, and it opens with the passphrase.
    const QString copy = home.filePath(QStringLiteral("kopie.sqlite"));
    const Run backedUp = unlocked({ QStringLiteral("--backup"), copy });
    CHECK(backedUp.out
          == QStringLiteral("Back-up van 25 cursisten geschreven naar %1.\n")
                 .arg(QDir::toNativeSeparators(copy)));
    CHECK(QFileInfo::exists(copy + QStringLiteral(".keys")));
    CHECK_FALSE(startsPlain(copy));
    CHECK(learnersIn(copy, secret, home) == 25);

    // No name of a learner in the raw bytes of the database, its WAL or the backup.
    for (const QString &file : { db, db + QStringLiteral("-wal"), copy }) {
        INFO(file.toStdString());
        CHECK_FALSE(readAll(file).contains("Bloemenveldhuis"));
    }
}

TEST_CASE("cli: --help lists the options of an encrypted database in Dutch")
{
    QTemporaryDir home;
    const Run help = run({ QStringLiteral("--help") }, home);
    REQUIRE(help.exitCode == 0);
    const QString text = help.out.simplified();
    INFO(text.toStdString());
    for (const QString &expected : {
             QStringLiteral("--passphrase-file <BESTAND> De eerste regel van het bestand is de "
                            "wachtzin: die ontgrendelt een versleutelde databank."),
             QStringLiteral("--recovery-key-file <BESTAND> De eerste regel van het bestand is de "
                            "herstelsleutel van het herstelblad"),
             QStringLiteral("--encrypt Versleutel de databank en de back-ups in haar map backups "
                            "met de wachtzin van --passphrase-file en stop dan."),
             QStringLiteral("--change-passphrase <BESTAND> Maak van de eerste regel van het "
                            "bestand de nieuwe wachtzin van de versleutelde databank"),
             QStringLiteral("--recovery-sheet <BESTAND> Schrijf het herstelblad naar het "
                            "PDF-bestand, met een nieuwe herstelsleutel"),
         })
        CHECK(text.contains(expected));
}

TEST_CASE("cli: a lost key file is put back from a backup's copy by the passphrase that opens it")
{
    QTemporaryDir home;
    const QString db = encryptedDemo(home, passphrase);
    require(crypto::KeyRing::unlock(db, passphrase));
    const BackupInfo backup = require(Backups(db).make(5, QDateTime::currentDateTime()));
    crypto::KeyRing::forgetAll();
    const QString keys = db + QStringLiteral(".keys");
    REQUIRE(QFile::remove(keys));
    const QByteArray before = fileChecksum(db);

    // A wrong passphrase: said, and nothing is put back or changed.
    const QString wrong = writeSecret(home, "fout.txt", QStringLiteral("paarse olifant"));
    const Run refused = run(
        withDb(db, { QStringLiteral("--no-window"), QStringLiteral("--passphrase-file"), wrong }),
        home, Display::None);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err == QStringLiteral("De wachtzin klopt niet. Er is niets veranderd.\n"));
    CHECK_FALSE(QFileInfo::exists(keys));
    CHECK(fileChecksum(db) == before);

    // The right one: the copy beside the backup goes back, and the database opens.
    const QString secret = writeSecret(home, "wachtzin.txt", passphrase);
    const Run opened = run(
        withDb(db, { QStringLiteral("--no-window"), QStringLiteral("--passphrase-file"), secret }),
        home, Display::None);
    INFO(opened.err.toStdString());
    CHECK(opened.exitCode == 0);
    CHECK(opened.out
          == QStringLiteral("Het sleutelbestand van %1 ontbrak; het is teruggezet uit %2.\n"
                            "Databank %1: 25 cursisten.\n")
                 .arg(QDir::toNativeSeparators(db),
                      QDir::toNativeSeparators(backup.path + QStringLiteral(".keys"))));
    CHECK(QFileInfo::exists(keys));
    CHECK(learnersIn(db, secret, home) == 25);
}

} // namespace TRAJECT_UNITY_ID
