// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditSummary.h"

#include "storage/Database.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

namespace traject {

Result<AuditChainReport> AuditSummary::checkChain(Database &database, const Clock &clock)
{
    const AuditLog log(database, clock);
    auto entries = log.entries();
    if (!entries)
        return entries.error();
    auto check = log.verify();
    if (!check)
        return check.error();

    AuditChainReport report;
    report.entries = static_cast<int>(entries->size());
    report.intact = check->intact;
    report.brokenEntry = check->intact ? 0 : check->brokenEntry;
    if (check->intact) {
        report.text = report.entries == 0
            ? tr("The audit log is empty: there is nothing to check yet.")
            : tr("The audit log is intact: %n entry(ies) checked, each one linked to the one "
                 "before it.",
                 nullptr, report.entries);
        // What the check proves, said plainly.
        if (check->keyedEntries > 0)
            report.text += QLatin1Char(' ')
                + tr("%1 of them carry a code under the key of this encrypted database: nobody "
                     "without its passphrase or recovery key could have changed, added or "
                     "removed them without it showing here; someone who can unlock it could.")
                      .arg(check->keyedEntries);
        if (check->plainEntries > 0)
            report.text += QLatin1Char(' ')
                + tr("This database is not encrypted, so its %1 entries carry only a plain "
                     "hash: that shows damage and careless edits, but someone who could write "
                     "the file could have rewritten them, or the whole log.")
                      .arg(check->plainEntries);
    } else {
        report.text = tr("The audit log is NOT intact. %1").arg(check->reason);
        if (check->brokenEntry > 1)
            report.text += QLatin1Char(' ')
                + tr("The entries before entry %1 are in order.").arg(check->brokenEntry);
    }
    return report;
}

QString AuditSummary::actionText(AuditAction action)
{
    switch (action) {
    case AuditAction::Export:
        return tr("Data exported");
    case AuditAction::Erase:
        return tr("Erased for good");
    case AuditAction::Anonymise:
        return tr("Anonymised");
    case AuditAction::Restore:
        return tr("Backup restored");
    case AuditAction::Import:
        return tr("Imported");
    case AuditAction::Backup:
        return tr("Backup made");
    }
    return {};
}

std::optional<qint64> AuditSummary::learnerOf(const AuditEntry &entry)
{
    static const QRegularExpression learner(QStringLiteral("^learner (\\d+)$"));
    const QRegularExpressionMatch match = learner.match(entry.subject);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

QString AuditSummary::subjectText(const AuditEntry &entry)
{
    if (const auto learner = learnerOf(entry))
        return tr("Learner %1").arg(*learner);
    if (entry.subject == QLatin1String("caseload"))
        return tr("Caseload");
    if (entry.subject == QLatin1String("database"))
        return tr("Database");
    if (entry.subject == QLatin1String("learners"))
        return tr("Learners");
    static const QRegularExpression backup(QStringLiteral("^backup (.+)$"));
    if (const auto match = backup.match(entry.subject); match.hasMatch())
        return tr("Backup %1").arg(match.captured(1));
    return entry.subject;
}

namespace {

/// One part of a detail in words; the part itself when it is not one of ours.
QString partText(const QString &part)
{
    static const QHash<QString, const char *> fixed {
        { QStringLiteral("personal plan (learner)"),
          QT_TRANSLATE_NOOP("AuditSummary", "personal plan for the learner") },
        { QStringLiteral("personal plan (workplace)"),
          QT_TRANSLATE_NOOP("AuditSummary", "personal plan for the workplace") },
        { QStringLiteral("personal plan (partner)"),
          QT_TRANSLATE_NOOP("AuditSummary", "personal plan for a partner") },
        { QStringLiteral("attendance sheet"),
          QT_TRANSLATE_NOOP("AuditSummary", "attendance sheet") },
        { QStringLiteral("intake summary"), QT_TRANSLATE_NOOP("AuditSummary", "intake summary") },
        { QStringLiteral("caseload profile"),
          QT_TRANSLATE_NOOP("AuditSummary", "caseload profile") },
        { QStringLiteral("case-meeting sheet"),
          QT_TRANSLATE_NOOP("AuditSummary", "case-meeting sheet") },
        { QStringLiteral("overview"), QT_TRANSLATE_NOOP("AuditSummary", "overview") },
        { QStringLiteral("caseload list"), QT_TRANSLATE_NOOP("AuditSummary", "caseload list") },
        { QStringLiteral("list"), QT_TRANSLATE_NOOP("AuditSummary", "list from the dossier") },
        { QStringLiteral("calendar (.ics)"), QT_TRANSLATE_NOOP("AuditSummary", "calendar (.ics)") },
        { QStringLiteral("PDF"), QT_TRANSLATE_NOOP("AuditSummary", "PDF file") },
        { QStringLiteral("CSV"), QT_TRANSLATE_NOOP("AuditSummary", "CSV file") },
        { QStringLiteral("printed"), QT_TRANSLATE_NOOP("AuditSummary", "printed") },
        { QStringLiteral("copy to a chosen file"),
          QT_TRANSLATE_NOOP("AuditSummary", "copy to a file of your choice") },
        { QStringLiteral("encrypted"), QT_TRANSLATE_NOOP("AuditSummary", "encrypted") },
        { QStringLiteral("not encrypted"), QT_TRANSLATE_NOOP("AuditSummary", "not encrypted") },
    };
    if (const auto found = fixed.constFind(part); found != fixed.constEnd())
        return AuditSummary::tr(found.value());

    static const QRegularExpression counted(
        QStringLiteral("^(\\d+) (pages|rows|learners|events)$"));
    if (const auto match = counted.match(part); match.hasMatch()) {
        const int n = match.captured(1).toInt();
        const QString what = match.captured(2);
        if (what == QLatin1String("pages"))
            return AuditSummary::tr("%n page(s)", nullptr, n);
        if (what == QLatin1String("rows"))
            return AuditSummary::tr("%n row(s)", nullptr, n);
        if (what == QLatin1String("learners"))
            return AuditSummary::tr("%n learner(s)", nullptr, n);
        return AuditSummary::tr("%n event(s)", nullptr, n);
    }
    static const QRegularExpression version(QStringLiteral("^version (\\d+)$"));
    if (const auto match = version.match(part); match.hasMatch())
        return AuditSummary::tr("version %1").arg(match.captured(1));
    static const QRegularExpression period(
        QStringLiteral("^period (\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})$"));
    if (const auto match = period.match(part); match.hasMatch()) {
        const auto day = [](const QString &iso) {
            return QDate::fromString(iso, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
        };
        return AuditSummary::tr("period %1 to %2")
            .arg(day(match.captured(1)), day(match.captured(2)));
    }
    return part;
}

} // namespace

QString AuditSummary::detailText(const QString &detail)
{
    if (detail.isEmpty())
        return {};
    const QStringList parts = detail.split(QStringLiteral(", "));
    QStringList shown;
    for (const QString &part : parts)
        shown.append(partText(part));
    return shown.join(QStringLiteral(", "));
}

} // namespace traject
