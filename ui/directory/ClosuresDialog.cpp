// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ClosuresDialog.h"

#include "Session.h"
#include "directory/ClosureModel.h"
#include "directory/HolidayModel.h"
#include "storage/CalendarRepository.h"
#include "storage/OrganisationRepository.h"
#include "widgets/DateField.h"
#include "widgets/FormRow.h"
#include "widgets/ItemViews.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

namespace {

QTableView *makeTable(QAbstractItemModel *model)
{
    auto *view = new TableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

ClosuresDialog::ClosuresDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Closure periods"));

    m_closures = new ClosureModel(this);
    m_closureView = makeTable(m_closures);
    m_closureView->setAccessibleName(tr("Closure periods"));
    m_newButton = new QPushButton(tr("Ne&w closure period"));
    m_removeButton = new QPushButton(tr("&Remove closure period"));
    m_listError = new ErrorLabel;

    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("e.g. Summer closure"));
    m_start = DateField::make(
        { .today = session.clock().today(), .name = tr("&First day").remove(QLatin1Char('&')) });
    m_end = DateField::make(
        { .today = session.clock().today(), .name = tr("&Last day").remove(QLatin1Char('&')) });
    m_site = new QComboBox;
    m_addButton = new QPushButton(tr("&Add closure period"));
    auto *cancelButton = new QPushButton(tr("Cancel"));
    m_creatingButtons = new QWidget;
    auto *creatingLayout = new QHBoxLayout(m_creatingButtons);
    creatingLayout->setContentsMargins(0, 0, 0, 0);
    creatingLayout->addStretch();
    creatingLayout->addWidget(m_addButton);
    creatingLayout->addWidget(cancelButton);
    m_creatingButtons->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, tr("&Name"), m_name, QStringLiteral("name"));
    addFormRow(form, m_errors, tr("&First day"), m_start, QStringLiteral("start"));
    addFormRow(form, m_errors, tr("&Last day"), m_end, QStringLiteral("end"));
    m_errors.addRow(form, tr("&Site"), m_site, QStringLiteral("siteId"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);
    m_formBox = new QGroupBox(tr("Closure period"));
    auto *formLayout = new QVBoxLayout(m_formBox);
    formLayout->addLayout(form);
    formLayout->addWidget(general);
    formLayout->addWidget(m_creatingButtons);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_closureView, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    leftLayout->addLayout(listButtons);
    leftLayout->addWidget(m_listError);
    leftLayout->addWidget(m_formBox);

    // For reference: the public holidays, which planning always skips.
    m_year = new QSpinBox;
    m_year->setRange(2000, 2100);
    m_year->setValue(session.clock().today().year());
    m_holidays = new HolidayModel(this);
    m_holidays->setYear(m_year->value());
    m_holidayView = makeTable(m_holidays);
    m_holidayView->setAccessibleName(tr("Public holidays"));
    auto *holidayBox = new QGroupBox(tr("Public holidays"));
    auto *holidayLayout = new QVBoxLayout(holidayBox);
    auto *yearRow = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year"));
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch();
    holidayLayout->addLayout(yearRow);
    holidayLayout->addWidget(m_holidayView, 1);
    auto *note = new QLabel(tr("Placement days are never planned on these days."));
    note->setWordWrap(true);
    holidayLayout->addWidget(note);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(holidayBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    chainTabOrder({ m_closureView, m_newButton, m_removeButton, m_name, m_start, m_end, m_site,
                    m_addButton, cancelButton, m_year, m_holidayView, buttons });
    clearDefaultButtons(this);

    connect(m_closureView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_reloading)
            return;
        if (m_creating)
            setCreating(false);
        showCurrent();
    });
    connect(m_name, &QLineEdit::editingFinished, this, &ClosuresDialog::commitClosure);
    for (DateField *field : { m_start, m_end }) {
        // Stored when an accepted day is confirmed (Enter, leaving the field) or picked in the
        // calendar; a refused text stays in the field with its message.
        connect(field, &DateField::editingFinished, this, &ClosuresDialog::commitClosure);
        connect(field, &DateField::dateChanged, this, &ClosuresDialog::commitClosure);
    }
    connect(m_site, &QComboBox::activated, this, &ClosuresDialog::commitClosure);
    connect(m_newButton, &QPushButton::clicked, this, &ClosuresDialog::newClosure);
    connect(m_removeButton, &QPushButton::clicked, this, &ClosuresDialog::removeClosure);
    connect(m_addButton, &QPushButton::clicked, this, &ClosuresDialog::addClosure);
    connect(cancelButton, &QPushButton::clicked, this, &ClosuresDialog::cancelNewClosure);
    connect(m_year, &QSpinBox::valueChanged, m_holidays, &HolidayModel::setYear);
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_closureView);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &ClosuresDialog::removeClosure);

    connect(&session, &Session::changed, this, [this](qint64, Aspects aspects) {
        if (aspects & Aspect::Shared)
            reload();
    });
    reload();
    if (!m_closureView->currentIndex().isValid() && m_closures->rowCount() > 0)
        m_closureView->setCurrentIndex(m_closures->index(0, 0));
    m_closureView->setColumnWidth(ClosureModel::Name, 180);
    m_closureView->resizeColumnToContents(ClosureModel::FirstDay);
    m_closureView->resizeColumnToContents(ClosureModel::LastDay);
    m_closureView->resizeColumnToContents(ClosureModel::Days);
    m_holidayView->resizeColumnToContents(HolidayModel::Date);
    m_holidayView->resizeColumnToContents(HolidayModel::Weekday);
    resize(1000, 600);
}

ClosuresDialog::~ClosuresDialog()
{
    silenceChildren(this);
}

void ClosuresDialog::reload()
{
    const qint64 current = selectedRow();
    auto closures = CalendarRepository(m_session.database(), m_session.clock()).all();
    auto organisations
        = OrganisationRepository(m_session.database(), m_session.clock()).organisations();
    if (!closures || !organisations) {
        m_listError->setError(closures ? organisations.error().message : closures.error().message);
        return;
    }
    m_listError->setError({});
    QHash<qint64, QString> names;
    const qint64 site = m_site->currentData().toLongLong();
    m_site->clear();
    m_site->addItem(tr("All sites"), qint64(0));
    for (const auto &organisation : *organisations) {
        names.insert(organisation.id, organisation.name);
        if (organisation.kind == OrganisationKind::ChildcareSite)
            m_site->addItem(organisation.name, organisation.id);
    }
    selectData(m_site, site);
    m_reloading = true;
    m_closures->setClosures(std::move(closures).value(), std::move(names));
    if (current > 0 && !selectClosure(current) && m_closures->rowCount() > 0)
        m_closureView->setCurrentIndex(m_closures->index(0, 0));
    m_reloading = false;
    showCurrent();
}

qint64 ClosuresDialog::selectedRow() const
{
    const QModelIndex current = m_closureView->currentIndex();
    return current.isValid() ? current.data(ClosureModel::IdRole).toLongLong() : 0;
}

qint64 ClosuresDialog::currentClosure() const
{
    return m_creating ? 0 : selectedRow();
}

bool ClosuresDialog::selectClosure(qint64 id)
{
    const int row = m_closures->rowOf(id);
    if (row < 0)
        return false;
    m_closureView->setCurrentIndex(m_closures->index(row, 0));
    m_closureView->scrollTo(m_closures->index(row, 0));
    return true;
}

void ClosuresDialog::showCurrent()
{
    if (m_reloading || m_creating)
        return;
    const ClosurePeriod *closure = m_closures->find(selectedRow());
    m_formBox->setEnabled(closure != nullptr);
    m_removeButton->setEnabled(closure != nullptr);
    m_shown = closure ? *closure : ClosurePeriod {};
    if (m_name->text() != m_shown.name)
        m_name->setText(m_shown.name);
    m_start->setDate(m_shown.start.isValid() ? m_shown.start : m_session.clock().today());
    m_end->setDate(m_shown.end.isValid() ? m_shown.end : m_session.clock().today());
    selectData(m_site, m_shown.siteId.value_or(0));
    m_errors.clear();
}

void ClosuresDialog::setCreating(bool creating)
{
    m_creating = creating;
    m_creatingButtons->setVisible(creating);
    m_addButton->setDefault(creating);
    m_newButton->setEnabled(!creating);
    m_formBox->setTitle(creating ? tr("New closure period") : tr("Closure period"));
    if (creating) {
        m_formBox->setEnabled(true);
        m_removeButton->setEnabled(false);
    }
}

ClosurePeriod ClosuresDialog::fromForm() const
{
    ClosurePeriod closure = m_shown;
    closure.name = m_name->text().trimmed();
    closure.start = m_start->date();
    closure.end = m_end->date();
    const qint64 site = m_site->currentData().toLongLong();
    closure.siteId = site > 0 ? std::optional<qint64>(site) : std::nullopt;
    return closure;
}

void ClosuresDialog::commitClosure()
{
    if (m_creating || m_reloading)
        return;
    // A day that was refused at its field is not stored, nor anything else with it.
    if (m_start->hasProblem() || m_end->hasProblem())
        return;
    const ClosurePeriod *stored = m_closures->find(selectedRow());
    if (!stored)
        return;
    const ClosurePeriod before = *stored;
    const ClosurePeriod after = fromForm();
    if (after == before) {
        m_errors.clear();
        return;
    }
    if (!m_errors.show(after.validate()))
        return;
    Database &database = m_session.database();
    const Clock &clock = m_session.clock();
    auto status = m_session.edit(
        tr("Change closure period %1").arg(after.name), 0, Aspect::Shared,
        [&database, &clock, after] { return CalendarRepository(database, clock).update(after); },
        [&database, &clock, before] { return CalendarRepository(database, clock).update(before); });
    if (!status)
        m_errors.show({ { QString(), status.error().message } });
}

void ClosuresDialog::newClosure()
{
    setCreating(true);
    m_shown = ClosurePeriod {};
    m_name->clear();
    m_start->setDate(m_session.clock().today());
    m_end->setDate(m_session.clock().today());
    selectData(m_site, qint64(0));
    m_errors.clear();
    m_name->setFocus(Qt::OtherFocusReason);
}

bool ClosuresDialog::addClosure()
{
    if (!m_creating)
        return false;
    for (DateField *field : { m_start, m_end }) {
        if (!field->commit()) {
            field->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    ClosurePeriod closure = fromForm();
    closure.id = 0;
    if (!m_errors.show(closure.validate()))
        return false;
    Database &database = m_session.database();
    const Clock &clock = m_session.clock();
    auto id = m_session.add(
        tr("Add closure period %1").arg(closure.name), 0,
        [&database, &clock, closure]() mutable {
            return CalendarRepository(database, clock).add(closure);
        },
        m_session.through(&CalendarRepository::remove, Aspect::Shared));
    if (!id) {
        m_errors.show({ { QString(), id.error().message } });
        return false;
    }
    setCreating(false);
    selectClosure(*id);
    showCurrent();
    return true;
}

void ClosuresDialog::cancelNewClosure()
{
    if (!m_creating)
        return;
    setCreating(false);
    showCurrent();
    m_closureView->setFocus(Qt::OtherFocusReason);
}

void ClosuresDialog::removeClosure()
{
    const ClosurePeriod *closure = m_closures->find(currentClosure());
    if (!closure)
        return;
    const qint64 id = closure->id;
    const QString name = closure->name;
    if (!m_confirm(this, tr("Remove the closure period \"%1\"?").arg(name)))
        return;
    auto status = m_session.remove(tr("Remove closure period %1").arg(name), 0, id,
                                   m_session.through(&CalendarRepository::remove, Aspect::Shared));
    m_listError->setError(status ? QString() : status.error().message);
}

void ClosuresDialog::keyPressEvent(QKeyEvent *event)
{
    if (m_creating && event->matches(QKeySequence::Cancel)) {
        cancelNewClosure();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ClosuresDialog::done(int result)
{
    if (!m_creating)
        commitClosure();
    QDialog::done(result);
}

} // namespace traject
