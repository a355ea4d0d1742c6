// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeSummary.h"

#include "Clock.h"
#include "Columns.h"
#include "Files.h"
#include "Translations.h"
#include "storage/AuditLog.h"
#include "storage/BarrierRepository.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"

#include <QHash>

namespace traject {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(IntakeSummary)
};

/// Everything the summary prints, read before it is laid out.
struct Content
{
    struct BarrierRow
    {
        Barrier barrier;
        std::vector<Action> actions;
    };

    Intake intake;
    IntakeTemplate form;
    IntakeAnswers answers;
    Learner learner;
    SpocContact spoc;
    std::vector<SupportPerson> network;
    std::vector<BarrierRow> barriers;
    std::vector<Action> nextSteps; // actions of the intake on no barrier
    QHash<qint64, QString> partnerNames; // who of a partner does an action
};

/// The width of the page's text in units of about 1/96 inch (A4 less the margins).
constexpr double pageWidth = 657;

/// Small print, so that a fully answered intake fits on one page; headings in the plan's blue.
/// (Headings are paragraphs: the size of <h1>/<h2> grows with the document's font, not the CSS.)
const char *const style = R"(
.title { font-size: 15pt; font-weight: bold; margin-top: 0px; margin-bottom: 0px; }
.section { font-size: 9.5pt; font-weight: bold; margin-top: 7px; margin-bottom: 1px;
           color: #1f4e79; }
p { margin-top: 0px; margin-bottom: 1px; }
.meta { color: #333333; }
.note { color: #555555; }
.open { color: #9c2b00; font-weight: bold; }
.question { color: #555555; }
th { background-color: #e8eef5; text-align: left; font-weight: bold; }
)";

QString escaped(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString date(QDate day)
{
    return day.isValid() ? day.toString(u"dd/MM/yyyy") : QString();
}

QString bold(const QString &html)
{
    return QStringLiteral("<b>%1</b>").arg(html);
}

QString span(const char *cssClass, const QString &html)
{
    return QStringLiteral("<span class=\"%1\">%2</span>").arg(QLatin1String(cssClass), html);
}

/// An answer in words: option labels, yes or no, a date as dd/MM/yyyy, or the text typed.
QString answerHtml(const TemplateQuestion &question, const QString &value)
{
    switch (question.type) {
    case AnswerType::Line:
    case AnswerType::Text:
        break;
    case AnswerType::YesNo:
        if (value == QLatin1String("yes"))
            return escaped(Texts::tr("Yes"));
        if (value == QLatin1String("no"))
            return escaped(Texts::tr("No"));
        break;
    case AnswerType::Date:
        if (const QDate day = QDate::fromString(value, Qt::ISODate); day.isValid())
            return date(day);
        break;
    case AnswerType::Choice:
        return escaped(question.optionLabel(value));
    case AnswerType::Checks: {
        QStringList labels;
        for (const QString &code : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            labels.append(question.optionLabel(code.trimmed()));
        return escaped(labels.join(QStringLiteral(", ")));
    }
    }
    return escaped(value);
}

/// A table without lines under a shaded header row; cells are HTML. `space` pixels above it.
QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widths,
              int padding = 1, int space = 0)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                                  "style=\"border-style: none; margin-top: %2px;\"><tr>")
                       .arg(padding)
                       .arg(space);
    for (qsizetype i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th width=\"%1%\">%2</th>")
                    .arg(QString::number(widths.value(i)), escaped(headers.at(i)));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows)
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(row.join(QStringLiteral("</td><td>")));
    return html + QStringLiteral("</table>");
}

QString heading(const QString &title)
{
    return QStringLiteral("<p class=\"section\">%1</p>").arg(escaped(title));
}

QString note(const QString &text)
{
    return QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(text));
}

/// The answered questions of a section, under its title; nothing when none is answered.
QList<ColumnParagraph> questionParagraphs(const TemplateSection &section,
                                          const IntakeAnswers &answers)
{
    QList<ColumnParagraph> paragraphs;
    for (const TemplateQuestion &question : section.questions) {
        const QString value = answers.value(question.key).trimmed();
        if (value.isEmpty())
            continue;
        paragraphs.append({ QStringLiteral("<p>%1&nbsp; %2</p>")
                                .arg(span("question", escaped(question.text.text())),
                                     answerHtml(question, value)),
                            {} });
    }
    if (!paragraphs.isEmpty()) {
        const QString title = section.title.text();
        paragraphs.prepend({ heading(title), heading(Texts::tr("%1 (continued)").arg(title)) });
    }
    return paragraphs;
}

/// The support network, two people to a line.
QString networkSection(const TemplateSection &section, const Content &content)
{
    const QString html = heading(section.title.text());
    if (content.network.empty())
        return html + note(Texts::tr("No support persons are written down."));
    QList<QStringList> rows;
    for (const SupportPerson &person : content.network) {
        QStringList parts { bold(escaped(person.name)) };
        for (const QString &part : { person.relation, label(person.kind), person.phone }) {
            if (!part.trimmed().isEmpty())
                parts.append(escaped(part));
        }
        if (rows.isEmpty() || rows.constLast().size() == 2)
            rows.append(QStringList());
        rows.last().append(parts.join(QStringLiteral(" · ")));
    }
    if (rows.constLast().size() == 1)
        rows.last().append(QString());
    return html + columnRows(rows);
}

/// Who does an action, in words: the partner's person by name.
QString owner(const Action &action, const Content &content)
{
    if (action.partnerPersonId && content.partnerNames.contains(*action.partnerPersonId))
        return content.partnerNames.value(*action.partnerPersonId);
    return label(action.owner);
}

/// Who does an action and by when, e.g. "SPOC, by 21/03/2025".
QString ownerAndDue(const Action &action, const Content &content)
{
    const QString who = owner(action, content);
    if (action.isDone())
        return Texts::tr("%1, done on %2").arg(who, date(action.done));
    if (action.due.isValid())
        return Texts::tr("%1, by %2").arg(who, date(action.due));
    return who;
}

QString barriersSection(const QString &title, const Content &content)
{
    const QString html = heading(title);
    if (content.barriers.empty())
        return html + note(Texts::tr("No barriers were ticked in this interview."));
    QList<QStringList> rows;
    for (const auto &[barrier, actions] : content.barriers) {
        QString what = bold(escaped(label(barrier.category)));
        if (!barrier.description.trimmed().isEmpty())
            what += QStringLiteral(": ") + escaped(barrier.description);
        QStringList done;
        for (const Action &action : actions)
            done.append(
                escaped(action.description) + QLatin1Char(' ')
                + span("note", QStringLiteral("(%1)").arg(escaped(ownerAndDue(action, content)))));
        rows.append({ what,
                      done.isEmpty() ? span("note", escaped(Texts::tr("No action agreed yet.")))
                                     : done.join(QStringLiteral("<br>")) });
    }
    return html
        + table({ Texts::tr("Barrier"), Texts::tr("What we do about it") }, rows, { 45, 55 }, 2);
}

QString decisionSection(const TemplateSection &section, const Content &content)
{
    QString html = heading(section.title.text());
    const Intake &intake = content.intake;
    if (intake.decision) {
        QString line = bold(escaped(Texts::tr("Decision:"))) + QLatin1Char(' ')
            + escaped(label(*intake.decision));
        QString reason;
        if (const auto code = fromCode<NonEntryReason>(intake.reasonCode))
            reason = escaped(label(*code));
        if (!intake.reasonText.trimmed().isEmpty())
            reason += (reason.isEmpty() ? QString() : QStringLiteral(": "))
                + escaped(intake.reasonText);
        if (!reason.isEmpty())
            line += QStringLiteral(" &nbsp;·&nbsp; ") + bold(escaped(Texts::tr("Reason:")))
                + QLatin1Char(' ') + reason;
        html += QStringLiteral("<p>%1</p>").arg(line);
    } else {
        html += note(Texts::tr("No decision has been taken yet."));
    }
    if (!intake.isFinished())
        html += QStringLiteral("<p class=\"open\">%1</p>")
                    .arg(escaped(Texts::tr("This intake is not finished yet: what is written "
                                           "here can still change.")));
    if (content.nextSteps.empty())
        return html;
    QList<QStringList> rows;
    for (const Action &action : content.nextSteps)
        rows.append({ escaped(action.description), escaped(owner(action, content)),
                      action.isDone() ? escaped(Texts::tr("done")) : date(action.due) });
    return html
        + table({ Texts::tr("Next step"), Texts::tr("Who"), Texts::tr("By when") }, rows,
                { 62, 23, 15 }, 1, 3);
}

QString signatures(const Content &content)
{
    const QString spoc = content.spoc.isEmpty() ? Texts::tr("The SPOC")
                                                : Texts::tr("The SPOC, %1").arg(content.spoc.name);
    const QString candidate = Texts::tr("The candidate, %1").arg(content.learner.fullName());
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-color: #9aa9b8; border-style: solid; margin-top: 10px;\">"
                          "<tr><th width=\"50%\">%1</th><th width=\"50%\">%2</th></tr>"
                          "<tr><td>%3<br>%4<br><br><br></td><td>%3<br>%4<br><br><br></td></tr>"
                          "</table>")
        .arg(escaped(spoc), escaped(candidate), escaped(Texts::tr("Date:")),
             escaped(Texts::tr("Signature:")));
}

QString header(const Content &content)
{
    const Learner &learner = content.learner;
    QString html
        = QStringLiteral("<p class=\"title\">%1</p>").arg(escaped(Texts::tr("Intake interview")));
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(escaped(
                    Texts::tr("%1 · version %2")
                        .arg(content.form.title.text(), QString::number(content.form.version))));
    const QString born = learner.birthDate.isValid()
        ? Texts::tr("born on %1").arg(date(learner.birthDate))
        : QString();
    const QString status = content.intake.isFinished()
        ? escaped(Texts::tr("finished on %1").arg(date(content.intake.finishedAt.date())))
        : span("open", escaped(Texts::tr("not finished yet")));
    const auto cell = [](const QString &what, const QString &valueHtml) {
        return span("note", escaped(what)) + QLatin1Char(' ') + valueHtml;
    };
    const QList<QStringList> rows {
        { cell(Texts::tr("Candidate:"),
               bold(escaped(learner.fullName()))
                   + (born.isEmpty() ? QString() : QStringLiteral(", ") + escaped(born))),
          cell(Texts::tr("Date of the interview:"), bold(date(content.intake.date))) },
        // Without a SPOC on the role card or in the settings, the line is left blank to be
        // filled in by hand.
        { cell(Texts::tr("SPOC:"), escaped(content.spoc.line())),
          cell(Texts::tr("Status:"), status) },
    };
    return html + columnRows(rows, 3);
}

Result<Content> collect(Database &database, const Clock &clock, qint64 intakeId,
                        const SpocContact &own)
{
    IntakeRepository intakes(database, clock);
    Content content;
    auto intake = intakes.get(intakeId);
    if (!intake)
        return intake.error();
    content.intake = *intake;
    auto form = intakes.templateById(intake->templateId);
    if (!form)
        return form.error();
    content.form = std::move(*form);
    auto answers = intakes.answers(intakeId);
    if (!answers)
        return answers.error();
    content.answers = *answers;
    auto learner = LearnerRepository(database, clock).get(intake->learnerId);
    if (!learner)
        return learner.error();
    content.learner = *learner;
    auto network = intakes.supportNetwork(intake->learnerId);
    if (!network)
        return network.error();
    content.network = *network;

    OrganisationRepository directory(database, clock);
    // The SPOC on the role card on the day of the interview, or today, or else the SPOC's own.
    content.spoc = own;
    for (const QDate day : { intake->date, clock.today() }) {
        auto spoc = SpocContact::forLearner(database, clock, intake->learnerId, day, own);
        if (!spoc)
            return spoc.error();
        if (!spoc->isEmpty() && !(*spoc == own)) {
            content.spoc = *spoc;
            break;
        }
    }

    BarrierRepository barriers(database, clock);
    const auto notePartner = [&](const Action &action) {
        if (!action.partnerPersonId || content.partnerNames.contains(*action.partnerPersonId))
            return;
        if (auto person = directory.person(*action.partnerPersonId))
            content.partnerNames.insert(*action.partnerPersonId, person->name);
    };
    auto barrierIds = intakes.barrierIds(intakeId);
    if (!barrierIds)
        return barrierIds.error();
    for (const qint64 id : *barrierIds) {
        auto barrier = barriers.barrier(id);
        if (!barrier)
            return barrier.error();
        auto actions = barriers.actionsForBarrier(id);
        if (!actions)
            return actions.error();
        for (const Action &action : *actions)
            notePartner(action);
        content.barriers.push_back({ *barrier, *actions });
    }
    auto actionIds = intakes.actionIds(intakeId);
    if (!actionIds)
        return actionIds.error();
    for (const qint64 id : *actionIds) {
        auto action = barriers.action(id);
        if (!action)
            return action.error();
        if (action->barrierId)
            continue;
        notePartner(*action);
        content.nextSteps.push_back(*action);
    }
    return content;
}

/// The answers first, in two columns, then what was agreed, then room to sign.
QString render(const Content &content)
{
    const QString styleSheet = QString::fromLatin1(style);
    const QString bodyStyle = QStringLiteral("font-size: 8.5pt;");
    QString html = QStringLiteral("<html><head><style>%1</style></head><body style=\"%2\">")
                       .arg(styleSheet, bodyStyle);
    html += header(content);
    QList<ColumnParagraph> answers;
    for (const TemplateSection &section : content.form.sections) {
        if (section.kind == SectionKind::Questions)
            answers += questionParagraphs(section, content.answers);
    }
    html += balancedColumns(answers, { styleSheet, bodyStyle, pageWidth, 3 });

    bool barriersShown = false;
    for (const TemplateSection &section : content.form.sections) {
        switch (section.kind) {
        case SectionKind::Questions:
            break;
        case SectionKind::SupportNetwork:
            html += networkSection(section, content);
            break;
        case SectionKind::Barriers:
            html += barriersSection(section.title.text(), content);
            barriersShown = true;
            break;
        case SectionKind::Decision:
            html += decisionSection(section, content);
            break;
        }
    }
    // A template without a barrier checklist may still have barriers noted in its intake.
    if (!barriersShown && !content.barriers.empty())
        html += barriersSection(Texts::tr("Barriers"), content);
    html += signatures(content);
    return html + QStringLiteral("</body></html>");
}

} // namespace

IntakeSummary::IntakeSummary(Database &database, const Clock &clock, SpocContact spoc)
    : m_database(database)
    , m_clock(clock)
    , m_spoc(std::move(spoc))
{ }

Result<PagedDocument> IntakeSummary::document(qint64 intakeId, const QString &language) const
{
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        return Error { tr("An intake summary can be printed in Dutch (nl) or English (en)."),
                       language };
    // What the SPOC is told (an unknown intake) is in the program's language; only the paper
    // speaks the summary's.
    if (auto intake = IntakeRepository(m_database, m_clock).get(intakeId); !intake)
        return intake.error();
    const ScopedLanguage speaking(language);
    auto content = collect(m_database, m_clock, intakeId, m_spoc);
    if (!content)
        return content.error();

    PagedDocument document;
    document.setHtml(render(*content));
    document.setLanguage(language);
    const QString name = content->learner.fullName();
    document.setTitle(tr("Intake interview of %1").arg(name));
    document.setFooter(tr("Intake interview of %1 · %2").arg(name, date(content->intake.date)));
    return document;
}

Result<PagedDocument::Pdf> IntakeSummary::pdf(qint64 intakeId, const QString &language) const
{
    auto made = document(intakeId, language);
    if (!made)
        return made.error();
    return made->toPdf();
}

Result<int> IntakeSummary::write(qint64 intakeId, const QString &path,
                                 const QString &language) const
{
    // Refuse an unwritable file before the document is made.
    if (auto writable = checkWritable(path); !writable)
        return writable.error();
    auto made = pdf(intakeId, language);
    if (!made)
        return made.error();
    auto intake = IntakeRepository(m_database, m_clock).get(intakeId);
    if (!intake)
        return intake.error();
    // The file and its audit entry: both or neither.
    if (auto written
        = auditedExport(m_database, m_clock, AuditAction::Export, learnerSubject(intake->learnerId),
                        QStringLiteral("intake summary, PDF, %1 pages").arg(made->pages),
                        [&] { return writeFileAtomically(path, made->bytes); });
        !written)
        return written.error();
    return made->pages;
}

} // namespace traject
