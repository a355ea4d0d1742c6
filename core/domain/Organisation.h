// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Enums.h"
#include "Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace traject {

/// A partner: training centre, childcare organiser or site, VDAB, OCMW, CAW, …
struct Organisation
{
    Q_DECLARE_TR_FUNCTIONS(Organisation)

public:
    qint64 id = 0;
    QString name;
    OrganisationKind kind = OrganisationKind::Other;
    SiteType siteType = SiteType::None; // only for childcare sites
    std::optional<qint64> parentId; // a site belongs to an organiser
    QString address;
    QString municipality;
    QString phone;
    QString email;
    QString notes;

    Problems validate() const;
    bool operator==(const Organisation &) const = default;
};

/// A person at a partner organisation (teacher, mentor, consultant, …).
struct ContactPerson
{
    Q_DECLARE_TR_FUNCTIONS(ContactPerson)

public:
    qint64 id = 0;
    std::optional<qint64> organisationId;
    QString name;
    QString function;
    QString phone;
    QString email;
    QString notes;

    Problems validate() const;
    bool operator==(const ContactPerson &) const = default;
};

/// One line of a learner's role card (rollenkaart): who helps with what, and when.
struct RoleAssignment
{
    Q_DECLARE_TR_FUNCTIONS(RoleAssignment)

public:
    qint64 id = 0;
    qint64 learnerId = 0;
    Role role = Role::Spoc;
    qint64 personId = 0;
    QDate from;
    QDate to;
    QString note;

    bool isActiveOn(QDate day) const;
    Problems validate() const;
    bool operator==(const RoleAssignment &) const = default;
};

} // namespace traject
