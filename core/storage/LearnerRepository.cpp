// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerRepository.h"

#include "domain/NationalNumber.h"
#include "storage/internal/Sql.h"

#include <QHash>

namespace traject {

namespace {

/// A valid national register number is kept as its 11 digits, so that it can be searched.
QString storedNationalNumber(const QString &typed)
{
    const auto number = NationalNumber::parse(typed);
    return number ? number->digits() : typed.trimmed();
}

sql::Columns learnerColumns(const Learner &l)
{
    return {
        { QStringLiteral("first_name"), l.firstName.trimmed() },
        { QStringLiteral("last_name"), l.lastName.trimmed() },
        { QStringLiteral("birth_date"), sql::date(l.birthDate) },
        { QStringLiteral("gender"), toCode(l.gender) },
        { QStringLiteral("phone"), l.phone.trimmed() },
        { QStringLiteral("email"), l.email.trimmed() },
        { QStringLiteral("street"), l.street },
        { QStringLiteral("postal_code"), l.postalCode.trimmed() },
        { QStringLiteral("municipality"), l.municipality.trimmed() },
        { QStringLiteral("national_number"), storedNationalNumber(l.nationalNumber) },
        { QStringLiteral("vdab_client_number"),
          QString(l.vdabClientNumber).remove(QLatin1Char(' ')) },
        { QStringLiteral("home_language"), l.homeLanguage },
        { QStringLiteral("nt2_level"), toCode(l.nt2Level) },
        { QStringLiteral("education_level"), toCode(l.educationLevel) },
        { QStringLiteral("foreign_diploma"), l.foreignDiploma },
        { QStringLiteral("diploma_recognition"), toCode(l.diplomaRecognition) },
        { QStringLiteral("migration_background"), toCode(l.migrationBackground) },
        { QStringLiteral("transport"), toCode(l.transport) },
        { QStringLiteral("driving_licence"), l.drivingLicence },
        { QStringLiteral("has_laptop"), l.hasLaptop },
        { QStringLiteral("has_internet"), l.hasInternet },
        { QStringLiteral("status_before_start"), toCode(l.statusBeforeStart) },
        { QStringLiteral("months_unemployed"), sql::optionalInt(l.monthsUnemployed) },
        { QStringLiteral("referrer_id"), sql::optionalId(l.referrerId) },
        { QStringLiteral("referrer_note"), l.referrerNote },
        { QStringLiteral("employment_service"), toCode(l.employmentService) },
        { QStringLiteral("statute"), l.statute },
        { QStringLiteral("notes"), l.notes },
    };
}

Learner readLearner(const QSqlQuery &q)
{
    using namespace sql;
    Learner l;
    l.id = value(q, "id").toLongLong();
    l.firstName = text(q, "first_name");
    l.lastName = text(q, "last_name");
    l.birthDate = toDate(value(q, "birth_date"));
    l.gender = enumValue(q, "gender", Gender::Unknown);
    l.phone = text(q, "phone");
    l.email = text(q, "email");
    l.street = text(q, "street");
    l.postalCode = text(q, "postal_code");
    l.municipality = text(q, "municipality");
    l.nationalNumber = text(q, "national_number");
    l.vdabClientNumber = text(q, "vdab_client_number");
    l.homeLanguage = text(q, "home_language");
    l.nt2Level = enumValue(q, "nt2_level", Nt2Level::Unknown);
    l.educationLevel = enumValue(q, "education_level", EducationLevel::Unknown);
    l.foreignDiploma = text(q, "foreign_diploma");
    l.diplomaRecognition = enumValue(q, "diploma_recognition", DiplomaRecognition::None);
    l.migrationBackground = enumValue(q, "migration_background", MigrationBackground::Unknown);
    l.transport = enumValue(q, "transport", Transport::Unknown);
    l.drivingLicence = value(q, "driving_licence").toBool();
    l.hasLaptop = value(q, "has_laptop").toBool();
    l.hasInternet = value(q, "has_internet").toBool();
    l.statusBeforeStart = enumValue(q, "status_before_start", StatusBeforeStart::Unknown);
    if (!value(q, "months_unemployed").isNull())
        l.monthsUnemployed = value(q, "months_unemployed").toInt();
    l.referrerId = toOptionalId(value(q, "referrer_id"));
    l.referrerNote = text(q, "referrer_note");
    l.employmentService = enumValue(q, "employment_service", EmploymentService::None);
    l.statute = text(q, "statute");
    l.phase = enumValue(q, "phase", Phase::Referral);
    l.phaseSince = toDate(value(q, "phase_since"));
    l.notes = text(q, "notes");
    return l;
}

Child readChild(const QSqlQuery &q)
{
    Child c;
    c.id = sql::value(q, "id").toLongLong();
    c.birthYear = sql::value(q, "birth_year").toInt();
    c.arrangement = sql::enumValue(q, "arrangement", ChildcareArrangement::None);
    c.note = sql::text(q, "note");
    return c;
}

PhaseChange readPhaseChange(const QSqlQuery &q)
{
    PhaseChange c;
    c.id = sql::value(q, "id").toLongLong();
    c.learnerId = sql::value(q, "learner_id").toLongLong();
    c.date = sql::toDate(sql::value(q, "date"));
    if (!sql::value(q, "from_phase").isNull())
        c.from = fromCode<Phase>(sql::text(q, "from_phase"));
    c.to = sql::enumValue(q, "to_phase", Phase::Referral);
    c.reasonCode = sql::text(q, "reason_code");
    c.reasonText = sql::text(q, "reason_text");
    return c;
}

Status insertPhaseChange(const Database &db, const PhaseChange &change)
{
    auto id = sql::insert(db, QStringLiteral("phase_change"),
                          { { QStringLiteral("learner_id"), change.learnerId },
                            { QStringLiteral("date"), sql::date(change.date) },
                            { QStringLiteral("from_phase"),
                              change.from ? QVariant(toCode(*change.from))
                                          : QVariant(QMetaType::fromType<QString>()) },
                            { QStringLiteral("to_phase"), toCode(change.to) },
                            { QStringLiteral("reason_code"), change.reasonCode },
                            { QStringLiteral("reason_text"), change.reasonText } });
    if (!id)
        return id.error();
    return {};
}

} // namespace

Result<qint64> LearnerRepository::add(Learner &learner)
{
    const QDate today = m_clock.today();
    if (auto error = rejected(learner.validate(today)))
        return *error;
    if (isSideState(learner.phase))
        return Error {
            tr("A new learner starts in a phase of the trajectory, not paused or stopped."), {}
        };
    if (!learner.phaseSince.isValid())
        learner.phaseSince = today;

    Transaction transaction(m_db);
    if (auto started = transaction.status(); !started)
        return started.error();
    auto columns = learnerColumns(learner);
    columns.append({ QStringLiteral("phase"), toCode(learner.phase) });
    columns.append({ QStringLiteral("phase_since"), sql::date(learner.phaseSince) });
    auto id = sql::insert(m_db, QStringLiteral("learner"), columns);
    if (!id)
        return id.error();
    learner.id = *id;
    if (auto status = writeChildren(learner); !status)
        return status.error();
    PhaseChange first;
    first.learnerId = learner.id;
    first.date = learner.phaseSince;
    first.to = learner.phase;
    if (auto status = insertPhaseChange(m_db, first); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return *id;
}

Status LearnerRepository::addAll(std::vector<Learner> &learners, std::size_t *failedIndex)
{
    const QDate today = m_clock.today();
    const auto failAt = [failedIndex](std::size_t index, Error error) -> Status {
        if (failedIndex)
            *failedIndex = index;
        return error;
    };
    for (std::size_t i = 0; i < learners.size(); ++i) {
        Learner &learner = learners[i];
        if (auto error = rejected(learner.validate(today)))
            return failAt(i, *error);
        if (isSideState(learner.phase))
            return failAt(
                i,
                Error { tr("A new learner starts in a phase of the trajectory, not paused or "
                           "stopped."),
                        {} });
        if (!learner.phaseSince.isValid())
            learner.phaseSince = today;
    }
    if (learners.empty())
        return {};

    Transaction transaction(m_db);
    if (auto started = transaction.status(); !started)
        return started.error();
    // One prepared statement per table, bound by name for every learner.
    const auto prepared
        = [this](QSqlQuery &query, const QString &table, const sql::Columns &columns) -> Status {
        QStringList names;
        QStringList marks;
        for (const auto &column : columns) {
            names.append(column.first);
            marks.append(QLatin1Char(':') + column.first);
        }
        query = QSqlQuery(m_db.connection());
        if (!query.prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(table, names.join(QLatin1String(", ")), marks.join(QLatin1String(", ")))))
            return sql::failure(query, tr("The learners could not be saved."));
        return {};
    };
    const auto run = [](QSqlQuery &query, const sql::Columns &columns) -> Result<qint64> {
        for (const auto &[name, value] : columns) {
            // A null QString inside a non-null variant is an empty text, not SQL NULL.
            const bool emptyText = value.typeId() == QMetaType::QString && !value.isNull()
                && value.toString().isNull();
            query.bindValue(QLatin1Char(':') + name,
                            emptyText ? QVariant(QLatin1String("")) : value);
        }
        if (!query.exec())
            return sql::failure(query, tr("The learners could not be saved."));
        return query.lastInsertId().toLongLong();
    };
    const auto columnsOf = [](const Learner &learner) {
        auto columns = learnerColumns(learner);
        columns.append({ QStringLiteral("phase"), toCode(learner.phase) });
        columns.append({ QStringLiteral("phase_since"), sql::date(learner.phaseSince) });
        return columns;
    };
    const auto phaseColumns = [](const Learner &learner) {
        return sql::Columns { { QStringLiteral("learner_id"), learner.id },
                              { QStringLiteral("date"), sql::date(learner.phaseSince) },
                              { QStringLiteral("from_phase"),
                                QVariant(QMetaType::fromType<QString>()) },
                              { QStringLiteral("to_phase"), toCode(learner.phase) },
                              { QStringLiteral("reason_code"), QString() },
                              { QStringLiteral("reason_text"), QString() } };
    };
    QSqlQuery learnerInsert;
    QSqlQuery phaseInsert;
    if (auto status
        = prepared(learnerInsert, QStringLiteral("learner"), columnsOf(learners.front()));
        !status)
        return status;
    if (auto status
        = prepared(phaseInsert, QStringLiteral("phase_change"), phaseColumns(learners.front()));
        !status)
        return status;
    for (std::size_t i = 0; i < learners.size(); ++i) {
        Learner &learner = learners[i];
        auto id = run(learnerInsert, columnsOf(learner));
        if (!id)
            return failAt(i, id.error());
        learner.id = *id;
        if (!learner.children.empty()) {
            if (auto status = writeChildren(learner); !status)
                return failAt(i, status.error());
        }
        if (auto status = run(phaseInsert, phaseColumns(learner)); !status)
            return failAt(i, status.error());
    }
    if (auto status = transaction.commit(); !status) {
        for (auto &learner : learners)
            learner.id = 0;
        return status;
    }
    return {};
}

Status LearnerRepository::update(const Learner &learner)
{
    if (auto error = rejected(learner.validate(m_clock.today())))
        return *error;
    Transaction transaction(m_db);
    if (auto started = transaction.status(); !started)
        return started.error();
    if (auto status
        = sql::update(m_db, QStringLiteral("learner"), learner.id, learnerColumns(learner));
        !status)
        return status;
    if (auto status = writeChildren(learner); !status)
        return status;
    return transaction.commit();
}

Status LearnerRepository::writeChildren(const Learner &learner)
{
    auto cleared
        = sql::exec(m_db, QStringLiteral("DELETE FROM learner_child WHERE learner_id = :learner"),
                    { { QStringLiteral("learner"), learner.id } });
    if (!cleared)
        return cleared.error();
    for (const auto &child : learner.children) {
        auto id = sql::insert(m_db, QStringLiteral("learner_child"),
                              { { QStringLiteral("learner_id"), learner.id },
                                { QStringLiteral("birth_year"), child.birthYear },
                                { QStringLiteral("arrangement"), toCode(child.arrangement) },
                                { QStringLiteral("note"), child.note } });
        if (!id)
            return id.error();
    }
    return {};
}

Status LearnerRepository::remove(qint64 id, Removal *removed)
{
    return removeRow(QStringLiteral("learner"), id, removed);
}

Status LearnerRepository::removeAftercare(qint64 learnerId, Removal *removed)
{
    return removeRow(QStringLiteral("aftercare"), learnerId, removed, QStringLiteral("learner_id"));
}

Status LearnerRepository::removeOutcome(qint64 learnerId, Removal *removed)
{
    return removeRow(QStringLiteral("outcome"), learnerId, removed, QStringLiteral("learner_id"));
}

Result<Learner> LearnerRepository::get(qint64 id) const
{
    auto learner
        = sql::selectOne<Learner>(m_db, QStringLiteral("SELECT * FROM learner WHERE id = :id"),
                                  { { QStringLiteral("id"), id } }, readLearner,
                                  tr("This learner does not exist (number %1).").arg(id));
    if (!learner)
        return learner;
    auto children = sql::select<Child>(
        m_db,
        QStringLiteral(
            "SELECT * FROM learner_child WHERE learner_id = :id ORDER BY birth_year, id"),
        { { QStringLiteral("id"), id } }, readChild);
    if (!children)
        return children.error();
    learner->children = std::move(children).value();
    return learner;
}

Result<std::vector<Learner>> LearnerRepository::all() const
{
    auto learners = sql::select<Learner>(
        m_db,
        QStringLiteral(
            "SELECT * FROM learner ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE"),
        {}, readLearner);
    if (!learners)
        return learners;
    QHash<qint64, std::vector<Child>> children;
    auto query
        = sql::exec(m_db, QStringLiteral("SELECT * FROM learner_child ORDER BY birth_year, id"));
    if (!query)
        return query.error();
    while (query->next())
        children[sql::value(*query, "learner_id").toLongLong()].push_back(readChild(*query));
    for (auto &learner : *learners)
        learner.children = children.value(learner.id);
    return learners;
}

Result<bool> LearnerRepository::exists(qint64 id) const
{
    auto found = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM learner WHERE id = :id"),
                             { { QStringLiteral("id"), id } });
    if (!found)
        return found.error();
    return *found > 0;
}

Result<int> LearnerRepository::count() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT count(*) FROM learner"));
    if (!query)
        return query.error();
    query->next();
    return query->value(0).toInt();
}

Status LearnerRepository::changePhase(qint64 learnerId, PhaseChange change)
{
    // Read and check inside the write transaction, so that nobody changes the phase in between.
    Transaction transaction(m_db);
    if (auto started = transaction.status(); !started)
        return started.error();
    auto learner = get(learnerId);
    if (!learner)
        return learner.error();
    std::optional<Phase> resumeAt;
    if (learner->phase == Phase::Paused) {
        auto history = phaseHistory(learnerId);
        if (!history)
            return history.error();
        for (const auto &step : *history) {
            if (!isSideState(step.to))
                resumeAt = step.to;
        }
    }
    if (auto error = rejected(validatePhaseChange(learner->phase, learner->phaseSince, change,
                                                  m_clock.today(), resumeAt)))
        return *error;

    change.learnerId = learnerId;
    change.from = learner->phase;
    if (auto status = insertPhaseChange(m_db, change); !status)
        return status;
    auto updated = sql::update(m_db, QStringLiteral("learner"), learnerId,
                               { { QStringLiteral("phase"), toCode(change.to) },
                                 { QStringLiteral("phase_since"), sql::date(change.date) } });
    if (!updated)
        return updated;
    return transaction.commit();
}

Result<std::vector<PhaseChange>> LearnerRepository::phaseHistory(qint64 learnerId) const
{
    return sql::select<PhaseChange>(
        m_db, QStringLiteral("SELECT * FROM phase_change WHERE learner_id = :id ORDER BY date, id"),
        { { QStringLiteral("id"), learnerId } }, readPhaseChange);
}

Status LearnerRepository::undoLastPhaseChange(qint64 learnerId)
{
    Transaction transaction(m_db);
    if (auto started = transaction.status(); !started)
        return started.error();
    auto learner = get(learnerId);
    if (!learner)
        return learner.error();
    auto history = phaseHistory(learnerId);
    if (!history)
        return history.error();
    if (history->size() < 2 || !history->back().from)
        return Error { tr("There is no phase change to take back."), {} };
    const PhaseChange &last = history->back();
    if (last.to != learner->phase)
        return Error { tr("The latest phase change does not match the learner's phase."),
                       QStringLiteral("learner %1").arg(learnerId) };
    const PhaseChange &previous = (*history)[history->size() - 2];
    if (auto status = sql::remove(m_db, QStringLiteral("phase_change"), last.id); !status)
        return status;
    auto updated = sql::update(m_db, QStringLiteral("learner"), learnerId,
                               { { QStringLiteral("phase"), toCode(*last.from) },
                                 { QStringLiteral("phase_since"), sql::date(previous.date) } });
    if (!updated)
        return updated;
    return transaction.commit();
}

Status LearnerRepository::setAftercare(const Aftercare &aftercare)
{
    if (auto error = rejected(aftercare.validate()))
        return *error;
    Transaction transaction(m_db);
    if (auto started = transaction.status(); !started)
        return started.error();
    auto status = sql::explain(
        sql::upsert(m_db, QStringLiteral("aftercare"),
                    { { QStringLiteral("learner_id"), aftercare.learnerId },
                      { QStringLiteral("training_end"), sql::date(aftercare.trainingEnd) },
                      { QStringLiteral("start_date"), sql::date(aftercare.start) },
                      { QStringLiteral("months"), aftercare.months },
                      { QStringLiteral("notes"), aftercare.notes } }),
        sql::Constraint::ForeignKey, tr("The learner no longer exists."));
    if (!status)
        return status;
    return transaction.commit();
}

Result<std::optional<Aftercare>> LearnerRepository::aftercare(qint64 learnerId) const
{
    auto rows = sql::select<Aftercare>(
        m_db, QStringLiteral("SELECT * FROM aftercare WHERE learner_id = :id"),
        { { QStringLiteral("id"), learnerId } }, [](const QSqlQuery &q) {
            Aftercare a;
            a.learnerId = sql::value(q, "learner_id").toLongLong();
            a.trainingEnd = sql::toDate(sql::value(q, "training_end"));
            a.start = sql::toDate(sql::value(q, "start_date"));
            a.months = sql::value(q, "months").toInt();
            a.notes = sql::text(q, "notes");
            return a;
        });
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<Aftercare>();
    return std::optional<Aftercare>(rows->front());
}

Status LearnerRepository::setOutcome(const Outcome &outcome)
{
    if (auto error = rejected(outcome.validate(m_clock.today())))
        return *error;
    Transaction transaction(m_db);
    if (auto started = transaction.status(); !started)
        return started.error();
    auto status = sql::explain(
        sql::upsert(
            m_db, QStringLiteral("outcome"),
            { { QStringLiteral("learner_id"), outcome.learnerId },
              { QStringLiteral("date"), sql::date(outcome.date) },
              { QStringLiteral("kind"), toCode(outcome.kind) },
              { QStringLiteral("employer"), outcome.employer },
              { QStringLiteral("contract_type"), toCode(outcome.contractType) },
              { QStringLiteral("regime"), toCode(outcome.regime) },
              { QStringLiteral("hours_per_week"), sql::optionalNumber(outcome.hoursPerWeek) },
              { QStringLiteral("notes"), outcome.notes } }),
        sql::Constraint::ForeignKey, tr("The learner no longer exists."));
    if (!status)
        return status;
    return transaction.commit();
}

Result<std::optional<Outcome>> LearnerRepository::outcome(qint64 learnerId) const
{
    auto rows
        = sql::select<Outcome>(m_db, QStringLiteral("SELECT * FROM outcome WHERE learner_id = :id"),
                               { { QStringLiteral("id"), learnerId } }, [](const QSqlQuery &q) {
                                   Outcome o;
                                   o.learnerId = sql::value(q, "learner_id").toLongLong();
                                   o.date = sql::toDate(sql::value(q, "date"));
                                   o.kind = sql::enumValue(q, "kind", OutcomeKind::Other);
                                   o.employer = sql::text(q, "employer");
                                   o.contractType
                                       = sql::enumValue(q, "contract_type", ContractType::Unknown);
                                   o.regime = sql::enumValue(q, "regime", WorkRegime::Unknown);
                                   if (!sql::value(q, "hours_per_week").isNull())
                                       o.hoursPerWeek = sql::value(q, "hours_per_week").toDouble();
                                   o.notes = sql::text(q, "notes");
                                   return o;
                               });
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<Outcome>();
    return std::optional<Outcome>(rows->front());
}

} // namespace traject
