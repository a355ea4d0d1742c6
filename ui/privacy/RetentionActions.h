// SPDX-License-Identifier: GPL-3.0-or-later
// The privacy reviews of the main window: the retention period and the audit log.
#pragma once

#include <QtGlobal>

#include <functional>

class QWidget;

namespace traject {

class Session;
class Settings;

namespace RetentionActions {

/// "Bewaartermijn nakijken…": shows the learners whose trajectory ended more than the retention
/// period ago (RetentionReviewDialog), to anonymise or erase; `openDossier` is called with the
/// learner the SPOC wants to look at (after the review closed).
void reviewRetention(Session &session, Settings &settings, QWidget *parent,
                     const std::function<void(qint64)> &openDossier);
/// The same with the user's settings.
void reviewRetention(Session &session, QWidget *parent,
                     const std::function<void(qint64)> &openDossier);

/// "Auditlog…": the entries of the audit log, with the check of its chain (AuditLogDialog).
void showAuditLog(Session &session, QWidget *parent);

} // namespace RetentionActions

} // namespace traject
