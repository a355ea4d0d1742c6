// SPDX-License-Identifier: GPL-3.0-or-later
// The demo learners' intake interviews (answers, decision, the barriers ticked) and their support
// networks (steunfiguren).
#include "demo/BulkInsert.h"
#include "demo/DemoGenerator.h"
#include "storage/internal/Sql.h"

#include <QSet>

#include <algorithm>

#include <string_view>
#include <utility>

namespace traject::demo::detail {

namespace {

template<size_t N> QString pick(const char *const (&texts)[N], int index)
{
    return QString::fromUtf8(texts[static_cast<size_t>(index) % N]);
}

const char *const Motivations[] = {
    "Ik heb zelf kinderen opgevoed en wil van werken met kinderen mijn beroep maken.",
    "Ik werkte als vrijwilliger in de kinderopvang van het OCMW en dat gaf me veel energie.",
    "In mijn land van herkomst was ik onthaalmoeder; hier wil ik een erkend diploma halen.",
    "Ik wil een vaste job met uren die ik kan combineren met mijn gezin.",
    "Kinderen zien groeien vind ik het mooiste wat er is. Ik wil ze een veilige plek geven.",
    "Mijn zus werkt in een kinderdagverblijf en vertelt er elke dag enthousiast over.",
    "Na jaren in de schoonmaak wil ik iets doen waar ik echt goed in ben: zorgen voor kleintjes.",
};

const char *const Strengths[] = {
    "Geduldig, rustig en goed in het troosten van kinderen.",
    "Zorgzaam en stipt; komt altijd op tijd. Kan goed zingen en verhaaltjes vertellen.",
    "Doorzetter; spreekt drie talen en legt makkelijk contact met ouders.",
    "Creatief met knutselen en spelletjes; werkt graag in team.",
    "Heeft veel ervaring met baby's: neefjes en nichtjes, oppassen bij de buren.",
    "Blijft kalm in drukke situaties; kan goed organiseren.",
};

const char *const SupportNeeds[] = {
    "Hulp bij het schrijven van verslagen en bij de vaktaal.",
    "Wil hulp bij het plannen van studie, stage en gezin.",
    "Ondersteuning met de computer en Smartschool.",
    "Iemand om mee te praten als het moeilijk wordt; is snel onzeker.",
    "Hulp bij de papieren voor het opleidingscontract en de kinderopvangtoeslag.",
};

const char *const JobImages[] = {
    "Spelen, verzorgen, eten geven en slapen leggen; veel contact met de ouders.",
    "Een vast dagritme in de leefgroep, luiers verversen en de kinderen observeren.",
    "Denkt vooral aan spelen met de kinderen; het verzorgen en het overleg met ouders kwamen "
    "pas in het gesprek ter sprake.",
    "Kent de job van de opvang van de eigen kinderen: vroeg beginnen, veel rechtstaan, druk.",
};

const char *const TrainingImages[] = {
    "Weet dat de helft van de modules op de werkplek gebeurt; vond dat een goed idee.",
    "Wist niet dat er examens zijn; we overliepen de modules en het werkplekleren.",
    "Heeft de infosessie gevolgd en kent het lesrooster van het CVO.",
    "Denkt dat de opleiding een jaar duurt; we bespraken dat het ook 18 maanden kan worden.",
};

const char *const Expectations[] = {
    "Een aanspreekpunt als er iets misloopt op de stage of thuis.",
    "Hulp bij het vinden van een stageplaats dicht bij huis.",
    "Na de opleiding meteen aan de slag kunnen in een kinderdagverblijf.",
    "Duidelijke afspraken en iemand die mee de papieren opvolgt.",
};

const char *const HealthNotes[] = {
    "Rugklachten; tillen bespreken met de arbeidsgeneesheer.",
    "Geen bijzonderheden.",
    "Astma, goed onder controle met medicatie.",
};

QString languageNote(Nt2Level level)
{
    if (level == Nt2Level::Native)
        return QStringLiteral("Nederlands is de moedertaal; schrijven gaat vlot.");
    if (level >= Nt2Level::L2_4)
        return QStringLiteral("Spreekt vlot; schrijft korte teksten met enkele fouten. Vaktaal "
                              "moet nog groeien.");
    if (level >= Nt2Level::L2_2)
        return QStringLiteral("Begrijpt het gesprek goed maar zoekt naar woorden; lezen en "
                              "schrijven van langere teksten is nog moeilijk.");
    return QStringLiteral("Het gesprek ging traag, soms met hulp van de tolk. Eerst verder "
                          "Nederlands leren.");
}

QString finances(const Learner &learner)
{
    if (learner.statute == QLatin1String("Leefloon"))
        return QStringLiteral("Leeft van een leefloon via het OCMW; wil weten of dat doorloopt "
                              "tijdens de opleiding. Geen schulden gemeld.");
    if (learner.statute == QLatin1String("Geen uitkering"))
        return QStringLiteral("Geen eigen inkomen; de partner werkt. Kosten voor boeken en "
                              "schoenen zijn een zorg.");
    return QStringLiteral("Werkloosheidsuitkering loopt door met het VDAB-opleidingscontract; "
                          "de verplaatsingen worden terugbetaald.");
}

QString practical(const Learner &learner)
{
    QString text;
    switch (learner.transport) {
    case Transport::OnFoot:
        text = QStringLiteral("Gaat te voet; een stageplaats in de buurt is nodig.");
        break;
    case Transport::Bicycle:
        text = QStringLiteral("Komt met de fiets, ook bij slecht weer.");
        break;
    case Transport::PublicTransport:
        text = QStringLiteral("Neemt de bus; vroege diensten zijn moeilijk te halen.");
        break;
    case Transport::Car:
        text = QStringLiteral("Heeft een auto en een rijbewijs.");
        break;
    case Transport::Moped:
        text = QStringLiteral("Rijdt met de bromfiets.");
        break;
    case Transport::Unknown:
    case Transport::Other:
        text = QStringLiteral("Vervoer nog niet duidelijk.");
        break;
    }
    if (!learner.hasLaptop)
        text += QStringLiteral(" Geen laptop thuis.");
    if (!learner.hasInternet)
        text += QStringLiteral(" Geen internet thuis; gebruikt de gsm.");
    if (learner.hasLaptop && learner.hasInternet)
        text += QStringLiteral(" Laptop en internet zijn in orde.");
    return text;
}

QString familyBalance(const Learner &learner, int index)
{
    if (learner.children.empty())
        return index % 2 ? QStringLiteral("Geen kinderen ten laste. De familie staat achter de "
                                          "keuze voor de opleiding.")
                         : QStringLiteral("Woont alleen, geen kinderen. Zorgt af en toe voor "
                                          "een zieke moeder.");
    QString who;
    switch (learner.children.front().arrangement) {
    case ChildcareArrangement::Daycare:
        who = QStringLiteral("de jongste gaat naar de crèche");
        break;
    case ChildcareArrangement::School:
        who = QStringLiteral("de kinderen gaan naar school, voor- en naschoolse opvang is nodig");
        break;
    case ChildcareArrangement::Family:
        who = QStringLiteral("de grootmoeder past op");
        break;
    case ChildcareArrangement::Partner:
        who = QStringLiteral("de partner zorgt voor de kinderen op lesdagen");
        break;
    case ChildcareArrangement::None:
    case ChildcareArrangement::Other:
        who = QStringLiteral("de opvang op stagedagen is nog niet geregeld");
        break;
    }
    return QStringLiteral("%1 %2; %3. %4")
        .arg(learner.children.size())
        .arg(learner.children.size() == 1 ? QStringLiteral("kind") : QStringLiteral("kinderen"),
             who,
             index % 3 ? QStringLiteral("Het gezin steunt de opleiding.")
                       : QStringLiteral("De partner twijfelt nog over de opleiding."));
}

QString languageAssessment(Nt2Level level, int index)
{
    if (level == Nt2Level::Native || level == Nt2Level::Unknown)
        return QStringLiteral("conversation");
    const char *const ways[] = { "test", "nt2_teacher", "huis_nederlands", "conversation" };
    return pick(ways, index);
}

QString learningCapacity(const Learner &learner, std::optional<IntakeDecision> decision)
{
    if (decision == IntakeDecision::NotEntering || decision == IntakeDecision::PreTrajectory)
        return QStringLiteral("doubtful");
    if (learner.educationLevel == EducationLevel::High)
        return QStringLiteral("strong");
    return QStringLiteral("sufficient");
}

/// Who sat at the table, as option codes and as names.
std::pair<QString, QString> participants(const Learner &learner, int index, bool withSupport)
{
    QStringList codes, names;
    if (learner.employmentService == EmploymentService::Vdab && index % 2 == 0) {
        codes.append(QStringLiteral("vdab"));
        names.append(QStringLiteral("Kristof Desmet (VDAB)"));
    }
    if (index % 3 == 1) {
        codes.append(QStringLiteral("referrer"));
        names.append(QStringLiteral("de toeleider"));
    }
    if (learner.nt2Level < Nt2Level::L2_1 && learner.nt2Level != Nt2Level::Unknown) {
        codes.append(QStringLiteral("interpreter"));
        names.append(QStringLiteral("een tolk"));
    }
    if (index % 4 == 2) {
        codes.append(QStringLiteral("school"));
        names.append(QStringLiteral("Hilde Coussens (CVO)"));
    }
    if (withSupport) {
        codes.append(QStringLiteral("support"));
        names.append(QStringLiteral("een steunfiguur"));
    }
    if (codes.isEmpty()) {
        codes.append(QStringLiteral("school"));
        names.append(QStringLiteral("Ann Deprez (CVO)"));
    }
    return { codes.join(QLatin1Char(',')), names.join(QStringLiteral(", ")) };
}

enum class Professional
{
    None,
    OcmwWorker,
    LanguageCoach,
    CawWorker
};

struct DemoSupport
{
    const char *relation;
    SupportKind kind;
    Professional professional; // one of the partners' people, with their phone
    bool family; // named like the learner's family
    const char *note;
};

const DemoSupport SupportCatalogue[] = {
    { "zus", SupportKind::Informal, Professional::None, true,
      "Past op de kinderen op stagedagen." },
    { "buurvrouw", SupportKind::Informal, Professional::None, false,
      "Brengt de kinderen naar school als het nodig is." },
    { "maatschappelijk werker OCMW", SupportKind::Professional, Professional::OcmwWorker, false,
      "Volgt het leefloon en de schulden op." },
    { "moeder", SupportKind::Informal, Professional::None, true,
      "Woont in de buurt; springt in bij ziekte." },
    { "vriendin", SupportKind::Informal, Professional::None, false,
      "Oud-cursiste; helpt met de taken." },
    { "taalcoach", SupportKind::Professional, Professional::LanguageCoach, false,
      "Wekelijkse taalcoaching bij het CVO." },
    { "partner", SupportKind::Informal, Professional::None, true,
      "Werkt in ploegen; neemt de avonden over." },
    { "hulpverlener CAW", SupportKind::Professional, Professional::CawWorker, false,
      "Begeleidt het gezin; contact via de SPOC." },
    { "schoonzus", SupportKind::Informal, Professional::None, true,
      "Helpt met vervoer naar de stageplaats." },
};

const char *const OtherFirstNames[] = { "Rita",  "Marleen", "Joke",  "Hanne",  "Leila",
                                        "Sofie", "Nele",    "Fatou", "Yousra", "Katrien" };
const char *const OtherLastNames[] = { "Vandenbroucke", "Claeys", "Maertens", "Ben Salah",
                                       "Verhaeghe",     "Dumon",  "Wauters",  "Lemaire" };

/// Names that fit a family's home language: women's and men's first names, family names.
struct FamilyNames
{
    const char *language;
    const char *women[2];
    const char *men[2];
    const char *surnames[2];
};

const FamilyNames FamilyNameCatalogue[] = {
    { "Arabisch", { "Malika", "Nora" }, { "Youssef", "Karim" }, { "Tahiri", "El Amrani" } },
    { "Berbers", { "Touria", "Ijjou" }, { "Rachid", "Mohamed" }, { "Azzouzi", "Ait Ali" } },
    { "Turks", { "Ayşe", "Emine" }, { "Mehmet", "Emre" }, { "Kaya", "Öztürk" } },
    { "Nederlands", { "Linda", "Rita" }, { "Koen", "Dirk" }, { "Vandamme", "Goossens" } },
    { "Dari", { "Farida", "Zahra" }, { "Ahmad", "Jawed" }, { "Rahimi", "Hakimi" } },
    { "Pasjtoe", { "Gul", "Shabana" }, { "Wali", "Nasir" }, { "Stanekzai", "Khan" } },
    { "Tigrinya", { "Selam", "Helen" }, { "Yonas", "Dawit" }, { "Gebremedhin", "Haile" } },
    { "Amhaars", { "Tigist", "Meron" }, { "Abebe", "Dawit" }, { "Tadesse", "Bekele" } },
    { "Oekraïens", { "Olena", "Iryna" }, { "Andriy", "Taras" }, { "Shevchenko", "Bondarenko" } },
    { "Pools", { "Agnieszka", "Ewa" }, { "Piotr", "Marek" }, { "Nowak", "Wójcik" } },
};

/// A family member's name that fits the family's language; a sister shares the learner's last
/// name, a mother, partner or sister-in-law (in Belgium) usually has another one.
QString familyName(const Learner &learner, std::string_view relation, int index)
{
    const bool woman = relation == "partner" ? learner.gender == Gender::Male : true;
    const bool sameName = relation == "zus";
    const FamilyNames fallback {
        "", { "Grace", "Marie" }, { "Joseph", "Samuel" }, { "Mensah", "Kamara" }
    };
    const FamilyNames *family = &fallback;
    for (const auto &candidate : FamilyNameCatalogue) {
        if (learner.homeLanguage == QString::fromUtf8(candidate.language))
            family = &candidate;
    }
    const QString first
        = QString::fromUtf8(woman ? family->women[index % 2] : family->men[index % 2]);
    return first + QLatin1Char(' ')
        + (sameName ? learner.lastName : QString::fromUtf8(family->surnames[index % 2]));
}

} // namespace

Status Generator::addSupportNetwork(int index, const Learner &learner, bool reachedIntake)
{
    // About two in three learners named people they can fall back on (asked at the intake).
    if (!reachedIntake || index % 5 == 1)
        return {};
    const int count = 1 + (index / 2) % 3;
    for (int k = 0; k < count; ++k) {
        const DemoSupport &item = SupportCatalogue[static_cast<size_t>(index * 2 + k * 4)
                                                   % std::size(SupportCatalogue)];
        SupportPerson person;
        person.learnerId = learner.id;
        person.relation = QString::fromUtf8(item.relation);
        person.kind = item.kind;
        if (item.professional != Professional::None) {
            const qint64 id = item.professional == Professional::OcmwWorker ? m_partners.ocmwWorker
                : item.professional == Professional::LanguageCoach ? m_partners.languageCoach
                                                                   : m_partners.cawWorker;
            auto partner = m_organisations.person(id);
            if (!partner)
                return partner.error();
            person.name = partner->name;
            person.phone = partner->phone;
        } else {
            person.name = item.family ? familyName(learner, item.relation, index + k)
                                      : pick(OtherFirstNames, index + 3 * k) + QLatin1Char(' ')
                    + pick(OtherLastNames, index * 3 + k);
            // Not from the random generator: that would change every learner made after this.
            const int n = 1000003 * (index + 1) + 7919 * (k + 1);
            person.phone = QStringLiteral("04%1 %2 %3 %4")
                               .arg(70 + (index + k) % 29)
                               .arg(10 + n % 89)
                               .arg(10 + n / 89 % 89)
                               .arg(10 + n / 7921 % 89);
        }
        person.note = QString::fromUtf8(item.note);
        if (auto status = keep(m_intakes.addSupportPerson(person)); !status)
            return status;
        ++summary.supportPersons;
    }
    return {};
}

Status Generator::addIntake(int index, const Learner &learner, const QList<Step> &steps,
                            const PhaseChange &stop)
{
    qsizetype at = 0;
    while (at < steps.size() && steps.at(at).phase != Phase::Intake)
        ++at;
    if (at == steps.size())
        return {};
    // The interview is on the first working day of the intake phase.
    const QDate phaseStart = steps.at(at).date;
    QDate date = phaseStart;
    while (date.dayOfWeek() > Qt::Friday)
        date = date.addDays(1);
    const std::optional<Phase> next
        = at + 1 < steps.size() ? std::optional(steps.at(at + 1).phase) : std::nullopt;
    const QDate nextDate = next ? steps.at(at + 1).date : QDate();

    std::optional<IntakeDecision> decision;
    QString reasonCode, reasonText;
    if (next == Phase::Orientation) {
        decision = IntakeDecision::Admitted;
        reasonText = QStringLiteral("Eerst een inleefstage, dan instap op het volgende "
                                    "instapmoment.");
    } else if (next == Phase::PreTrajectory) {
        decision = IntakeDecision::PreTrajectory;
        reasonText = learner.nt2Level < Nt2Level::L2_4
            ? QStringLiteral("Eerst de NT2-module 2.4 en digitale vaardigheden.")
            : QStringLiteral("Eerst een voortraject digitale vaardigheden en studievaardigheden.");
    } else if (next == Phase::Stopped) {
        decision = IntakeDecision::NotEntering;
        reasonCode = stop.reasonCode;
        reasonText = stop.reasonText;
    }
    const bool finished = next.has_value();

    // Written directly rather than through start(), setAnswer(), link…() and finish(): those
    // read the template again at every step (more than doubling the demo's time), and finish()
    // would change phases that the learner's history already holds. Every learner here has
    // reached the intake, so start() would not change a phase either. (The demo test gives every
    // answer again through setAnswer() and checks the links.)
    if (m_intakeTemplate == 0) {
        if (auto status = keep(m_intakes.ensureBuiltInTemplate(), &m_intakeTemplate); !status)
            return status;
    }
    const QDateTime started(date, QTime(9, 30).addSecs(1800 * (index % 4)));
    const QDateTime ended = started.addSecs(3600 + 300 * (index % 6));
    auto intakeId = sql::insert(
        m_db, QStringLiteral("intake"),
        { { QStringLiteral("learner_id"), learner.id },
          { QStringLiteral("template_id"), m_intakeTemplate },
          { QStringLiteral("date"), sql::date(date) },
          { QStringLiteral("started_at"), started.toString(Qt::ISODate) },
          { QStringLiteral("finished_at"),
            finished ? ended.toString(Qt::ISODate) : QVariant(QMetaType::fromType<QString>()) },
          { QStringLiteral("decision"), decision ? toCode(*decision) : QString() },
          { QStringLiteral("reason_code"), reasonCode },
          { QStringLiteral("reason_text"), reasonText } });
    if (!intakeId)
        return intakeId.error();
    ++summary.intakes;

    auto network = m_intakes.supportNetwork(learner.id);
    if (!network)
        return network.error();
    const auto [participantCodes, participantNames]
        = participants(learner, index, !network->empty() && index % 4 == 0);
    const bool vdab = learner.employmentService == EmploymentService::Vdab;

    // Only parents talk about their own children, only newcomers about their country.
    int motivation = index % static_cast<int>(std::size(Motivations));
    if (motivation == 0 && learner.children.empty())
        motivation = 1;
    if (motivation == 2 && learner.migrationBackground != MigrationBackground::Yes)
        motivation = 3;

    // Every answer this learner could give, in the template's order.
    const std::pair<const char *, QString> all[] = {
        { "employment_service", toCode(learner.employmentService) },
        { "vdab_contract",
          vdab && decision != IntakeDecision::NotEntering ? QStringLiteral("yes")
                                                          : QStringLiteral("no") },
        { "statute", learner.statute },
        { "eligibility_note",
          vdab ? QString()
               : QStringLiteral("Inschrijving als werkzoekende bij VDAB samen in orde brengen.") },
        { "language_assessment", languageAssessment(learner.nt2Level, index) },
        { "nt2_level", toCode(learner.nt2Level) },
        { "home_language", learner.homeLanguage },
        { "language_note", languageNote(learner.nt2Level) },
        { "medical_questionnaire", finished ? QStringLiteral("yes") : QStringLiteral("no") },
        { "occupational_physician",
          finished ? date.addDays(21 + index % 10).toString(Qt::ISODate) : QString() },
        { "health_note", index % 4 == 3 ? pick(HealthNotes, index / 4) : QString() },
        { "finances", finances(learner) },
        { "practical", practical(learner) },
        { "family_balance", familyBalance(learner, index) },
        { "strengths", pick(Strengths, index) },
        { "support_needs", pick(SupportNeeds, index) },
        { "motivation", pick(Motivations, motivation) },
        { "job_image", pick(JobImages, index) },
        { "training_image", pick(TrainingImages, index) },
        { "expectations", pick(Expectations, index) },
        { "learning_capacity", learningCapacity(learner, decision) },
        { "participants", participantCodes },
        { "participant_names", participantNames },
    };
    QSet<QString> chosen;
    if (finished) {
        // What a SPOC fills in first; then more or less of the rest.
        const char *const first[]
            = { "employment_service", "nt2_level",           "statute",       "motivation",
                "strengths",          "family_balance",      "participants",  "learning_capacity",
                "home_language",      "language_assessment", "vdab_contract", "practical",
                "finances",           "support_needs",       "expectations",  "job_image" };
        const int wanted = 8 + (index * 5) % 8;
        for (int k = 0; k < wanted; ++k)
            chosen.insert(QString::fromLatin1(first[k]));
    } else {
        // Interrupted about half way: the first sections are done.
        for (const auto &[key, value] : all) {
            if (chosen.size() < 6 + index % 4 && !value.isEmpty())
                chosen.insert(QString::fromLatin1(key));
        }
    }
    const QString savedAt = started.addSecs(600).toString(Qt::ISODate);
    std::optional<Error> failed;
    BulkInsert answer(m_db, failed, "intake_answer",
                      { "intake_id", "question", "value", "saved_at" });
    for (const auto &[key, value] : all) {
        const QString question = QString::fromLatin1(key);
        if (chosen.contains(question) && !value.isEmpty())
            answer({ *intakeId, question, value, savedAt });
    }
    if (failed)
        return *failed;
    summary.answers += answer.count();

    // The barriers noticed in the intake phase were ticked in this interview, with their actions.
    // (Row by row: one UPDATE of intake_id over several rows is oddly slow in SQLite.)
    const auto id = [](const QSqlQuery &q) { return q.value(0).toLongLong(); };
    auto barriers = sql::select<qint64>(
        m_db,
        QStringLiteral("SELECT id FROM barrier WHERE learner_id = :learner AND "
                       "detected_in_phase = 'intake' AND detected_on >= :from AND "
                       "detected_on < :until ORDER BY id"),
        { { QStringLiteral("learner"), learner.id },
          { QStringLiteral("from"), sql::date(phaseStart) },
          { QStringLiteral("until"),
            sql::date(nextDate.isValid() ? nextDate : m_today.addDays(1)) } },
        id);
    if (!barriers)
        return barriers.error();
    const sql::Columns link { { QStringLiteral("intake_id"), *intakeId } };
    for (const qint64 barrier : *barriers) {
        if (auto status = sql::update(m_db, QStringLiteral("barrier"), barrier, link); !status)
            return status;
    }
    auto actions = sql::select<qint64>(
        m_db,
        QStringLiteral("SELECT action.id FROM action JOIN barrier ON barrier.id = "
                       "action.barrier_id WHERE barrier.intake_id = :intake ORDER BY action.id"),
        { { QStringLiteral("intake"), *intakeId } }, id);
    if (!actions)
        return actions.error();
    for (const qint64 action : *actions) {
        if (auto status = sql::update(m_db, QStringLiteral("action"), action, link); !status)
            return status;
    }
    return {};
}

} // namespace traject::demo::detail
