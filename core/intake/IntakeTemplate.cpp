// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeTemplate.h"

#include "domain/Enums.h"
#include "esf/EsfCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace traject {

namespace {

struct Named
{
    const char *name;
    int value;
};

constexpr Named AnswerTypes[] = {
    { "line", int(AnswerType::Line) },     { "text", int(AnswerType::Text) },
    { "yesno", int(AnswerType::YesNo) },   { "date", int(AnswerType::Date) },
    { "choice", int(AnswerType::Choice) }, { "checks", int(AnswerType::Checks) },
};
constexpr Named Feeds[] = {
    { "learner.employmentService", int(Feed::EmploymentService) },
    { "learner.nt2Level", int(Feed::Nt2Level) },
    { "learner.statute", int(Feed::Statute) },
    { "learner.homeLanguage", int(Feed::HomeLanguage) },
    { "contact.withWhom", int(Feed::ContactWithWhom) },
};
constexpr Named SectionKinds[] = {
    { "questions", int(SectionKind::Questions) },
    { "supportNetwork", int(SectionKind::SupportNetwork) },
    { "barriers", int(SectionKind::Barriers) },
    { "decision", int(SectionKind::Decision) },
};

template<typename E, size_t N> std::optional<E> lookup(const Named (&names)[N], const QString &name)
{
    for (const auto &entry : names) {
        if (name == QLatin1String(entry.name))
            return static_cast<E>(entry.value);
    }
    return std::nullopt;
}

/// The values of a dossier enumeration as options, with the English source label (translated
/// when shown, see TemplateQuestion::optionLabel()).
template<typename E> std::vector<TemplateOption> enumOptions()
{
    std::vector<TemplateOption> options;
    for (const auto &entry : enumEntries<E>()) {
        const QString label = QString::fromLatin1(entry.label);
        options.push_back({ QString::fromLatin1(entry.code), { label, label } });
    }
    return options;
}

bool isEnumFeed(Feed feed)
{
    return feed == Feed::EmploymentService || feed == Feed::Nt2Level || feed == Feed::Esf;
}

const QString esfPrefix = QStringLiteral("esf.");

/// The ESF+ indicator asked at entry that a question feeds ("esf.<key>"), or nullptr.
const esf::EsfIndicator *esfIndicatorOf(const QString &feeds)
{
    if (!feeds.startsWith(esfPrefix))
        return nullptr;
    const auto *indicator = esf::EsfCatalogue::builtIn().indicator(feeds.mid(esfPrefix.size()));
    return indicator && indicator->moment == esf::Moment::Entry && !indicator->several ? indicator
                                                                                       : nullptr;
}

/// The answers of an ESF+ indicator as options: its own, then refused and unknown.
std::vector<TemplateOption> esfOptions(const esf::EsfIndicator &indicator)
{
    std::vector<TemplateOption> options;
    for (const auto *choices :
         { &indicator.choices, &esf::EsfCatalogue::builtIn().notAnswered() }) {
        for (const esf::EsfChoice &choice : *choices)
            options.push_back({ choice.code, choice.label });
    }
    return options;
}

bool isChoice(AnswerType type)
{
    return type == AnswerType::Choice || type == AnswerType::Checks;
}

/// Reads one question; an empty error string means it is fine.
Result<TemplateQuestion> readQuestion(const QJsonObject &object, const QString &where)
{
    TemplateQuestion question;
    question.key = object.value(QLatin1String("key")).toString();
    if (question.key.isEmpty())
        return Error { IntakeTemplate::tr("A question in section \"%1\" has no key.").arg(where),
                       {} };
    const QString type = object.value(QLatin1String("type")).toString();
    const auto answerType = lookup<AnswerType>(AnswerTypes, type);
    if (!answerType)
        return Error { IntakeTemplate::tr("The question \"%1\" has an unknown type \"%2\".")
                           .arg(question.key, type),
                       {} };
    question.type = *answerType;
    question.text = LocalText::fromJson(object.value(QLatin1String("text")));
    // An ESF+ question may leave its words to the list of indicators.
    const auto *esfIndicator = esfIndicatorOf(object.value(QLatin1String("feeds")).toString());
    if (question.text.nl.isEmpty() && esfIndicator)
        question.text = esfIndicator->question;
    if (question.text.nl.isEmpty())
        return Error {
            IntakeTemplate::tr("The question \"%1\" has no Dutch text.").arg(question.key), {}
        };
    question.hint = LocalText::fromJson(object.value(QLatin1String("hint")));

    if (object.contains(QLatin1String("feeds"))) {
        const QString feeds = object.value(QLatin1String("feeds")).toString();
        auto feed = lookup<Feed>(Feeds, feeds);
        if (esfIndicator) {
            feed = Feed::Esf;
            question.esfIndicator = esfIndicator->key;
        }
        if (!feed)
            return Error { IntakeTemplate::tr("The question \"%1\" fills in an unknown field "
                                              "\"%2\" of the file.")
                               .arg(question.key, feeds),
                           {} };
        question.feed = *feed;
    }
    if (question.feed != Feed::None) {
        const bool text = question.type == AnswerType::Line || question.type == AnswerType::Text;
        const bool fits = isEnumFeed(question.feed)  ? question.type == AnswerType::Choice
            : question.feed == Feed::ContactWithWhom ? text || question.type == AnswerType::Checks
                                                     : text;
        if (!fits)
            return Error { IntakeTemplate::tr("The question \"%1\" has the wrong type for the "
                                              "field it fills in.")
                               .arg(question.key),
                           {} };
    }
    if (object.contains(QLatin1String("barrier"))) {
        const QString code = object.value(QLatin1String("barrier")).toVariant().toString();
        question.barrier = fromCode<BarrierCategory>(code);
        if (!question.barrier)
            return Error { IntakeTemplate::tr("The question \"%1\" makes a barrier of an unknown "
                                              "category \"%2\" (1 to 10).")
                               .arg(question.key, code),
                           {} };
        if (question.type != AnswerType::Line && question.type != AnswerType::Text)
            return Error { IntakeTemplate::tr("The question \"%1\" cannot become a barrier: only "
                                              "a written answer can.")
                               .arg(question.key),
                           {} };
    }
    if (question.feed == Feed::EmploymentService)
        question.options = enumOptions<EmploymentService>();
    else if (question.feed == Feed::Nt2Level)
        question.options = enumOptions<Nt2Level>();
    else if (esfIndicator)
        question.options = esfOptions(*esfIndicator);

    QSet<QString> codes;
    for (const auto &value : object.value(QLatin1String("options")).toArray()) {
        const QJsonObject option = value.toObject();
        TemplateOption read { option.value(QLatin1String("code")).toString(),
                              LocalText::fromJson(option.value(QLatin1String("label"))) };
        if (read.code.isEmpty() || read.code.contains(QLatin1Char(','))
            || codes.contains(read.code))
            return Error { IntakeTemplate::tr("An option of the question \"%1\" has an empty, "
                                              "repeated or invalid code.")
                               .arg(question.key),
                           {} };
        codes.insert(read.code);
        if (!isEnumFeed(question.feed))
            question.options.push_back(read);
    }
    if (isChoice(question.type) && question.options.empty())
        return Error { IntakeTemplate::tr("The question \"%1\" has no options to choose from.")
                           .arg(question.key),
                       {} };
    if (!isChoice(question.type) && !question.options.empty())
        return Error { IntakeTemplate::tr("The question \"%1\" has options but is not a choice.")
                           .arg(question.key),
                       {} };
    return question;
}

} // namespace

LocalText LocalText::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return { value.toString(), value.toString() };
    const QJsonObject object = value.toObject();
    return { object.value(QLatin1String("nl")).toString(),
             object.value(QLatin1String("en")).toString() };
}

QString LocalText::text() const
{
    // The program speaks Dutch unless English is chosen; the English source text (and tests
    // without translations) go with any other locale.
    if (QLocale().language() == QLocale::Dutch || en.isEmpty())
        return nl.isEmpty() ? en : nl;
    return en;
}

QString TemplateQuestion::optionLabel(const QString &code) const
{
    for (const auto &option : options) {
        if (option.code == code)
            return isEnumFeed(feed) && feed != Feed::Esf
                ? translateEnumLabel(option.label.en.toLatin1().constData())
                : option.label.text();
    }
    return code;
}

const TemplateQuestion *IntakeTemplate::question(const QString &key) const
{
    for (const auto &section : sections) {
        for (const auto &question : section.questions) {
            if (question.key == key)
                return &question;
        }
    }
    return nullptr;
}

const TemplateSection *IntakeTemplate::section(SectionKind kind) const
{
    for (const auto &section : sections) {
        if (section.kind == kind)
            return &section;
    }
    return nullptr;
}

Result<IntakeTemplate> IntakeTemplate::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error { tr("This is not an intake template: the file is not valid JSON (%1 at "
                          "position %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset),
                       {} };
    const QJsonObject root = document.object();

    IntakeTemplate result;
    result.definition = json;
    result.name = root.value(QLatin1String("name")).toString().trimmed();
    result.version = root.value(QLatin1String("version")).toInt(0);
    result.title = LocalText::fromJson(root.value(QLatin1String("title")));
    if (result.name.isEmpty())
        return Error { tr("The intake template has no name."), {} };
    if (result.version < 1)
        return Error { tr("The intake template has no version number (1 or higher)."), {} };
    if (result.title.nl.isEmpty())
        return Error { tr("The intake template has no Dutch title."), {} };

    QSet<QString> sectionKeys;
    QSet<QString> questionKeys;
    QSet<SectionKind> specialKinds;
    for (const auto &value : root.value(QLatin1String("sections")).toArray()) {
        const QJsonObject object = value.toObject();
        TemplateSection section;
        section.key = object.value(QLatin1String("key")).toString();
        section.title = LocalText::fromJson(object.value(QLatin1String("title")));
        section.guide = LocalText::fromJson(object.value(QLatin1String("guide")));
        if (section.key.isEmpty() || sectionKeys.contains(section.key))
            return Error { tr("A section of the intake template has an empty or repeated key."),
                           section.key };
        sectionKeys.insert(section.key);
        if (section.title.nl.isEmpty())
            return Error { tr("The section \"%1\" has no Dutch title.").arg(section.key), {} };
        const QString kind
            = object.value(QLatin1String("kind")).toString(QStringLiteral("questions"));
        const auto sectionKind = lookup<SectionKind>(SectionKinds, kind);
        if (!sectionKind)
            return Error {
                tr("The section \"%1\" has an unknown kind \"%2\".").arg(section.key, kind), {}
            };
        section.kind = *sectionKind;
        if (section.kind != SectionKind::Questions) {
            if (specialKinds.contains(section.kind))
                return Error { tr("The section \"%1\" repeats a part that can occur only once.")
                                   .arg(section.key),
                               {} };
            specialKinds.insert(section.kind);
        }

        for (const auto &item : object.value(QLatin1String("questions")).toArray()) {
            auto question = readQuestion(item.toObject(), section.key);
            if (!question)
                return question.error();
            if (questionKeys.contains(question->key))
                return Error { tr("The question key \"%1\" occurs twice.").arg(question->key), {} };
            questionKeys.insert(question->key);
            section.questions.push_back(*question);
        }
        if (section.kind == SectionKind::Questions && section.questions.empty())
            return Error { tr("The section \"%1\" has no questions.").arg(section.key), {} };
        result.sections.push_back(section);
    }
    if (!specialKinds.contains(SectionKind::Decision))
        return Error { tr("The intake template has no decision section."), {} };
    return result;
}

QByteArray IntakeTemplate::builtIn()
{
    QFile file(QStringLiteral(":/intake/kinderbegeleider.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace traject
