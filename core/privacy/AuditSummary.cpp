// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditSummary.h"

#include "storage/Database.h"

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

} // namespace traject
