// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactMoment.h"

namespace traject {

Problems ContactMoment::validate(QDate today) const
{
    Problems problems;
    if (!date.isValid())
        problems.append({ QStringLiteral("date"), tr("Fill in the date of the contact.") });
    else if (status == ContactStatus::Done && date > today)
        problems.append(
            { QStringLiteral("date"), tr("A contact that took place cannot lie in the future.") });
    if (followUp.isValid() && date.isValid() && followUp < date)
        problems.append(
            { QStringLiteral("followUp"), tr("The follow-up lies before the contact itself.") });
    return problems;
}

} // namespace traject
