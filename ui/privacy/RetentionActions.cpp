// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionActions.h"

#include "AuditLogDialog.h"
#include "RetentionReviewDialog.h"
#include "Settings.h"

#include <optional>

namespace traject::RetentionActions {

void reviewRetention(Session &session, Settings &settings, QWidget *parent,
                     const std::function<void(qint64)> &openDossier)
{
    std::optional<qint64> chosen;
    {
        RetentionReviewDialog dialog(session, settings, parent);
        QObject::connect(&dialog, &RetentionReviewDialog::openDossierRequested, &dialog,
                         [&chosen](qint64 learnerId) { chosen = learnerId; });
        dialog.exec();
    }
    if (chosen && openDossier)
        openDossier(*chosen);
}

void reviewRetention(Session &session, QWidget *parent,
                     const std::function<void(qint64)> &openDossier)
{
    Settings settings;
    reviewRetention(session, settings, parent, openDossier);
}

void showAuditLog(Session &session, QWidget *parent)
{
    AuditLogDialog dialog(session, parent);
    dialog.exec();
}

} // namespace traject::RetentionActions
