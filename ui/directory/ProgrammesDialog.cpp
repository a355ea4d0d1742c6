// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ProgrammesDialog.h"

#include "Session.h"
#include "directory/ModuleDelegate.h"
#include "directory/ModuleModel.h"
#include "directory/ProgrammeForm.h"
#include "storage/ProgrammeRepository.h"
#include "storage/Removal.h"
#include "widgets/ItemViews.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace traject {

namespace {

void renumber(Programme &programme)
{
    int position = 0;
    for (auto &module : programme.modules)
        module.position = ++position;
}

} // namespace

ProgrammesDialog::ProgrammesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Programmes"));

    m_list = new ListWidget;
    m_list->setAccessibleName(tr("Programmes"));
    m_list->setMinimumWidth(220);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    const int smallIcon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_list->setIconSize(QSize(smallIcon, smallIcon));
    m_newButton = new QPushButton(tr("New pro&gramme"));
    m_removeButton = new QPushButton(tr("&Remove programme"));
    m_installButton = new QPushButton(tr("&Install shipped templates"));
    m_listError = new ErrorLabel;
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_newButton);
    leftLayout->addWidget(m_removeButton);
    leftLayout->addWidget(m_installButton);
    leftLayout->addWidget(m_listError);

    m_form = new ProgrammeForm;
    m_addButton = new QPushButton(tr("&Add programme"));
    auto *cancelButton = new QPushButton(tr("Cancel"));
    m_creatingButtons = new QWidget;
    auto *creatingLayout = new QHBoxLayout(m_creatingButtons);
    creatingLayout->setContentsMargins(0, 0, 0, 0);
    creatingLayout->addStretch();
    creatingLayout->addWidget(m_addButton);
    creatingLayout->addWidget(cancelButton);
    m_creatingButtons->hide();
    m_programmeBox = new QGroupBox(tr("Programme"));
    auto *programmeLayout = new QVBoxLayout(m_programmeBox);
    programmeLayout->addWidget(m_form);
    programmeLayout->addWidget(m_creatingButtons);

    m_modules = new ModuleModel(this);
    m_modules->setCommit(
        [this](const Programme &after, const QString &text) { return commit(after, text); });
    m_moduleView = new TableView;
    m_moduleView->setAccessibleName(tr("Modules"));
    m_moduleView->setModel(m_modules);
    m_moduleView->setItemDelegate(new ModuleDelegate(m_moduleView));
    m_moduleView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_moduleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_moduleView->setEditTriggers(QAbstractItemView::DoubleClicked
                                  | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_moduleView->setAlternatingRowColors(true);
    m_moduleView->setTabKeyNavigation(false);
    m_moduleView->verticalHeader()->hide();
    m_moduleView->verticalHeader()->setDefaultSectionSize(m_moduleView->fontMetrics().height() + 8);
    auto *header = m_moduleView->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(ModuleModel::Name, QHeaderView::Stretch);
    for (int column : { int(ModuleModel::Position), int(ModuleModel::Lestijden),
                        int(ModuleModel::WorkplacePercent), int(ModuleModel::Placement),
                        int(ModuleModel::ToBeNamed), int(ModuleModel::Semester) })
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_addModuleButton = new QPushButton(tr("Add &module"));
    m_removeModuleButton = new QPushButton(tr("Remo&ve module"));
    m_upButton = new QPushButton(tr("Move &up"));
    m_downButton = new QPushButton(tr("Move do&wn"));
    m_totals = new QLabel;
    m_totals->setWordWrap(true);
    auto *moduleError = new ErrorLabel;
    m_moduleErrors.add(QStringLiteral("modules"), m_moduleView, moduleError);
    // A programme with modules still to be named says so above them, in words.
    m_incomplete = new QFrame;
    m_incomplete->setObjectName(QStringLiteral("incompleteNote"));
    m_incomplete->setFrameShape(QFrame::StyledPanel);
    m_incomplete->setStyleSheet(QStringLiteral("#incompleteNote { background: #fff8e1; border: "
                                               "1px solid #e0c060; border-radius: 3px; } "
                                               "#incompleteNote QLabel { color: #1f1f1f; }"));
    auto *incompleteIcon = new QLabel;
    incompleteIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(m_list->iconSize()));
    incompleteIcon->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_incompleteText = new QLabel;
    m_incompleteText->setWordWrap(true);
    m_incompleteText->setTextFormat(Qt::PlainText);
    auto *incompleteLayout = new QHBoxLayout(m_incomplete);
    incompleteLayout->setContentsMargins(8, 6, 8, 6);
    incompleteLayout->addWidget(incompleteIcon);
    incompleteLayout->addWidget(m_incompleteText, 1);
    m_incomplete->hide();

    m_moduleBox = new QGroupBox(tr("Modules"));
    auto *moduleLayout = new QVBoxLayout(m_moduleBox);
    moduleLayout->addWidget(m_incomplete);
    moduleLayout->addWidget(m_moduleView, 1);
    moduleLayout->addWidget(m_totals);
    moduleLayout->addWidget(moduleError);
    auto *moduleButtons = new QHBoxLayout;
    moduleButtons->addWidget(m_addModuleButton);
    moduleButtons->addWidget(m_removeModuleButton);
    moduleButtons->addWidget(m_upButton);
    moduleButtons->addWidget(m_downButton);
    moduleButtons->addStretch();
    moduleLayout->addLayout(moduleButtons);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_programmeBox);
    rightLayout->addWidget(m_moduleBox, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 260, 840 });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    QList<QWidget *> order { m_list, m_newButton, m_removeButton, m_installButton };
    order += m_form->fields();
    order += { m_addButton,          cancelButton, m_moduleView, m_addModuleButton,
               m_removeModuleButton, m_upButton,   m_downButton, buttons };
    chainTabOrder(order);
    clearDefaultButtons(this);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (m_reloading)
            return;
        if (m_creating)
            setCreating(false);
        showCurrent();
    });
    connect(m_form, &ProgrammeForm::edited, this, &ProgrammesDialog::commitFields);
    connect(m_newButton, &QPushButton::clicked, this, &ProgrammesDialog::newProgramme);
    connect(m_removeButton, &QPushButton::clicked, this, &ProgrammesDialog::removeProgramme);
    connect(m_installButton, &QPushButton::clicked, this, &ProgrammesDialog::installTemplates);
    connect(m_addButton, &QPushButton::clicked, this, &ProgrammesDialog::addProgramme);
    connect(cancelButton, &QPushButton::clicked, this, &ProgrammesDialog::cancelNewProgramme);
    connect(m_addModuleButton, &QPushButton::clicked, this, &ProgrammesDialog::addModule);
    connect(m_removeModuleButton, &QPushButton::clicked, this, &ProgrammesDialog::removeModule);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveModule(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveModule(1); });
    connect(m_moduleView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProgrammesDialog::updateButtons);
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_moduleView);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &ProgrammesDialog::removeModule);
    auto *upKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_moduleView);
    upKey->setContext(Qt::WidgetShortcut);
    connect(upKey, &QShortcut::activated, this, [this] { moveModule(-1); });
    auto *downKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_moduleView);
    downKey->setContext(Qt::WidgetShortcut);
    connect(downKey, &QShortcut::activated, this, [this] { moveModule(1); });

    connect(&session, &Session::changed, this, [this](qint64, Aspects aspects) {
        if (aspects & Aspect::Shared)
            reload();
    });
    reload();
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    resize(1120, 720);
}

ProgrammesDialog::~ProgrammesDialog()
{
    silenceChildren(this);
}

void ProgrammesDialog::reload()
{
    const qint64 current
        = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    auto programmes = ProgrammeRepository(m_session.database(), m_session.clock()).all();
    if (!programmes) {
        m_listError->setError(programmes.error().message);
        return;
    }
    m_listError->setError({});
    m_programmes = std::move(programmes).value();
    m_reloading = true;
    m_list->clear();
    // A complete programme gets an empty icon, so that all names start at the same place.
    QPixmap noIcon(m_list->iconSize());
    noIcon.fill(Qt::transparent);
    for (const auto &programme : m_programmes) {
        auto *item = new QListWidgetItem(programme.name, m_list);
        item->setData(Qt::UserRole, programme.id);
        item->setToolTip(ModuleModel::totalsText(programme));
        item->setIcon(QIcon(noIcon));
        // Incomplete, in words on a line of its own (not by colour or icon alone).
        if (const int unnamed = programme.unnamedModules(); unnamed > 0) {
            const QString mark = tr("Incomplete: %n module(s) without a name", nullptr, unnamed);
            item->setText(programme.name + QLatin1Char('\n') + mark);
            item->setData(Qt::AccessibleTextRole, programme.name + QLatin1String(". ") + mark);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
    if (!selectProgramme(current) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_reloading = false;
    showCurrent();

    QSet<QString> present;
    for (const auto &programme : m_programmes)
        present.insert(programme.templateKey);
    bool missing = false;
    for (const auto &key : ProgrammeTemplates::keys())
        missing = missing || !present.contains(key);
    m_installButton->setEnabled(missing);
    m_installButton->setToolTip(missing ? tr("Adds the shipped CVO and Syntra programmes that "
                                             "are not in the list")
                                        : tr("Every shipped programme is in the list"));
}

bool ProgrammesDialog::selectProgramme(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

qint64 ProgrammesDialog::currentProgramme() const
{
    if (m_creating || !m_list->currentItem())
        return 0;
    return m_list->currentItem()->data(Qt::UserRole).toLongLong();
}

const Programme *ProgrammesDialog::stored(qint64 id) const
{
    for (const auto &programme : m_programmes) {
        if (programme.id == id)
            return &programme;
    }
    return nullptr;
}

void ProgrammesDialog::showCurrent()
{
    if (m_reloading || m_creating)
        return;
    const Programme *programme = stored(currentProgramme());
    m_programmeBox->setEnabled(programme != nullptr);
    m_moduleBox->setEnabled(programme != nullptr);
    m_removeButton->setEnabled(programme != nullptr);
    const Programme shown = programme ? *programme : Programme {};
    m_form->setProgramme(shown);
    m_modules->setProgramme(shown);
    m_totals->setText(programme ? ModuleModel::totalsText(shown) : QString());
    showIncomplete(programme);
    m_moduleErrors.clear();
    updateButtons();
}

void ProgrammesDialog::showIncomplete(const Programme *programme)
{
    const int unnamed = programme ? programme->unnamedModules() : 0;
    m_incompleteText->setText(
        unnamed > 0 ? tr("This programme is not complete yet: %n module(s) have no name yet. "
                         "Fill in their names as the training centre calls them. Until then, "
                         "the personal plan counts them as '%n more module(s)'.",
                         nullptr, unnamed)
                    : QString());
    m_incomplete->setVisible(unnamed > 0);
    // The table shrinks or grows under the note: keep the chosen module in sight.
    m_moduleBox->layout()->activate();
    if (m_moduleView->currentIndex().isValid())
        m_moduleView->scrollTo(m_moduleView->currentIndex());
}

void ProgrammesDialog::setCreating(bool creating)
{
    m_creating = creating;
    m_creatingButtons->setVisible(creating);
    m_addButton->setDefault(creating);
    m_newButton->setEnabled(!creating);
    m_moduleBox->setEnabled(!creating);
    m_programmeBox->setTitle(creating ? tr("New programme") : tr("Programme"));
    if (creating) {
        m_programmeBox->setEnabled(true);
        m_removeButton->setEnabled(false);
        m_modules->setProgramme(Programme {});
        m_totals->clear();
        showIncomplete(nullptr);
    }
}

bool ProgrammesDialog::showProblems(const Problems &problems)
{
    const bool fields = m_form->showProblems(problems);
    return m_moduleErrors.show(problems) && fields;
}

bool ProgrammesDialog::commit(const Programme &after, const QString &text)
{
    const Programme *current = stored(after.id);
    if (!current)
        return false;
    const Programme before = *current;
    if (!showProblems(after.validate()))
        return false;
    Database &database = m_session.database();
    const Clock &clock = m_session.clock();
    auto status = m_session.edit(
        text, 0, Aspect::Shared,
        [&database, &clock, after] { return ProgrammeRepository(database, clock).update(after); },
        [&database, &clock, before] {
            return ProgrammeRepository(database, clock).update(before);
        });
    if (!status) {
        m_moduleErrors.showFor(QStringLiteral("modules"),
                               { { QStringLiteral("modules"), status.error().message } });
        return false;
    }
    return true;
}

void ProgrammesDialog::commitFields()
{
    if (m_creating || m_reloading)
        return;
    const Programme *current = stored(currentProgramme());
    if (!current)
        return;
    Programme after = m_form->programme();
    after.modules = current->modules;
    if (after == *current) {
        m_form->showProblems({});
        return;
    }
    commit(after, tr("Change programme %1").arg(after.name));
}

void ProgrammesDialog::newProgramme()
{
    setCreating(true);
    m_form->setProgramme(Programme {});
    m_form->nameEdit()->setFocus(Qt::OtherFocusReason);
}

bool ProgrammesDialog::addProgramme()
{
    if (!m_creating)
        return false;
    Programme programme = m_form->programme();
    programme.id = 0;
    programme.modules.clear();
    programme.templateKey.clear();
    if (!m_form->showProblems(programme.validate()))
        return false;
    Database &database = m_session.database();
    const Clock &clock = m_session.clock();
    auto id = m_session.add(
        tr("Add programme %1").arg(programme.name), 0,
        [&database, &clock, programme]() mutable {
            return ProgrammeRepository(database, clock).add(programme);
        },
        m_session.through(&ProgrammeRepository::remove, Aspect::Shared));
    if (!id) {
        m_form->showGeneralError(id.error().message);
        return false;
    }
    setCreating(false);
    selectProgramme(*id);
    showCurrent();
    return true;
}

void ProgrammesDialog::cancelNewProgramme()
{
    if (!m_creating)
        return;
    setCreating(false);
    showCurrent();
    m_list->setFocus(Qt::OtherFocusReason);
}

void ProgrammesDialog::removeProgramme()
{
    const Programme *programme = stored(currentProgramme());
    if (!programme)
        return;
    const qint64 id = programme->id;
    const QString name = programme->name;
    if (!m_confirm(this, tr("Remove the programme \"%1\" with its modules?").arg(name)))
        return;
    auto status = m_session.remove(tr("Remove programme %1").arg(name), 0, id,
                                   m_session.through(&ProgrammeRepository::remove, Aspect::Shared));
    m_listError->setError(status ? QString() : status.error().message);
}

void ProgrammesDialog::installTemplates()
{
    QSet<QString> present;
    for (const auto &programme : m_programmes)
        present.insert(programme.templateKey);
    QStringList missing;
    for (const auto &key : ProgrammeTemplates::keys()) {
        if (!present.contains(key))
            missing.append(key);
    }
    if (missing.isEmpty())
        return;
    Database &database = m_session.database();
    const Clock &clock = m_session.clock();
    qint64 first = 0;
    m_session.undoStack()->beginMacro(tr("Install shipped templates"));
    for (const auto &key : std::as_const(missing)) {
        auto id = m_session.add(
            tr("Install template %1").arg(key), 0,
            [&database, &clock, key] {
                return ProgrammeRepository(database, clock).installTemplate(key);
            },
            m_session.through(&ProgrammeRepository::remove, Aspect::Shared));
        if (!id) {
            m_listError->setError(id.error().message);
            break;
        }
        first = first ? first : *id;
    }
    m_session.undoStack()->endMacro();
    if (first)
        selectProgramme(first);
}

int ProgrammesDialog::currentModuleRow() const
{
    const QModelIndex current = m_moduleView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ProgrammesDialog::selectModule(int row, int column)
{
    if (row < 0 || row >= m_modules->rowCount())
        return;
    m_moduleView->setCurrentIndex(m_modules->index(row, column));
    m_moduleView->scrollTo(m_modules->index(row, column));
}

void ProgrammesDialog::addModule()
{
    const Programme *current = stored(currentProgramme());
    if (!current)
        return;
    const Programme before = *current;
    Module module;
    module.position = static_cast<int>(before.modules.size()) + 1;
    module.name = tr("Module %1").arg(module.position);
    module.toBeNamed = true;
    Database &database = m_session.database();
    const Clock &clock = m_session.clock();
    // Added as a row of its own, so that undo and redo keep its id.
    auto id = m_session.add(
        tr("Add module to %1").arg(before.name), 0,
        [&database, &clock, before, module]() -> Result<qint64> {
            ProgrammeRepository repository(database, clock);
            Programme after = before;
            after.modules.push_back(module);
            if (auto status = repository.update(after); !status)
                return status.error();
            auto stored = repository.get(before.id);
            if (!stored)
                return stored.error();
            QSet<qint64> old;
            for (const auto &existing : before.modules)
                old.insert(existing.id);
            for (const auto &added : stored->modules) {
                if (!old.contains(added.id))
                    return added.id;
            }
            return Error { tr("The new module could not be found."), {} };
        },
        m_session.through(&ProgrammeRepository::removeModule, Aspect::Shared));
    if (!id) {
        m_moduleErrors.showFor(QStringLiteral("modules"),
                               { { QStringLiteral("modules"), id.error().message } });
        return;
    }
    selectModule(m_modules->rowCount() - 1, ModuleModel::Name);
    m_moduleView->setFocus(Qt::OtherFocusReason);
    m_moduleView->edit(m_moduleView->currentIndex());
}

void ProgrammesDialog::removeModule()
{
    const Programme *current = stored(currentProgramme());
    const int row = currentModuleRow();
    if (!current || row < 0 || row >= static_cast<int>(current->modules.size()))
        return;
    const Programme before = *current;
    Programme after = before;
    const Module module = before.modules[static_cast<std::size_t>(row)];
    after.modules.erase(after.modules.begin() + row);
    renumber(after);
    auto removal = std::make_shared<Removal>();
    Database &database = m_session.database();
    const Clock &clock = m_session.clock();
    auto status = m_session.edit(
        tr("Remove module %1").arg(module.name), 0, Aspect::Shared,
        [&database, &clock, after, id = module.id, removal]() -> Status {
            Removal taken;
            auto removed = ProgrammeRepository(database, clock).removeModule(after, id, taken);
            if (removed)
                *removal = taken;
            return removed;
        },
        [&database, &clock, before, removal]() -> Status {
            // The module comes back with its id, then the others get their old positions.
            if (auto restored = removal->restore(database); !restored)
                return restored;
            return ProgrammeRepository(database, clock).update(before);
        });
    if (!status) {
        m_moduleErrors.showFor(QStringLiteral("modules"),
                               { { QStringLiteral("modules"), status.error().message } });
        return;
    }
    selectModule(std::min(row, m_modules->rowCount() - 1), ModuleModel::Name);
}

void ProgrammesDialog::moveModule(int delta)
{
    const Programme *current = stored(currentProgramme());
    const int row = currentModuleRow();
    const int target = row + delta;
    if (!current || row < 0 || target < 0 || target >= static_cast<int>(current->modules.size()))
        return;
    const int column = m_moduleView->currentIndex().column();
    Programme after = *current;
    std::swap(after.modules[static_cast<std::size_t>(row)],
              after.modules[static_cast<std::size_t>(target)]);
    renumber(after);
    const QString name = current->modules[static_cast<std::size_t>(row)].name;
    if (commit(after,
               delta < 0 ? tr("Move module %1 up").arg(name) : tr("Move module %1 down").arg(name)))
        selectModule(target, column);
}

void ProgrammesDialog::updateButtons()
{
    const int row = currentModuleRow();
    const bool chosen = row >= 0 && !m_creating;
    m_removeModuleButton->setEnabled(chosen);
    m_upButton->setEnabled(chosen && row > 0);
    m_downButton->setEnabled(chosen && row + 1 < m_modules->rowCount());
}

void ProgrammesDialog::keyPressEvent(QKeyEvent *event)
{
    if (m_creating && event->matches(QKeySequence::Cancel)) {
        cancelNewProgramme();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ProgrammesDialog::done(int result)
{
    if (!m_creating)
        commitFields();
    QDialog::done(result);
}

} // namespace traject
