// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Clock.h"
#include "crypto/KeyRing.h"
#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QCryptographicHash>

#include <array>

namespace traject {

namespace {

struct ActionCode
{
    AuditAction action;
    const char *code;
};

constexpr std::array actionCodes { ActionCode { AuditAction::Export, "export" },
                                   ActionCode { AuditAction::Erase, "erase" },
                                   ActionCode { AuditAction::Anonymise, "anonymise" },
                                   ActionCode { AuditAction::Restore, "restore" },
                                   ActionCode { AuditAction::Import, "import" },
                                   ActionCode { AuditAction::Backup, "backup" } };

const QString timeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

} // namespace

QString auditActionCode(AuditAction action)
{
    for (const auto &entry : actionCodes) {
        if (entry.action == action)
            return QLatin1String(entry.code);
    }
    return {};
}

std::optional<AuditAction> auditActionFromCode(const QString &code)
{
    for (const auto &entry : actionCodes) {
        if (code == QLatin1String(entry.code))
            return entry.action;
    }
    return std::nullopt;
}

QString learnerSubject(qint64 learnerId)
{
    return QStringLiteral("learner %1").arg(learnerId);
}

QString caseloadSubject()
{
    return QStringLiteral("caseload");
}

Status auditedExport(Database &database, const Clock &clock, AuditAction action,
                     const QString &subject, const QString &detail,
                     const std::function<Status()> &write)
{
    return sql::inTransaction(database, [&]() -> Status {
        if (auto logged = AuditLog(database, clock).append(action, subject, detail); !logged)
            return logged.error();
        return write();
    });
}

AuditLog::AuditLog(Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

QString AuditLog::hashOf(const QString &previousHash, const QString &at, const QString &action,
                         const QString &subject, const QString &detail)
{
    // The fields are separated by a unit separator, so that moving text from one field to the
    // next changes the hash.
    const QString joined
        = QStringList { previousHash, at, action, subject, detail }.join(QChar(0x1f));
    return QString::fromLatin1(
        QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

const QString keyedPrefix = QStringLiteral("hmac:");

/// The code of an entry: keyed when the database has a key, else the plain hash.
QString codeOf(const std::optional<crypto::Secret> &key, const QString &previous, const QString &at,
               const QString &action, const QString &subject, const QString &detail)
{
    if (!key)
        return AuditLog::hashOf(previous, at, action, subject, detail);
    const QString joined = QStringList { previous, at, action, subject, detail }.join(QChar(0x1f));
    return keyedPrefix + crypto::KeyRing::authenticate(*key, joined.toUtf8());
}

Result<std::optional<crypto::Secret>> keyOf(const Database &database)
{
    if (!database.isEncrypted())
        return std::optional<crypto::Secret>();
    return crypto::KeyRing::auditKeyFor(database.path());
}

} // namespace

Result<qint64> AuditLog::append(AuditAction action, const QString &subject, const QString &detail)
{
    auto key = keyOf(m_database);
    if (!key)
        return key.error();
    return sql::inTransaction(m_database, [&]() -> Result<qint64> {
        auto last = sql::exec(
            m_database, QStringLiteral("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1"));
        if (!last)
            return last.error();
        const QString previous = last->next() ? last->value(0).toString() : QString();
        const QString at = m_clock.now().toString(timeFormat);
        const QString code = auditActionCode(action);
        return sql::insert(
            m_database, QStringLiteral("audit_entry"),
            { { QStringLiteral("at"), at },
              { QStringLiteral("action"), code },
              { QStringLiteral("subject"), subject },
              { QStringLiteral("detail"), detail },
              { QStringLiteral("previous_hash"), previous },
              { QStringLiteral("hash"), codeOf(*key, previous, at, code, subject, detail) } });
    });
}

Result<std::vector<AuditEntry>> AuditLog::entries() const
{
    return sql::select<AuditEntry>(
        m_database,
        QStringLiteral("SELECT id, at, action, subject, detail, previous_hash, hash "
                       "FROM audit_entry ORDER BY id"),
        {}, [](const QSqlQuery &query) {
            AuditEntry entry;
            entry.id = sql::value(query, "id").toLongLong();
            entry.at = QDateTime::fromString(sql::text(query, "at"), timeFormat);
            entry.action
                = auditActionFromCode(sql::text(query, "action")).value_or(AuditAction::Export);
            entry.subject = sql::text(query, "subject");
            entry.detail = sql::text(query, "detail");
            entry.previousHash = sql::text(query, "previous_hash");
            entry.hash = sql::text(query, "hash");
            return entry;
        });
}

Status AuditLog::adoptKey()
{
    auto key = keyOf(m_database);
    if (!key)
        return key.error();
    if (!*key)
        return {};
    // On every open of an encrypted file: one indexed look first, the whole log only when some
    // entry still has a plain hash.
    auto plainLeft
        = sql::scalar(m_database,
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_entry WHERE hash NOT "
                                     "LIKE 'hmac:%')"));
    if (!plainLeft)
        return plainLeft.error();
    if (*plainLeft == 0)
        return {};
    auto entries = sql::select<QStringList>(
        m_database,
        QStringLiteral("SELECT id, at, action, subject, detail, previous_hash, hash "
                       "FROM audit_entry ORDER BY id"),
        {}, [](const QSqlQuery &query) {
            QStringList fields;
            for (int column = 0; column < 7; ++column)
                fields.append(query.value(column).toString());
            return fields;
        });
    if (!entries)
        return entries.error();
    // Only a plain chain that checks out is taken over: a broken one stays as it is, and its
    // check keeps saying where it broke.
    QString previous;
    bool plain = false;
    for (const QStringList &entry : std::as_const(*entries)) {
        if (entry.at(6).startsWith(keyedPrefix))
            return {};
        if (entry.at(5) != previous
            || entry.at(6) != hashOf(previous, entry.at(1), entry.at(2), entry.at(3), entry.at(4)))
            return {};
        previous = entry.at(6);
        plain = true;
    }
    if (!plain)
        return {};
    return sql::inTransaction(m_database, [&]() -> Status {
        QString coded;
        for (const QStringList &entry : std::as_const(*entries)) {
            const QString code
                = codeOf(*key, coded, entry.at(1), entry.at(2), entry.at(3), entry.at(4));
            if (auto updated = sql::exec(m_database,
                                         QStringLiteral("UPDATE audit_entry SET previous_hash = "
                                                        ":previous, hash = :hash WHERE id = :id"),
                                         { { QStringLiteral("previous"), coded },
                                           { QStringLiteral("hash"), code },
                                           { QStringLiteral("id"), entry.at(0).toLongLong() } });
                !updated)
                return updated.error();
            coded = code;
        }
        return {};
    });
}

Result<AuditCheck> AuditLog::verify() const
{
    auto key = keyOf(m_database);
    if (!key)
        return key.error();
    AuditCheck check;
    auto query = sql::exec(m_database,
                           QStringLiteral("SELECT id, at, action, subject, detail, previous_hash, "
                                          "hash FROM audit_entry ORDER BY id"));
    if (!query)
        return query.error();
    QString previous;
    qint64 previousId = 0;
    while (query->next()) {
        const qint64 id = sql::value(*query, "id").toLongLong();
        const QString linked = sql::text(*query, "previous_hash");
        const QString hash = sql::text(*query, "hash");
        if (linked != previous || (previousId > 0 && id != previousId + 1))
            return AuditCheck { false, id,
                                tr("Entry %1 does not follow the entry before it: an entry was "
                                   "removed or changed.")
                                    .arg(id) };
        const bool keyed = hash.startsWith(keyedPrefix);
        if (!keyed && *key)
            return AuditCheck { false, id,
                                tr("Entry %1 carries no code of the database's key: it was added "
                                   "or changed by someone without the key.")
                                    .arg(id),
                                check.keyedEntries, check.plainEntries };
        if (keyed && !*key)
            return AuditCheck { false, id,
                                tr("Entry %1 carries a code of a key this database does not "
                                   "have.")
                                    .arg(id),
                                check.keyedEntries, check.plainEntries };
        static const std::optional<crypto::Secret> unkeyed;
        const QString expected = codeOf(keyed ? *key : unkeyed, linked, sql::text(*query, "at"),
                                        sql::text(*query, "action"), sql::text(*query, "subject"),
                                        sql::text(*query, "detail"));
        if (hash != expected)
            return AuditCheck { false, id, tr("Entry %1 was changed after it was written.").arg(id),
                                check.keyedEntries, check.plainEntries };
        ++(keyed ? check.keyedEntries : check.plainEntries);
        previous = hash;
        previousId = id;
    }
    // With AUTOINCREMENT, SQLite remembers the highest id ever given: a missing last entry shows.
    auto highest = sql::scalar(
        m_database, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'"));
    if (!highest)
        return highest.error();
    if (*highest > previousId && previousId == 0)
        return AuditCheck { false, 1, tr("Every entry was removed."), 0, 0 };
    if (*highest > previousId)
        return AuditCheck { false, previousId + 1,
                            tr("Entry %1, the last one, was removed.").arg(previousId + 1),
                            check.keyedEntries, check.plainEntries };
    return check;
}

} // namespace traject
