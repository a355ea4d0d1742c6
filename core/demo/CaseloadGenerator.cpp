// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/CaseloadGeneratorImpl.h"
#include "storage/internal/Transaction.h"

namespace traject::demo {

namespace bulk {

Status Generator::run(int learners)
{
    if (m_error)
        return *m_error;
    if (auto status = loadProgrammes(); !status)
        return status;
    addPartners();
    addClosures();
    for (int i = 0; i < learners && !m_error; ++i)
        addLearner(i);
    if (m_error)
        return *m_error;
    return {};
}

GeneratedSummary Generator::summary() const
{
    GeneratedSummary s;
    s.learners = m_learner.count();
    s.organisations = m_organisation.count();
    s.persons = m_person.count();
    s.children = m_child.count();
    s.phaseChanges = m_phaseChange.count();
    s.roleAssignments = m_role.count();
    s.enrolments = m_enrolment.count();
    s.modulePlans = m_modulePlan.count();
    s.placements = m_placement.count();
    s.placementDays = m_day.count();
    s.barriers = m_barrier.count();
    s.actions = m_action.count();
    s.contacts = m_contact.count();
    return s;
}

Status Generator::loadProgrammes()
{
    ProgrammeRepository programmes(m_db, m_clock);
    if (auto status = programmes.installTemplatesIfMissing(); !status)
        return status;
    auto all = programmes.all();
    if (!all)
        return all.error();
    for (const auto &programme : *all) {
        if (programme.templateKey == QLatin1String("cvo-kinderbegeleider"))
            m_cvo = programme;
        else if (programme.templateKey == QLatin1String("syntra-kinderbegeleider"))
            m_syntra = programme;
    }
    if (m_cvo.id == 0 || m_syntra.id == 0)
        return Error { Tr::tr("The programme templates are missing."), {} };
    return {};
}

qint64 Generator::organisation(const QString &name, OrganisationKind kind, SiteType site,
                               const QString &town)
{
    const int n = m_organisation.count();
    return m_organisation({ name, toCode(kind), toCode(site), town,
                            QStringLiteral("050 %1 %2 44").arg(30 + n).arg(10 + n * 3),
                            asciiLower(name.left(12)) + QStringLiteral("@partner.example.be") });
}

qint64 Generator::person(qint64 organisationId, const char *name, const char *function)
{
    const int n = m_person.count();
    const QString text = QString::fromUtf8(name);
    return m_person({ organisationId ? QVariant(organisationId) : nullId(), text,
                      QString::fromUtf8(function),
                      QStringLiteral("0470 %1 %2 55").arg(10 + n % 89).arg(20 + n % 79),
                      asciiLower(text.section(QLatin1Char(' '), 0, 0))
                          + QStringLiteral("@partner.example.be") });
}

void Generator::addPartners()
{
    using K = OrganisationKind;
    const qint64 cvo = organisation(QStringLiteral("CVO Leerpunt West"), K::Cvo, SiteType::None,
                                    QStringLiteral("Brugge"));
    organisation(QStringLiteral("Syntra West"), K::Syntra, SiteType::None,
                 QStringLiteral("Roeselare"));
    m_vdab = organisation(QStringLiteral("VDAB West-Vlaanderen"), K::Vdab, SiteType::None,
                          QStringLiteral("Brugge"));
    m_ocmw = organisation(QStringLiteral("OCMW Brugge"), K::Ocmw, SiteType::None,
                          QStringLiteral("Brugge"));
    m_caw = organisation(QStringLiteral("CAW Noord-West-Vlaanderen"), K::Caw, SiteType::None,
                         QStringLiteral("Brugge"));
    const char *const siteNames[] = { "Kinderdagverblijf De Poppenkast", "Kinderopvang Zonnekind",
                                      "Onthaalouder 't Kribbeke", "Kinderopvang De Speelvogel" };
    const char *const mentors[]
        = { "Griet Vanneste", "Sofie Lambrecht", "Annick Desmet",  "Nathalie Maes",
            "Evelien Claeys", "Karen Dewitte",   "Ines Verhaeghe", "Lien Vermeersch",
            "Joke Devos",     "Tine Roelens",    "Eva Bossuyt",    "Sarah Pattyn" };
    const auto towns = demoTowns();
    for (int i = 0; i < 12; ++i) {
        const QString town = QString::fromUtf8(towns[static_cast<size_t>(i) % towns.size()].name);
        const SiteType type = i % 4 == 2 ? SiteType::FamilyCare : SiteType::GroupCare;
        const qint64 site
            = organisation(QString::fromUtf8(siteNames[i % 4]) + QLatin1Char(' ') + town,
                           K::ChildcareSite, type, town);
        m_sites.append(site);
        m_mentors.append(person(site, mentors[i], "Mentor op de werkplek"));
    }
    m_spoc = person(0, "Els Declercq", "SPOC");
    m_vdabConsultants = { person(m_vdab, "Kristof Desmet", "VDAB-consulent"),
                          person(m_vdab, "Hanne Wyffels", "VDAB-consulent") };
    m_ocmwWorker = person(m_ocmw, "Mieke Van Damme", "Maatschappelijk werker");
    m_cawWorker = person(m_caw, "Bart Goethals", "Hulpverlener");
    m_languageCoach = person(cvo, "Lotte Vandenberghe", "Taalcoach");
    m_learningCoach = person(cvo, "Ann Deprez", "Leerbegeleider");
    m_supervisors = { person(cvo, "Pieter Vercruysse", "Stagebegeleider"),
                      person(cvo, "Hilde Coussens", "Stagebegeleider") };
    m_labourMarketCoach = person(m_vdab, "Jan Dewulf", "Arbeidsmarktcoach");
}

void Generator::addClosures()
{
    QList<ClosurePeriod> closures;
    for (int year = m_today.year() - 5; year <= m_today.year() + 2; ++year) {
        ClosurePeriod christmas;
        christmas.name = QStringLiteral("Kerstsluiting");
        christmas.start = QDate(year, 12, 24);
        christmas.end = QDate(year + 1, 1, 1);
        christmas.id
            = m_closure({ christmas.name, iso(christmas.start), iso(christmas.end), nullId() });
        closures.append(christmas);
        ClosurePeriod summer;
        summer.name = QStringLiteral("Jaarlijkse sluiting");
        summer.start = QDate(year, 7, 21);
        summer.end = QDate(year, 8, 4);
        summer.siteId = m_sites.value(0);
        summer.id
            = m_closure({ summer.name, iso(summer.start), iso(summer.end), m_sites.value(0) });
        closures.append(summer);
    }
    m_calendar = WorkCalendar(closures);
}

void Generator::addLearner(int index)
{
    const TrajectoryPath path = m_paths.next();
    const auto people = demoPeople();
    const DemoPerson &first = pick(people);
    const DemoPerson &family = chance(70) ? first : pick(people);
    const DemoTown &town = pick(demoTowns());
    const QString firstName = QString::fromUtf8(first.firstName);
    const QString lastName = QString::fromUtf8(family.lastName);
    const QDate birth = m_today.addYears(-(19 + below(36))).addDays(-below(365));
    const QDate intake = path.dateOf(Phase::Intake);
    const QDate referral = path.steps.first().date;
    const TrajectoryPath::Step &last = path.steps.last();
    const bool vdab = !chance(15);
    const qint64 referrers[] = { m_vdab, m_ocmw, m_caw };

    const qint64 learner = m_learner(
        { firstName,
          lastName,
          iso(birth),
          toCode(first.gender),
          QStringLiteral("04%1 %2 %3 %4")
              .arg(70 + below(30))
              .arg(10 + below(89))
              .arg(10 + below(89))
              .arg(10 + below(89)),
          asciiLower(firstName) + QLatin1Char('.') + asciiLower(lastName) + QString::number(index)
              + QStringLiteral("@example.be"),
          QStringLiteral("%1 %2").arg(QString::fromUtf8(town.street)).arg(1 + below(180)),
          QString::fromLatin1(town.postalCode),
          QString::fromUtf8(town.name),
          QString::fromUtf8(first.homeLanguage),
          toCode(first.nt2),
          toCode(first.education),
          toCode(first.migration),
          toCode(static_cast<Transport>(1 + below(6))),
          chance(35) ? 1 : 0,
          chance(70) ? 1 : 0,
          chance(80) ? 1 : 0,
          toCode(vdab ? StatusBeforeStart::JobSeeker : StatusBeforeStart::Inactive),
          3 + below(45),
          referrers[below(3)],
          toCode(vdab ? EmploymentService::Vdab : EmploymentService::None),
          QString::fromUtf8(vdab ? "Werkloosheidsuitkering" : "Leefloon"),
          toCode(last.phase),
          iso(last.date) });
    if (!learner)
        return;

    if (intake.isValid())
        m_consent({ learner, toCode(ConsentRecipient::TrainingProvider), blank(), iso(intake),
                    QStringLiteral("trajectory helpers training placements") });

    const int children = below(4);
    for (int c = 0; c < children; ++c)
        m_child({ learner, m_today.year() - 1 - below(15),
                  toCode(static_cast<ChildcareArrangement>(below(6))) });

    addPhaseHistory(learner, path);
    m_role({ learner, toCode(Role::Spoc), m_spoc, iso(referral) });
    if (vdab)
        m_role({ learner, toCode(Role::VdabConsultant), pick(m_vdabConsultants), iso(referral) });
    if (path.reachesTraining() && first.nt2 < Nt2Level::L2_4)
        m_role({ learner, toCode(Role::LanguageCoach), m_languageCoach, iso(path.trainingStart) });
    const QDate orientation = path.dateOf(Phase::Orientation);
    if (orientation.isValid() && orientation.addDays(7) <= m_today)
        addOrientation(learner, orientation.addDays(7));
    if (path.reachesTraining())
        addTraining(learner, path);
    addBarriers(learner, path, intake.isValid() ? intake : referral);
    addContacts(learner, path);
}

void Generator::addPhaseHistory(qint64 learner, const TrajectoryPath &path)
{
    std::optional<Phase> from;
    for (const auto &step : path.steps) {
        QString code = blank(), reason = blank();
        if (step.phase == Phase::Paused) {
            code = toCode(StopReason::Pregnancy);
            reason = QStringLiteral("Zwanger; wil later opnieuw instappen.");
        } else if (step.phase == Phase::Stopped && path.reachesTraining()) {
            code = toCode(StopReason::FinancesOrJob);
            reason = QStringLiteral("Vond werk buiten de kinderopvang.");
        } else if (step.phase == Phase::Stopped) {
            code = toCode(NonEntryReason::LanguageTooLow);
            reason = QStringLiteral("Eerst NT2 richtgraad 2 afwerken.");
        }
        m_phaseChange({ learner, iso(step.date), from ? QVariant(toCode(*from)) : nullText(),
                        toCode(step.phase), code, reason });
        from = step.phase;
    }
}

} // namespace bulk

Result<GeneratedSummary> generateCaseload(Database &database, const Clock &clock, int learners,
                                          quint32 seed)
{
    auto count = sql::scalar(database, QStringLiteral("SELECT count(*) FROM learner"));
    if (!count)
        return count.error();
    if (*count > 0)
        return Error { bulk::Tr::tr("A caseload is only generated into an empty database; this one "
                                    "already holds %n learner(s).",
                                    nullptr, static_cast<int>(*count)),
                       {} };
    Transaction transaction(database);
    if (auto started = transaction.status(); !started)
        return started.error();
    GeneratedSummary summary;
    {
        // The prepared statements must be finished before the transaction commits.
        bulk::Generator generator(database, clock, seed);
        if (auto status = generator.run(learners); !status)
            return Error { bulk::Tr::tr("The caseload could not be generated; nothing was added."),
                           status.error().toString() };
        summary = generator.summary();
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    return summary;
}

} // namespace traject::demo
