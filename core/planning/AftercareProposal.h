// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ContactMoment.h"

#include <QDate>
#include <QString>

#include <vector>

namespace traject {

/// One contact moment the aftercare template proposes; the SPOC may change it before it is made.
struct ProposedContact
{
    QDate date;
    ContactKind kind = ContactKind::Phone;
    QString note;

    bool operator==(const ProposedContact &) const = default;
};

/// The aftercare contact template: every two weeks during the first three months after the end of
/// the training, then monthly until six months after it. A date in a weekend moves to the Monday
/// after it.
std::vector<ProposedContact> proposeAftercareContacts(QDate trainingEnd);

/// The planned aftercare contact moment for a proposed line.
ContactMoment plannedAftercareContact(qint64 learnerId, const ProposedContact &proposed);

} // namespace traject
