// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace traject {

// Every enumeration of the domain has a stable code (stored in the database, never
// translated) and a label (English source text, translated to Dutch in the UI).

/// The trajectory phases in their order, plus the side states pause and stop.
enum class Phase
{
    Referral, // toeleiding
    InfoSession, // infosessie
    Intake, // intake/screening
    Orientation, // oriëntatie (inleefstage)
    PreTrajectory, // voortraject
    Training, // opleiding
    Aftercare, // nazorg
    Outflow, // uitstroom
    Paused, // pauze
    Stopped, // stopgezet
};

/// Why a learner stopped or paused during the trajectory (praktijkmodel's list).
enum class StopReason
{
    CompetencesOrLanguage,
    Health,
    Pregnancy,
    FinancesOrJob,
    WrongExpectations,
    FamilyCombination,
    HomeSituation,
    Other,
};

/// Why a candidate did not enter after screening.
enum class NonEntryReason
{
    LanguageTooLow,
    StrongEnoughForRegular,
    NotStrongEnough,
    OtherInterest,
    FinancialOrFamilyBarriers,
    MentalLoad,
    Health,
    Pregnancy,
    Other,
};

enum class Gender
{
    Unknown,
    Female,
    Male,
    X
};
enum class EducationLevel
{
    Unknown,
    Low,
    Medium,
    High
};
enum class DiplomaRecognition
{
    None,
    Requested,
    Recognised,
    PartlyRecognised,
    Refused
};
enum class Nt2Level
{
    Unknown,
    None,
    L1_1,
    L1_2,
    L2_1,
    L2_2,
    L2_3,
    L2_4,
    L3,
    L4,
    Native
};
enum class StatusBeforeStart
{
    Unknown,
    JobSeeker,
    Inactive,
    Working
};
enum class EmploymentService
{
    None,
    Vdab,
    Actiris,
    Other
};
enum class MigrationBackground
{
    Unknown,
    Yes,
    No
};
enum class Transport
{
    Unknown,
    OnFoot,
    Bicycle,
    PublicTransport,
    Car,
    Moped,
    Other
};
enum class ChildcareArrangement
{
    None,
    Daycare,
    School,
    Family,
    Partner,
    Other
};

enum class OrganisationKind
{
    Cvo,
    Syntra,
    ChildcareOrganiser,
    ChildcareSite,
    Vdab,
    Ocmw,
    Caw,
    Other
};
enum class SiteType
{
    None,
    GroupCare,
    FamilyCare
}; // groepsopvang / gezinsopvang
enum class Role
{
    Spoc,
    Buddy,
    JobCoach,
    Teacher,
    PlacementSupervisor, // stagebegeleider
    WorkplaceMentor, // mentor op de werkplek
    SiteManager,
    LanguageCoach,
    LearningCoach,
    VdabConsultant,
    Referrer,
    TrajectoryCoach, // trajectbegeleider
    LabourMarketCoach, // arbeidsmarktcoach (nazorg)
    Other,
};

enum class ProviderKind
{
    Cvo,
    Syntra,
    Other
};
enum class EnrolmentVariant
{
    Months12,
    Months15,
    Months18,
    Delayed
};
enum class ModuleStatus
{
    Planned,
    InProgress,
    Passed,
    Failed,
    Exempted,
    Retake
};

enum class PlacementKind
{
    WorkplaceLearning,
    Internship,
    Orientation
};
enum class PlacementDayStatus
{
    Planned,
    Worked,
    AbsentExcused,
    AbsentUnexcused,
    Cancelled
};

/// The ten barrier categories of the praktijkmodel, in its order.
enum class BarrierCategory
{
    Preconditions = 1,
    FinancialMaterial,
    Administrative,
    FamilySocial,
    Cultural,
    Skills,
    Language,
    Psychological,
    InformalSchoolWork,
    FormalSchoolWork,
};
enum class Severity
{
    Low,
    Medium,
    High
};
enum class BarrierStatus
{
    Open,
    InProgress,
    Solved,
    Lasting
};
enum class ActionOwner
{
    Spoc,
    Together,
    Learner,
    Partner
};
enum class SupportDomain
{
    Preconditions,
    Content,
    Administration
};

enum class ContactKind
{
    Conversation,
    Phone,
    Message,
    HomeVisit,
    WorkplaceVisit,
    Meeting,
    Intake // the intake interview, written when the intake is finished
};
enum class ContactStatus
{
    Planned,
    Done,
    Cancelled
};

enum class OutcomeKind
{
    JobChildcare,
    JobOtherSector,
    FurtherStudy,
    NotYetEmployable,
    Other
};
enum class ContractType
{
    Unknown,
    Permanent,
    FixedTerm,
    Temporary,
    Other
};
/// The Belgian work regimes (arbeidsregime); another regime is told by its hours per week.
enum class WorkRegime
{
    Unknown,
    FullTime, // voltijds
    FourFifths, // 4/5
    HalfTime, // halftijds
    Other // another part-time regime: the hours per week say which
};

/// What an intake interview decided (the outcome of the screening).
enum class IntakeDecision
{
    Admitted, // toegelaten
    PreTrajectory, // eerst een voortraject
    RegularCourse, // regulier traject
    Referred, // doorverwezen
    NotEntering, // niet ingestapt
};

/// A support person (steunfiguur) from the learner's own circle, or a professional.
enum class SupportKind
{
    Informal,
    Professional
};

/// Who a learner agreed to share information with.
enum class ConsentRecipient
{
    TrainingProvider, // the training centre (CVO, Syntra)
    EmploymentService, // VDAB, OCMW/CPAS: the trajectory's funder or referrer
    Welfare, // a welfare partner (CAW, Kind en Gezin, a social service)
    Workplace, // the placement site and its mentor
    Other
};

/// What a consent lets the SPOC share; the parts of the personal plan follow these.
enum class ConsentShare
{
    Trajectory, // phases and the overview picture
    Helpers, // who guides the learner, with contact details
    Training, // modules and results
    Placements, // workplace learning and attendance
    Barriers, // barriers and actions, except the sensitive ones
    Sensitive, // also family, psychological and health barriers
    Appointments,
};

/// The documents that are kept as numbered versions: the personal plan and the attendance sheet.
enum class DocumentKind
{
    Plan,
    Attendance
};

template<typename E> struct EnumEntry
{
    E value;
    const char *code; // stable, stored
    const char *label; // English source text; translated in context "Enum"
};

template<typename E> std::span<const EnumEntry<E>> enumEntries();

#define TRAJECT_DECLARE_ENUM(E) template<> std::span<const EnumEntry<E>> enumEntries<E>();
TRAJECT_DECLARE_ENUM(Phase)
TRAJECT_DECLARE_ENUM(StopReason)
TRAJECT_DECLARE_ENUM(NonEntryReason)
TRAJECT_DECLARE_ENUM(Gender)
TRAJECT_DECLARE_ENUM(EducationLevel)
TRAJECT_DECLARE_ENUM(DiplomaRecognition)
TRAJECT_DECLARE_ENUM(Nt2Level)
TRAJECT_DECLARE_ENUM(StatusBeforeStart)
TRAJECT_DECLARE_ENUM(EmploymentService)
TRAJECT_DECLARE_ENUM(MigrationBackground)
TRAJECT_DECLARE_ENUM(Transport)
TRAJECT_DECLARE_ENUM(ChildcareArrangement)
TRAJECT_DECLARE_ENUM(OrganisationKind)
TRAJECT_DECLARE_ENUM(SiteType)
TRAJECT_DECLARE_ENUM(Role)
TRAJECT_DECLARE_ENUM(ProviderKind)
TRAJECT_DECLARE_ENUM(EnrolmentVariant)
TRAJECT_DECLARE_ENUM(ModuleStatus)
TRAJECT_DECLARE_ENUM(PlacementKind)
TRAJECT_DECLARE_ENUM(PlacementDayStatus)
TRAJECT_DECLARE_ENUM(BarrierCategory)
TRAJECT_DECLARE_ENUM(Severity)
TRAJECT_DECLARE_ENUM(BarrierStatus)
TRAJECT_DECLARE_ENUM(ActionOwner)
TRAJECT_DECLARE_ENUM(SupportDomain)
TRAJECT_DECLARE_ENUM(ContactKind)
TRAJECT_DECLARE_ENUM(ContactStatus)
TRAJECT_DECLARE_ENUM(OutcomeKind)
TRAJECT_DECLARE_ENUM(ContractType)
TRAJECT_DECLARE_ENUM(WorkRegime)
TRAJECT_DECLARE_ENUM(DocumentKind)
TRAJECT_DECLARE_ENUM(IntakeDecision)
TRAJECT_DECLARE_ENUM(SupportKind)
TRAJECT_DECLARE_ENUM(ConsentRecipient)
TRAJECT_DECLARE_ENUM(ConsentShare)
#undef TRAJECT_DECLARE_ENUM

/// Translates a label of context "Enum" (kept out of the template to keep this header light).
QString translateEnumLabel(const char *label);

template<typename E> QString toCode(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template<typename E> std::optional<E> fromCode(QStringView code)
{
    for (const auto &entry : enumEntries<E>()) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template<typename E> QString label(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return translateEnumLabel(entry.label);
    }
    return {};
}

template<typename E> QList<E> allValues()
{
    QList<E> values;
    for (const auto &entry : enumEntries<E>())
        values.append(entry.value);
    return values;
}

/// The ordinal of a main-line phase (Referral = 0 … Outflow = 7); side states have none.
std::optional<int> phaseOrder(Phase phase);
bool isSideState(Phase phase);

/// "B1", "A2", … for an NT2 level; empty when unknown.
QString cefrLevel(Nt2Level level);

/// The examples a SPOC can read for a barrier category (hints, translated).
QString barrierCategoryExamples(BarrierCategory category);

/// Categories whose barriers are left out of documents unless asked for.
bool isSensitiveCategory(BarrierCategory category);

} // namespace traject
