// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace traject {

class Clock;
class Database;

/// What an audit entry records.
enum class AuditAction
{
    Export,
    Erase,
    Anonymise,
    Restore,
    Import,
    Backup
};

QString auditActionCode(AuditAction action);
std::optional<AuditAction> auditActionFromCode(const QString &code);

/// One line of the audit log: what happened to whom (a number, never a name) and when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    AuditAction action = AuditAction::Export;
    QString subject; // e.g. "learner 12"
    QString detail; // counts only, e.g. "learner 1, barrier 3"
    QString previousHash;
    QString hash;
};

/// The outcome of checking the chain of the audit log.
struct AuditCheck
{
    bool intact = true;
    /// The first entry that does not fit the chain (changed, or following a removed entry).
    qint64 brokenEntry = 0;
    QString reason;
    /// How many entries carry a code under the database's key (AuditLog), and how many only a
    /// plain hash (written before the database was encrypted, or in a plain database).
    int keyedEntries = 0;
    int plainEntries = 0;
};

/// The tamper-evident audit log (table audit_entry): each entry carries a code of the previous
/// entry's code and its own fields. In an encrypted database that code is an HMAC-SHA-256 under
/// a key derived from the data key ("hmac:…"): nobody without the passphrase or the recovery key
/// can change, add or remove an entry without it showing. In a plain database it is a SHA-256,
/// which shows accidental damage and careless edits, but anyone who can write the file can
/// compute it again and rewrite the whole chain.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(Database &database, const Clock &clock);

    /// Adds an entry; inside the caller's transaction when one is open. Returns the new id.
    Result<qint64> append(AuditAction action, const QString &subject, const QString &detail = {});
    /// All entries, oldest first.
    Result<std::vector<AuditEntry>> entries() const;
    /// Checks every hash and every link of the chain; reports the first entry that does not fit.
    /// In an encrypted database every entry must carry a code under its key; in a plain one
    /// none may.
    Result<AuditCheck> verify() const;
    /// In an encrypted database whose chain still has plain hashes (written before it was
    /// encrypted, or a backup made then and restored since): when that chain checks out, every
    /// entry gets its code under the key instead, once. A broken chain is left as it is. Called
    /// by Database::open; nothing for a plain database.
    Status adoptKey();

    /// The hash of an entry's fields after the previous entry's hash.
    static QString hashOf(const QString &previousHash, const QString &at, const QString &action,
                          const QString &subject, const QString &detail);

private:
    Database &m_database;
    const Clock &m_clock;
};

/// The subject of an audit entry about a learner: "learner 12" (never the name).
QString learnerSubject(qint64 learnerId);

/// The subject of an audit entry about many learners at once (a list, a report): "caseload".
QString caseloadSubject();

/// Personal data leaving the program (a file or paper) with its audit entry, both or neither:
/// the entry is appended in a transaction, then `write` runs; the entry is kept only when `write`
/// succeeds (a cancelled or failed export leaves no entry). When the entry cannot be written,
/// `write` does not run. The one place every export (other than the learner export and the
/// calendar, which do the same in their own transaction) is logged through.
Status auditedExport(Database &database, const Clock &clock, AuditAction action,
                     const QString &subject, const QString &detail,
                     const std::function<Status()> &write);

} // namespace traject
