// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "domain/Enums.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace traject {

/// A text of a template in the languages the program speaks; text() picks the current one.
struct LocalText
{
    QString nl;
    QString en;

    /// The Dutch text when the default locale is Dutch (the program's language), else the English
    /// one (or the Dutch one when there is no English).
    QString text() const;
    bool isEmpty() const { return nl.isEmpty() && en.isEmpty(); }
    bool operator==(const LocalText &) const = default;
    /// {"nl": …, "en": …}, or one string for both.
    static LocalText fromJson(const QJsonValue &value);
};

/// The ways a question is answered. Every answer is stored as text: plain text, "yes"/"no", an
/// ISO date, an option code, or comma-separated option codes.
enum class AnswerType
{
    Line,
    Text,
    YesNo,
    Date,
    Choice,
    Checks,
};

/// The field of the learner's dossier that a question fills in when the intake is finished.
enum class Feed
{
    None,
    EmploymentService,
    Nt2Level,
    Statute,
    HomeLanguage,
    /// Not a field of the learner: who took part, written to the logbook with the interview.
    ContactWithWhom,
    /// An ESF+ indicator asked at entry ("esf.gender"): its answer, asked on the intake's day.
    Esf,
};

struct TemplateOption
{
    QString code;
    LocalText label;
    bool operator==(const TemplateOption &) const = default;
};

struct TemplateQuestion
{
    QString key;
    AnswerType type = AnswerType::Text;
    LocalText text; // the question the SPOC can read out
    LocalText hint;
    Feed feed = Feed::None;
    /// For Feed::Esf: the key of the indicator (resources/esf/indicators.json).
    QString esfIndicator;
    /// The options of a choice or checks; for a question that feeds an enumeration of the dossier
    /// they are that enumeration's values (and labels).
    std::vector<TemplateOption> options;
    /// A note (a line or text answer) that can become a barrier of the dossier: the category the
    /// barrier gets unless the SPOC chooses another ("barrier": "1" … "10" in the template).
    std::optional<BarrierCategory> barrier;

    /// The label of an option code (the code itself when the template does not know it).
    QString optionLabel(const QString &code) const;
    bool operator==(const TemplateQuestion &) const = default;
};

/// What a section holds: questions, or one of the parts with their own form.
enum class SectionKind
{
    Questions,
    SupportNetwork,
    Barriers,
    Decision,
};

struct TemplateSection
{
    QString key;
    SectionKind kind = SectionKind::Questions;
    LocalText title;
    LocalText guide;
    std::vector<TemplateQuestion> questions;
    bool operator==(const TemplateSection &) const = default;
};

/// The questions of an intake interview: data, not code. A partnership adapts them by loading a
/// new version; every intake remembers the version it answered.
struct IntakeTemplate
{
    Q_DECLARE_TR_FUNCTIONS(IntakeTemplate)

public:
    qint64 id = 0; // in the database
    QString name;
    int version = 0;
    LocalText title;
    std::vector<TemplateSection> sections;
    QByteArray definition; // the JSON it was read from

    const TemplateQuestion *question(const QString &key) const;
    const TemplateSection *section(SectionKind kind) const;

    /// Reads and checks a template; the error names what is wrong, in the user's words.
    static Result<IntakeTemplate> parse(const QByteArray &json);
    /// The template shipped with the program (resources/intake).
    static QByteArray builtIn();
};

} // namespace traject
