// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErasureRegister.h"

#include "Clock.h"
#include "Files.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/internal/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace traject {

namespace {

const QString dateTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString ErasureRegister::pathFor(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:"))
        return {};
    return databasePath + QStringLiteral(".erasures");
}

Result<QList<ErasureRecord>> ErasureRegister::read(const QString &databasePath)
{
    const QString path = pathFor(databasePath);
    if (path.isEmpty() || !QFileInfo::exists(path))
        return QList<ErasureRecord>();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("The register of erased learners %1 cannot be read.").arg(shown(path)),
                       file.errorString() };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonValue list = document.object().value(QStringLiteral("erasures"));
    if (parseError.error != QJsonParseError::NoError || !list.isArray())
        return Error {
            tr("The register of erased learners %1 is damaged. Restore it from where you keep "
               "copies of the database folder before you restore a backup.")
                .arg(shown(path)),
            parseError.errorString()
        };
    QList<ErasureRecord> records;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject object = value.toObject();
        ErasureRecord record;
        record.learnerId = object.value(QStringLiteral("learner")).toInteger();
        record.erasedAt
            = QDateTime::fromString(object.value(QStringLiteral("at")).toString(), dateTimeFormat);
        if (record.learnerId <= 0 || !record.erasedAt.isValid())
            return Error { tr("The register of erased learners %1 is damaged.").arg(shown(path)),
                           QString::fromUtf8(
                               QJsonDocument(object).toJson(QJsonDocument::Compact)) };
        records.append(record);
    }
    return records;
}

Status ErasureRegister::add(const QString &databasePath, const ErasureRecord &record)
{
    const QString path = pathFor(databasePath);
    if (path.isEmpty())
        return {};
    auto records = read(databasePath);
    if (!records)
        return records.error();
    const bool known
        = std::any_of(records->cbegin(), records->cend(), [&](const ErasureRecord &existing) {
              return existing.learnerId == record.learnerId;
          });
    if (!known)
        records->append(record);
    QJsonArray list;
    for (const ErasureRecord &entry : std::as_const(*records))
        list.append(
            QJsonObject { { QStringLiteral("learner"), entry.learnerId },
                          { QStringLiteral("at"), entry.erasedAt.toString(dateTimeFormat) } });
    const QJsonObject document { { QStringLiteral("about"),
                                   QStringLiteral("Trajectplanner: learners erased for good from "
                                                  "the database beside this file (ids only)") },
                                 { QStringLiteral("erasures"), list } };
    if (Status written = writeFileAtomically(path, QJsonDocument(document).toJson()); !written)
        return Error { tr("The erasure could not be written in the register %1: %2")
                           .arg(shown(path), written.error().message),
                       written.error().detail };
    return {};
}

Result<ErasureRegister::Applied> ErasureRegister::apply(Database &database, const QDateTime &now)
{
    auto records = read(database.path());
    if (!records)
        return records.error();
    Applied applied;
    if (records->isEmpty())
        return applied;
    const FixedClock clock(now);
    auto done = sql::inTransaction(database, [&]() -> Status {
        auto entries = AuditLog(database, clock).entries();
        if (!entries)
            return entries.error();
        qint64 highest = 0;
        for (const ErasureRecord &record : std::as_const(*records)) {
            highest = std::max(highest, record.learnerId);
            const QString subject = learnerSubject(record.learnerId);
            const QString first = record.erasedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            auto held = sql::scalar(database,
                                    QStringLiteral("SELECT count(*) FROM learner WHERE id = :id"),
                                    { { QStringLiteral("id"), record.learnerId } });
            if (!held)
                return held.error();
            if (*held > 0) {
                auto removed
                    = sql::exec(database, QStringLiteral("DELETE FROM learner WHERE id = :id"),
                                { { QStringLiteral("id"), record.learnerId } });
                if (!removed)
                    return removed.error();
                auto logged
                    = AuditLog(database, clock)
                          .append(AuditAction::Erase, subject,
                                  QStringLiteral("again after a restore; erased %1").arg(first));
                if (!logged)
                    return logged.error();
                applied.erasedAgain.append(record.learnerId);
                continue;
            }
            const bool inLog
                = std::any_of(entries->cbegin(), entries->cend(), [&](const AuditEntry &entry) {
                      return entry.action == AuditAction::Erase && entry.subject == subject;
                  });
            if (!inLog) {
                auto logged = AuditLog(database, clock)
                                  .append(AuditAction::Erase, subject,
                                          QStringLiteral("erased %1; entry written again after a "
                                                         "restore")
                                              .arg(first));
                if (!logged)
                    return logged.error();
                applied.loggedAgain.append(record.learnerId);
            }
        }
        // A backup made before the erased learners were added would give their ids again.
        for (const QString &statement :
             { QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, :highest) "
                              "WHERE name = 'learner'"),
               QStringLiteral(
                   "INSERT INTO sqlite_sequence (name, seq) SELECT 'learner', "
                   "max(:highest, coalesce((SELECT max(id) FROM learner), 0)) WHERE "
                   "NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'learner')") }) {
            if (auto counted
                = sql::exec(database, statement, { { QStringLiteral("highest"), highest } });
                !counted)
                return counted.error();
        }
        return {};
    });
    if (!done)
        return done.error();
    if (!applied.erasedAgain.isEmpty()) {
        if (auto compacted = compactDatabase(database); !compacted)
            return compacted.error();
    }
    return applied;
}

} // namespace traject
