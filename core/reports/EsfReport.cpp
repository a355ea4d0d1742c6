// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/EsfReport.h"

#include "storage/EsfRepository.h"
#include "storage/LearnerRepository.h"

#include <algorithm>

namespace traject {

using esf::EsfCatalogue;
using esf::EsfIndicator;
using Cell = CaseloadProfile::Cell;
using Dimension = CaseloadProfile::Dimension;

namespace {

const QString notRecorded = QStringLiteral("not_recorded");
const QString notAsked = QStringLiteral("not_asked");
const QString notDue = QStringLiteral("not_due");
const QString total = QStringLiteral("total");

bool takesPart(Phase phase)
{
    switch (phase) {
    case Phase::Intake:
    case Phase::Orientation:
    case Phase::PreTrajectory:
    case Phase::Training:
    case Phase::Aftercare:
        return true;
    case Phase::Referral:
    case Phase::InfoSession:
    case Phase::Outflow:
    case Phase::Paused:
    case Phase::Stopped:
        break;
    }
    return false;
}

bool hasLeft(Phase phase)
{
    return phase == Phase::Outflow || phase == Phase::Stopped;
}

/// The gender columns and the total, with their titles.
std::vector<std::pair<QString, QString>> genderColumns()
{
    std::vector<std::pair<QString, QString>> columns;
    if (const EsfIndicator *gender = EsfCatalogue::builtIn().indicator(QStringLiteral("gender"))) {
        for (const auto &choice : gender->choices)
            columns.emplace_back(choice.code, choice.label.text());
    }
    columns.emplace_back(notRecorded, EsfReport::tr("No answer"));
    columns.emplace_back(total, EsfReport::tr("Total"));
    return columns;
}

/// A table whose rows are `rows` (code, label), counting for each participant the row codes
/// `codesOf` gives, per gender column and in total; then suppressed column by column.
EsfReport::Table
makeTable(const QString &code, const QString &title,
          const std::vector<std::pair<QString, QString>> &rows,
          const std::vector<const EsfReport::Participant *> &counted,
          const std::function<QStringList(const EsfReport::Participant &)> &codesOf)
{
    EsfReport::Table table { code, title, {} };
    for (const auto &[column, columnTitle] : genderColumns()) {
        Dimension dimension { column, columnTitle, {} };
        for (const auto &[row, label] : rows)
            dimension.cells.push_back(Cell { row, label, 0, false, false });
        int people = 0;
        for (const EsfReport::Participant *participant : counted) {
            if (column != total && participant->genderColumn() != column)
                continue;
            ++people;
            for (const QString &each : codesOf(*participant)) {
                for (Cell &cell : dimension.cells) {
                    if (cell.code == each)
                        ++cell.count;
                }
            }
        }
        CaseloadProfile::suppress(dimension, people);
        table.columns.push_back(std::move(dimension));
    }
    return table;
}

/// The rows of an indicator: its choices, refused, unknown, and `missing` (code, label).
std::vector<std::pair<QString, QString>>
indicatorRows(const EsfIndicator &indicator,
              const std::vector<std::pair<QString, QString>> &missing)
{
    std::vector<std::pair<QString, QString>> rows;
    for (const auto *choices : { &indicator.choices, &EsfCatalogue::builtIn().notAnswered() }) {
        for (const auto &choice : *choices)
            rows.emplace_back(choice.code, choice.label.text());
    }
    rows.insert(rows.end(), missing.begin(), missing.end());
    return rows;
}

QString ageBand(std::optional<int> age)
{
    if (!age)
        return QStringLiteral("unknown");
    if (*age < 18)
        return QStringLiteral("under-18");
    if (*age < 30)
        return QStringLiteral("18-29");
    if (*age < 55)
        return QStringLiteral("30-54");
    return QStringLiteral("55-plus");
}

/// The age groups ESF+ counts (under 18, 18 to 29, 55 or older), as codes of our own.
QString ageCode(std::optional<int> age)
{
    const QString band = ageBand(age);
    if (band == QLatin1String("under-18"))
        return QStringLiteral("TP-AGE-U18");
    if (band == QLatin1String("18-29"))
        return QStringLiteral("TP-AGE-1829");
    if (band == QLatin1String("55-plus"))
        return QStringLiteral("TP-AGE-55");
    return {};
}

} // namespace

bool EsfReport::Participant::enteredIn(QDate from, QDate to) const
{
    return entered.isValid() && entered >= from && entered <= to;
}

bool EsfReport::Participant::leftIn(QDate from, QDate to) const
{
    return entered.isValid() && left.isValid() && left >= from && left <= to;
}

QString EsfReport::Participant::genderColumn() const
{
    const auto answer = answers.constFind(QStringLiteral("gender"));
    if (answer == answers.cend() || answer->codes.size() != 1
        || answer->codes.front() == EsfCatalogue::Refused
        || answer->codes.front() == EsfCatalogue::Unknown)
        return notRecorded;
    return answer->codes.front();
}

std::pair<QDate, QDate> EsfReport::participation(const std::vector<PhaseChange> &history,
                                                 Phase current)
{
    QDate entered;
    for (const PhaseChange &change : history) {
        if (takesPart(change.to)) {
            entered = change.date;
            break;
        }
    }
    QDate left;
    if (entered.isValid() && hasLeft(current) && !history.empty() && history.back().to == current)
        left = history.back().date;
    return { entered, left };
}

std::optional<ContactMoment> EsfReport::sixMonthFollowUp(qint64 learnerId,
                                                         const std::vector<PhaseChange> &history,
                                                         Phase current)
{
    const auto [entered, left] = participation(history, current);
    if (!entered.isValid() || !left.isValid())
        return std::nullopt;
    ContactMoment contact;
    contact.learnerId = learnerId;
    contact.date = left.addMonths(6);
    contact.kind = ContactKind::Phone;
    contact.status = ContactStatus::Planned;
    contact.notes = tr("ESF+: ask the situation six months after leaving (employed, or a better "
                       "labour-market situation) and record it in the profile.");
    return contact;
}

EsfReport EsfReport::compute(std::vector<Participant> all, QDate from, QDate to, QDate today)
{
    EsfReport report;
    report.from = from;
    report.to = to;
    for (Participant &participant : all) {
        if (participant.enteredIn(from, to) || participant.leftIn(from, to))
            report.participants.push_back(std::move(participant));
    }
    std::sort(report.participants.begin(), report.participants.end(),
              [](const Participant &a, const Participant &b) {
                  return std::tie(a.learner.lastName, a.learner.firstName, a.learner.id)
                      < std::tie(b.learner.lastName, b.learner.firstName, b.learner.id);
              });
    std::vector<const Participant *> entering;
    std::vector<const Participant *> leaving;
    for (const Participant &participant : report.participants) {
        if (participant.enteredIn(from, to))
            entering.push_back(&participant);
        if (participant.leftIn(from, to))
            leaving.push_back(&participant);
    }
    report.entered = int(entering.size());
    report.left = int(leaving.size());

    const auto answerOf = [](const QString &key, const QString &missing) {
        return [key, missing](const Participant &participant) {
            const auto answer = participant.answers.constFind(key);
            return answer == participant.answers.cend() || answer->codes.isEmpty()
                ? QStringList(missing)
                : answer->codes;
        };
    };

    report.entryTables.push_back(
        makeTable(QStringLiteral("age"), tr("Age at entry"),
                  { { QStringLiteral("under-18"), tr("under 18") },
                    { QStringLiteral("18-29"), tr("18 to 29") },
                    { QStringLiteral("30-54"), tr("30 to 54") },
                    { QStringLiteral("55-plus"), tr("55 or older") },
                    { QStringLiteral("unknown"), tr("Birth date unknown") } },
                  entering, [](const Participant &participant) {
                      return QStringList(ageBand(participant.learner.ageOn(participant.entered)));
                  }));
    const EsfCatalogue &catalogue = EsfCatalogue::builtIn();
    for (const EsfIndicator *indicator : catalogue.at(esf::Moment::Entry)) {
        report.entryTables.push_back(
            makeTable(indicator->key, indicator->label.text(),
                      indicatorRows(*indicator, { { notAsked, tr("Not asked") } }), entering,
                      answerOf(indicator->key, notAsked)));
    }
    for (const EsfIndicator *indicator : catalogue.at(esf::Moment::Leaving)) {
        report.resultTables.push_back(
            makeTable(indicator->key, indicator->label.text(),
                      indicatorRows(*indicator, { { notRecorded, tr("Not recorded yet") } }),
                      leaving, answerOf(indicator->key, notRecorded)));
    }
    // Six months after leaving is due once it has passed on the report's last day (or today).
    const QDate due = std::min(to, today);
    for (const EsfIndicator *indicator : catalogue.at(esf::Moment::SixMonths)) {
        const QString key = indicator->key;
        report.resultTables.push_back(makeTable(
            key, indicator->label.text(),
            indicatorRows(*indicator,
                          { { notRecorded, tr("Not recorded yet") },
                            { notDue, tr("Six months not passed yet") } }),
            leaving, [key, due](const Participant &participant) {
                const auto answer = participant.answers.constFind(key);
                if (answer != participant.answers.cend() && !answer->codes.isEmpty())
                    return answer->codes;
                return QStringList(participant.left.addMonths(6) > due ? notDue : notRecorded);
            }));
    }
    return report;
}

Result<EsfReport> EsfReport::make(Database &database, QDate from, QDate to, QDate today)
{
    if (!from.isValid() || !to.isValid())
        return Error { tr("Give the first and the last day of the period."), {} };
    if (to < from)
        return Error { tr("The period ends (%1) before it starts (%2).")
                           .arg(to.toString(u"dd/MM/yyyy"), from.toString(u"dd/MM/yyyy")),
                       {} };
    const FixedClock clock(today);
    LearnerRepository learners(database, clock);
    EsfRepository answers(database, clock);
    auto all = learners.all();
    if (!all)
        return all.error();
    std::vector<Participant> participants;
    for (Learner &learner : *all) {
        auto history = learners.phaseHistory(learner.id);
        if (!history)
            return history.error();
        const auto [entered, left] = participation(*history, learner.phase);
        if (!entered.isValid())
            continue;
        auto given = answers.forLearner(learner.id);
        if (!given)
            return given.error();
        Participant participant { std::move(learner), entered, left, {} };
        for (esf::EsfAnswer &answer : *given)
            participant.answers.insert(answer.indicator, std::move(answer));
        participants.push_back(std::move(participant));
    }
    return compute(std::move(participants), from, to, today);
}

QStringList EsfReport::csvHeader()
{
    QStringList header { QStringLiteral("learner_number"), QStringLiteral("national_number"),
                         QStringLiteral("last_name"),      QStringLiteral("first_name"),
                         QStringLiteral("birth_date"),     QStringLiteral("age_at_entry"),
                         QStringLiteral("entry_date"),     QStringLiteral("exit_date") };
    for (const EsfIndicator &indicator : EsfCatalogue::builtIn().indicators())
        header << indicator.key << indicator.key + QStringLiteral("_asked_on");
    header << QStringLiteral("counts");
    return header;
}

QList<QStringList> EsfReport::csvRows() const
{
    const auto iso
        = [](QDate day) { return day.isValid() ? day.toString(Qt::ISODate) : QString(); };
    const EsfCatalogue &catalogue = EsfCatalogue::builtIn();
    QList<QStringList> rows;
    for (const Participant &participant : participants) {
        const Learner &learner = participant.learner;
        const auto age = learner.ageOn(participant.entered);
        QStringList row { QString::number(learner.id),
                          learner.nationalNumber,
                          learner.lastName,
                          learner.firstName,
                          iso(learner.birthDate),
                          age ? QString::number(*age) : QString(),
                          iso(participant.entered),
                          iso(participant.left) };
        QStringList counts;
        if (const QString band = ageCode(age); !band.isEmpty())
            counts << band;
        for (const EsfIndicator &indicator : catalogue.indicators()) {
            const auto answer = participant.answers.constFind(indicator.key);
            if (answer == participant.answers.cend()) {
                row << QString() << QString();
                continue;
            }
            row << answer->codes.join(QLatin1Char('+')) << iso(answer->askedOn);
            for (const QString &code : answer->codes) {
                if (const auto *choice = catalogue.choice(indicator, code))
                    counts << choice->counts;
            }
        }
        counts.removeDuplicates();
        row << counts.join(QLatin1Char(' '));
        rows.append(row);
    }
    return rows;
}

} // namespace traject
