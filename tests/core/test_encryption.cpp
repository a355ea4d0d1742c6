// SPDX-License-Identifier: GPL-3.0-or-later
// "Encrypted at rest": whoever has the disk, a disk image or a backup learns nothing
// about the learners. The database, its WAL and every backup are encrypted with the data key
// that the key slots wrap; a wrong passphrase is refused and changes nothing.
#include "RepositoryFixtures.h"
#include "TestLanguage.h"

#include "crypto/KeyRing.h"
#include "demo/DemoData.h"
#include "storage/Backups.h"
#include "storage/Encryption.h"
#include "storage/internal/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::crypto;
using namespace traject::test;

namespace {

const QString passphrase = QStringLiteral("Zeven kleine eendjes zwemmen");

/// Forgets every key when a test ends, also when it fails.
struct ForgetKeys
{
    ForgetKeys() { KeyRing::forgetAll(); }
    ~ForgetKeys() { KeyRing::forgetAll(); }
};

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray fingerprint(const QString &path)
{
    return QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256);
}

/// An encrypted database with one learner whose notes hold `marker`; the connection stays open,
/// so that the last changes are still in the WAL.
std::unique_ptr<Database> encryptedWithMarker(const QString &path, const QString &marker,
                                              const Clock &clock, QString *recoveryKey = nullptr)
{
    const Result<QString> recovery
        = KeyRing::createKeys(path, passphrase, KdfCost::minimal(), KdfCost::minimal());
    REQUIRE(recovery);
    if (recoveryKey)
        *recoveryKey = *recovery;
    auto db = require(Database::open(path));
    REQUIRE(db->isEncrypted());
    Learner learner;
    learner.firstName = QStringLiteral("Amina");
    learner.lastName = marker;
    learner.notes = marker + QStringLiteral(" heeft schulden en woont in een opvanghuis");
    require(LearnerRepository(*db, clock).add(learner));
    return db;
}

} // namespace

TEST_CASE("encrypted: no trace of a learner in the database, its WAL, a backup or temp files")
{
    ForgetKeys forget;
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    const QString marker = QStringLiteral("Zwx%1Qj").arg(QDateTime::currentMSecsSinceEpoch());
    FixedClock clock(fixedToday());
    auto db = encryptedWithMarker(path, marker, clock);
    const Result<BackupInfo> backup = Backups(path).make(5, QDateTime::currentDateTime());
    REQUIRE(backup);
    REQUIRE(QFile::exists(path + QStringLiteral("-wal")));

    QStringList files;
    QDirIterator everything(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (everything.hasNext())
        files << everything.next();
    for (const QString &file : files) {
        INFO(file.toStdString());
        const QByteArray bytes = bytesOf(file);
        CHECK_FALSE(bytes.contains(marker.toUtf8()));
        CHECK_FALSE(bytes.contains(marker.toUtf8().toHex()));
        CHECK_FALSE(bytes.contains(
            QByteArray(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2)));
        CHECK_FALSE(bytes.contains("schulden"));
        if (!file.endsWith(QLatin1String(".keys")) && !file.endsWith(QLatin1String("-shm")))
            CHECK_FALSE(bytes.startsWith("SQLite format 3"));
    }
    CHECK(files.contains(backup->path));
    CHECK(files.contains(KeyFile::pathFor(backup->path)));
    CHECK(files.contains(path + QStringLiteral("-wal")));

    // The backup opens with the same key, and holds the learner.
    db.reset();
    KeyRing::forgetAll();
    REQUIRE(KeyRing::unlock(backup->path, passphrase));
    auto copy = require(Database::open(backup->path));
    CHECK(rowCount(*copy, "learner", QStringLiteral("last_name = '%1'").arg(marker)) == 1);
}

TEST_CASE("encrypted: without its key the file does not open, and a wrong passphrase changes "
          "nothing")
{
    ForgetKeys forget;
    TestLanguage dutch(QStringLiteral("nl"));
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(fixedToday());
    encryptedWithMarker(path, QStringLiteral("Vermeulen"), clock).reset();
    KeyRing::forgetAll();
    const QByteArray fileBefore = fingerprint(path);
    const QByteArray keysBefore = fingerprint(KeyFile::pathFor(path));

    CHECK(Database::inspect(path).kind == FileInspection::Kind::Locked);
    const auto locked = Database::open(path);
    REQUIRE_FALSE(locked);
    CHECK(locked.error().message
          == QStringLiteral("De databank %1 is versleuteld. Ontgrendel ze eerst met haar "
                            "wachtzin of haar herstelsleutel.")
                 .arg(path));

    const Status wrong = KeyRing::unlock(path, QStringLiteral("zeven kleine eendjes zwemmen"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message == QStringLiteral("De wachtzin klopt niet."));
    CHECK_FALSE(KeyRing::isUnlocked(path));
    CHECK_FALSE(Database::open(path));
    CHECK(fingerprint(path) == fileBefore);
    CHECK(fingerprint(KeyFile::pathFor(path)) == keysBefore);

    // Reading it as a plain file finds no database at all.
    REQUIRE(QFile::rename(KeyFile::pathFor(path), path + QStringLiteral(".weg")));
    CHECK(Database::inspect(path).kind == FileInspection::Kind::NotSqlite);
}

TEST_CASE("encrypted: the recovery key opens the file and sets a new passphrase; old backups "
          "still open with the recovery key")
{
    ForgetKeys forget;
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(fixedToday());
    QString recovery;
    QString oldBackup;
    {
        auto db = encryptedWithMarker(path, QStringLiteral("Claes"), clock, &recovery);
        const Result<BackupInfo> backup = Backups(path).make(5, QDateTime::currentDateTime());
        REQUIRE(backup);
        oldBackup = backup->path;
    }
    KeyRing::forgetAll();

    REQUIRE(KeyRing::unlockWithRecoveryKey(path, recovery));
    REQUIRE(
        KeyRing::changePassphrase(path, QStringLiteral("Een nieuwe lente"), KdfCost::minimal()));
    KeyRing::forgetAll();
    CHECK_FALSE(KeyRing::unlock(path, passphrase));
    REQUIRE(KeyRing::unlock(path, QStringLiteral("Een nieuwe lente")));
    {
        auto db = require(Database::open(path));
        CHECK(rowCount(*db, "learner", QStringLiteral("last_name = 'Claes'")) == 1);
    }
    KeyRing::forgetAll();
    // The old passphrase opens no copy the program knows of any more.
    CHECK_FALSE(KeyRing::unlock(oldBackup, passphrase));
    REQUIRE(KeyRing::unlockWithRecoveryKey(oldBackup, recovery));
    auto copy = require(Database::open(oldBackup));
    CHECK(rowCount(*copy, "learner", QStringLiteral("last_name = 'Claes'")) == 1);
}

TEST_CASE("encrypted: a new recovery key replaces the old one")
{
    ForgetKeys forget;
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(fixedToday());
    QString oldRecovery;
    QString backup;
    {
        auto db = encryptedWithMarker(path, QStringLiteral("Wouters"), clock, &oldRecovery);
        const Result<BackupInfo> made = Backups(path).make(5, QDateTime::currentDateTime());
        REQUIRE(made);
        backup = made->path;
    }
    const Result<QString> renewed = KeyRing::renewRecoveryKey(path, KdfCost::minimal());
    REQUIRE(renewed);
    CHECK(*renewed != oldRecovery);
    KeyRing::forgetAll();
    CHECK_FALSE(KeyRing::unlockWithRecoveryKey(path, oldRecovery));
    CHECK_FALSE(KeyRing::unlockWithRecoveryKey(backup, oldRecovery));
    CHECK(KeyRing::unlockWithRecoveryKey(backup, *renewed));
    CHECK(KeyRing::unlockWithRecoveryKey(path, *renewed));
    CHECK(Database::open(path));
}

TEST_CASE("encrypting the demo file keeps every row, and its backups are encrypted too")
{
    ForgetKeys forget;
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("demo.sqlite"));
    FixedClock clock(fixedToday());
    QMap<QString, qint64> before;
    QString plainBackup;
    {
        auto db = require(Database::open(path));
        REQUIRE(demo::fillDemoCaseload(*db, clock));
        const Result<BackupInfo> backup = Backups(path).make(5, QDateTime::currentDateTime());
        REQUIRE(backup);
        plainBackup = backup->path;
        QSqlQuery tables(db->connection());
        REQUIRE(tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            before.insert(table, rowCount(*db, table.toUtf8().constData()));
        }
    }
    REQUIRE(before.value(QStringLiteral("learner")) > 0);
    REQUIRE(bytesOf(plainBackup).startsWith("SQLite format 3"));

    const Result<EncryptionReport> report
        = Encryption::encrypt(path, passphrase, KdfCost::minimal(), KdfCost::minimal());
    REQUIRE(report);
    CHECK(report->encryptedBackups == QStringList { plainBackup });
    CHECK(report->notEncrypted.isEmpty());
    CHECK_FALSE(bytesOf(path).startsWith("SQLite format 3"));
    CHECK_FALSE(bytesOf(plainBackup).startsWith("SQLite format 3"));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));

    KeyRing::forgetAll();
    CHECK(Database::inspect(path).kind == FileInspection::Kind::Locked);
    REQUIRE(KeyRing::unlockWithRecoveryKey(path, report->recoveryKey));
    auto db = require(Database::open(path));
    CHECK(db->isEncrypted());
    for (auto table = before.cbegin(); table != before.cend(); ++table) {
        INFO(table.key().toStdString());
        CHECK(rowCount(*db, table.key().toUtf8().constData()) == table.value());
    }
    // The backup opens with the same keys.
    auto copy = require(Database::open(plainBackup));
    CHECK(rowCount(*copy, "learner") == before.value(QStringLiteral("learner")));

    // Encrypting again is refused in words, and changes nothing.
    db.reset();
    const QByteArray encrypted = fingerprint(path);
    CHECK_FALSE(Encryption::encrypt(path, passphrase, KdfCost::minimal(), KdfCost::minimal()));
    CHECK(fingerprint(path) == encrypted);
}

TEST_CASE("encrypted: a lost key file is said, and put back from a backup with the passphrase")
{
    ForgetKeys forget;
    TestLanguage dutch(QStringLiteral("nl"));
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(fixedToday());
    {
        auto db = encryptedWithMarker(path, QStringLiteral("Maes"), clock);
        REQUIRE(Backups(path).make(5, QDateTime::currentDateTime()));
    }
    KeyRing::forgetAll();
    REQUIRE(QFile::remove(KeyFile::pathFor(path)));
    const QByteArray before = fingerprint(path);

    CHECK(Database::inspect(path).kind == FileInspection::Kind::KeysMissing);
    const auto refused = Database::open(path);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message
          == QStringLiteral("De databank %1 is versleuteld, maar haar sleutelbestand %2 "
                            "ontbreekt. Elke back-up in %3 heeft er een kopie van: ontgrendel met "
                            "de wachtzin of de herstelsleutel, en het programma zet het "
                            "sleutelbestand terug.")
                 .arg(path, KeyFile::pathFor(path), home.filePath(QStringLiteral("backups"))));

    const Result<QString> wrong
        = Encryption::restoreKeyFile(path, QStringLiteral("verkeerd"), false);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message == QStringLiteral("De wachtzin klopt niet."));
    CHECK_FALSE(QFile::exists(KeyFile::pathFor(path)));
    CHECK(fingerprint(path) == before);

    const Result<QString> restored = Encryption::restoreKeyFile(path, passphrase, false);
    REQUIRE(restored);
    CHECK(restored->startsWith(home.filePath(QStringLiteral("backups/"))));
    CHECK(QFile::exists(KeyFile::pathFor(path)));
    auto db = require(Database::open(path));
    CHECK(rowCount(*db, "learner", QStringLiteral("last_name = 'Maes'")) == 1);
}

TEST_CASE("encrypted: a backup without its key file is listed as not usable, with the reason")
{
    ForgetKeys forget;
    TestLanguage dutch(QStringLiteral("nl"));
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    FixedClock clock(fixedToday());
    auto db = encryptedWithMarker(path, QStringLiteral("Jacobs"), clock);
    const Result<BackupInfo> made = Backups(path).make(5, QDateTime::currentDateTime());
    REQUIRE(made);
    REQUIRE(QFile::remove(KeyFile::pathFor(made->path)));
    const QList<BackupInfo> listed = Backups(path).list();
    REQUIRE(listed.size() == 1);
    CHECK_FALSE(listed.first().usable);
    CHECK(listed.first().problem
          == QStringLiteral("Geen databank, of versleuteld zonder haar sleutelbestand ernaast."));
}

TEST_CASE("encrypted: the copy kept before a conversion is encrypted and has its key file")
{
    ForgetKeys forget;
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    // A file as the program before the last schema step wrote it, with a learner in it.
    const int older = Database::latestVersion() - 1;
    {
        auto old = require(Database::openInMemoryAtVersion(older));
        require(
            sql::exec(*old,
                      QStringLiteral("INSERT INTO learner (first_name, last_name, notes) "
                                     "VALUES ('Amina', 'Vervoort', 'Vervoort heeft schulden')")));
        require(sql::exec(*old, QStringLiteral("VACUUM INTO :target"),
                          { { QStringLiteral("target"), path } }));
    }
    require(Encryption::encrypt(path, passphrase, KdfCost::minimal(), KdfCost::minimal()));

    // Opening converts it; the copy of the file as it was lies beside it.
    {
        auto db = require(Database::open(path));
        CHECK(rowCount(*db, "learner", QStringLiteral("last_name = 'Vervoort'")) == 1);
    }
    const QDir backups(home.filePath(QStringLiteral("backups")));
    const QStringList copies
        = backups.entryList({ QStringLiteral("caseload-voor-omzetting-v*.sqlite") }, QDir::Files);
    REQUIRE(copies.size() == 1);
    const QString copy = backups.filePath(copies.first());
    CHECK_FALSE(bytesOf(copy).startsWith("SQLite format 3"));
    CHECK_FALSE(bytesOf(copy).contains("Vervoort"));
    CHECK(QFile::exists(KeyFile::pathFor(copy)));

    // The copy opens on its own, with the passphrase, at its old version.
    KeyRing::forgetAll();
    CHECK(Database::inspect(copy).kind == FileInspection::Kind::Locked);
    require(KeyRing::unlock(copy, passphrase));
    const FileInspection inspected = Database::inspect(copy);
    CHECK(inspected.kind == FileInspection::Kind::Ours);
    CHECK(inspected.version == older);
}

TEST_CASE("encrypted: a keyed connection keeps 32 MiB of decrypted pages, a plain one SQLite's "
          "default")
{
    ForgetKeys forget;
    QTemporaryDir home;
    FixedClock clock(fixedToday());
    auto encrypted = encryptedWithMarker(home.filePath(QStringLiteral("versleuteld.sqlite")),
                                         QStringLiteral("Peeters"), clock);
    CHECK(require(sql::scalar(*encrypted, QStringLiteral("PRAGMA cache_size"))) == -32768);
    auto plain = require(Database::open(home.filePath(QStringLiteral("leesbaar.sqlite"))));
    CHECK(require(sql::scalar(*plain, QStringLiteral("PRAGMA cache_size"))) == -2000);
}

} // namespace TRAJECT_UNITY_ID
