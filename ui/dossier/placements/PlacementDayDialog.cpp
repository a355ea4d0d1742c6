// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementDayDialog.h"

#include "Session.h"
#include "dossier/placements/PlacementText.h"
#include "dossier/training/FormHelpers.h"
#include "storage/PlacementRepository.h"
#include "widgets/DateField.h"
#include "widgets/FormRow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace traject {

PlacementDayDialog::PlacementDayDialog(Session &session, Placement placement, QDate proposed,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_placement(std::move(placement))
{
    setWindowTitle(tr("Add a placement day"));
    // The day as it is typed; one outside the placement is refused when it is added,
    // with the placement's period.
    m_date = new DateField;
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setAccessibleName(tr("&Date").remove(QLatin1Char('&')));
    m_date->setToday(session.clock().today());
    m_date->setDate(proposed);
    m_plannedHours = new QDoubleSpinBox;
    m_plannedHours->setObjectName(QStringLiteral("plannedHours"));
    m_plannedHours->setRange(0, 24);
    m_plannedHours->setDecimals(1);
    m_plannedHours->setSingleStep(0.5);
    m_plannedHours->setSuffix(tr(" h"));
    m_plannedHours->setValue(m_placement.hoursPerDay);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("status"));
    for (const auto status : allValues<PlacementDayStatus>())
        m_status->addItem(label(status), static_cast<int>(status));
    m_workedHours = new QDoubleSpinBox;
    m_workedHours->setObjectName(QStringLiteral("workedHours"));
    m_workedHours->setRange(0, 24);
    m_workedHours->setDecimals(1);
    m_workedHours->setSingleStep(0.5);
    m_workedHours->setSuffix(tr(" h"));
    keepNarrow(m_plannedHours);
    keepNarrow(m_workedHours);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("note"));

    auto *period = new QLabel(tr("The placement runs from %1 to %2.")
                                  .arg(shownDate(m_placement.start), shownDate(m_placement.end)));
    period->setEnabled(false);

    auto *form = new QFormLayout;
    addFormRow(form, m_errors, tr("&Date"), m_date, QStringLiteral("date"));
    form->addRow(QString(), period);
    addFormRow(form, m_errors, tr("&Planned hours"), m_plannedHours,
               QStringLiteral("plannedHours"));
    addFormRow(form, m_errors, tr("&Status"), m_status, QStringLiteral("status"));
    addFormRow(form, m_errors, tr("&Worked hours"), m_workedHours, QStringLiteral("workedHours"));
    addFormRow(form, m_errors, tr("&Note"), m_note, QStringLiteral("note"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add day"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    connect(m_status, &QComboBox::currentIndexChanged, this, &PlacementDayDialog::statusChanged);
    statusChanged();
}

void PlacementDayDialog::statusChanged()
{
    const bool worked = static_cast<PlacementDayStatus>(m_status->currentData().toInt())
        == PlacementDayStatus::Worked;
    m_workedHours->setEnabled(worked);
    m_workedHours->setValue(worked ? m_plannedHours->value() : 0);
}

void PlacementDayDialog::accept()
{
    // A day still being typed counts; one that is refused keeps the dialog open at its field.
    if (!m_date->commit()) {
        m_date->setFocus();
        return;
    }
    PlacementDay day;
    day.placementId = m_placement.id;
    day.date = m_date->date();
    day.plannedHours = m_plannedHours->value();
    day.status = static_cast<PlacementDayStatus>(m_status->currentData().toInt());
    if (day.status == PlacementDayStatus::Worked)
        day.workedHours = m_workedHours->value();
    day.note = m_note->text().trimmed();
    if (!m_errors.show(day.validate()))
        return;
    auto id = m_session.add(
        tr("Add placement day %1").arg(shownDate(day.date)), m_placement.learnerId,
        [this, day]() mutable {
            return PlacementRepository(m_session.database(), m_session.clock()).addDay(day);
        },
        m_session.through(&PlacementRepository::removeDay, Aspect::Placements));
    if (!id) {
        // Outside the period or a second day on that date: both are about the date.
        m_errors.show({ { QStringLiteral("date"), id.error().message } });
        return;
    }
    m_dayId = *id;
    QDialog::accept();
}

} // namespace traject
