// SPDX-License-Identifier: GPL-3.0-or-later
#include "esf/EsfAnswer.h"

namespace traject::esf {

Problems EsfAnswer::validate(const EsfCatalogue &catalogue, QDate today) const
{
    Problems problems;
    const EsfIndicator *asked = catalogue.indicator(indicator);
    if (!asked) {
        problems.append(
            { QStringLiteral("indicator"), tr("\"%1\" is not an ESF+ indicator.").arg(indicator) });
        return problems;
    }
    const QString field = QStringLiteral("esf.") + indicator;
    if (codes.isEmpty())
        problems.append({ field, tr("Choose an answer, or \"Refuses to answer\".") });
    for (const QString &code : codes) {
        if (!catalogue.choice(*asked, code))
            problems.append(
                { field, tr("\"%1\" is not an answer to \"%2\".").arg(code, asked->label.text()) });
    }
    const bool notAnswered
        = codes.contains(EsfCatalogue::Refused) || codes.contains(EsfCatalogue::Unknown);
    if (codes.size() > 1 && notAnswered)
        problems.append({ field, tr("A refusal or \"unknown\" cannot go with another answer.") });
    else if (codes.size() > 1 && !asked->several)
        problems.append({ field, tr("\"%1\" takes one answer.").arg(asked->label.text()) });
    if (QStringList(codes).removeDuplicates() > 0)
        problems.append({ field, tr("An answer is given twice.") });
    if (!askedOn.isValid())
        problems.append({ field + QStringLiteral(".askedOn"),
                          tr("Record the day the question was asked, also when it was refused.") });
    else if (askedOn > today)
        problems.append(
            { field + QStringLiteral(".askedOn"), tr("The day it was asked lies in the future.") });
    return problems;
}

} // namespace traject::esf
