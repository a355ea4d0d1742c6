// SPDX-License-Identifier: GPL-3.0-or-later
// The demo learners' consents.
#include "demo/DemoGenerator.h"

#include <algorithm>

namespace traject::demo::detail {

Status Generator::addDemoConsents(qint64 learner, QDate intakeDate, int index)
{
    ConsentRepository consents(m_db, m_clock);
    auto give = [&](ConsentRecipient recipient, const char *name, QList<ConsentShare> shares,
                    QDate withdrawn = {}) {
        Consent consent;
        consent.learnerId = learner;
        consent.recipient = recipient;
        consent.recipientName = QString::fromUtf8(name);
        consent.givenOn = intakeDate;
        consent.withdrawnOn = withdrawn;
        consent.shares = std::move(shares);
        return consents.add(consent);
    };
    using enum ConsentShare;
    if (index % 6 != 5) {
        const QDate withdrawn
            = index % 7 == 3 ? std::min(intakeDate.addMonths(2), m_today) : QDate();
        if (auto id = give(ConsentRecipient::EmploymentService, "VDAB",
                           { Trajectory, Training, Placements, Barriers }, withdrawn);
            !id)
            return id.error();
    }
    if (index % 5 == 0) {
        if (auto id = give(ConsentRecipient::Welfare, "CAW Oost-Vlaanderen",
                           { Trajectory, Helpers, Barriers, Sensitive, Appointments });
            !id)
            return id.error();
    }
    // The training centre's last: the one a plan for a partner offers first.
    if (auto id = give(ConsentRecipient::TrainingProvider, "CVO Volt",
                       { Trajectory, Helpers, Training, Placements, Appointments });
        !id)
        return id.error();
    return {};
}

} // namespace traject::demo::detail
