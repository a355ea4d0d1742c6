// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntakeDialog.h"

#include "AnswerField.h"
#include "BarrierChecklist.h"
#include "DecisionSection.h"
#include "IntakeLauncher.h"
#include "IntakeStore.h"
#include "Session.h"
#include "Settings.h"
#include "dossier/rolecard/SupportNetworkEditor.h"
#include "edits/FinishIntake.h"
#include "storage/BarrierRepository.h"
#include "storage/Database.h"
#include "storage/IntakeRepository.h"
#include "storage/LearnerRepository.h"
#include "widgets/DateField.h"
#include "widgets/ItemViews.h"
#include "widgets/LetGoOfFocus.h"
#include "widgets/MessageBox.h"
#include "widgets/TableSection.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTime>
#include <QVBoxLayout>

#include <memory>

namespace traject {

namespace {

QString openIntakeKey(const Session &session, qint64 intakeId)
{
    return session.database().path() + QLatin1Char('|') + QString::number(intakeId);
}

QLabel *wrapped(const QString &text, QWidget *parent, const QString &style = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (!style.isEmpty())
        label->setStyleSheet(style);
    return label;
}

const QString HintStyle = QStringLiteral("color: palette(mid);");

} // namespace

IntakeDialog::IntakeDialog(Session &session, qint64 intakeId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Intake interview"));
    IntakeRepository intakes(session.database(), session.clock());
    auto intake = intakes.get(intakeId);
    auto form = intake ? intakes.templateById(intake->templateId)
                       : Result<IntakeTemplate>(intake.error());
    auto answers = intake ? intakes.answers(intakeId) : Result<IntakeAnswers>(intake.error());
    if (!intake || !form || !answers) {
        m_loadError = !intake ? intake.error().message
                              : (!form ? form.error().message : answers.error().message);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(wrapped(tr("This intake cannot be opened: %1").arg(m_loadError), this));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        return;
    }
    m_intake = *intake;
    m_template = *form;
    m_answers = *answers;
    m_store = new IntakeStore(session, m_intake, this);
    build(m_template);
    load();
    if (!m_intake.isFinished())
        Settings().set(Setting::OpenIntake, openIntakeKey(session, intakeId));

    connect(m_store, &IntakeStore::saved, this, [this] {
        if (!m_failed.isEmpty())
            return showSaveState();
        m_status->setStyleSheet(QString());
        m_status->setText(
            tr("Everything is saved (%1).")
                .arg(m_session.clock().now().time().toString(QStringLiteral("HH:mm:ss"))));
    });
    connect(m_store, &IntakeStore::failed, this, [this](const QString &message) {
        m_status->setStyleSheet(alertStyle(true));
        m_status->setText(tr("Not saved: %1").arg(message));
    });
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this,
                                [this](QWidget *, QWidget *now) { followFocus(now); });

    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(std::min(1180, available.width() - 40), std::min(860, available.height() - 60));
}

IntakeDialog::~IntakeDialog()
{
    // Hidden while the whole dialog still exists: leaving a field stores it and moves the focus,
    // which ~QDialog would otherwise do when this part of the object is already gone.
    hide();
    // The field that last had the focus lets go of it while every field is still whole.
    if (QWidget *focused = focusWidget())
        focused->clearFocus();
    disconnect(m_focusConnection);
}

void IntakeDialog::build(const IntakeTemplate &form)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    // The day the interview was held: typed as people type dates, never after today.
    const QDate today = m_session.clock().today();
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("intakeDate"));
    m_date->setKind(DateKind::Past);
    m_date->setToday(today);
    m_date->setDateRange(QDate(2000, 1, 1), today);
    auto *dateLabel = new QLabel(tr("Date of the &interview:"), this);
    dateLabel->setBuddy(m_date);
    dateLabel->setMinimumHeight(m_date->lineEdit()->sizeHint().height());
    m_date->setAccessibleName(dateLabel->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_status = new QLabel(tr("Every answer is saved as soon as you leave its field."), this);
    m_status->setObjectName(QStringLiteral("saveStatus"));
    m_banner
        = wrapped(QString(), this,
                  QStringLiteral("background: #fff4d6; color: #1f1f1f; border: 1px solid #e0c36a; "
                                 "padding: 6px;"));
    m_banner->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1, Qt::AlignTop);
    header->addWidget(dateLabel, 0, Qt::AlignTop);
    header->addWidget(m_date, 0, Qt::AlignTop);

    m_sections = new ListWidget(this);
    m_sections->setAccessibleName(tr("Parts of the interview"));
    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setFocusPolicy(Qt::NoFocus); // Ctrl+PgUp/PgDown walk the sections
    m_sections->setMaximumWidth(250);
    m_sections->setMinimumWidth(190);
    m_sections->setToolTip(tr("Ctrl+PgDown / Ctrl+PgUp: next / previous part"));

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(16, 8, 24, 24);
    column->setSpacing(4);
    for (const auto &section : form.sections) {
        QWidget *widget = buildSection(section);
        column->addWidget(widget);
        column->addSpacing(18);
        m_sectionWidgets.push_back(widget);
        m_sections->addItem(section.title.text());
    }
    column->addStretch(1);
    m_scroll = new QScrollArea(this);
    // Not a Tab stop: the fields in it are (it scrolls to the one with the focus).
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    content->setMaximumWidth(900);

    auto *body = new QHBoxLayout;
    body->addWidget(m_sections);
    body->addWidget(m_scroll, 1);

    m_finish = new QPushButton(tr("&Finish intake…"), this);
    m_close = new QPushButton(tr("C&lose"), this);
    m_close->setToolTip(
        tr("Everything is already saved; an unfinished intake can be resumed later."));
    auto *buttons = new QHBoxLayout;
    m_summary = new QPushButton(tr("Summary as &PDF…"), this);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_summary);
    buttons->addWidget(m_finish);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    connect(m_sections, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showSection(m_sections->row(item)); });
    connect(m_finish, &QPushButton::clicked, this, [this] { finishIntake(); });
    connect(m_summary, &QPushButton::clicked, this, [this] {
        flush();
        if (const QString message = intake::saveSummary(m_session, m_intake.id, this);
            !message.isEmpty())
            m_status->setText(message);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_date, &DateField::dateChanged, this, [this](QDate date) {
        // A date the store refuses (before the intake phase) puts back the stored one; the
        // status line says why.
        if (date.isValid() && date != m_store->intake().date && !m_store->setDate(date))
            m_date->setDate(m_store->intake().date);
    });
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] {
        showSection(std::min<int>(m_sections->currentRow() + 1, m_sections->count() - 1));
    });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this,
            [this] { showSection(std::max(m_sections->currentRow() - 1, 0)); });
    fixTabOrder();
    connect(m_decision, &DecisionSection::focusChainChanged, this, [this] {
        fixTabOrder();
        noDefaultButtons();
    });
    noDefaultButtons();
}

QWidget *IntakeDialog::buildSection(const TemplateSection &section)
{
    auto *widget = new QWidget;
    widget->setObjectName(QStringLiteral("section_") + section.key);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *heading = new QLabel(section.title.text(), widget);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    heading->setFont(font);
    layout->addWidget(heading);
    if (!section.guide.isEmpty())
        layout->addWidget(wrapped(section.guide.text(), widget, HintStyle));

    switch (section.kind) {
    case SectionKind::Questions:
        for (const auto &question : section.questions) {
            auto *field = new AnswerField(question, widget);
            auto *label = wrapped(question.text.text(), widget);
            label->setBuddy(field);
            layout->addSpacing(6);
            layout->addWidget(label);
            if (!question.hint.isEmpty())
                layout->addWidget(wrapped(question.hint.text(), widget, HintStyle));
            layout->addWidget(field);
            connect(field, &AnswerField::committed, this, &IntakeDialog::storeAnswer);
            connect(field, &AnswerField::barrierRequested, this,
                    [this](BarrierCategory category, const QString &note) {
                        // The note becomes a barrier under Barriers, where it gets its action.
                        if (m_barriers)
                            m_barriers->addBarrier(category, note);
                    });
            m_fields.push_back(field);
        }
        break;
    case SectionKind::SupportNetwork:
        m_network = new SupportNetworkEditor(m_session, widget);
        m_network->setMinimumHeight(170);
        m_network->section()->titleLabel()->hide(); // the section's own heading says it

        layout->addWidget(m_network);
        break;
    case SectionKind::Barriers:
        m_barriers = new BarrierChecklist(*m_store, widget);
        layout->addWidget(m_barriers);
        connect(m_barriers, &BarrierChecklist::focusChainChanged, this, [this] {
            fixTabOrder();
            noDefaultButtons();
        });
        break;
    case SectionKind::Decision:
        m_decision = new DecisionSection(*m_store, widget);
        layout->addWidget(m_decision);
        break;
    }
    return widget;
}

void IntakeDialog::load()
{
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    auto learner = LearnerRepository(db, clock).get(m_intake.learnerId);
    const QString name = learner ? learner->fullName() : QString();
    m_title->setText(tr("<b>Intake interview</b> with %1").arg(name.toHtmlEscaped()));
    setWindowTitle(tr("Intake interview – %1").arg(name));
    m_date->setDate(m_intake.date);
    for (auto *field : m_fields) {
        field->setToday(m_session.clock().today());
        field->setValue(m_answers.value(field->key()));
    }

    IntakeRepository intakes(db, clock);
    BarrierRepository repository(db, clock);
    std::vector<Barrier> barriers;
    std::vector<Action> barrierActions;
    std::vector<Action> nextSteps;
    if (auto ids = intakes.barrierIds(m_intake.id)) {
        for (const qint64 id : *ids) {
            if (auto barrier = repository.barrier(id))
                barriers.push_back(*barrier);
        }
    }
    if (auto ids = intakes.actionIds(m_intake.id)) {
        for (const qint64 id : *ids) {
            if (auto action = repository.action(id))
                (action->barrierId ? barrierActions : nextSteps).push_back(*action);
        }
    }
    if (m_barriers)
        m_barriers->load(barriers, barrierActions);
    if (m_decision)
        m_decision->load(m_intake, nextSteps);
    if (m_network)
        m_network->setLearner(m_intake.learnerId);

    const QString version
        = tr("Template \"%1\", version %2").arg(m_template.title.text()).arg(m_template.version);
    if (m_intake.isFinished()) {
        m_banner->setText(
            tr("This intake was finished on %1. It can be read but no longer changed. %2")
                .arg(shownDate(m_intake.finishedAt.date()), version));
        m_banner->show();
        m_status->setText(tr("Read only."));
        setReadOnly(true);
    } else {
        m_title->setToolTip(version);
    }
    updateProgress();
    if (m_sections->count() > 0)
        m_sections->setCurrentRow(0);
}

void IntakeDialog::setReadOnly(bool readOnly)
{
    for (auto *field : m_fields)
        field->setReadOnly(readOnly);
    if (m_barriers)
        m_barriers->setReadOnly(readOnly);
    if (m_decision)
        m_decision->setReadOnly(readOnly);
    if (m_network)
        m_network->setEnabled(!readOnly);
    m_date->setReadOnly(readOnly);
    m_finish->setVisible(!readOnly);
}

void IntakeDialog::noDefaultButtons()
{
    // Enter in a field must never press a button of the form (add a step, add a person, close).
    for (auto *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
}

void IntakeDialog::showSaveState()
{
    if (m_failed.isEmpty())
        return;
    m_status->setStyleSheet(alertStyle(true));
    m_status->setText(
        tr("%n answer(s) not saved (marked in red).", nullptr, static_cast<int>(m_failed.size())));
}

bool IntakeDialog::flush()
{
    for (auto *field : m_fields)
        field->flush();
    // Leaving the field being typed in stores it (a date is judged then).
    if (QWidget *focused = QApplication::focusWidget(); focused && isAncestorOf(focused))
        letGoOfFocus(focused);
    return m_failed.isEmpty();
}

QList<DateField *> IntakeDialog::refusedDates() const
{
    QList<DateField *> refused;
    for (auto *date : findChildren<DateField *>()) {
        if (date->hasProblem() && !date->isReadOnly())
            refused.append(date);
    }
    return refused;
}

void IntakeDialog::storeAnswer(const QString &key, const QString &value)
{
    AnswerField *answer = field(key);
    Status stored = m_store->setAnswer(key, value);
    if (stored) {
        m_failed.remove(key);
        m_answers.insert(key, value);
        if (value.isEmpty())
            m_answers.remove(key);
        if (answer)
            answer->setFailed(false);
        updateProgress();
        showSaveState();
        Q_EMIT answerSaved(key);
    } else {
        m_failed.insert(key);
        if (answer) {
            answer->setFailed(true);
            m_status->setText(tr("Not saved: \"%1\": %2")
                                  .arg(answer->question().text.text(), stored.error().message));
        }
    }
}

AnswerField *IntakeDialog::field(const QString &key) const
{
    for (auto *field : m_fields) {
        if (field->key() == key)
            return field;
    }
    return nullptr;
}

QList<QWidget *> IntakeDialog::focusChain() const
{
    // A date field takes the focus in its line edit.
    QList<QWidget *> chain { m_date->lineEdit() };
    for (std::size_t i = 0; i < m_template.sections.size(); ++i) {
        const auto &section = m_template.sections.at(i);
        switch (section.kind) {
        case SectionKind::Questions:
            for (auto *field : m_fields) {
                if (m_sectionWidgets.at(i)->isAncestorOf(field))
                    chain << field->focusWidgets();
            }
            break;
        case SectionKind::SupportNetwork:
            for (auto *widget : m_network->findChildren<QWidget *>()) {
                if (widget->focusPolicy() & Qt::TabFocus)
                    chain << widget;
            }
            break;
        case SectionKind::Barriers:
            chain << m_barriers->focusChain();
            break;
        case SectionKind::Decision:
            chain << m_decision->focusChain();
            break;
        }
    }
    chain << m_summary << m_finish << m_close;
    return chain;
}

void IntakeDialog::fixTabOrder()
{
    const QList<QWidget *> chain = focusChain();
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void IntakeDialog::followFocus(QWidget *now)
{
    if (!now || !m_scroll->widget()->isAncestorOf(now))
        return;
    m_scroll->ensureWidgetVisible(now, 40, 120);
    for (std::size_t i = 0; i < m_sectionWidgets.size(); ++i) {
        if (m_sectionWidgets.at(i)->isAncestorOf(now)) {
            QSignalBlocker blocker(m_sections);
            m_sections->setCurrentRow(static_cast<int>(i));
            break;
        }
    }
}

void IntakeDialog::showSection(int index)
{
    if (index < 0 || index >= static_cast<int>(m_sectionWidgets.size()))
        return;
    QWidget *section = m_sectionWidgets.at(static_cast<std::size_t>(index));
    m_sections->setCurrentRow(index);
    m_scroll->verticalScrollBar()->setValue(section->y());
    // Focus the first field of the section.
    for (auto *widget : focusChain()) {
        if (section->isAncestorOf(widget) && widget->isEnabled() && widget->isVisibleTo(this)) {
            widget->setFocus(Qt::ShortcutFocusReason);
            break;
        }
    }
    m_scroll->verticalScrollBar()->setValue(section->y());
}

void IntakeDialog::updateProgress()
{
    for (std::size_t i = 0; i < m_template.sections.size(); ++i) {
        const auto &section = m_template.sections.at(i);
        QListWidgetItem *item = m_sections->item(static_cast<int>(i));
        if (section.kind != SectionKind::Questions) {
            item->setText(section.title.text());
            continue;
        }
        int answered = 0;
        for (const auto &question : section.questions)
            answered += m_answers.contains(question.key) ? 1 : 0;
        const int total = static_cast<int>(section.questions.size());
        item->setText(tr("%1  (%2/%3)").arg(section.title.text()).arg(answered).arg(total));
    }
}

bool IntakeDialog::finishIntake(bool confirmed)
{
    // The field being typed in is stored first.
    if (!flush()) {
        showSaveState();
        return false;
    }
    // A date that was refused is not stored: the intake is not finished on another day.
    if (const auto refused = refusedDates(); !refused.isEmpty()) {
        m_status->setStyleSheet(alertStyle(true));
        m_status->setText(
            tr("Correct the date marked in red first: %1").arg(refused.first()->problem()));
        refused.first()->setFocus();
        m_scroll->ensureWidgetVisible(refused.first());
        return false;
    }
    IntakeRepository intakes(m_session.database(), m_session.clock());
    auto effects = intakes.effectsOfFinishing(m_intake.id);
    if (!effects) {
        m_store->report(effects.error());
        return false;
    }
    if (!effects->problems.isEmpty()) {
        m_decision->showProblems(effects->problems);
        showSection(static_cast<int>(m_sectionWidgets.size()) - 1);
        for (std::size_t i = 0; i < m_template.sections.size(); ++i) {
            if (m_template.sections.at(i).kind == SectionKind::Decision)
                showSection(static_cast<int>(i));
        }
        return false;
    }
    if (!confirmed) {
        QString text = tr("Finish this intake? Its answers can no longer change afterwards.");
        if (!effects->changes.isEmpty())
            text += QStringLiteral("\n\n") + tr("The file changes:") + QStringLiteral("\n• ")
                + effects->changes.join(QStringLiteral("\n• "));
        if (MessageBox::question(this, tr("Finish intake"), text) != QMessageBox::Yes)
            return false;
    }
    // One undoable step: undo takes back the phase change, restores the learner's fields, takes
    // the interview out of the logbook and makes the intake unfinished again.
    Status finished = m_session.run(std::make_shared<FinishIntake>(
        m_session.database(), m_session.clock(), m_intake.id, m_intake.learnerId));
    if (!finished) {
        m_status->setStyleSheet(alertStyle(true));
        m_status->setText(tr("The intake could not be finished: %1").arg(finished.error().message));
        return false;
    }
    if (auto reread = intakes.get(m_intake.id))
        m_intake = *reread;
    Settings().set(Setting::OpenIntake, QString());
    load();
    m_status->setText(tr("The intake is finished and the file is updated."));
    return true;
}

void IntakeDialog::done(int result)
{
    if (m_store) {
        // Store the field being typed in before the form goes; never close over a lost answer
        // without asking.
        const bool stored = flush();
        const int lost = static_cast<int>(m_failed.size() + refusedDates().size());
        if ((!stored || lost > 0) && !m_intake.isFinished()) {
            showSaveState();
            if (MessageBox::question(this, tr("Intake interview"),
                                     tr("%n answer(s) could not be saved (marked in red). Close "
                                        "anyway and lose them?",
                                        nullptr, lost))
                != QMessageBox::Yes)
                return;
        }
        Settings().set(Setting::OpenIntake, QString());
        m_session.notifyChanged(m_intake.learnerId, Aspect::Intake);
    }
    QDialog::done(result);
}

} // namespace traject
