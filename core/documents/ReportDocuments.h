// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PagedDocument.h"
#include "reports/CaseMeeting.h"
#include "reports/CaseloadProfile.h"
#include "reports/EsfReport.h"
#include "reports/MlpSummary.h"

namespace traject {

class Clock;
class Database;

/// The reports on paper (A4 PDF) and for a spreadsheet (CSV): the caseload profile of a period and
/// the case-meeting sheet. The same HTML is shown on screen.
class ReportDocuments
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocuments)

public:
    /// The profile's tables, readable in black and white, with a footnote on "<5".
    static QString profileHtml(const CaseloadProfile &profile, QDate made);
    static PagedDocument profileDocument(const CaseloadProfile &profile, QDate made);

    /// One block per chosen learner (the suggested ones when none are given): what changed, the
    /// open actions (overdue ones marked) and ruled lines for the decisions.
    static QString meetingHtml(const CaseMeeting &meeting, const QList<qint64> &learnerIds);
    static PagedDocument meetingDocument(const CaseMeeting &meeting,
                                         const QList<qint64> &learnerIds);

    /// The ESF+ summary: who counts, then each table by gender, counts only, no names.
    static QString esfHtml(const EsfReport &report, QDate made);
    static PagedDocument esfDocument(const EsfReport &report, QDate made);

    /// The MLP summary of one learner: one table per block, to type from.
    static QString mlpHtml(const MlpSummary &summary);
    static PagedDocument mlpDocument(const MlpSummary &summary);

    /// Whether a path asks for a PDF (".pdf") or a CSV file (".csv"); other names are refused.
    enum class Format
    {
        Pdf,
        Csv
    };
    static Result<Format> formatOf(const QString &path);

    /// Writes the report as the file's extension says (whole or not at all, owner-only), with
    /// its entry in the audit log of `database` (both or neither).
    static Status writeProfile(Database &database, const Clock &clock,
                               const CaseloadProfile &profile, QDate made, const QString &path);
    /// The PDF is the summary; the CSV holds one row per participant, with names (the file to
    /// deliver to the ESF application).
    static Status writeEsf(Database &database, const Clock &clock, const EsfReport &report,
                           QDate made, const QString &path);
    /// The MLP summary as PDF, written in the audit log about the learner.
    static Status writeMlp(Database &database, const Clock &clock, const MlpSummary &summary,
                           const QString &path);
    static Status writeMeeting(Database &database, const Clock &clock, const CaseMeeting &meeting,
                               const QList<qint64> &learnerIds, const QString &path);
};

} // namespace traject
