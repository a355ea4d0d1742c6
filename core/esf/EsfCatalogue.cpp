// SPDX-License-Identifier: GPL-3.0-or-later
#include "esf/EsfCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace traject::esf {

namespace {

std::optional<Moment> momentOf(const QString &name)
{
    if (name == QLatin1String("entry"))
        return Moment::Entry;
    if (name == QLatin1String("leaving"))
        return Moment::Leaving;
    if (name == QLatin1String("six_months"))
        return Moment::SixMonths;
    return std::nullopt;
}

Result<std::vector<EsfChoice>> readChoices(const QJsonArray &array, const QString &where)
{
    std::vector<EsfChoice> choices;
    QSet<QString> codes;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        EsfChoice choice { object.value(QLatin1String("code")).toString(),
                           {},
                           LocalText::fromJson(object.value(QLatin1String("label"))) };
        for (const QJsonValue &count : object.value(QLatin1String("counts")).toArray())
            choice.counts.append(count.toString());
        if (choice.code.isEmpty() || choice.code.contains(QLatin1Char(','))
            || codes.contains(choice.code) || choice.label.nl.isEmpty())
            return Error { EsfCatalogue::tr("An answer of \"%1\" has an empty, repeated or "
                                            "invalid code, or no Dutch label.")
                               .arg(where),
                           {} };
        codes.insert(choice.code);
        choices.push_back(std::move(choice));
    }
    return choices;
}

} // namespace

Result<EsfCatalogue> EsfCatalogue::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error { tr("The list of ESF+ indicators cannot be read."),
                       parseError.errorString() };
    const QJsonObject root = document.object();
    EsfCatalogue catalogue;
    auto notAnswered = readChoices(root.value(QLatin1String("notAnswered")).toArray(),
                                   QStringLiteral("notAnswered"));
    if (!notAnswered)
        return notAnswered.error();
    catalogue.m_notAnswered = std::move(*notAnswered);
    QSet<QString> keys;
    for (const QJsonValue &value : root.value(QLatin1String("indicators")).toArray()) {
        const QJsonObject object = value.toObject();
        EsfIndicator indicator;
        indicator.key = object.value(QLatin1String("key")).toString();
        const auto moment = momentOf(object.value(QLatin1String("moment")).toString());
        if (indicator.key.isEmpty() || keys.contains(indicator.key) || !moment)
            return Error { tr("An ESF+ indicator has no key, a repeated key or an unknown "
                              "moment (\"%1\").")
                               .arg(indicator.key),
                           {} };
        keys.insert(indicator.key);
        indicator.moment = *moment;
        indicator.sensitive = object.value(QLatin1String("sensitive")).toBool();
        indicator.several = object.value(QLatin1String("several")).toBool();
        indicator.label = LocalText::fromJson(object.value(QLatin1String("label")));
        indicator.question = LocalText::fromJson(object.value(QLatin1String("question")));
        auto choices = readChoices(object.value(QLatin1String("answers")).toArray(), indicator.key);
        if (!choices)
            return choices.error();
        indicator.choices = std::move(*choices);
        for (const EsfChoice &choice : indicator.choices) {
            for (const EsfChoice &shared : catalogue.m_notAnswered) {
                if (choice.code == shared.code)
                    return Error { tr("The answer \"%1\" of \"%2\" is one every indicator has "
                                      "already.")
                                       .arg(choice.code, indicator.key),
                                   {} };
            }
        }
        if (indicator.label.nl.isEmpty() || indicator.choices.empty())
            return Error { tr("The ESF+ indicator \"%1\" has no Dutch label or no answers.")
                               .arg(indicator.key),
                           {} };
        catalogue.m_indicators.push_back(std::move(indicator));
    }
    if (catalogue.m_indicators.empty())
        return Error { tr("The list of ESF+ indicators is empty."), {} };
    return catalogue;
}

const EsfCatalogue &EsfCatalogue::builtIn()
{
    static const EsfCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/esf/indicators.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the ESF+ indicators are not built in");
        auto parsed = parse(file.readAll());
        if (!parsed)
            qFatal("the built-in ESF+ indicators do not read: %s",
                   qPrintable(parsed.error().message));
        return std::move(*parsed);
    }();
    return catalogue;
}

const EsfIndicator *EsfCatalogue::indicator(const QString &key) const
{
    for (const EsfIndicator &indicator : m_indicators) {
        if (indicator.key == key)
            return &indicator;
    }
    return nullptr;
}

std::vector<const EsfIndicator *> EsfCatalogue::at(Moment moment) const
{
    std::vector<const EsfIndicator *> found;
    for (const EsfIndicator &indicator : m_indicators) {
        if (indicator.moment == moment)
            found.push_back(&indicator);
    }
    return found;
}

const EsfChoice *EsfCatalogue::choice(const EsfIndicator &indicator, const QString &code) const
{
    for (const auto *choices : { &indicator.choices, &m_notAnswered }) {
        for (const EsfChoice &choice : *choices) {
            if (choice.code == code)
                return &choice;
        }
    }
    return nullptr;
}

QString EsfCatalogue::describe(const EsfIndicator &indicator, const QStringList &codes) const
{
    QStringList labels;
    for (const QString &code : codes) {
        const EsfChoice *found = choice(indicator, code);
        labels.append(found ? found->label.text() : code);
    }
    return labels.join(QStringLiteral(", "));
}

} // namespace traject::esf
