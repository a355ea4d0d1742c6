// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPdf.h"

#include "Files.h"
#include "OverviewCharts.h"
#include "storage/AuditLog.h"

#include <QPainter>

namespace traject {

namespace {

constexpr double pageWidth = 660;

QString day(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString table(const QStringList &header, const QList<QStringList> &rows, const QString &empty)
{
    if (rows.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(esc(empty));
    QString html
        = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                         "style=\"border-collapse: collapse; border-color: #888;\"><tr>");
    for (const QString &title : header)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(esc(title));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString picture(const QString &name, double height)
{
    return QStringLiteral("<p><img src=\"picture:%1\" width=\"%2\" height=\"%3\"></p>")
        .arg(name)
        .arg(pageWidth)
        .arg(height);
}

QString reasons(const std::vector<Overview::ReasonCount> &counts)
{
    QStringList parts;
    for (const auto &r : counts)
        parts.append(QStringLiteral("%1: %2").arg(r.label).arg(r.count));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

PagedDocument OverviewPdf::document(const Overview &o)
{
    PagedDocument doc;
    const QString title = tr("Overview of %1").arg(day(o.today));
    doc.setTitle(title);
    doc.setFooter(title);

    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(title));
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(tr("This week (%1 – %2)").arg(day(o.weekStart), day(o.weekEnd))));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Workplace learning days")));
    QList<QStringList> rows;
    for (const auto &p : o.placementDays) {
        QStringList days;
        for (const QDate &d : p.days)
            days.append(d.toString(QStringLiteral("ddd dd/MM")));
        rows.append({ p.name, p.site, days.join(QStringLiteral(", ")) });
    }
    html += table({ tr("Learner"), tr("Where"), tr("Days") }, rows,
                  tr("No workplace learning days this week."));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Appointments")));
    rows.clear();
    for (const auto &a : o.appointments)
        rows.append({ day(a.date), a.name, label(a.kind), a.withWhom, label(a.status) });
    html += table({ tr("Date"), tr("Learner"), tr("Kind"), tr("With"), tr("Status") }, rows,
                  tr("No appointments this week."));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Actions due or overdue")));
    rows.clear();
    for (const auto &a : o.dueActions)
        rows.append({ day(a.due) + (a.overdue ? tr(" (overdue)") : QString()), a.name,
                      a.description, label(a.owner) });
    html += table({ tr("Due"), tr("Learner"), tr("Action"), tr("Who") }, rows,
                  tr("No actions due this week."));

    html += QStringLiteral("<h3>%1</h3>")
                .arg(esc(tr("No contact for more than %n days", nullptr, o.noContactDays)));
    rows.clear();
    for (const auto &s : o.silent)
        rows.append({ s.name, label(s.phase),
                      s.lastContact.isValid() ? day(s.lastContact) : tr("never"),
                      tr("%n days", nullptr, s.days) });
    html += table({ tr("Learner"), tr("Phase"), tr("Last contact"), tr("Since") }, rows,
                  tr("Every learner was contacted recently."));

    const auto &f = o.funnel;
    // The charts on a page of their own, so that no heading is left alone at a page's foot.
    html += QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                .arg(esc(tr("Funnel from %1 to %2").arg(day(f.from), day(f.to))));
    const auto stages = charts::funnelBars(f);
    const double funnelH = charts::funnelHeight(static_cast<int>(stages.size()));
    html += picture(QStringLiteral("funnel"), funnelH);
    doc.addPicture(QStringLiteral("funnel"), QSizeF(pageWidth, funnelH),
                   [stages, funnelH](QPainter &painter, double width) {
                       charts::paintFunnel(painter, QRectF(0, 0, width, funnelH), stages);
                   });
    html
        += QStringLiteral("<p><b>%1</b> %2</p>")
               .arg(esc(tr("Did not enter: %1.").arg(f.nonEntryTotal)), esc(reasons(f.nonEntries)));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(tr("Stopped: %1.").arg(f.stopTotal)), esc(reasons(f.stops)));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Barriers by category")));
    const auto barriers = charts::barrierBars(o.barriers);
    const auto legend = charts::barrierLegend();
    const double barriersH = charts::stackedBarsHeight(static_cast<int>(barriers.size()));
    html += picture(QStringLiteral("barriers"), barriersH);
    doc.addPicture(QStringLiteral("barriers"), QSizeF(pageWidth, barriersH),
                   [barriers, legend, barriersH](QPainter &painter, double width) {
                       charts::paintStackedBars(painter, QRectF(0, 0, width, barriersH), barriers,
                                                legend);
                   });

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Workplace learning progress")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%n learner(s) in workplace learning: days done of the target.",
                            nullptr, static_cast<int>(o.progress.size()))));
    const auto progress = charts::progressBars(o);
    const double progressH = charts::barChartHeight(static_cast<int>(progress.size()));
    html += picture(QStringLiteral("progress"), progressH);
    doc.addPicture(QStringLiteral("progress"), QSizeF(pageWidth, progressH),
                   [progress, progressH](QPainter &painter, double width) {
                       charts::paintBarChart(painter, QRectF(0, 0, width, progressH), progress);
                   });
    rows.clear();
    for (const auto &p : o.progress)
        rows.append({ p.name, QStringLiteral("%1 / %2").arg(p.workedDays).arg(p.targetDays),
                      QStringLiteral("%1 %").arg(p.percent()) });
    html += table({ tr("Learner"), tr("Days done"), tr("Done") }, rows,
                  tr("Nobody is in workplace learning."));

    doc.setHtml(html);
    return doc;
}

Result<int> OverviewPdf::write(Database &database, const Clock &clock, const Overview &overview,
                               const QString &path)
{
    if (auto writable = checkWritable(path); !writable)
        return writable.error();
    auto pdf = document(overview).toPdf();
    if (!pdf)
        return pdf.error();
    if (auto written = auditedExport(database, clock, AuditAction::Export, caseloadSubject(),
                                     QStringLiteral("overview, PDF, %1 pages").arg(pdf->pages),
                                     [&] { return writeFileAtomically(path, pdf->bytes); });
        !written)
        return written.error();
    return pdf->pages;
}

} // namespace traject
