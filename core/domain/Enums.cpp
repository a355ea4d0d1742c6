// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enums.h"

#include <QCoreApplication>

namespace traject {

QString translateEnumLabel(const char *label)
{
    return QCoreApplication::translate("Enum", label);
}

#define TRAJECT_ENUM_TABLE(E, ...)                                                                 \
    template<> std::span<const EnumEntry<E>> enumEntries<E>()                                      \
    {                                                                                              \
        static const EnumEntry<E> entries[] = { __VA_ARGS__ };                                     \
        return entries;                                                                            \
    }

TRAJECT_ENUM_TABLE(Phase, { Phase::Referral, "referral", QT_TRANSLATE_NOOP("Enum", "Referral") },
                   { Phase::InfoSession, "info_session",
                     QT_TRANSLATE_NOOP("Enum", "Info session") },
                   { Phase::Intake, "intake", QT_TRANSLATE_NOOP("Enum", "Intake and screening") },
                   { Phase::Orientation, "orientation", QT_TRANSLATE_NOOP("Enum", "Orientation") },
                   { Phase::PreTrajectory, "pre_trajectory",
                     QT_TRANSLATE_NOOP("Enum", "Pre-trajectory") },
                   { Phase::Training, "training", QT_TRANSLATE_NOOP("Enum", "Training") },
                   { Phase::Aftercare, "aftercare", QT_TRANSLATE_NOOP("Enum", "Aftercare") },
                   { Phase::Outflow, "outflow", QT_TRANSLATE_NOOP("Enum", "Outflow") },
                   { Phase::Paused, "paused", QT_TRANSLATE_NOOP("Enum", "Paused") },
                   { Phase::Stopped, "stopped", QT_TRANSLATE_NOOP("Enum", "Stopped") })

TRAJECT_ENUM_TABLE(StopReason,
                   { StopReason::CompetencesOrLanguage, "competences_language",
                     QT_TRANSLATE_NOOP("Enum", "Insufficient competences or language level") },
                   { StopReason::Health, "health", QT_TRANSLATE_NOOP("Enum", "Health problems") },
                   { StopReason::Pregnancy, "pregnancy", QT_TRANSLATE_NOOP("Enum", "Pregnancy") },
                   { StopReason::FinancesOrJob, "finances_job",
                     QT_TRANSLATE_NOOP("Enum", "Financial problems or a job") },
                   { StopReason::WrongExpectations, "wrong_expectations",
                     QT_TRANSLATE_NOOP("Enum",
                                       "Job or training underestimated, wrong expectations") },
                   { StopReason::FamilyCombination, "family_combination",
                     QT_TRANSLATE_NOOP("Enum", "Hard to combine with family") },
                   { StopReason::HomeSituation, "home_situation",
                     QT_TRANSLATE_NOOP("Enum", "Changes or worries at home") },
                   { StopReason::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other reason") })

TRAJECT_ENUM_TABLE(
    NonEntryReason,
    { NonEntryReason::LanguageTooLow, "language_too_low",
      QT_TRANSLATE_NOOP("Enum", "Language level too low") },
    { NonEntryReason::StrongEnoughForRegular, "regular_route",
      QT_TRANSLATE_NOOP("Enum", "Strong enough for the regular course") },
    { NonEntryReason::NotStrongEnough, "not_strong_enough",
      QT_TRANSLATE_NOOP("Enum", "Not yet strong enough, referred to a tailored route") },
    { NonEntryReason::OtherInterest, "other_interest",
      QT_TRANSLATE_NOOP("Enum", "Other interest") },
    { NonEntryReason::FinancialOrFamilyBarriers, "financial_family",
      QT_TRANSLATE_NOOP("Enum", "Financial or family barriers") },
    { NonEntryReason::MentalLoad, "mental_load",
      QT_TRANSLATE_NOOP("Enum", "Mental load too high for now") },
    { NonEntryReason::Health, "health", QT_TRANSLATE_NOOP("Enum", "Health problems") },
    { NonEntryReason::Pregnancy, "pregnancy", QT_TRANSLATE_NOOP("Enum", "Pregnancy") },
    { NonEntryReason::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other reason") })

TRAJECT_ENUM_TABLE(Gender, { Gender::Unknown, "unknown", QT_TRANSLATE_NOOP("Enum", "Unknown") },
                   { Gender::Female, "female", QT_TRANSLATE_NOOP("Enum", "Female") },
                   { Gender::Male, "male", QT_TRANSLATE_NOOP("Enum", "Male") },
                   { Gender::X, "x", QT_TRANSLATE_NOOP("Enum", "X (other)") })

TRAJECT_ENUM_TABLE(EducationLevel,
                   { EducationLevel::Unknown, "unknown", QT_TRANSLATE_NOOP("Enum", "Unknown") },
                   { EducationLevel::Low, "low", QT_TRANSLATE_NOOP("Enum", "Low") },
                   { EducationLevel::Medium, "medium", QT_TRANSLATE_NOOP("Enum", "Medium") },
                   { EducationLevel::High, "high", QT_TRANSLATE_NOOP("Enum", "High") })

TRAJECT_ENUM_TABLE(DiplomaRecognition,
                   { DiplomaRecognition::None, "none", QT_TRANSLATE_NOOP("Enum", "Not requested") },
                   { DiplomaRecognition::Requested, "requested",
                     QT_TRANSLATE_NOOP("Enum", "Requested") },
                   { DiplomaRecognition::Recognised, "recognised",
                     QT_TRANSLATE_NOOP("Enum", "Recognised") },
                   { DiplomaRecognition::PartlyRecognised, "partly",
                     QT_TRANSLATE_NOOP("Enum", "Partly recognised") },
                   { DiplomaRecognition::Refused, "refused", QT_TRANSLATE_NOOP("Enum", "Refused") })

TRAJECT_ENUM_TABLE(Nt2Level, { Nt2Level::Unknown, "unknown", QT_TRANSLATE_NOOP("Enum", "Unknown") },
                   { Nt2Level::None, "none", QT_TRANSLATE_NOOP("Enum", "No Dutch yet") },
                   { Nt2Level::L1_1, "1.1", QT_TRANSLATE_NOOP("Enum", "1.1 (A1)") },
                   { Nt2Level::L1_2, "1.2", QT_TRANSLATE_NOOP("Enum", "1.2 (A2)") },
                   { Nt2Level::L2_1, "2.1", QT_TRANSLATE_NOOP("Enum", "2.1 (towards B1)") },
                   { Nt2Level::L2_2, "2.2", QT_TRANSLATE_NOOP("Enum", "2.2 (towards B1)") },
                   { Nt2Level::L2_3, "2.3", QT_TRANSLATE_NOOP("Enum", "2.3 (towards B1)") },
                   { Nt2Level::L2_4, "2.4", QT_TRANSLATE_NOOP("Enum", "2.4 (B1)") },
                   { Nt2Level::L3, "3", QT_TRANSLATE_NOOP("Enum", "3 (B2)") },
                   { Nt2Level::L4, "4", QT_TRANSLATE_NOOP("Enum", "4 (C1)") },
                   { Nt2Level::Native, "native", QT_TRANSLATE_NOOP("Enum", "Native speaker") })

TRAJECT_ENUM_TABLE(StatusBeforeStart,
                   { StatusBeforeStart::Unknown, "unknown", QT_TRANSLATE_NOOP("Enum", "Unknown") },
                   { StatusBeforeStart::JobSeeker, "job_seeker",
                     QT_TRANSLATE_NOOP("Enum", "Job seeker") },
                   { StatusBeforeStart::Inactive, "inactive",
                     QT_TRANSLATE_NOOP("Enum", "Not working, not seeking") },
                   { StatusBeforeStart::Working, "working", QT_TRANSLATE_NOOP("Enum", "Working") })

TRAJECT_ENUM_TABLE(EmploymentService,
                   { EmploymentService::None, "none", QT_TRANSLATE_NOOP("Enum", "None") },
                   { EmploymentService::Vdab, "vdab", QT_TRANSLATE_NOOP("Enum", "VDAB") },
                   { EmploymentService::Actiris, "actiris", QT_TRANSLATE_NOOP("Enum", "Actiris") },
                   { EmploymentService::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other") })

TRAJECT_ENUM_TABLE(MigrationBackground,
                   { MigrationBackground::Unknown, "unknown",
                     QT_TRANSLATE_NOOP("Enum", "Unknown") },
                   { MigrationBackground::Yes, "yes", QT_TRANSLATE_NOOP("Enum", "Yes") },
                   { MigrationBackground::No, "no", QT_TRANSLATE_NOOP("Enum", "No") })

TRAJECT_ENUM_TABLE(Transport,
                   { Transport::Unknown, "unknown", QT_TRANSLATE_NOOP("Enum", "Unknown") },
                   { Transport::OnFoot, "on_foot", QT_TRANSLATE_NOOP("Enum", "On foot") },
                   { Transport::Bicycle, "bicycle", QT_TRANSLATE_NOOP("Enum", "Bicycle") },
                   { Transport::PublicTransport, "public_transport",
                     QT_TRANSLATE_NOOP("Enum", "Public transport") },
                   { Transport::Car, "car", QT_TRANSLATE_NOOP("Enum", "Car") },
                   { Transport::Moped, "moped", QT_TRANSLATE_NOOP("Enum", "Moped") },
                   { Transport::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other") })

TRAJECT_ENUM_TABLE(
    ChildcareArrangement,
    { ChildcareArrangement::None, "none", QT_TRANSLATE_NOOP("Enum", "Not arranged yet") },
    { ChildcareArrangement::Daycare, "daycare", QT_TRANSLATE_NOOP("Enum", "Daycare") },
    { ChildcareArrangement::School, "school",
      QT_TRANSLATE_NOOP("Enum", "School and after-school care") },
    { ChildcareArrangement::Family, "family", QT_TRANSLATE_NOOP("Enum", "Family or neighbours") },
    { ChildcareArrangement::Partner, "partner", QT_TRANSLATE_NOOP("Enum", "Partner") },
    { ChildcareArrangement::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other") })

TRAJECT_ENUM_TABLE(OrganisationKind,
                   { OrganisationKind::Cvo, "cvo",
                     QT_TRANSLATE_NOOP("Enum", "Adult education centre (CVO)") },
                   { OrganisationKind::Syntra, "syntra", QT_TRANSLATE_NOOP("Enum", "Syntra") },
                   { OrganisationKind::ChildcareOrganiser, "childcare_organiser",
                     QT_TRANSLATE_NOOP("Enum", "Childcare organiser") },
                   { OrganisationKind::ChildcareSite, "childcare_site",
                     QT_TRANSLATE_NOOP("Enum", "Childcare site") },
                   { OrganisationKind::Vdab, "vdab", QT_TRANSLATE_NOOP("Enum", "VDAB") },
                   { OrganisationKind::Ocmw, "ocmw", QT_TRANSLATE_NOOP("Enum", "OCMW") },
                   { OrganisationKind::Caw, "caw", QT_TRANSLATE_NOOP("Enum", "CAW") },
                   { OrganisationKind::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other") })

TRAJECT_ENUM_TABLE(SiteType, { SiteType::None, "none", QT_TRANSLATE_NOOP("Enum", "Not a site") },
                   { SiteType::GroupCare, "group", QT_TRANSLATE_NOOP("Enum", "Group care") },
                   { SiteType::FamilyCare, "family", QT_TRANSLATE_NOOP("Enum", "Family care") })

TRAJECT_ENUM_TABLE(
    Role, { Role::Spoc, "spoc", QT_TRANSLATE_NOOP("Enum", "SPOC") },
    { Role::Buddy, "buddy", QT_TRANSLATE_NOOP("Enum", "Buddy") },
    { Role::JobCoach, "job_coach", QT_TRANSLATE_NOOP("Enum", "Job coach") },
    { Role::Teacher, "teacher", QT_TRANSLATE_NOOP("Enum", "Teacher") },
    { Role::PlacementSupervisor, "placement_supervisor",
      QT_TRANSLATE_NOOP("Enum", "Placement supervisor") },
    { Role::WorkplaceMentor, "workplace_mentor", QT_TRANSLATE_NOOP("Enum", "Workplace mentor") },
    { Role::SiteManager, "site_manager", QT_TRANSLATE_NOOP("Enum", "Site manager") },
    { Role::LanguageCoach, "language_coach", QT_TRANSLATE_NOOP("Enum", "Language coach") },
    { Role::LearningCoach, "learning_coach", QT_TRANSLATE_NOOP("Enum", "Learning coach") },
    { Role::VdabConsultant, "vdab_consultant", QT_TRANSLATE_NOOP("Enum", "VDAB consultant") },
    { Role::Referrer, "referrer", QT_TRANSLATE_NOOP("Enum", "Referrer") },
    { Role::TrajectoryCoach, "trajectory_coach", QT_TRANSLATE_NOOP("Enum", "Trajectory coach") },
    { Role::LabourMarketCoach, "labour_market_coach",
      QT_TRANSLATE_NOOP("Enum", "Labour-market coach") },
    { Role::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other") })

TRAJECT_ENUM_TABLE(ProviderKind,
                   { ProviderKind::Cvo, "cvo",
                     QT_TRANSLATE_NOOP("Enum", "Adult education centre (CVO)") },
                   { ProviderKind::Syntra, "syntra", QT_TRANSLATE_NOOP("Enum", "Syntra") },
                   { ProviderKind::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other") })

TRAJECT_ENUM_TABLE(EnrolmentVariant,
                   { EnrolmentVariant::Months12, "12m", QT_TRANSLATE_NOOP("Enum", "12 months") },
                   { EnrolmentVariant::Months15, "15m", QT_TRANSLATE_NOOP("Enum", "15 months") },
                   { EnrolmentVariant::Months18, "18m", QT_TRANSLATE_NOOP("Enum", "18 months") },
                   { EnrolmentVariant::Delayed, "delayed", QT_TRANSLATE_NOOP("Enum", "Delayed") })

TRAJECT_ENUM_TABLE(
    ModuleStatus, { ModuleStatus::Planned, "planned", QT_TRANSLATE_NOOP("Enum", "Planned") },
    { ModuleStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Enum", "In progress") },
    { ModuleStatus::Passed, "passed", QT_TRANSLATE_NOOP("Enum", "Passed") },
    { ModuleStatus::Failed, "failed", QT_TRANSLATE_NOOP("Enum", "Not passed") },
    { ModuleStatus::Exempted, "exempted", QT_TRANSLATE_NOOP("Enum", "Exempted (prior learning)") },
    { ModuleStatus::Retake, "retake", QT_TRANSLATE_NOOP("Enum", "Retake") })

TRAJECT_ENUM_TABLE(PlacementKind,
                   { PlacementKind::WorkplaceLearning, "workplace_learning",
                     QT_TRANSLATE_NOOP("Enum", "Workplace learning") },
                   { PlacementKind::Internship, "internship",
                     QT_TRANSLATE_NOOP("Enum", "Internship") },
                   { PlacementKind::Orientation, "orientation",
                     QT_TRANSLATE_NOOP("Enum", "Orientation placement") })

TRAJECT_ENUM_TABLE(PlacementDayStatus,
                   { PlacementDayStatus::Planned, "planned", QT_TRANSLATE_NOOP("Enum", "Planned") },
                   { PlacementDayStatus::Worked, "worked", QT_TRANSLATE_NOOP("Enum", "Worked") },
                   { PlacementDayStatus::AbsentExcused, "absent_excused",
                     QT_TRANSLATE_NOOP("Enum", "Absent (excused)") },
                   { PlacementDayStatus::AbsentUnexcused, "absent_unexcused",
                     QT_TRANSLATE_NOOP("Enum", "Absent (unexcused)") },
                   { PlacementDayStatus::Cancelled, "cancelled",
                     QT_TRANSLATE_NOOP("Enum", "Cancelled") })

TRAJECT_ENUM_TABLE(
    BarrierCategory,
    { BarrierCategory::Preconditions, "1", QT_TRANSLATE_NOOP("Enum", "Essential preconditions") },
    { BarrierCategory::FinancialMaterial, "2",
      QT_TRANSLATE_NOOP("Enum", "Financial and material") },
    { BarrierCategory::Administrative, "3", QT_TRANSLATE_NOOP("Enum", "Administrative") },
    { BarrierCategory::FamilySocial, "4", QT_TRANSLATE_NOOP("Enum", "Family and social") },
    { BarrierCategory::Cultural, "5", QT_TRANSLATE_NOOP("Enum", "Cultural") },
    { BarrierCategory::Skills, "6", QT_TRANSLATE_NOOP("Enum", "General or vocational skills") },
    { BarrierCategory::Language, "7", QT_TRANSLATE_NOOP("Enum", "Language") },
    { BarrierCategory::Psychological, "8", QT_TRANSLATE_NOOP("Enum", "Psychological") },
    { BarrierCategory::InformalSchoolWork, "9",
      QT_TRANSLATE_NOOP("Enum", "Informal barriers at school or workplace") },
    { BarrierCategory::FormalSchoolWork, "10",
      QT_TRANSLATE_NOOP("Enum", "Formal barriers at school or workplace") })

TRAJECT_ENUM_TABLE(Severity, { Severity::Low, "low", QT_TRANSLATE_NOOP("Enum", "Light") },
                   { Severity::Medium, "medium", QT_TRANSLATE_NOOP("Enum", "Moderate") },
                   { Severity::High, "high", QT_TRANSLATE_NOOP("Enum", "Severe") })

TRAJECT_ENUM_TABLE(BarrierStatus,
                   { BarrierStatus::Open, "open", QT_TRANSLATE_NOOP("Enum", "Open") },
                   { BarrierStatus::InProgress, "in_progress",
                     QT_TRANSLATE_NOOP("Enum", "Being tackled") },
                   { BarrierStatus::Solved, "solved", QT_TRANSLATE_NOOP("Enum", "Solved") },
                   { BarrierStatus::Lasting, "lasting", QT_TRANSLATE_NOOP("Enum", "Lasting") })

TRAJECT_ENUM_TABLE(ActionOwner, { ActionOwner::Spoc, "spoc", QT_TRANSLATE_NOOP("Enum", "SPOC") },
                   { ActionOwner::Together, "together", QT_TRANSLATE_NOOP("Enum", "Together") },
                   { ActionOwner::Learner, "learner", QT_TRANSLATE_NOOP("Enum", "The learner") },
                   { ActionOwner::Partner, "partner", QT_TRANSLATE_NOOP("Enum", "A partner") })

TRAJECT_ENUM_TABLE(SupportDomain,
                   { SupportDomain::Preconditions, "preconditions",
                     QT_TRANSLATE_NOOP("Enum", "Preconditions") },
                   { SupportDomain::Content, "content",
                     QT_TRANSLATE_NOOP("Enum", "Course and placement content") },
                   { SupportDomain::Administration, "administration",
                     QT_TRANSLATE_NOOP("Enum", "Administration") })

TRAJECT_ENUM_TABLE(ContactKind,
                   { ContactKind::Conversation, "conversation",
                     QT_TRANSLATE_NOOP("Enum", "Conversation") },
                   { ContactKind::Phone, "phone", QT_TRANSLATE_NOOP("Enum", "Phone call") },
                   { ContactKind::Message, "message", QT_TRANSLATE_NOOP("Enum", "Message") },
                   { ContactKind::HomeVisit, "home_visit",
                     QT_TRANSLATE_NOOP("Enum", "Home visit") },
                   { ContactKind::WorkplaceVisit, "workplace_visit",
                     QT_TRANSLATE_NOOP("Enum", "Workplace visit") },
                   { ContactKind::Meeting, "meeting", QT_TRANSLATE_NOOP("Enum", "Case meeting") },
                   { ContactKind::Intake, "intake", QT_TRANSLATE_NOOP("Enum", "Intake interview") })

TRAJECT_ENUM_TABLE(ContactStatus,
                   { ContactStatus::Planned, "planned", QT_TRANSLATE_NOOP("Enum", "Planned") },
                   { ContactStatus::Done, "done", QT_TRANSLATE_NOOP("Enum", "Done") },
                   { ContactStatus::Cancelled, "cancelled",
                     QT_TRANSLATE_NOOP("Enum", "Cancelled") })

TRAJECT_ENUM_TABLE(OutcomeKind,
                   { OutcomeKind::JobChildcare, "job_childcare",
                     QT_TRANSLATE_NOOP("Enum", "Job in childcare") },
                   { OutcomeKind::JobOtherSector, "job_other",
                     QT_TRANSLATE_NOOP("Enum", "Job in another sector") },
                   { OutcomeKind::FurtherStudy, "further_study",
                     QT_TRANSLATE_NOOP("Enum", "Further study") },
                   { OutcomeKind::NotYetEmployable, "not_yet_employable",
                     QT_TRANSLATE_NOOP("Enum", "Not yet employable") },
                   { OutcomeKind::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other") })

TRAJECT_ENUM_TABLE(
    ContractType, { ContractType::Unknown, "unknown", QT_TRANSLATE_NOOP("Enum", "Unknown") },
    { ContractType::Permanent, "permanent", QT_TRANSLATE_NOOP("Enum", "Permanent contract") },
    { ContractType::FixedTerm, "fixed_term", QT_TRANSLATE_NOOP("Enum", "Fixed-term contract") },
    { ContractType::Temporary, "temporary", QT_TRANSLATE_NOOP("Enum", "Temporary agency work") },
    { ContractType::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other") })

TRAJECT_ENUM_TABLE(WorkRegime,
                   { WorkRegime::Unknown, "unknown", QT_TRANSLATE_NOOP("Enum", "Unknown") },
                   { WorkRegime::FullTime, "full_time", QT_TRANSLATE_NOOP("Enum", "Full time") },
                   { WorkRegime::FourFifths, "four_fifths", QT_TRANSLATE_NOOP("Enum", "4/5") },
                   { WorkRegime::HalfTime, "half_time", QT_TRANSLATE_NOOP("Enum", "Half time") },
                   { WorkRegime::Other, "other",
                     QT_TRANSLATE_NOOP("Enum", "Other regime (hours per week)") })

TRAJECT_ENUM_TABLE(DocumentKind,
                   { DocumentKind::Plan, "plan", QT_TRANSLATE_NOOP("Enum", "Personal plan") },
                   { DocumentKind::Attendance, "attendance",
                     QT_TRANSLATE_NOOP("Enum", "Attendance sheet") })

TRAJECT_ENUM_TABLE(
    IntakeDecision, { IntakeDecision::Admitted, "admitted", QT_TRANSLATE_NOOP("Enum", "Admitted") },
    { IntakeDecision::PreTrajectory, "pre_trajectory",
      QT_TRANSLATE_NOOP("Enum", "Pre-trajectory first") },
    { IntakeDecision::RegularCourse, "regular_course",
      QT_TRANSLATE_NOOP("Enum", "Regular course") },
    { IntakeDecision::Referred, "referred", QT_TRANSLATE_NOOP("Enum", "Referred elsewhere") },
    { IntakeDecision::NotEntering, "not_entering", QT_TRANSLATE_NOOP("Enum", "Not entering") })

TRAJECT_ENUM_TABLE(SupportKind,
                   { SupportKind::Informal, "informal", QT_TRANSLATE_NOOP("Enum", "Own circle") },
                   { SupportKind::Professional, "professional",
                     QT_TRANSLATE_NOOP("Enum", "Professional") })

TRAJECT_ENUM_TABLE(ConsentRecipient,
                   { ConsentRecipient::TrainingProvider, "training_provider",
                     QT_TRANSLATE_NOOP("Enum", "Training centre") },
                   { ConsentRecipient::EmploymentService, "employment_service",
                     QT_TRANSLATE_NOOP("Enum", "Employment service (VDAB, OCMW)") },
                   { ConsentRecipient::Welfare, "welfare",
                     QT_TRANSLATE_NOOP("Enum", "Welfare partner") },
                   { ConsentRecipient::Workplace, "workplace",
                     QT_TRANSLATE_NOOP("Enum", "Workplace and mentor") },
                   { ConsentRecipient::Other, "other", QT_TRANSLATE_NOOP("Enum", "Someone else") })

TRAJECT_ENUM_TABLE(
    ConsentShare,
    { ConsentShare::Trajectory, "trajectory", QT_TRANSLATE_NOOP("Enum", "Trajectory") },
    { ConsentShare::Helpers, "helpers",
      QT_TRANSLATE_NOOP("Enum", "Who helps, with contact details") },
    { ConsentShare::Training, "training", QT_TRANSLATE_NOOP("Enum", "Training and results") },
    { ConsentShare::Placements, "placements",
      QT_TRANSLATE_NOOP("Enum", "Workplace learning and attendance") },
    { ConsentShare::Barriers, "barriers", QT_TRANSLATE_NOOP("Enum", "Barriers and actions") },
    { ConsentShare::Sensitive, "sensitive",
      QT_TRANSLATE_NOOP("Enum", "Also sensitive barriers (family, psychological, health)") },
    { ConsentShare::Appointments, "appointments", QT_TRANSLATE_NOOP("Enum", "Appointments") })

#undef TRAJECT_ENUM_TABLE

std::optional<int> phaseOrder(Phase phase)
{
    if (isSideState(phase))
        return std::nullopt;
    return static_cast<int>(phase);
}

bool isSideState(Phase phase)
{
    return phase == Phase::Paused || phase == Phase::Stopped;
}

QString cefrLevel(Nt2Level level)
{
    switch (level) {
    case Nt2Level::None:
        return QStringLiteral("pre-A1");
    case Nt2Level::L1_1:
        return QStringLiteral("A1");
    case Nt2Level::L1_2:
        return QStringLiteral("A2");
    case Nt2Level::L2_1:
    case Nt2Level::L2_2:
    case Nt2Level::L2_3:
        return QStringLiteral("A2+");
    case Nt2Level::L2_4:
        return QStringLiteral("B1");
    case Nt2Level::L3:
        return QStringLiteral("B2");
    case Nt2Level::L4:
    case Nt2Level::Native:
        return QStringLiteral("C1");
    case Nt2Level::Unknown:
        break;
    }
    return {};
}

QString barrierCategoryExamples(BarrierCategory category)
{
    switch (category) {
    case BarrierCategory::Preconditions:
        return translateEnumLabel(
            QT_TRANSLATE_NOOP("Enum", "Mobility, childcare for own children"));
    case BarrierCategory::FinancialMaterial:
        return translateEnumLabel(QT_TRANSLATE_NOOP(
            "Enum", "Money, housing, no laptop or internet, costs of the course"));
    case BarrierCategory::Administrative:
        return translateEnumLabel(
            QT_TRANSLATE_NOOP("Enum", "Forms, benefits, residence documents, diploma recognition"));
    case BarrierCategory::FamilySocial:
        return translateEnumLabel(
            QT_TRANSLATE_NOOP("Enum", "Support at home, domestic violence, network"));
    case BarrierCategory::Cultural:
        return translateEnumLabel(
            QT_TRANSLATE_NOOP("Enum", "Expectations about work, gender roles, habits"));
    case BarrierCategory::Skills:
        return translateEnumLabel(
            QT_TRANSLATE_NOOP("Enum", "Work attitudes, study skills, digital skills"));
    case BarrierCategory::Language:
        return translateEnumLabel(
            QT_TRANSLATE_NOOP("Enum", "Dutch level, professional jargon, reports"));
    case BarrierCategory::Psychological:
        return translateEnumLabel(
            QT_TRANSLATE_NOOP("Enum", "Self-confidence, stress, mental load"));
    case BarrierCategory::InformalSchoolWork:
        return translateEnumLabel(
            QT_TRANSLATE_NOOP("Enum", "Atmosphere, unwritten rules, attitudes of colleagues"));
    case BarrierCategory::FormalSchoolWork:
        return translateEnumLabel(
            QT_TRANSLATE_NOOP("Enum", "Entry requirements, timetables, exam rules"));
    }
    return {};
}

bool isSensitiveCategory(BarrierCategory category)
{
    return category == BarrierCategory::FamilySocial || category == BarrierCategory::Psychological;
}

} // namespace traject
