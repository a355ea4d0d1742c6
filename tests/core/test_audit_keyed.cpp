// SPDX-License-Identifier: GPL-3.0-or-later
// An honest audit log: in an encrypted database each entry carries an HMAC under a key derived
// from the data key, so that a chain rewritten with plain hashes (what anyone holding the file
// could compute) or with another key is found; an emptied log is found too; and the check says
// what it proves for which entries.
#include "RepositoryFixtures.h"

#include "crypto/KeyRing.h"
#include "privacy/AuditSummary.h"
#include "storage/AuditLog.h"
#include "storage/Encryption.h"

#include <QTemporaryDir>

namespace TRAJECT_UNITY_ID {

using namespace traject;
using namespace traject::crypto;
using namespace traject::test;

namespace {

const QString passphrase = QStringLiteral("Een lange zin die alleen de SPOC kent");

/// Rewrites every entry's code as SHA-256, as anyone holding the file could.
void rewriteWithPlainHashes(Database &db, const QString &newDetail)
{
    require(sql::exec(db, QStringLiteral("UPDATE audit_entry SET detail = :detail WHERE id = 1"),
                      { { QStringLiteral("detail"), newDetail } }));
    const FixedClock clock(fixedToday());
    QString previous;
    for (const AuditEntry &entry : require(AuditLog(db, clock).entries())) {
        auto fields = require(
            sql::exec(db, QStringLiteral("SELECT at, action FROM audit_entry WHERE id = :id"),
                      { { QStringLiteral("id"), entry.id } }));
        REQUIRE(fields.next());
        const QString hash
            = AuditLog::hashOf(previous, fields.value(0).toString(), fields.value(1).toString(),
                               entry.subject, entry.detail);
        require(sql::exec(db,
                          QStringLiteral("UPDATE audit_entry SET previous_hash = :previous, "
                                         "hash = :hash WHERE id = :id"),
                          { { QStringLiteral("previous"), previous },
                            { QStringLiteral("hash"), hash },
                            { QStringLiteral("id"), entry.id } }));
        previous = hash;
    }
}

} // namespace

TEST_CASE("In an encrypted database every audit entry carries a code under its key")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    REQUIRE(KeyRing::createKeys(path, passphrase, KdfCost::minimal(), KdfCost::minimal()));
    auto db = require(Database::open(path));
    const FixedClock clock(fixedToday());
    AuditLog log(*db, clock);
    require(log.append(AuditAction::Export, learnerSubject(1), QStringLiteral("plan, PDF")));
    require(log.append(AuditAction::Backup, QStringLiteral("database"), QStringLiteral("copy")));
    for (const AuditEntry &entry : require(log.entries()))
        CHECK(entry.hash.startsWith(QStringLiteral("hmac:")));
    const AuditCheck check = require(log.verify());
    CHECK(check.intact);
    CHECK(check.keyedEntries == 2);
    CHECK(check.plainEntries == 0);
    const auto report = require(AuditSummary::checkChain(*db, clock));
    CHECK(report.text.contains(QStringLiteral("passphrase")));

    SECTION("a chain rewritten with plain hashes is found")
    {
        rewriteWithPlainHashes(*db, QStringLiteral("nothing happened"));
        const AuditCheck rewritten = require(log.verify());
        CHECK_FALSE(rewritten.intact);
        CHECK(rewritten.brokenEntry == 1);
    }
    SECTION("an entry coded with another key is found")
    {
        auto other = Secret::copyOf(
            reinterpret_cast<const unsigned char *>("0123456789abcdef0123456789abcdef"), 32);
        const QString forged
            = QStringLiteral("hmac:") + KeyRing::authenticate(other, QByteArrayLiteral("whatever"));
        require(sql::exec(*db, QStringLiteral("UPDATE audit_entry SET hash = :hash WHERE id = 2"),
                          { { QStringLiteral("hash"), forged } }));
        const AuditCheck forgedCheck = require(log.verify());
        CHECK_FALSE(forgedCheck.intact);
        CHECK(forgedCheck.brokenEntry == 2);
    }
}

TEST_CASE("Entries from before the encryption take the key once their chain checks out")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("caseload.sqlite"));
    const FixedClock clock(fixedToday());
    {
        auto db = require(Database::open(path));
        require(AuditLog(*db, clock)
                    .append(AuditAction::Import, QStringLiteral("learners"),
                            QStringLiteral("import of 3 learners")));
    }
    require(Encryption::encrypt(path, passphrase, KdfCost::minimal(), KdfCost::minimal()));
    auto db = require(Database::open(path));
    require(AuditLog(*db, clock)
                .append(AuditAction::Export, caseloadSubject(),
                        QStringLiteral("caseload list, CSV, 3 rows")));
    const AuditCheck check = require(AuditLog(*db, clock).verify());
    CHECK(check.intact);
    CHECK(check.plainEntries == 0);
    CHECK(check.keyedEntries == 2);

    // A plain entry after a keyed one is what someone without the key would add.
    require(sql::exec(*db,
                      QStringLiteral("INSERT INTO audit_entry (at, action, subject, detail, "
                                     "previous_hash, hash) SELECT '2026-12-07T10:00:00', "
                                     "'export', 'caseload', '', hash, 'x' FROM audit_entry "
                                     "ORDER BY id DESC LIMIT 1")));
    const AuditCheck added = require(AuditLog(*db, clock).verify());
    CHECK_FALSE(added.intact);
    CHECK(added.brokenEntry == 3);
}

TEST_CASE("A plain database's check says what a plain hash does not prove")
{
    auto db = require(Database::openInMemory());
    const FixedClock clock(fixedToday());
    require(AuditLog(*db, clock).append(AuditAction::Export, caseloadSubject(), QString()));
    const auto report = require(AuditSummary::checkChain(*db, clock));
    CHECK(report.intact);
    CHECK(report.text.contains(QStringLiteral("rewritten")));
}

TEST_CASE("An emptied audit log is not intact")
{
    auto db = require(Database::openInMemory());
    const FixedClock clock(fixedToday());
    AuditLog log(*db, clock);
    require(log.append(AuditAction::Erase, learnerSubject(4), QStringLiteral("learner 1")));
    require(log.append(AuditAction::Export, learnerSubject(5), QStringLiteral("plan, PDF")));
    CHECK(require(log.verify()).plainEntries == 2);
    require(sql::exec(*db, QStringLiteral("DELETE FROM audit_entry")));
    const AuditCheck emptied = require(log.verify());
    CHECK_FALSE(emptied.intact);
    CHECK(emptied.reason.contains(QStringLiteral("Every entry")));
}

} // namespace TRAJECT_UNITY_ID
