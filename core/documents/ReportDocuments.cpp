// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocuments.h"

#include "Files.h"
#include "exchange/CsvReader.h"
#include "storage/AuditLog.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace traject {

namespace {

/// Black on white with grey lines: readable when printed without colour.
const char *const style = R"(
.title { font-size: 15pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }
.meta { color: #222222; margin-top: 0px; margin-bottom: 1px; }
.learner { font-size: 11pt; font-weight: bold; margin-top: 12px; margin-bottom: 2px; }
.section { font-weight: bold; margin-top: 5px; margin-bottom: 1px; }
.note { color: #444444; margin-top: 6px; }
.overdue { font-weight: bold; }
p { margin-top: 0px; margin-bottom: 1px; }
th { background-color: #e6e6e6; text-align: left; font-weight: bold; }
td.count { text-align: right; }
)";

QString escaped(const QString &text)
{
    return text.trimmed().toHtmlEscaped();
}

QString day(QDate date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy") : QString();
}

QString page(const QString &body)
{
    return QStringLiteral("<html><head><style>%1</style></head><body style=\"font-size: 9pt;\">"
                          "%2</body></html>")
        .arg(QString::fromLatin1(style), body);
}

QString paragraph(const char *cssClass, const QString &html)
{
    return QStringLiteral("<p class=\"%1\">%2</p>").arg(QLatin1String(cssClass), html);
}

QString dimensionTable(const CaseloadProfile::Dimension &dimension)
{
    QString html
        = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                         "style=\"border-color: #808080; border-style: solid;\">"
                         "<tr><th width=\"75%\">%1</th><th width=\"25%\">%2</th></tr>")
              .arg(escaped(dimension.title), escaped(ReportDocuments::tr("Number")));
    for (const auto &cell : dimension.cells)
        html += QStringLiteral("<tr><td>%1</td><td class=\"count\" align=\"right\">%2</td></tr>")
                    .arg(escaped(cell.label), escaped(cell.shown()));
    return html + QStringLiteral("</table>");
}

QString average(std::optional<double> value, const QString &text)
{
    return value ? text.arg(QString::number(*value, 'f', 1)) : QString();
}

/// One line of "what changed", with its date first.
QString change(QDate date, const QString &html)
{
    return QStringLiteral("<tr><td width=\"14%\">%1</td><td width=\"86%\">%2</td></tr>")
        .arg(day(date), html);
}

QString phaseChange(const PhaseChange &change)
{
    QString text = ReportDocuments::tr("Phase: %1 → %2")
                       .arg(change.from ? label(*change.from) : QString(), label(change.to));
    if (const auto stop = fromCode<StopReason>(change.reasonCode))
        text += QStringLiteral(" (") + ReportDocuments::tr("reason: %1").arg(label(*stop))
            + QLatin1Char(')');
    else if (const auto nonEntry = fromCode<NonEntryReason>(change.reasonCode))
        text += QStringLiteral(" (") + ReportDocuments::tr("reason: %1").arg(label(*nonEntry))
            + QLatin1Char(')');
    if (!change.reasonText.trimmed().isEmpty())
        text += QStringLiteral(": ") + change.reasonText.trimmed();
    return escaped(text);
}

QString barrierText(const Barrier &barrier)
{
    QString text = label(barrier.category);
    if (!barrier.description.trimmed().isEmpty())
        text += QStringLiteral(": ") + barrier.description.trimmed();
    return escaped(text);
}

QString learnerBlock(const CaseMeeting::Item &item, QDate today)
{
    QString html = paragraph(
        "learner",
        escaped(item.name) + QStringLiteral(" &nbsp;·&nbsp; ")
            + escaped(
                ReportDocuments::tr("%1 since %2").arg(label(item.phase), day(item.phaseSince))));
    QString rows;
    for (const PhaseChange &each : item.phaseChanges)
        rows += change(each.date, phaseChange(each));
    for (const Barrier &barrier : item.newBarriers)
        rows += change(barrier.detectedOn,
                       escaped(ReportDocuments::tr("New barrier: %1")).arg(barrierText(barrier)));
    for (const Barrier &barrier : item.solvedBarriers)
        rows
            += change(barrier.resolvedOn,
                      escaped(ReportDocuments::tr("Barrier solved: %1")).arg(barrierText(barrier)));
    for (const auto &missed : item.missedDays)
        rows += change(missed.date,
                       escaped(ReportDocuments::tr("Placement day missed: %1")
                                   .arg(missed.status == PlacementDayStatus::Planned
                                            ? ReportDocuments::tr("not registered")
                                            : label(missed.status))));
    if (item.newContacts > 0)
        rows += change({},
                       escaped(ReportDocuments::tr("%n contact moment(s) in the logbook", nullptr,
                                                   item.newContacts)));
    html += paragraph("section", escaped(ReportDocuments::tr("Since the last meeting")));
    if (rows.isEmpty())
        html += paragraph("meta", escaped(ReportDocuments::tr("Nothing new.")));
    else
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">%1"
                               "</table>")
                    .arg(rows);

    html += paragraph("section", escaped(ReportDocuments::tr("Open actions")));
    if (item.openActions.empty()) {
        html += paragraph("meta", escaped(ReportDocuments::tr("No open actions.")));
    } else {
        html
            += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                              "cellpadding=\"2\" style=\"border-color: #808080; "
                              "border-style: solid;\"><tr><th width=\"62%\">%1</th>"
                              "<th width=\"18%\">%2</th><th width=\"20%\">%3</th></tr>")
                   .arg(escaped(ReportDocuments::tr("Action")), escaped(ReportDocuments::tr("Who")),
                        escaped(ReportDocuments::tr("By when")));
        for (const Action &action : item.openActions) {
            QString due = day(action.due);
            if (action.isOverdue(today))
                due = QStringLiteral("<span class=\"overdue\">%1</span>")
                          .arg(escaped(ReportDocuments::tr("%1 (overdue)").arg(due)));
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(escaped(action.description), escaped(label(action.owner)), due);
        }
        html += QStringLiteral("</table>");
    }
    html += paragraph("section", escaped(ReportDocuments::tr("Decisions")));
    for (int line = 0; line < 3; ++line)
        html += QStringLiteral("<p>&nbsp;</p><hr>");
    return html;
}

/// An ESF+ table: a row per answer, a column per gender and the total.
QString esfTable(const EsfReport::Table &table)
{
    QString html = QStringLiteral("<p class=\"section\">%1</p>"
                                  "<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"3\" style=\"border-color: #808080; "
                                  "border-style: solid;\"><tr><th width=\"40%\"></th>")
                       .arg(escaped(table.title));
    for (const auto &column : table.columns)
        html += QStringLiteral("<th width=\"12%\" align=\"right\">%1</th>")
                    .arg(escaped(column.title));
    html += QStringLiteral("</tr>");
    if (table.columns.empty())
        return html + QStringLiteral("</table>");
    for (std::size_t row = 0; row < table.columns.front().cells.size(); ++row) {
        html += QStringLiteral("<tr><td>%1</td>")
                    .arg(escaped(table.columns.front().cells[row].label));
        for (const auto &column : table.columns)
            html += QStringLiteral("<td class=\"count\" align=\"right\">%1</td>")
                        .arg(escaped(column.cells[row].shown()));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString ReportDocuments::esfHtml(const EsfReport &report, QDate made)
{
    QString html = paragraph("title", escaped(tr("ESF+ report")));
    html
        += paragraph("meta", escaped(tr("Period: %1 to %2").arg(day(report.from), day(report.to))));
    html += paragraph("meta",
                      escaped(tr("Participants who entered in the period: %1 · who left "
                                 "in it: %2")
                                  .arg(report.entered)
                                  .arg(report.left)));
    html += paragraph("meta", escaped(tr("Made on %1").arg(day(made))));
    html += paragraph("learner", escaped(tr("At entry")));
    for (const auto &table : report.entryTables)
        html += esfTable(table);
    html += paragraph("learner", escaped(tr("Results")));
    for (const auto &table : report.resultTables)
        html += esfTable(table);
    html += paragraph(
        "note",
        escaped(tr("Who counts: a learner takes part from their first step beyond the info "
                   "session, and leaves on moving to outflow or stopping. Someone who comes back "
                   "counts once, with their first start. The tables at entry count who entered "
                   "in the period; the results count who left in it. A result can have several "
                   "answers.")));
    html += paragraph(
        "note",
        escaped(tr("\"<5\": 1 to 4 people, not shown so that nobody can be recognised. \"x\": "
                   "hidden because only one number of the column is \"<5\", which could "
                   "otherwise be computed from the total.")));
    return page(html);
}

PagedDocument ReportDocuments::esfDocument(const EsfReport &report, QDate made)
{
    PagedDocument document;
    document.setHtml(esfHtml(report, made));
    document.setTitle(tr("ESF+ report"));
    document.setFooter(
        tr("ESF+ report %1 to %2 · made on %3").arg(day(report.from), day(report.to), day(made)));
    return document;
}

QString ReportDocuments::mlpHtml(const MlpSummary &summary)
{
    QString html = paragraph("title", escaped(tr("MLP summary: %1").arg(summary.learnerName)));
    html += paragraph(
        "meta",
        escaped(tr("For \"Mijn Loopbaan voor partners\" · made on %1").arg(day(summary.made))));
    for (const MlpSummary::Block &block : summary.blocks) {
        html += paragraph("section", escaped(block.title));
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                               "cellpadding=\"3\" style=\"border-color: #808080; "
                               "border-style: solid;\">");
        for (const auto &[label, value] : block.lines)
            html += QStringLiteral("<tr><td width=\"35%\">%1</td><td width=\"65%\">%2</td></tr>")
                        .arg(escaped(label),
                             value.trimmed().isEmpty() ? QStringLiteral("–") : escaped(value));
        html += QStringLiteral("</table>");
    }
    return page(html);
}

PagedDocument ReportDocuments::mlpDocument(const MlpSummary &summary)
{
    PagedDocument document;
    document.setHtml(mlpHtml(summary));
    document.setTitle(tr("MLP summary"));
    document.setFooter(tr("MLP summary of %1 · made on %2 · confidential")
                           .arg(summary.learnerName, day(summary.made)));
    return document;
}

QString ReportDocuments::profileHtml(const CaseloadProfile &profile, QDate made)
{
    QString html = paragraph("title", escaped(tr("Caseload profile")));
    html += paragraph("meta",
                      escaped(tr("Period: %1 to %2").arg(day(profile.from), day(profile.to))));
    html += paragraph("meta", escaped(tr("Number of learners: %1").arg(profile.shownTotal())));
    const QString averages
        = QStringList { average(profile.averageAge, tr("average age %1 years")),
                        average(profile.averageMonthsUnemployed,
                                tr("on average %1 months unemployed before the start")) }
              .filter(QRegularExpression(QStringLiteral(".+")))
              .join(QStringLiteral(" · "));
    if (!averages.isEmpty())
        html += paragraph("meta", escaped(averages));
    html += paragraph("meta", escaped(tr("Made on %1").arg(day(made))));

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                           "style=\"margin-top: 8px;\">");
    const auto &dimensions = profile.dimensions;
    for (std::size_t i = 0; i < dimensions.size(); i += 2) {
        html += QStringLiteral("<tr><td width=\"50%\" valign=\"top\">%1</td>"
                               "<td width=\"50%\" valign=\"top\">%2</td></tr>")
                    .arg(dimensionTable(dimensions[i]),
                         i + 1 < dimensions.size() ? dimensionTable(dimensions[i + 1]) : QString());
    }
    html += QStringLiteral("</table>");
    html += paragraph(
        "note",
        escaped(tr("Who counts: every learner whose trajectory overlaps the period (referred on or "
                   "before its last day and not stopped or in outflow before its first day). "
                   "Counts only, no names.")));
    html += paragraph(
        "note",
        escaped(tr("\"<5\": 1 to 4 people, not shown so that nobody can be recognised. \"x\": "
                   "hidden because only one number of the table is \"<5\", which could otherwise "
                   "be computed from the total.")));
    return page(html);
}

PagedDocument ReportDocuments::profileDocument(const CaseloadProfile &profile, QDate made)
{
    PagedDocument document;
    document.setHtml(profileHtml(profile, made));
    document.setTitle(tr("Caseload profile"));
    document.setFooter(tr("Caseload profile %1 to %2 · made on %3")
                           .arg(day(profile.from), day(profile.to), day(made)));
    return document;
}

QString ReportDocuments::meetingHtml(const CaseMeeting &meeting, const QList<qint64> &learnerIds)
{
    const auto chosen = meeting.selection(learnerIds);
    QString html = paragraph("title", escaped(tr("Case meeting")));
    html += paragraph(
        "meta",
        escaped(tr("Last meeting: %1 · today: %2").arg(day(meeting.since), day(meeting.today))));
    html += paragraph("meta", escaped(tr("%n learner(s) to discuss", nullptr, int(chosen.size()))));
    for (const CaseMeeting::Item *item : chosen)
        html += learnerBlock(*item, meeting.today);
    return page(html);
}

PagedDocument ReportDocuments::meetingDocument(const CaseMeeting &meeting,
                                               const QList<qint64> &learnerIds)
{
    PagedDocument document;
    document.setHtml(meetingHtml(meeting, learnerIds));
    document.setTitle(tr("Case meeting"));
    document.setFooter(tr("Case meeting of %1 · confidential").arg(day(meeting.today)));
    return document;
}

Result<ReportDocuments::Format> ReportDocuments::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return Error { tr("Give a file name that ends in .pdf or .csv."), path };
}

namespace {

Status writeDocument(const PagedDocument &document, const QString &path)
{
    if (auto writable = checkWritable(path); !writable)
        return writable.error();
    auto pdf = document.toPdf();
    if (!pdf)
        return pdf.error();
    return writeFileAtomically(path, pdf->bytes);
}

} // namespace

Status ReportDocuments::writeProfile(Database &database, const Clock &clock,
                                     const CaseloadProfile &profile, QDate made,
                                     const QString &path)
{
    auto format = formatOf(path);
    if (!format)
        return format.error();
    const QString detail
        = QStringLiteral("caseload profile, %1, period %2 to %3")
              .arg(*format == Format::Csv ? QStringLiteral("CSV") : QStringLiteral("PDF"),
                   profile.from.toString(Qt::ISODate), profile.to.toString(Qt::ISODate));
    return auditedExport(
        database, clock, AuditAction::Export, caseloadSubject(), detail, [&]() -> Status {
            if (*format == Format::Csv)
                return CsvWriter::writeFile(path, CaseloadProfile::csvHeader(), profile.csvRows());
            return writeDocument(profileDocument(profile, made), path);
        });
}

Status ReportDocuments::writeEsf(Database &database, const Clock &clock, const EsfReport &report,
                                 QDate made, const QString &path)
{
    auto format = formatOf(path);
    if (!format)
        return format.error();
    const QString detail
        = QStringLiteral("ESF+ report, %1, period %2 to %3, %4 participants")
              .arg(*format == Format::Csv ? QStringLiteral("CSV with names")
                                          : QStringLiteral("PDF"),
                   report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate))
              .arg(report.participants.size());
    return auditedExport(
        database, clock, AuditAction::Export, caseloadSubject(), detail, [&]() -> Status {
            if (*format == Format::Csv)
                return CsvWriter::writeFile(path, EsfReport::csvHeader(), report.csvRows());
            return writeDocument(esfDocument(report, made), path);
        });
}

Status ReportDocuments::writeMlp(Database &database, const Clock &clock, const MlpSummary &summary,
                                 const QString &path)
{
    auto format = formatOf(path);
    if (!format)
        return format.error();
    if (*format != Format::Pdf)
        return Error { tr("The MLP summary is written as a PDF: give a file name that ends in "
                          ".pdf."),
                       path };
    return auditedExport(database, clock, AuditAction::Export, learnerSubject(summary.learnerId),
                         QStringLiteral("MLP summary, PDF"),
                         [&]() -> Status { return writeDocument(mlpDocument(summary), path); });
}

Status ReportDocuments::writeMeeting(Database &database, const Clock &clock,
                                     const CaseMeeting &meeting, const QList<qint64> &learnerIds,
                                     const QString &path)
{
    auto format = formatOf(path);
    if (!format)
        return format.error();
    const QString detail
        = QStringLiteral("case-meeting sheet, %1, %2 learners")
              .arg(*format == Format::Csv ? QStringLiteral("CSV") : QStringLiteral("PDF"))
              .arg(meeting.selection(learnerIds).size());
    return auditedExport(database, clock, AuditAction::Export, caseloadSubject(), detail,
                         [&]() -> Status {
                             if (*format == Format::Csv)
                                 return CsvWriter::writeFile(path, CaseMeeting::csvHeader(),
                                                             meeting.csvRows(learnerIds));
                             return writeDocument(meetingDocument(meeting, learnerIds), path);
                         });
}

} // namespace traject
