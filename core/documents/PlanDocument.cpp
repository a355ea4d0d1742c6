// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDocument.h"

#include "Clock.h"
#include "Files.h"
#include "PlanHtml.h"
#include "Translations.h"
#include "storage/AuditLog.h"
#include "storage/LearnerRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/PlanVersionRepository.h"

#include <QLocale>
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
constexpr double pageWidth = 650;

/// The plan's own style: every text at least 12 pt, headings that stand out.
const char *const planStyle = R"(
h1 { font-size: 22pt; margin-bottom: 4px; color: #1f4e79; }
h2 { font-size: 17pt; margin-top: 18px; margin-bottom: 6px; color: #1f4e79; }
h3 { font-size: 13pt; margin-top: 10px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 6px; }
.appendix { page-break-before: always; }
th { background-color: #e8eef5; text-align: left; font-weight: bold; }
)";

bool toLearner(const PersonalPlanContent &plan)
{
    return plan.options.audience == Audience::Learner;
}

/// "ma 7 december".
QString dayText(QDate date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMMM"));
}

/// Writes the plan's HTML and keeps its running text (for the readability check) alongside.
class PlanWriter
{
public:
    explicit PlanWriter(PagedDocument &document)
        : m_document(document)
    { }

    void heading(int level, const QString &text)
    {
        m_html += QStringLiteral("<h%1>%2</h%1>").arg(level).arg(escaped(text));
    }
    /// A heading written by the SPOC (a barrier as the learner's goal): read, and so measured,
    /// like the text under it.
    void goal(const QString &text)
    {
        record(text);
        heading(3, text);
    }
    /// The lists of the appendix are not running text: they are not measured.
    void setMeasured(bool measured) { m_measured = measured; }
    void paragraph(const QString &text, bool bold = false)
    {
        record(text);
        m_html += bold ? QStringLiteral("<p><b>%1</b></p>").arg(escaped(text))
                       : QStringLiteral("<p>%1</p>").arg(escaped(text));
    }
    /// A table of plain-text cells; a cell's lines are split at "\n". The first line of a cell
    /// in `boldColumn` is bold.
    void table(const QStringList &headers, const QList<QStringList> &rows, const QString &widths,
               int boldColumn = -1)
    {
        QList<QStringList> cells;
        for (const QStringList &row : rows) {
            QStringList htmlRow;
            for (qsizetype column = 0; column < row.size(); ++column) {
                QStringList lines = row.at(column).split(QLatin1Char('\n'));
                for (QString &line : lines) {
                    record(line);
                    line = escaped(line);
                }
                if (column == boldColumn && !lines.isEmpty())
                    lines.first() = QStringLiteral("<b>%1</b>").arg(lines.first());
                htmlRow.append(lines.join(QStringLiteral("<br>")));
            }
            cells.append(htmlRow);
        }
        m_html += planhtml::table(headers, cells, widths);
    }
    void raw(const QString &html) { m_html += html; }
    const QString &html() const { return m_html; }

private:
    void record(const QString &text)
    {
        if (m_measured)
            m_document.addRunningText(text);
    }

    PagedDocument &m_document;
    QString m_html;
    bool m_measured = true;
};

/// "What comes now?": the next four weeks, by date.
void writeComing(PlanWriter &out, const PersonalPlanContent &plan)
{
    using Coming = PersonalPlanContent::Coming;
    const bool learner = toLearner(plan);
    out.heading(2, learner ? Texts::tr("What comes now?") : Texts::tr("The next four weeks"));
    if (plan.coming.isEmpty()) {
        out.paragraph(Texts::tr("Nothing is planned for the next four weeks."));
        return;
    }
    out.paragraph(
        Texts::tr("From %1 to %2.").arg(dateText(plan.date), dateText(plan.comingUntil())));
    QList<QStringList> rows;
    for (const Coming &item : plan.coming) {
        QStringList days;
        for (const QDate &date : item.dates)
            days.append(dayText(date));
        QString when = days.join(QLatin1Char('\n'));
        QString what;
        switch (item.kind) {
        case Coming::Kind::Work:
            what = learner ? Texts::tr("You work at %1.").arg(item.what)
                           : Texts::tr("%1 works at %2.").arg(plan.learnerFirstName, item.what);
            what += QLatin1Char('\n')
                + (item.hoursPerDay > 0 ? Texts::tr("%1 hours a day.").arg(hours(item.hoursPerDay))
                                        : Texts::tr("%1 hours in all.").arg(hours(item.hours)));
            break;
        case Coming::Kind::Appointment:
            what = Texts::tr("Appointment: %1.").arg(item.what.toLower());
            if (!item.withWhom.isEmpty())
                what += QLatin1Char('\n') + Texts::tr("With: %1.").arg(item.withWhom);
            break;
        case Coming::Kind::Task:
            if (learner)
                what = item.withWhom.isEmpty()
                    ? Texts::tr("You do this: %1").arg(item.what)
                    : Texts::tr("You do this with %1: %2").arg(item.withWhom, item.what);
            else
                what = Texts::tr("%1 does this: %2").arg(plan.learnerFirstName, item.what);
            if (item.dates.first() < plan.date)
                when = dateText(item.dates.first()) + QLatin1Char('\n')
                    + Texts::tr("(not done yet)");
            break;
        }
        rows.append({ when, what });
    }
    out.table({ Texts::tr("When"), Texts::tr("What") }, rows, QStringLiteral("30,70"));
}

void writeHelpers(PlanWriter &out, const PersonalPlanContent &plan)
{
    out.heading(2,
                toLearner(plan) ? sectionLabel(PlanSection::Helpers)
                                : Texts::tr("Who helps %1?").arg(plan.learnerFirstName));
    if (plan.helpers.isEmpty()) {
        out.paragraph(Texts::tr("No helpers are written down yet."));
        return;
    }
    QList<QStringList> rows;
    for (const auto &helper : plan.helpers) {
        QString who = helper.name;
        if (!helper.organisation.isEmpty())
            who += QLatin1Char('\n') + helper.organisation;
        rows.append({ who, helper.roles.join(QLatin1Char('\n')),
                      helper.phone.isEmpty() ? helper.email : helper.phone });
    }
    out.table({ Texts::tr("Who"), Texts::tr("For what"), Texts::tr("Phone") }, rows,
              QStringLiteral("34,40,26"), 0);
}

/// "Where am I?": the phases as a line, and where the training and the workplace learning
/// stand, in a few sentences.
void writeWhere(PlanWriter &out, PagedDocument &document, const PersonalPlanContent &plan)
{
    const bool learner = toLearner(plan);
    const QString name = plan.learnerFirstName;
    out.heading(2, learner ? Texts::tr("Where am I?") : Texts::tr("Where is %1 now?").arg(name));
    if (plan.has(PlanSection::Timeline) && !plan.phaseLine.segments.isEmpty()) {
        const auto picture = std::make_shared<const PhaseLinePicture>(plan.phaseLine, pageWidth);
        out.raw(QStringLiteral("<p><img src=\"picture:phases\" width=\"%1\" height=\"%2\"></p>")
                    .arg(pageWidth)
                    .arg(picture->height()));
        document.addPicture(QStringLiteral("phases"), QSizeF(pageWidth, picture->height()),
                            [picture](QPainter &painter, double) { picture->paint(painter); });
        const QString phase = label(plan.phase).toLower();
        out.paragraph(learner ? Texts::tr("You are in this phase now: %1.").arg(phase)
                              : Texts::tr("%1 is in this phase now: %2.").arg(name, phase));
        if (const QStringList left = picture->leftOut(); !left.isEmpty())
            out.paragraph(Texts::tr("Too short for the picture: %1.")
                              .arg(QLocale().createSeparatedList(left)));
    }
    if (plan.has(PlanSection::Training)) {
        if (plan.training.isEmpty())
            out.paragraph(learner ? Texts::tr("You are not enrolled in a training yet.")
                                  : Texts::tr("%1 is not enrolled in a training yet.").arg(name));
        for (const auto &training : plan.training) {
            if (!training.modules.isEmpty()) {
                const QString passed = QString::number(training.passedModules());
                const QString all = QString::number(training.modules.size());
                out.paragraph(
                    learner
                        ? Texts::tr("You have passed %1 of the %2 modules.").arg(passed, all)
                        : Texts::tr("%1 has passed %2 of the %3 modules.").arg(name, passed, all));
            }
            if (training.plannedEnd.isValid()) {
                const QString end = dateText(training.plannedEnd);
                if (training.plannedEnd >= plan.date)
                    out.paragraph(learner ? Texts::tr("Your training ends on %1.").arg(end)
                                          : Texts::tr("The training ends on %1.").arg(end));
                else
                    out.paragraph(learner ? Texts::tr("Your training ended on %1.").arg(end)
                                          : Texts::tr("The training ended on %1.").arg(end));
            }
        }
    }
    if (plan.has(PlanSection::Placements)) {
        const WorkplaceProgress &work = plan.workplace;
        const QString worked = QString::number(work.workedDays);
        if (plan.placements.isEmpty())
            out.paragraph(Texts::tr("No workplace learning is planned yet."));
        else if (work.targetDays > 0)
            out.paragraph(learner ? Texts::tr("You have worked %1 of the %2 days.")
                                        .arg(worked, QString::number(work.targetDays))
                                  : Texts::tr("%1 has worked %2 of the %3 days.")
                                        .arg(name, worked, QString::number(work.targetDays)));
        else
            out.paragraph(
                learner
                    ? Texts::tr("You have worked %n day(s).", nullptr, work.workedDays)
                    : Texts::tr("%1 has worked %n day(s).", nullptr, work.workedDays).arg(name));
    }
    if (plan.has(PlanSection::Timeline) && plan.aftercareEnd.isValid()) {
        const QString end = dateText(plan.aftercareEnd);
        if (plan.phase == Phase::Aftercare)
            out.paragraph(learner ? Texts::tr("Your aftercare lasts until %1.").arg(end)
                                  : Texts::tr("The aftercare lasts until %1.").arg(end));
        else if (plan.aftercareStart > plan.date)
            out.paragraph(Texts::tr("After the training comes aftercare, until %1.").arg(end));
    }
}

void writeBarriers(PlanWriter &out, const PersonalPlanContent &plan)
{
    out.heading(2, sectionLabel(PlanSection::Barriers));
    if (plan.barriers.isEmpty()) {
        out.paragraph(toLearner(plan) ? Texts::tr("Nothing stands in your way at the moment.")
                                      : Texts::tr("Nothing stands in %1's way at the moment.")
                                            .arg(plan.learnerFirstName));
        return;
    }
    for (const auto &barrier : plan.barriers) {
        out.goal(barrier.description);
        const auto next = barrier.nextStep();
        if (!next) {
            out.paragraph(Texts::tr("We still agree on what to do."));
            continue;
        }
        out.paragraph(Texts::tr("Next step: %1").arg(next->what));
        out.paragraph(next->due.isValid()
                          ? Texts::tr("Who: %1. When: %2.").arg(next->who, dateText(next->due))
                          : Texts::tr("Who: %1.").arg(next->who));
    }
}

void writeSignatures(PlanWriter &out, const PersonalPlanContent &plan)
{
    out.heading(2, sectionLabel(PlanSection::Signatures));
    out.paragraph(Texts::tr("We agree on this plan."));
    const QString who = plan.options.audience == Audience::Workplace ? Texts::tr("The mentor")
                                                                     : Texts::tr("The learner");
    const QString spoc = plan.spocName.isEmpty() ? Texts::tr("The SPOC")
                                                 : Texts::tr("The SPOC, %1").arg(plan.spocName);
    out.raw(QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                           "style=\"border-color: #9aa9b8; border-style: solid;\">"
                           "<tr><th width=\"50%\">%1</th><th width=\"50%\">%2</th></tr>"
                           "<tr><td>%3</td><td>%3</td></tr>"
                           "<tr><td>%4<br><br><br></td><td>%4<br><br><br></td></tr></table>")
                .arg(escaped(who), escaped(spoc), escaped(Texts::tr("Date:")),
                     escaped(Texts::tr("Signature:"))));
}

/// The appendix: every module with its state and every placement day, for who needs the lists.
void writeAppendix(PlanWriter &out, const PersonalPlanContent &plan)
{
    out.raw(QStringLiteral("<div class=\"appendix\">"));
    out.setMeasured(false);
    const bool modules = !plan.training.isEmpty();
    const bool days = !plan.placements.isEmpty();
    out.heading(2,
                modules && days ? Texts::tr("Appendix: all modules and days")
                    : modules   ? Texts::tr("Appendix: all modules")
                                : Texts::tr("Appendix: all workplace days"));
    for (const auto &training : plan.training) {
        out.heading(3, training.programme);
        out.paragraph(Texts::tr("From %1 to %2.")
                          .arg(dateText(training.start), dateText(training.plannedEnd)));
        // Modules without a name are counted per semester and state, never named.
        QList<QStringList> rows;
        QList<int> unnamed;
        for (const auto &module : training.modules) {
            if (!module.name.isEmpty()) {
                rows.append({ QString::number(module.semester), module.name, module.status });
                unnamed.append(0);
                continue;
            }
            const QString semester = QString::number(module.semester);
            qsizetype found = -1;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (unnamed.at(i) > 0 && rows.at(i).at(0) == semester
                    && rows.at(i).at(2) == module.status)
                    found = i;
            }
            if (found < 0) {
                rows.append({ semester, QString(), module.status });
                unnamed.append(0);
                found = rows.size() - 1;
            }
            ++unnamed[found];
            rows[found][1] = Texts::tr("%n more module(s)", nullptr, unnamed.at(found));
        }
        if (!rows.isEmpty())
            out.table({ Texts::tr("Semester"), Texts::tr("Module"), Texts::tr("Status") }, rows,
                      QStringLiteral("16,56,28"));
        if (training.unnamedModules() > 0)
            out.paragraph(Texts::tr("The training centre has not named every module yet."));
    }
    for (const auto &placement : plan.placements) {
        out.heading(3, placement.title);
        out.paragraph(
            Texts::tr("From %1 to %2.").arg(dateText(placement.start), dateText(placement.end)));
        if (!placement.mentor.isEmpty())
            out.paragraph(toLearner(plan) ? Texts::tr("Your mentor: %1").arg(placement.mentor)
                                          : Texts::tr("Mentor: %1").arg(placement.mentor));
        const PlacementTotals &totals = placement.totals;
        out.paragraph(
            totals.targetHours > 0
                ? Texts::tr("Worked: %1 of %2 days, %3 of %4 hours.")
                      .arg(totals.workedDays)
                      .arg(totals.targetDays)
                      .arg(hours(totals.workedHours), hours(totals.targetHours))
                : Texts::tr("Worked: %1 of %2 days.").arg(totals.workedDays).arg(totals.targetDays),
            true);
        QList<QStringList> rows;
        for (const PlacementDay &day : placement.days)
            rows.append({ shortDate(day.date), hours(day.plannedHours),
                          day.workedHours ? hours(*day.workedHours) : QString(),
                          label(day.status) });
        if (!rows.isEmpty())
            out.table(
                { Texts::tr("Date"), Texts::tr("Hours"), Texts::tr("Worked"), Texts::tr("Status") },
                rows, QStringLiteral("32,16,18,34"));
    }
    out.raw(QStringLiteral("</div>"));
    out.setMeasured(true);
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
    const PersonalPlanContent &plan = *collected;

    PagedDocument document;
    PlanWriter out(document);
    out.raw(QStringLiteral("<html><head><style>%1</style></head><body>")
                .arg(QString::fromLatin1(planStyle)));
    const bool learner = options.audience == Audience::Learner;
    out.heading(1,
                learner ? tr("My personal plan") : tr("Personal plan of %1").arg(plan.learnerName));
    switch (options.audience) {
    case Audience::Learner:
        out.paragraph(tr("For %1.").arg(plan.learnerName));
        out.paragraph(tr("Made on %1.").arg(dateText(plan.date)));
        out.paragraph(tr("This is your plan. Keep it with you."));
        break;
    case Audience::Workplace:
        out.paragraph(tr("Made on %1.").arg(dateText(plan.date)));
        out.paragraph(tr("For the mentor of %1 at the workplace.").arg(plan.learnerFirstName));
        break;
    case Audience::Partner:
        out.paragraph(tr("Made on %1.").arg(dateText(plan.date)));
        out.paragraph(plan.consentNote);
        break;
    }

    // The four questions, in this order; then the signatures and the appendix.
    if (plan.has(PlanSection::Placements) || plan.has(PlanSection::Appointments)
        || plan.has(PlanSection::Barriers))
        writeComing(out, plan);
    if (plan.has(PlanSection::Helpers))
        writeHelpers(out, plan);
    if (plan.has(PlanSection::Timeline) || plan.has(PlanSection::Training)
        || plan.has(PlanSection::Placements))
        writeWhere(out, document, plan);
    if (plan.has(PlanSection::Barriers))
        writeBarriers(out, plan);
    if (plan.has(PlanSection::Signatures))
        writeSignatures(out, plan);
    if (options.appendix && (!plan.training.isEmpty() || !plan.placements.isEmpty()))
        writeAppendix(out, plan);
    out.raw(QStringLiteral("</body></html>"));

    document.setHtml(out.html());
    document.setLanguage(options.language);
    document.setBaseFontSize(12);
    document.setFooterFontSize(12);
    document.setTitle(tr("Personal plan of %1").arg(plan.learnerName));
    document.setFooter(tr("%1 · version %2 · %3")
                           .arg(plan.learnerName)
                           .arg(version)
                           .arg(QLocale().toString(plan.date, u"dd/MM/yyyy")));
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
    if (options.appendix)
        version.sections.append(QStringLiteral("appendix"));
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
        else if (code == QLatin1String("appendix"))
            options.appendix = true;
        else if (const auto section = sectionFromCode(code))
            options.sections.append(*section);
    }
    return options;
}

QString versionExportDetail(const PlanVersion &version, VersionOutput output)
{
    const QString kind = version.kind == DocumentKind::Plan
        ? QStringLiteral("personal plan (%1)").arg(version.audience)
        : QStringLiteral("attendance sheet");
    return QStringLiteral("%1, %2, version %3, %4 pages")
        .arg(kind, output == VersionOutput::Pdf ? QStringLiteral("PDF") : QStringLiteral("printed"))
        .arg(version.number)
        .arg(version.pages);
}

Status writeVersionPdf(Database &database, const Clock &clock, const PlanVersion &version,
                       const QString &path)
{
    return auditedExport(database, clock, AuditAction::Export, learnerSubject(version.learnerId),
                         versionExportDetail(version, VersionOutput::Pdf),
                         [&] { return writeFileAtomically(path, version.pdf); });
}

Status printVersion(Database &database, const Clock &clock, const PlanVersion &version,
                    const std::function<Status()> &print)
{
    return auditedExport(database, clock, AuditAction::Export, learnerSubject(version.learnerId),
                         versionExportDetail(version, VersionOutput::Printer), print);
}

} // namespace traject
