// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDocument.h"

#include "Clock.h"
#include "PlanHtml.h"
#include "TimelinePainter.h"
#include "Translations.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/PlanVersionRepository.h"

#include <QPainter>

#include <memory>

namespace traject {

using namespace planhtml;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(PersonalPlan)
};

/// The page's width for text and pictures, in units of about 1/96 inch (A4 less the margins).
constexpr double pageWidth = 660;

/// A plan for the learner speaks to the learner ("Wie helpt mij?"); a plan for the workplace or a
/// partner speaks to its reader about the learner, by name ("Wie helpt Amina?").
QString heading(PlanSection section, const PersonalPlanContent &plan)
{
    QString text = sectionLabel(section);
    if (plan.options.audience != Audience::Learner) {
        switch (section) {
        case PlanSection::Timeline:
            text = Texts::tr("The trajectory of %1").arg(plan.learnerFirstName);
            break;
        case PlanSection::Helpers:
            text = Texts::tr("Who helps %1?").arg(plan.learnerFirstName);
            break;
        case PlanSection::Training:
            text = Texts::tr("Training");
            break;
        case PlanSection::Placements:
            text = Texts::tr("Workplace learning");
            break;
        case PlanSection::Barriers:
        case PlanSection::Appointments:
        case PlanSection::Signatures:
            break;
        }
    }
    return QStringLiteral("<h2>%1</h2>").arg(escaped(text));
}

bool toLearner(const PersonalPlanContent &plan)
{
    return plan.options.audience == Audience::Learner;
}

QString helpersSection(const PersonalPlanContent &plan)
{
    QString html = heading(PlanSection::Helpers, plan);
    if (plan.helpers.isEmpty())
        return html + paragraph(Texts::tr("No helpers are written down yet."));
    QList<QStringList> rows;
    for (const auto &helper : plan.helpers) {
        QStringList roles;
        for (const QString &role : helper.roles)
            roles.append(escaped(role));
        QString who = QStringLiteral("<b>%1</b>").arg(escaped(helper.name));
        if (!helper.organisation.isEmpty())
            who += QStringLiteral("<br>") + escaped(helper.organisation);
        QStringList reach;
        for (const QString &way : { helper.phone, helper.email }) {
            if (!way.isEmpty())
                reach.append(escaped(way));
        }
        rows.append(
            { roles.join(QStringLiteral("<br>")), who, reach.join(QStringLiteral("<br>")) });
    }
    return html
        + table({ Texts::tr("What they do"), Texts::tr("Who"), Texts::tr("Phone and e-mail") },
                rows, QStringLiteral("33,29,38"));
}

QString trainingSection(const PersonalPlanContent &plan)
{
    QString html = heading(PlanSection::Training, plan);
    if (plan.training.isEmpty())
        return html
            + paragraph(toLearner(plan) ? Texts::tr("You are not enrolled in a training yet.")
                                        : Texts::tr("%1 is not enrolled in a training yet.")
                                              .arg(plan.learnerFirstName));
    for (const auto &training : plan.training) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(training.programme));
        html += paragraph(Texts::tr("From %1 to %2.")
                              .arg(dateText(training.start), dateText(training.plannedEnd)));
        QList<QStringList> rows;
        for (const auto &module : training.modules)
            rows.append(
                { QString::number(module.semester), escaped(module.name), escaped(module.status) });
        if (!rows.isEmpty())
            html += table({ Texts::tr("Semester"), Texts::tr("Module"), Texts::tr("Status") }, rows,
                          QStringLiteral("15,60,25"));
    }
    return html;
}

QString placementsSection(const PersonalPlanContent &plan)
{
    QString html = heading(PlanSection::Placements, plan);
    if (plan.placements.isEmpty())
        return html + paragraph(Texts::tr("No workplace learning is planned yet."));
    for (const auto &placement : plan.placements) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(placement.title));
        html += paragraph(
            Texts::tr("From %1 to %2.").arg(dateText(placement.start), dateText(placement.end)));
        if (!placement.mentor.isEmpty())
            html += paragraph(toLearner(plan) ? Texts::tr("Your mentor: %1").arg(placement.mentor)
                                              : Texts::tr("Mentor: %1").arg(placement.mentor));
        const PlacementTotals &totals = placement.totals;
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(escaped(Texts::tr("Worked: %1 of %2 days, %3 of %4 hours.")
                                     .arg(totals.workedDays)
                                     .arg(totals.targetDays)
                                     .arg(hours(totals.workedHours), hours(totals.targetHours))));
        // Two days to a line, so that a long period stays short on paper.
        QList<QStringList> rows;
        const auto cells = [](const PlacementDay &day) -> QStringList {
            return { escaped(shortDate(day.date)), hours(day.plannedHours),
                     day.workedHours ? hours(*day.workedHours) : QString(),
                     escaped(label(day.status)) };
        };
        const qsizetype half = (placement.days.size() + 1) / 2;
        for (qsizetype i = 0; i < half; ++i) {
            QStringList row = cells(placement.days.at(i));
            if (i + half < placement.days.size())
                row += cells(placement.days.at(i + half));
            else
                row += QStringList { QString(), QString(), QString(), QString() };
            rows.append(row);
        }
        if (!rows.isEmpty()) {
            const QStringList headers { Texts::tr("Date"), Texts::tr("Hours"), Texts::tr("Worked"),
                                        Texts::tr("Status") };
            html += table(headers + headers, rows, QStringLiteral("18,7,10,15,18,7,10,15"), true);
        }
    }
    return html;
}

QString barriersSection(const PersonalPlanContent &plan)
{
    QString html = heading(PlanSection::Barriers, plan);
    if (plan.barriers.isEmpty())
        return html
            + paragraph(toLearner(plan) ? Texts::tr("Nothing stands in your way at the moment.")
                                        : Texts::tr("Nothing stands in %1's way at the moment.")
                                              .arg(plan.learnerFirstName));
    for (const auto &barrier : plan.barriers) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(barrier.description));
        if (barrier.actions.isEmpty()) {
            html += paragraph(Texts::tr("We still agree on what to do."), QStringLiteral("note"));
            continue;
        }
        QList<QStringList> rows;
        for (const auto &action : barrier.actions) {
            rows.append(
                { escaped(action.what), escaped(action.who),
                  action.done ? escaped(Texts::tr("done")) : escaped(dateText(action.due)) });
        }
        html += table({ Texts::tr("What"), Texts::tr("Who"), Texts::tr("By when") }, rows,
                      QStringLiteral("55,20,25"));
    }
    return html;
}

QString appointmentsSection(const PersonalPlanContent &plan)
{
    QString html = heading(PlanSection::Appointments, plan);
    if (plan.appointments.isEmpty())
        return html + paragraph(Texts::tr("No appointments are planned yet."));
    QList<QStringList> rows;
    for (const auto &appointment : plan.appointments)
        rows.append({ escaped(shortDate(appointment.date)), escaped(appointment.what),
                      escaped(appointment.withWhom) });
    return html
        + table({ Texts::tr("When"), Texts::tr("What"), Texts::tr("With whom") }, rows,
                QStringLiteral("22,53,25"));
}

QString signaturesSection(const PersonalPlanContent &plan)
{
    QString html = heading(PlanSection::Signatures, plan);
    html += paragraph(Texts::tr("We agree on this plan."));
    const QString who = plan.options.audience == Audience::Workplace ? Texts::tr("The mentor")
                                                                     : Texts::tr("The learner");
    const QString spoc = plan.spocName.isEmpty() ? Texts::tr("The SPOC")
                                                 : Texts::tr("The SPOC, %1").arg(plan.spocName);
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                           "style=\"border-color: #9aa9b8; border-style: solid;\">"
                           "<tr><th width=\"50%\">%1</th><th width=\"50%\">%2</th></tr>"
                           "<tr><td>%3</td><td>%3</td></tr>"
                           "<tr><td>%4<br><br><br></td><td>%4<br><br><br></td></tr></table>")
                .arg(escaped(who), escaped(spoc), escaped(Texts::tr("Date:")),
                     escaped(Texts::tr("Signature:")));
    return html;
}

} // namespace

PlanDocuments::PlanDocuments(Database &database, const Clock &clock, SpocContact spoc)
    : m_database(database)
    , m_clock(clock)
    , m_spoc(std::move(spoc))
{ }

Result<PagedDocument> PlanDocuments::personalPlan(qint64 learnerId, const PlanOptions &options,
                                                  int version) const
{
    // What the SPOC is told (an unknown learner) is in the program's language; only the paper
    // speaks the plan's.
    if (auto learner = LearnerRepository(m_database, m_clock).get(learnerId); !learner)
        return learner.error();
    const ScopedLanguage language(options.language);
    auto collected = PersonalPlanCollector(m_database, m_clock, m_spoc).collect(learnerId, options);
    if (!collected)
        return collected.error();
    const auto plan = std::make_shared<const PersonalPlanContent>(std::move(*collected));

    QString html = QStringLiteral("<html><head><style>%1</style></head><body>")
                       .arg(QString::fromLatin1(styleSheet));
    const bool toLearner = options.audience == Audience::Learner;
    html += QStringLiteral("<h1>%1</h1>")
                .arg(escaped(toLearner ? tr("My personal plan")
                                       : tr("Personal plan of %1").arg(plan->learnerName)));
    QString meta = toLearner ? tr("For %1, on %2.").arg(plan->learnerName, dateText(plan->date))
                             : tr("Made on %1.").arg(dateText(plan->date));
    if (!plan->spocName.isEmpty()) {
        meta += QLatin1Char(' ');
        if (toLearner)
            meta += plan->spocPhone.isEmpty()
                ? tr("Your SPOC: %1.").arg(plan->spocName)
                : tr("Your SPOC: %1, phone %2.").arg(plan->spocName, plan->spocPhone);
        else
            meta += plan->spocPhone.isEmpty()
                ? tr("SPOC: %1.").arg(plan->spocName)
                : tr("SPOC: %1, phone %2.").arg(plan->spocName, plan->spocPhone);
    }
    html += paragraph(meta, QStringLiteral("meta"));
    switch (options.audience) {
    case Audience::Learner:
        html += paragraph(tr("This is your plan. It shows what you do, who helps you and what "
                             "comes next. Keep it with you."));
        break;
    case Audience::Workplace:
        html += paragraph(tr("For the workplace: the schedule of the workplace learning of %1 "
                             "and who to contact.")
                              .arg(plan->learnerFirstName));
        break;
    case Audience::Partner:
        html += paragraph(plan->consentNote, QStringLiteral("note"));
        break;
    }

    PagedDocument document;
    for (const PlanSection section : options.sections) {
        switch (section) {
        case PlanSection::Timeline: {
            html += heading(section, *plan);
            // The picture's height follows from its rows (as paintTimelinePicture() lays them out).
            const double height
                = 30 + timeline::RowLayout(plan->timeline.rows, { 13, 2, 0 }).totalHeight();
            const double legend = 40;
            html += QStringLiteral(
                        "<p><img src=\"picture:timeline\" width=\"%1\" height=\"%2\"></p>")
                        .arg(pageWidth)
                        .arg(height + legend);
            document.addPicture(
                QStringLiteral("timeline"), QSizeF(pageWidth, height + legend),
                [plan, height](QPainter &painter, double width) {
                    timeline::paintTimelinePicture(painter, plan->timeline, QPointF(0, 0), width);
                    timeline::paintTimelineLegend(painter, QPointF(0, height + 6), width,
                                                  plan->has(PlanSection::Barriers));
                });
            break;
        }
        case PlanSection::Helpers:
            html += helpersSection(*plan);
            break;
        case PlanSection::Training:
            html += trainingSection(*plan);
            break;
        case PlanSection::Placements:
            html += placementsSection(*plan);
            break;
        case PlanSection::Barriers:
            html += barriersSection(*plan);
            break;
        case PlanSection::Appointments:
            html += appointmentsSection(*plan);
            break;
        case PlanSection::Signatures:
            html += signaturesSection(*plan);
            break;
        }
    }
    html += QStringLiteral("</body></html>");
    document.setHtml(html);
    document.setLanguage(options.language);
    document.setTitle(tr("Personal plan of %1").arg(plan->learnerName));
    document.setFooter(tr("Personal plan of %1 · %2 · version %3")
                           .arg(plan->learnerName, QLocale().toString(plan->date, u"dd/MM/yyyy"))
                           .arg(version));
    return document;
}

Result<int> PlanDocuments::nextNumber(qint64 learnerId, DocumentKind kind) const
{
    auto versions = PlanVersionRepository(m_database, m_clock).forLearner(learnerId, kind);
    if (!versions)
        return versions.error();
    int highest = 0;
    for (const PlanVersion &version : *versions)
        highest = std::max(highest, version.number);
    return highest + 1;
}

Result<PlanVersion>
PlanDocuments::store(PlanVersion version,
                     const std::function<Result<PagedDocument>(int)> &make) const
{
    auto number = nextNumber(version.learnerId, version.kind);
    if (!number)
        return number.error();
    auto document = make(*number);
    if (!document)
        return document.error();
    auto pdf = document->toPdf();
    if (!pdf)
        return pdf.error();
    version.pages = pdf->pages;
    version.pdf = pdf->bytes;
    if (auto id = PlanVersionRepository(m_database, m_clock).add(version); !id)
        return id.error();
    return version;
}

Result<PlanVersion> PlanDocuments::storePersonalPlan(qint64 learnerId,
                                                     const PlanOptions &options) const
{
    PlanVersion version;
    version.learnerId = learnerId;
    version.kind = DocumentKind::Plan;
    version.audience = audienceCode(options.audience);
    version.language = options.language;
    for (const PlanSection section : options.sections)
        version.sections.append(sectionCode(section));
    if (options.includeSensitive)
        version.sections.append(QStringLiteral("sensitive"));
    return store(version, [&](int number) { return personalPlan(learnerId, options, number); });
}

Result<PlanVersion> PlanDocuments::storeAttendanceSheet(qint64 placementId,
                                                        const QString &language) const
{
    auto placement = PlacementRepository(m_database, m_clock).get(placementId);
    if (!placement)
        return placement.error();
    PlanVersion version;
    version.learnerId = placement->learnerId;
    version.kind = DocumentKind::Attendance;
    version.language = language;
    version.subjectId = placementId;
    return store(version,
                 [&](int number) { return attendanceSheet(placementId, number, language); });
}

PlanOptions PlanDocuments::optionsOf(const PlanVersion &version)
{
    PlanOptions options;
    options.audience = audienceFromCode(version.audience).value_or(Audience::Learner);
    options.language = version.language;
    options.sections.clear();
    for (const QString &code : version.sections) {
        if (code == QLatin1String("sensitive"))
            options.includeSensitive = true;
        else if (const auto section = sectionFromCode(code))
            options.sections.append(*section);
    }
    return options;
}

} // namespace traject
