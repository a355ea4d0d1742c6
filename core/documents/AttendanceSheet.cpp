// SPDX-License-Identifier: GPL-3.0-or-later
// The attendance sheet of a placement: the planned days for the mentor to fill in and sign.
#include "PlanDocument.h"

#include "PlanHtml.h"
#include "Translations.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"

#include <algorithm>

namespace traject {

using namespace planhtml;

Result<PagedDocument> PlanDocuments::attendanceSheet(qint64 placementId, int version,
                                                     const QString &language) const
{
    // What the SPOC is told (an unknown placement) is in the program's language; only the
    // paper speaks the sheet's.
    PlacementRepository placements(m_database, m_clock);
    auto placement = placements.get(placementId);
    if (!placement)
        return placement.error();
    const ScopedLanguage speaking(language);
    auto days = placements.days(placementId);
    if (!days)
        return days.error();
    auto learner = LearnerRepository(m_database, m_clock).get(placement->learnerId);
    if (!learner)
        return learner.error();
    OrganisationRepository directory(m_database, m_clock);
    QString site;
    if (placement->siteId) {
        if (auto organisation = directory.organisation(*placement->siteId))
            site = organisation->name;
    }
    QString mentor;
    if (placement->mentorId) {
        if (auto person = directory.person(*placement->mentorId))
            mentor = person->name;
    }
    auto spoc = SpocContact::forLearner(m_database, m_clock, placement->learnerId, m_clock.today(),
                                        m_spoc);
    if (!spoc)
        return spoc.error();

    QString html = QStringLiteral("<html><head><style>%1</style></head><body>")
                       .arg(QString::fromLatin1(styleSheet));
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Attendance sheet")));
    html += paragraph(tr("Learner: %1").arg(learner->fullName()), QStringLiteral("meta"));
    html += paragraph(tr("Workplace: %1").arg(site.isEmpty() ? label(placement->kind) : site),
                      QStringLiteral("meta"));
    if (!mentor.isEmpty())
        html += paragraph(tr("Mentor: %1").arg(mentor), QStringLiteral("meta"));
    if (!spoc->isEmpty())
        html += paragraph(tr("SPOC: %1").arg(spoc->line()), QStringLiteral("meta"));
    html += paragraph(
        tr("Period: %1 to %2").arg(dateText(placement->start), dateText(placement->end)),
        QStringLiteral("meta"));
    html += paragraph(tr("Mentor: fill in the hours worked on each day and sign. Give the sheet "
                         "back to the SPOC at the end of the period."));
    QList<QStringList> dayRows;
    for (const PlacementDay &day : *days) {
        if (day.status != PlacementDayStatus::Planned)
            continue;
        dayRows.append({ escaped(shortDate(day.date)), hours(day.plannedHours), QString(),
                         QString(), QString() });
    }
    const QStringList headers { tr("Date"), tr("Planned hours"), tr("Hours worked"),
                                tr("Signature mentor"), tr("Remark") };
    const QString widths = QStringLiteral("18,15,15,27,25");
    const QString signatures
        = QStringLiteral("<p>&nbsp;</p>"
                         "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                         "style=\"border-color: #9aa9b8; border-style: solid;\">"
                         "<tr><th width=\"50%\">%1</th><th width=\"50%\">%2</th></tr>"
                         "<tr><td>%3<br><br><br></td><td>%3<br><br><br></td></tr></table>")
              .arg(escaped(tr("The mentor")), escaped(tr("The learner")),
                   escaped(tr("Signature:")));
    // The sheet with `extra` empty lines for days added on the spot, and the signatures unless
    // left out; the last `carried` days start a new page, together with the signatures.
    const auto sheet = [&](int extra, qsizetype carried, bool withSignatures) {
        QList<QStringList> first = dayRows.mid(0, dayRows.size() - carried);
        QList<QStringList> last = dayRows.mid(dayRows.size() - carried);
        QList<QStringList> &end = carried > 0 ? last : first;
        for (int i = 0; i < extra; ++i)
            end.append({ QStringLiteral("&nbsp;"), QString(), QString(), QString(), QString() });
        QString body = html + table(headers, first, widths);
        if (carried > 0)
            body += QStringLiteral("<p style=\"page-break-before: always; margin: 0;\"></p>")
                + table(headers, last, widths);
        return body + (withSignatures ? signatures : QString()) + QStringLiteral("</body></html>");
    };
    const auto pages = [&language](const QString &body) {
        PagedDocument trial;
        trial.setHtml(body);
        trial.setLanguage(language);
        return trial.pageCount();
    };
    // The signatures go on the page of the last days, never onto a page of their own: as many
    // empty lines (at most three) as leave them there; when not even they fit, the last days go
    // to the next page with them.
    const int dayPages = pages(sheet(0, 0, false));
    QString chosen;
    for (int extra = 3; extra >= 0 && chosen.isEmpty(); --extra) {
        if (const QString body = sheet(extra, 0, true); pages(body) == dayPages)
            chosen = body;
    }
    if (chosen.isEmpty())
        chosen = sheet(0, std::min<qsizetype>(3, dayRows.size()), true);

    PagedDocument document;
    document.setHtml(chosen);
    document.setLanguage(language);
    document.setTitle(tr("Attendance sheet of %1").arg(learner->fullName()));
    document.setFooter(
        tr("Attendance sheet of %1 · %2 · version %3")
            .arg(learner->fullName(), QLocale().toString(m_clock.today(), u"dd/MM/yyyy"))
            .arg(version));
    return document;
}

} // namespace traject
