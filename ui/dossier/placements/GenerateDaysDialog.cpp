// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerateDaysDialog.h"

#include "Session.h"
#include "dossier/placements/GenerationPreviewModel.h"
#include "dossier/placements/PlacementDialog.h"
#include "dossier/placements/PlacementText.h"
#include "dossier/training/FormHelpers.h"
#include "edits/CreatePlacementDays.h"
#include "planning/Progress.h"
#include "storage/CalendarRepository.h"
#include "storage/PlacementRepository.h"
#include "widgets/DateField.h"
#include "widgets/FormRow.h"
#include "widgets/ItemViews.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

GenerateDaysDialog::GenerateDaysDialog(Session &session, Placement placement, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_placement(std::move(placement))
{
    setWindowTitle(tr("Generate placement days"));

    // What is already there: dates of the learner's days (any placement), and of this one's
    // cancelled days too (a placement has one day per date).
    PlacementRepository repo(session.database(), session.clock());
    int counted = 0;
    if (auto booked = repo.bookedDates(m_placement.learnerId))
        m_booked = *booked;
    if (auto days = repo.days(m_placement.id)) {
        for (const auto &day : *days) {
            m_booked.insert(day.date);
            if (day.status == PlacementDayStatus::Worked
                || day.status == PlacementDayStatus::Planned)
                ++counted;
        }
    }
    // Work-place learning aims at the target of the trajectory, with the days of all its
    // placements.
    int targetDays = m_placement.targetDays;
    const bool shared = m_placement.kind == PlacementKind::WorkplaceLearning;
    if (auto all = repo.withDaysForLearner(m_placement.learnerId); all && shared) {
        const WorkplaceProgress progress = workplaceProgress(*all, session.clock().today());
        targetDays = progress.targetDays;
        counted = progress.reachableDays();
    }
    if (auto closures = CalendarRepository(session.database(), session.clock()).all())
        m_calendar = WorkCalendar(QList<ClosurePeriod>(closures->begin(), closures->end()));

    // Days within the placement only: a day outside it is refused at its field, not moved.
    m_from = new DateField;
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setAccessibleName(tr("&From").remove(QLatin1Char('&')));
    m_to = new DateField;
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setAccessibleName(tr("to"));
    for (DateField *field : { m_from, m_to }) {
        field->setToday(session.clock().today());
        field->setDateRange(m_placement.start, m_placement.end);
    }
    m_from->setDate(m_placement.start);
    m_to->setDate(m_placement.end);
    QWidget *weekdays = weekdayBoxes(m_placement.pattern, m_weekdays);
    m_hoursPerDay = new QDoubleSpinBox;
    m_hoursPerDay->setObjectName(QStringLiteral("hoursPerDay"));
    m_hoursPerDay->setRange(0, 24);
    m_hoursPerDay->setDecimals(1);
    m_hoursPerDay->setSingleStep(0.5);
    m_hoursPerDay->setSuffix(tr(" h"));
    m_hoursPerDay->setValue(m_placement.hoursPerDay);
    m_maxDays = new QSpinBox;
    m_maxDays->setObjectName(QStringLiteral("maxDays"));
    m_maxDays->setRange(0, 999);
    m_maxDays->setSpecialValueText(tr("no limit"));
    m_maxDays->setValue(std::max(0, targetDays - counted));

    keepNarrow(m_hoursPerDay);
    keepNarrow(m_maxDays);
    auto *period = new QWidget;
    auto *periodLine = new QHBoxLayout(period);
    periodLine->setContentsMargins(0, 0, 0, 0);
    // The fields say under them what they understood: "to" stays level with the text.
    periodLine->addWidget(m_from, 0, Qt::AlignTop);
    auto *to = new QLabel(tr("to"));
    to->setMinimumHeight(m_from->lineEdit()->sizeHint().height());
    periodLine->addWidget(to, 0, Qt::AlignTop);
    periodLine->addWidget(m_to, 0, Qt::AlignTop);
    periodLine->addStretch();
    auto *form = new QFormLayout;
    const FormRow periodRow
        = addFormRow(form, m_errors, tr("&From"), m_from, QStringLiteral("from"), period);
    // Each field needs its own error line: FieldErrors clears a line for a field without problems.
    auto *toError = new ErrorLabel;
    periodRow.column->addWidget(toError);
    m_errors.add(QStringLiteral("to"), m_to, toError);
    addFormRow(form, m_errors, tr("&Weekdays"), m_weekdays.first(), QStringLiteral("pattern"),
               weekdays);
    addFormRow(form, m_errors, tr("&Hours per day"), m_hoursPerDay, QStringLiteral("hoursPerDay"));
    addFormRow(form, m_errors, tr("At &most"), m_maxDays, QStringLiteral("maxDays"));
    QString about = shared
        ? tr("Target of the work-place learning: %1 days; %2 already worked or planned in its "
             "placements.")
              .arg(targetDays)
              .arg(counted)
        : tr("Target %1 days; %2 already worked or planned.").arg(targetDays).arg(counted);
    if (targetDays > 0 && counted >= targetDays)
        about += QLatin1Char(' ') + tr("The target is already planned.");
    about += QLatin1Char(' ')
        + tr("The placement runs from %1 to %2.")
              .arg(shownDate(m_placement.start), shownDate(m_placement.end));
    auto *target = new QLabel(about);
    target->setWordWrap(true);
    target->setEnabled(false);
    form->addRow(QString(), target);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_preview = new GenerationPreviewModel(this);
    auto *view = new TableView;
    view->setObjectName(QStringLiteral("preview"));
    view->setAccessibleName(tr("Days that will be made"));
    view->setModel(m_preview);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);

    m_general = new ErrorLabel;
    m_errors.add(QString(), nullptr, m_general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_create = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(view, 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);

    for (DateField *field : { m_from, m_to }) {
        connect(field, &DateField::dateChanged, this, &GenerateDaysDialog::updatePreview);
        connect(field, &DateField::problemChanged, this, &GenerateDaysDialog::updatePreview);
    }
    for (auto *box : std::as_const(m_weekdays))
        connect(box, &QCheckBox::toggled, this, &GenerateDaysDialog::updatePreview);
    connect(m_hoursPerDay, &QDoubleSpinBox::valueChanged, this, &GenerateDaysDialog::updatePreview);
    connect(m_maxDays, &QSpinBox::valueChanged, this, &GenerateDaysDialog::updatePreview);
    updatePreview();
    resize(560, 620);
}

GenerationRequest GenerateDaysDialog::request() const
{
    GenerationRequest request;
    request.from = m_from->date();
    request.to = m_to->date();
    for (int i = 0; i < m_weekdays.size(); ++i)
        request.pattern.set(Qt::Monday + i, m_weekdays[i]->isChecked());
    request.hoursPerDay = m_hoursPerDay->value();
    request.siteId = m_placement.siteId;
    request.maxDays = m_maxDays->value();
    request.alreadyBooked = m_booked;
    return request;
}

QString GenerateDaysDialog::summary() const
{
    return m_summary->text();
}

void GenerateDaysDialog::updatePreview()
{
    const GenerationRequest request = this->request();
    m_proposed.clear();
    m_general->setError(QString());
    if (m_from->hasProblem() || m_to->hasProblem()) {
        // The field says what is wrong; nothing is proposed until it is put right.
        m_errors.clear();
        m_preview->clear();
        m_summary->setText(tr("Nothing to show yet: see what is asked above."));
    } else if (!m_errors.show(request.validate())) {
        m_preview->clear();
        m_summary->setText(tr("Nothing to show yet: see what is asked above."));
    } else if (auto generation = generatePlacementDays(request, m_calendar)) {
        m_proposed = generation->days;
        m_preview->setGeneration(*generation);
        QString text
            = tr("%n day(s) will be created", nullptr, static_cast<int>(generation->days.size()));
        if (!generation->skipped.isEmpty())
            text += tr("; %n day(s) of the pattern skipped", nullptr,
                       static_cast<int>(generation->skipped.size()));
        m_summary->setText(text + QLatin1Char('.'));
    } else {
        m_preview->clear();
        m_general->setError(generation.error().message);
        m_summary->clear();
    }
    const int count = static_cast<int>(m_proposed.size());
    m_create->setText(tr("&Create %n day(s)", nullptr, count));
    m_create->setEnabled(count > 0);
}

void GenerateDaysDialog::accept()
{
    // A day still being typed counts; one that is refused keeps the dialog open at its field.
    for (DateField *field : { m_from, m_to }) {
        if (!field->commit()) {
            field->setFocus();
            return;
        }
    }
    if (m_proposed.isEmpty())
        return;
    QList<PlacementDay> days;
    for (const auto &planned : std::as_const(m_proposed)) {
        PlacementDay day;
        day.placementId = m_placement.id;
        day.date = planned.date;
        day.plannedHours = planned.hours;
        days.append(day);
    }
    const auto status = m_session.run(std::make_shared<CreatePlacementDays>(
        m_session.database(), m_session.clock(), m_placement.learnerId, m_placement.id, days));
    if (!status) {
        m_general->setError(status.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace traject
