// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace traject {

/// A line in the logbook: a conversation, a call, a visit, a meeting; planned or done.
struct ContactMoment
{
    Q_DECLARE_TR_FUNCTIONS(ContactMoment)

public:
    qint64 id = 0;
    qint64 learnerId = 0;
    QDate date;
    ContactKind kind = ContactKind::Conversation;
    ContactStatus status = ContactStatus::Done;
    QString withWhom;
    QString notes;
    QDate followUp;
    bool aftercare = false; // part of the aftercare (nazorg)

    Problems validate(QDate today) const;
    bool operator==(const ContactMoment &) const = default;
};

} // namespace traject
