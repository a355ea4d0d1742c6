// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/AttendanceSheetDialog.h"

#include "Session.h"
#include "Settings.h"
#include "documents/PlanDocument.h"
#include "plan/DocumentOutput.h"
#include "plan/PlanVersionModel.h"
#include "plan/VersionList.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/PlanVersionRepository.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace traject {

AttendanceSheetDialog::AttendanceSheetDialog(Session &session, qint64 placementId, QWidget *parent)
    : DocumentDialog(session, 0, parent)
    , m_placementId(placementId)
{
    PlacementRepository placements(session.database(), session.clock());
    int plannedDays = 0;
    if (auto placement = placements.get(placementId)) {
        m_placement = *placement;
        m_learnerId = placement->learnerId;
        if (auto learner
            = LearnerRepository(session.database(), session.clock()).get(m_learnerId)) {
            m_learnerName = learner->fullName();
            m_fileTag = learner->fileTag();
        }
        if (placement->siteId) {
            if (auto site = OrganisationRepository(session.database(), session.clock())
                                .organisation(*placement->siteId))
                m_site = site->name;
        }
        if (auto days = placements.days(placementId)) {
            plannedDays = static_cast<int>(std::count_if(days->begin(), days->end(), [](auto &day) {
                return day.status == PlacementDayStatus::Planned;
            }));
        }
    } else {
        m_unavailable = placement.error().message;
    }
    if (m_site.isEmpty())
        m_site = label(m_placement.kind);

    setWindowTitle(tr("Attendance sheet"));
    m_description = new QLabel;
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    const QString period
        = tr("For the mentor at %1, %2 to %3.")
              .arg(m_site, shownDate(m_placement.start), shownDate(m_placement.end));
    const QString lines = plannedDays > 0
        ? tr("One line per planned day (%n day(s)) with the hours worked and a signature, filled "
             "in on paper and entered afterwards.",
             nullptr, plannedDays)
        : tr("No days are planned any more: the sheet has empty lines to fill in.");
    m_description->setText(period + QLatin1Char(' ') + lines);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    auto *languageLabel = new QLabel(tr("Lan&guage:"));
    languageLabel->setBuddy(m_language);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch();

    auto *options = new QWidget;
    auto *layout = new QVBoxLayout(options);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_description);
    layout->addLayout(languageRow);

    setUp(tr("Attendance sheet of %1").arg(m_learnerName), options, { m_language },
          tr("Stored versi&ons of this sheet"));
    versions()->view()->hideColumn(PlanVersionModel::Audience);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            &AttendanceSheetDialog::updateActions);
    setMinimumWidth(520);
    m_language->setFocus();
}

QString AttendanceSheetDialog::problem() const
{
    return m_unavailable;
}

QString AttendanceSheetDialog::description() const
{
    return m_description->text();
}

QString AttendanceSheetDialog::language() const
{
    return m_language->currentData().toString();
}

Result<PagedDocument> AttendanceSheetDialog::document(int number) const
{
    return PlanDocuments(m_session.database(), m_session.clock(),
                         SpocContact::fromSettings(Settings()))
        .attendanceSheet(m_placementId, number, language());
}

Result<PlanVersion> AttendanceSheetDialog::store() const
{
    return PlanDocuments(m_session.database(), m_session.clock(),
                         SpocContact::fromSettings(Settings()))
        .storeAttendanceSheet(m_placementId, language());
}

Result<std::vector<PlanVersion>> AttendanceSheetDialog::storedVersions() const
{
    if (m_learnerId == 0)
        return std::vector<PlanVersion> {};
    return PlanVersionRepository(m_session.database(), m_session.clock())
        .forLearner(m_learnerId, DocumentKind::Attendance);
}

bool AttendanceSheetDialog::listed(const PlanVersion &version) const
{
    return version.subjectId == m_placementId;
}

QString AttendanceSheetDialog::documentTitle() const
{
    return tr("Attendance sheet of %1").arg(m_learnerName);
}

QString AttendanceSheetDialog::fileName(int number) const
{
    return output::safeFileName(tr("Attendance sheet %1 v%2").arg(m_fileTag).arg(number))
        + QStringLiteral(".pdf");
}

} // namespace traject
