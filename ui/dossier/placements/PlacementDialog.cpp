// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementDialog.h"

#include "Session.h"
#include "directory/DirectoryChoice.h"
#include "dossier/training/FormHelpers.h"
#include "planning/Progress.h"
#include "storage/EnrolmentRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/PlacementRepository.h"
#include "widgets/DateField.h"
#include "widgets/FormRow.h"
#include "widgets/WholeChoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace traject {

QWidget *weekdayBoxes(const WeekPattern &pattern, QList<QCheckBox *> &boxes)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
        auto *box = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat));
        box->setObjectName(QStringLiteral("weekday%1").arg(day));
        box->setToolTip(QLocale().dayName(day));
        box->setChecked(pattern.contains(day));
        layout->addWidget(box);
        boxes.append(box);
    }
    layout->addStretch();
    return row;
}

namespace {

/// "(nobody yet)" and every person of the address book, "Name (function, organisation)".
void fillPersons(QComboBox *combo, const Session &session)
{
    combo->addItem(PlacementDialog::tr("(nobody yet)"), 0);
    OrganisationRepository directory(session.database(), session.clock());
    QHash<qint64, QString> organisations;
    if (auto all = directory.organisations()) {
        for (const auto &organisation : *all)
            organisations.insert(organisation.id, organisation.name);
    }
    const auto persons = directory.persons();
    if (!persons)
        return;
    for (const auto &person : *persons) {
        QString text = person.name;
        QStringList about;
        if (!person.function.isEmpty())
            about.append(person.function);
        if (person.organisationId && organisations.contains(*person.organisationId))
            about.append(organisations.value(*person.organisationId));
        if (!about.isEmpty())
            text += QStringLiteral(" (") + about.join(QLatin1String(", ")) + QLatin1Char(')');
        combo->addItem(text, person.id);
    }
}

/// "(no site yet)" and the childcare sites of the address book (and `keep`, whatever it is).
void fillSites(QComboBox *combo, const Session &session, std::optional<qint64> keep)
{
    combo->addItem(PlacementDialog::tr("(no site yet)"), 0);
    auto organisations
        = OrganisationRepository(session.database(), session.clock()).organisations();
    if (!organisations)
        return;
    for (const auto &organisation : *organisations) {
        if (organisation.kind != OrganisationKind::ChildcareSite
            && organisation.id != keep.value_or(0))
            continue;
        QString text = organisation.name;
        if (organisation.siteType != SiteType::None)
            text += QStringLiteral(" (%1)").arg(label(organisation.siteType));
        if (!organisation.municipality.isEmpty())
            text += QStringLiteral(", ") + organisation.municipality;
        combo->addItem(text, organisation.id);
    }
}

void choose(QComboBox *combo, std::optional<qint64> id)
{
    const int row = combo->findData(id.value_or(0));
    combo->setCurrentIndex(std::max(0, row));
}

std::optional<qint64> chosen(const QComboBox *combo)
{
    const qint64 id = combo->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

/// The learner's work-place learning placements other than `placementId`.
QList<Placement> otherWorkplacePlacements(const Session &session, qint64 learnerId,
                                          qint64 placementId)
{
    QList<Placement> others;
    if (auto all = PlacementRepository(session.database(), session.clock()).forLearner(learnerId)) {
        for (const auto &placement : *all) {
            if (placement.kind == PlacementKind::WorkplaceLearning && placement.id != placementId)
                others.append(placement);
        }
    }
    return others;
}

/// The target of the learner's work-place learning as a whole (see workplaceProgress()), if
/// there is any work-place learning yet.
std::optional<int> sharedTarget(const Session &session, qint64 learnerId)
{
    QList<QPair<Placement, QList<PlacementDay>>> placements;
    for (const auto &placement : otherWorkplacePlacements(session, learnerId, 0))
        placements.append({ placement, {} });
    const WorkplaceProgress progress = workplaceProgress(placements, session.clock().today());
    return progress.placementCount > 0 ? std::optional(progress.targetDays) : std::nullopt;
}

} // namespace

PlacementDialog::PlacementDialog(Session &session, qint64 learnerId,
                                 std::optional<Placement> existing, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_learnerId(learnerId)
    , m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Change placement") : tr("New placement"));
    Placement initial;
    if (m_existing) {
        initial = *m_existing;
    } else {
        initial.learnerId = learnerId;
        initial.start = session.clock().today();
        initial.end = initial.start.addMonths(6);
        initial.pattern = WeekPattern { Qt::Tuesday, Qt::Thursday };
        // The target belongs to the trajectory: a next placement shares that of the others.
        initial.targetDays = sharedTarget(session, learnerId).value_or(initial.targetDays);
        initial.targetHours = initial.targetDays * initial.hoursPerDay;
        // A new placement belongs to the learner's current enrolment.
        if (auto enrolments
            = EnrolmentRepository(session.database(), session.clock()).forLearner(learnerId);
            enrolments && !enrolments->empty())
            initial.enrolmentId = enrolments->back().id;
    }

    // Each offers "New…": a site or person missing from the address book is added in place.
    m_site = new QComboBox;
    m_site->setObjectName(QStringLiteral("site"));
    DirectoryChoice::forOrganisations(
        m_site, session,
        [&session, keep = initial.siteId](QComboBox *combo) { fillSites(combo, session, keep); },
        [] {
            Organisation site;
            site.kind = OrganisationKind::ChildcareSite;
            return site;
        });
    const auto fillPeople = [&session](QComboBox *combo) { fillPersons(combo, session); };
    m_mentor = new QComboBox;
    m_mentor->setObjectName(QStringLiteral("mentor"));
    DirectoryChoice::forPersons(m_mentor, session, fillPeople, [this] {
        ContactPerson mentor; // works at the chosen site
        mentor.organisationId = chosen(m_site);
        mentor.function = tr("Mentor");
        return mentor;
    });
    m_supervisor = new QComboBox;
    m_supervisor->setObjectName(QStringLiteral("supervisor"));
    DirectoryChoice::forPersons(m_supervisor, session, fillPeople, [] {
        ContactPerson supervisor; // from the school
        supervisor.function = tr("Placement supervisor");
        return supervisor;
    });

    for (auto *combo : { m_site, m_mentor, m_supervisor })
        showWholeChoices(combo); // "Name (function, organisation)" read whole
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const auto kind : allValues<PlacementKind>())
        m_kind->addItem(label(kind), static_cast<int>(kind));
    // The period as it is typed: a day that cannot be read is refused at its field.
    m_start = new DateField;
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setAccessibleName(tr("First day of the placement"));
    m_end = new DateField;
    m_end->setObjectName(QStringLiteral("end"));
    m_end->setAccessibleName(tr("Last day of the placement"));
    for (DateField *field : { m_start, m_end })
        field->setToday(session.clock().today());
    m_start->setDate(initial.start);
    m_end->setDate(initial.end);
    QWidget *weekdays = weekdayBoxes(initial.pattern, m_weekdays);
    m_hoursPerDay = new QDoubleSpinBox;
    m_hoursPerDay->setObjectName(QStringLiteral("hoursPerDay"));
    m_hoursPerDay->setRange(0, 24);
    m_hoursPerDay->setDecimals(1);
    m_hoursPerDay->setSingleStep(0.5);
    m_hoursPerDay->setSuffix(tr(" h"));
    m_targetDays = new QSpinBox;
    m_targetDays->setObjectName(QStringLiteral("targetDays"));
    m_targetDays->setRange(0, 999);
    m_targetDays->setToolTip(tr("The days of work-place learning the whole trajectory aims at "
                                "(about 44 to 47). Its placements share this target: a change "
                                "here changes it for each of them."));
    m_targetHours = new QDoubleSpinBox;
    m_targetHours->setObjectName(QStringLiteral("targetHours"));
    m_targetHours->setRange(0, 9999);
    m_targetHours->setDecimals(1);
    m_targetHours->setSuffix(tr(" h"));
    for (QWidget *input :
         std::initializer_list<QWidget *> { m_hoursPerDay, m_targetDays, m_targetHours })
        keepNarrow(input);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(initial.kind)));
    choose(m_site, initial.siteId);
    choose(m_mentor, initial.mentorId);
    choose(m_supervisor, initial.supervisorId);
    m_hoursPerDay->setValue(initial.hoursPerDay);
    m_targetDays->setValue(initial.targetDays);
    m_initialTargetDays = initial.targetDays;
    m_targetHours->setValue(initial.targetHours);
    m_notes->setPlainText(initial.notes);
    // Target hours follow days × hours until the SPOC changes them.
    m_targetHoursTouched = m_existing
        && std::abs(initial.targetHours - initial.targetDays * initial.hoursPerDay) > 0.05;

    auto *form = new QFormLayout;
    addFormRow(form, m_errors, tr("&Kind"), m_kind, QStringLiteral("kind"));
    addFormRow(form, m_errors, tr("&Site"), m_site, QStringLiteral("siteId"));
    addFormRow(form, m_errors, tr("&Mentor"), m_mentor, QStringLiteral("mentorId"));
    addFormRow(form, m_errors, tr("Placement su&pervisor"), m_supervisor,
               QStringLiteral("supervisorId"));
    auto *period = new QWidget;
    auto *periodLine = new QHBoxLayout(period);
    periodLine->setContentsMargins(0, 0, 0, 0);
    // The fields say under them what they understood: "to" stays level with the text.
    periodLine->addWidget(m_start, 0, Qt::AlignTop);
    auto *to = new QLabel(tr("to"));
    to->setMinimumHeight(m_start->lineEdit()->sizeHint().height());
    periodLine->addWidget(to, 0, Qt::AlignTop);
    periodLine->addWidget(m_end, 0, Qt::AlignTop);
    periodLine->addStretch();
    const FormRow periodRow
        = addFormRow(form, m_errors, tr("P&eriod"), m_start, QStringLiteral("start"), period);
    // Each field needs its own error line: FieldErrors clears a line for a field without problems.
    auto *endError = new ErrorLabel;
    periodRow.column->addWidget(endError);
    m_errors.add(QStringLiteral("end"), m_end, endError);
    addFormRow(form, m_errors, tr("&Weekdays"), m_weekdays.first(), QStringLiteral("pattern"),
               weekdays);
    addFormRow(form, m_errors, tr("&Hours per day"), m_hoursPerDay, QStringLiteral("hoursPerDay"));
    addFormRow(form, m_errors, tr("Target &days"), m_targetDays, QStringLiteral("targetDays"));
    addFormRow(form, m_errors, tr("Target h&ours"), m_targetHours, QStringLiteral("targetHours"));
    addFormRow(form, m_errors, tr("&Notes"), m_notes, QStringLiteral("notes"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(m_existing ? tr("Sa&ve") : tr("&Add placement"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    connect(m_targetDays, &QSpinBox::valueChanged, this, &PlacementDialog::proposeTargetHours);
    connect(m_hoursPerDay, &QDoubleSpinBox::valueChanged, this,
            &PlacementDialog::proposeTargetHours);
    connect(m_targetHours, &QDoubleSpinBox::editingFinished, this, [this] {
        m_targetHoursTouched
            = std::abs(m_targetHours->value() - m_targetDays->value() * m_hoursPerDay->value())
            > 0.05;
    });
    // At least about 520 px wide, and never narrower than its fields: a fixed minimum width of
    // the dialog would let the window cut the long names of its combo boxes.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addStrut(500);
}

void PlacementDialog::proposeTargetHours()
{
    if (!m_targetHoursTouched)
        m_targetHours->setValue(m_targetDays->value() * m_hoursPerDay->value());
}

Placement PlacementDialog::placementFromForm() const
{
    Placement placement = m_existing.value_or(Placement {});
    if (!m_existing) {
        placement.learnerId = m_learnerId;
        if (auto enrolments
            = EnrolmentRepository(m_session.database(), m_session.clock()).forLearner(m_learnerId);
            enrolments && !enrolments->empty())
            placement.enrolmentId = enrolments->back().id;
    }
    placement.kind = static_cast<PlacementKind>(m_kind->currentData().toInt());
    placement.siteId = chosen(m_site);
    placement.mentorId = chosen(m_mentor);
    placement.supervisorId = chosen(m_supervisor);
    placement.start = m_start->date();
    placement.end = m_end->date();
    // Weekend days are not offered; keep them as they were.
    WeekPattern pattern = WeekPattern::fromMask(placement.pattern.mask() & 0x60);
    for (int i = 0; i < m_weekdays.size(); ++i)
        pattern.set(Qt::Monday + i, m_weekdays[i]->isChecked());
    placement.pattern = pattern;
    placement.hoursPerDay = m_hoursPerDay->value();
    placement.targetDays = m_targetDays->value();
    placement.targetHours = m_targetHours->value();
    placement.notes = m_notes->toPlainText().trimmed();
    return placement;
}

QList<QPair<Placement, Placement>>
PlacementDialog::sharedTargetChanges(const Placement &placement) const
{
    QList<QPair<Placement, Placement>> changes;
    if (placement.kind != PlacementKind::WorkplaceLearning
        || placement.targetDays == m_initialTargetDays)
        return changes;
    for (const Placement &before : otherWorkplacePlacements(m_session, m_learnerId, placement.id)) {
        if (before.targetDays == placement.targetDays)
            continue;
        Placement after = before;
        after.targetDays = placement.targetDays;
        // Target hours that followed days × hours keep doing so.
        if (std::abs(before.targetHours - before.targetDays * before.hoursPerDay) <= 0.05)
            after.targetHours = after.targetDays * after.hoursPerDay;
        changes.append({ before, after });
    }
    return changes;
}

void PlacementDialog::accept()
{
    // A day still being typed counts; one that is refused keeps the dialog open at its field.
    for (DateField *field : { m_start, m_end }) {
        if (!field->commit()) {
            field->setFocus();
            return;
        }
    }
    Placement placement = placementFromForm();
    if (!m_errors.show(placement.validate()))
        return;
    // A changed target is the trajectory's: the other work-place learning placements follow.
    QList<Placement> othersBefore;
    QList<Placement> othersAfter;
    for (const auto &[before, after] : sharedTargetChanges(placement)) {
        othersBefore.append(before);
        othersAfter.append(after);
    }
    if (m_existing) {
        const Placement before = *m_existing;
        if (placement != before) {
            auto status = m_session.edit(
                tr("Change placement at %1").arg(m_site->currentText()), m_learnerId,
                Aspect::Placements | Aspect::Barriers,
                [&session = m_session, changed = QList { placement } + othersAfter] {
                    return PlacementRepository(session.database(), session.clock())
                        .updateAll(changed);
                },
                [&session = m_session, previous = QList { before } + othersBefore] {
                    return PlacementRepository(session.database(), session.clock())
                        .updateAll(previous);
                });
            if (!status) {
                m_errors.show({ { QString(), status.error().message } });
                return;
            }
        }
        m_placementId = before.id;
        QDialog::accept();
        return;
    }
    // With the other placements' target, as one step: undone together.
    QUndoStack *stack = m_session.undoStack();
    if (!othersAfter.isEmpty())
        stack->beginMacro(tr("Add placement"));
    auto id = m_session.add(
        tr("Add placement"), m_learnerId,
        [&session = m_session, placement]() mutable {
            return PlacementRepository(session.database(), session.clock()).add(placement);
        },
        m_session.through(&PlacementRepository::remove, Aspect::Placements | Aspect::Barriers));
    Status shared;
    if (id && !othersAfter.isEmpty()) {
        shared = m_session.edit(
            tr("Change the target of the work-place learning"), m_learnerId, Aspect::Placements,
            [&session = m_session, othersAfter] {
                return PlacementRepository(session.database(), session.clock())
                    .updateAll(othersAfter);
            },
            [&session = m_session, othersBefore] {
                return PlacementRepository(session.database(), session.clock())
                    .updateAll(othersBefore);
            });
    }
    if (!othersAfter.isEmpty()) {
        stack->endMacro();
        if (!id || !shared)
            stack->undo(); // nothing of it stays: no placement with a target the others lack
    }
    if (!id || !shared) {
        m_errors.show({ { QString(), (id ? shared.error() : id.error()).message } });
        return;
    }
    m_placementId = *id;
    QDialog::accept();
}

} // namespace traject
