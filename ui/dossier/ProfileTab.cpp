// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileTab.h"

#include "Session.h"
#include "directory/DirectoryChoice.h"
#include "domain/NationalNumber.h"
#include "dossier/profile/ChildrenModel.h"
#include "dossier/profile/ConsentEditor.h"
#include "dossier/profile/EsfEditor.h"
#include "dossier/profile/PhaseHistoryModel.h"
#include "storage/LearnerRepository.h"
#include "storage/OrganisationRepository.h"
#include "widgets/DateField.h"
#include "widgets/FormRow.h"
#include "widgets/ItemViews.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace traject {

namespace {

QString plain(QString label)
{
    return label.remove(QLatin1Char('&'));
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

QLabel *hintLabel(const QString &text)
{
    auto *hint = new QLabel(text);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    return hint;
}

} // namespace

ProfileTab::ProfileTab(Session &session, QWidget *parent)
    : DossierTab(session, parent)
{
    m_content = new QWidget;
    m_content->setMaximumWidth(760);
    m_sections = new QVBoxLayout(m_content);
    m_sections->setSpacing(12);

    buildPersonal();
    buildContact();
    buildLanguage();
    buildFamily();
    buildStatus();
    buildEsf();
    buildHistory();
    buildConsentAndNotes();

    m_removeLearner = new QPushButton(tr("Remove learner…"));
    connect(m_removeLearner, &QPushButton::clicked, this, &ProfileTab::removeLearner);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(m_removeLearner);
    m_sections->addLayout(removeRow);
    m_sections->addStretch();
    alignFormLabels(m_content);

    auto *scroll = new QScrollArea;
    // Not a Tab stop: the fields in it are (it scrolls to the one with the focus).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QFormLayout *ProfileTab::addSection(const QString &title)
{
    auto *box = new QGroupBox(title);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_sections->addWidget(box);
    return form;
}

void ProfileTab::addRow(QFormLayout *form, const QString &label, QWidget *input,
                        const QString &field, QWidget *shown)
{
    addFormRow(form, m_errors, label, input, field, shown);
    m_fields.insert(field, input);
    m_labels.insert(field, plain(label));
}

void ProfileTab::addRow(QFormLayout *form, const QString &label, QWidget *input,
                        const QString &field, QLayout *shown)
{
    addFormRow(form, m_errors, label, input, field, shown);
    m_fields.insert(field, input);
    m_labels.insert(field, plain(label));
}

bool ProfileTab::commit(const QString &field, const QString &what, const Change &change)
{
    if (m_learnerId == 0)
        return false;
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    auto stored = LearnerRepository(db, clock).get(m_learnerId);
    if (!stored) {
        m_errors.showFor(field, { { field, stored.error().message } });
        return false;
    }
    const Learner before = *stored;
    Learner after = before;
    change(after);
    if (after == before) {
        m_errors.showFor(field, {});
        return true;
    }
    // Only what this change brings along counts, shown under the field that was changed.
    const QDate today = clock.today();
    const Problems earlier = before.validate(today);
    Problems problems;
    for (const auto &problem : after.validate(today)) {
        if (!earlier.contains(problem))
            problems.append({ field, problem.message });
    }
    if (!problems.isEmpty()) {
        m_errors.showFor(field, problems);
        return false;
    }
    auto status = m_session.edit(
        tr("Change %1 of %2").arg(what, before.fullName()), m_learnerId, Aspect::Profile,
        [&db, &clock, after] { return LearnerRepository(db, clock).update(after); },
        [&db, &clock, before] { return LearnerRepository(db, clock).update(before); });
    if (!status) {
        m_errors.showFor(field, { { field, status.error().message } });
        return false;
    }
    m_errors.showFor(field, {});
    return true;
}

void ProfileTab::bindText(QFormLayout *form, const QString &label, const QString &field,
                          QString Learner::*member)
{
    auto *edit = new QLineEdit;
    addRow(form, label, edit, field);
    connect(edit, &QLineEdit::editingFinished, this, [=, this] {
        commit(field, plain(label), [=](Learner &l) { l.*member = edit->text().trimmed(); });
    });
    m_fills.emplace_back(field, [=](const Learner &l) { setTextKeepingCursor(edit, l.*member); });
}

void ProfileTab::bindDate(QFormLayout *form, const QString &label, const QString &field,
                          QDate Learner::*member, DateField *edit)
{
    edit->setToday(m_session.clock().today());
    edit->setMaximumDate(m_session.clock().today());
    edit->setAccessibleName(plain(label));
    addRow(form, label, edit, field);
    // Stored when an accepted date is confirmed (Enter, leaving the field, the calendar); a
    // refused text stays in the field with its message, and nothing is stored.
    connect(edit, &DateField::editingFinished, this, [=, this] {
        commit(field, plain(label), [=](Learner &l) { l.*member = edit->date(); });
    });
    m_fills.emplace_back(field, [=](const Learner &l) { edit->setDate(l.*member); });
}

void ProfileTab::bindCheck(QFormLayout *form, const QString &text, const QString &field,
                           bool Learner::*member)
{
    auto *check = new QCheckBox(text);
    addRow(form, QString(), check, field);
    connect(check, &QCheckBox::toggled, this, [=, this](bool on) {
        commit(field, plain(text), [=](Learner &l) { l.*member = on; });
    });
    m_fills.emplace_back(field, [=](const Learner &l) {
        const QSignalBlocker blocker(check);
        check->setChecked(l.*member);
    });
}

template<typename E>
void ProfileTab::bindCombo(QFormLayout *form, const QString &label, const QString &field,
                           E Learner::*member)
{
    auto *combo = new QComboBox;
    for (const E value : allValues<E>())
        combo->addItem(traject::label(value), toCode(value));
    addRow(form, label, combo, field);
    connect(combo, &QComboBox::currentIndexChanged, this, [=, this] {
        const auto value = fromCode<E>(combo->currentData().toString());
        if (value)
            commit(field, plain(label), [=](Learner &l) { l.*member = *value; });
    });
    m_fills.emplace_back(field, [=](const Learner &l) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(toCode(l.*member)));
    });
}

void ProfileTab::buildPersonal()
{
    auto *form = addSection(tr("Personal data"));
    bindText(form, tr("First &name"), QStringLiteral("firstName"), &Learner::firstName);
    bindText(form, tr("L&ast name"), QStringLiteral("lastName"), &Learner::lastName);
    // A birth date may be unknown: an empty field. A two-digit year lies in the past (86: 1986).
    auto *birth = new DateField;
    birth->setOptional(true);
    birth->setKind(DateKind::Past);
    bindDate(form, tr("&Birth date"), QStringLiteral("birthDate"), &Learner::birthDate, birth);
    bindCombo(form, tr("&Gender"), QStringLiteral("gender"), &Learner::gender);

    // The national register number is shown formatted and stored as its eleven digits.
    const QString field = QStringLiteral("nationalNumber");
    const QString label = tr("National register number");
    auto *number = new QLineEdit;
    number->setPlaceholderText(QStringLiteral("85.07.30-033.61"));
    // A layout, not a box: the field stays its label's sibling, for a screen reader.
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(number);
    column->addWidget(hintLabel(tr("Eleven digits, on the back of the identity card or on the "
                                   "residence permit. The check digits are verified.")));
    addRow(form, label, number, field, column);
    connect(number, &QLineEdit::editingFinished, this, [=, this] {
        commit(field, plain(label), [=](Learner &l) {
            const auto parsed = NationalNumber::parse(number->text());
            l.nationalNumber = parsed ? parsed->digits() : number->text().trimmed();
        });
    });
    m_fills.emplace_back(field, [=](const Learner &l) {
        const auto parsed = NationalNumber::parse(l.nationalNumber);
        setTextKeepingCursor(number, parsed ? parsed->formatted() : l.nationalNumber);
    });
}

void ProfileTab::buildContact()
{
    auto *form = addSection(tr("Contact"));
    bindText(form, tr("&Phone"), QStringLiteral("phone"), &Learner::phone);
    bindText(form, tr("E-mail"), QStringLiteral("email"), &Learner::email);
    bindText(form, tr("&Street and number"), QStringLiteral("street"), &Learner::street);
    bindText(form, tr("P&ostal code"), QStringLiteral("postalCode"), &Learner::postalCode);
    bindText(form, tr("M&unicipality"), QStringLiteral("municipality"), &Learner::municipality);
}

void ProfileTab::buildLanguage()
{
    auto *form = addSection(tr("Language and education"));
    bindText(form, tr("Home language"), QStringLiteral("homeLanguage"), &Learner::homeLanguage);
    bindCombo(form, tr("&Dutch level (NT2)"), QStringLiteral("nt2Level"), &Learner::nt2Level);
    bindCombo(form, tr("Education level"), QStringLiteral("educationLevel"),
              &Learner::educationLevel);
    bindText(form, tr("Foreign diploma"), QStringLiteral("foreignDiploma"),
             &Learner::foreignDiploma);
    bindCombo(form, tr("Diploma recognition"), QStringLiteral("diplomaRecognition"),
              &Learner::diplomaRecognition);
    bindCombo(form, tr("Migration background"), QStringLiteral("migrationBackground"),
              &Learner::migrationBackground);
}

void ProfileTab::buildFamily()
{
    auto *form = addSection(tr("Family and mobility"));

    m_children = new ChildrenModel(this);
    m_children->setCommit([this](const std::vector<Child> &children) {
        return commit(QStringLiteral("children"), tr("children"),
                      [&children](Learner &l) { l.children = children; });
    });
    m_childrenView = new TableView;
    m_childrenView->setModel(m_children);
    m_childrenView->setItemDelegate(new ChildrenDelegate(m_childrenView));
    m_childrenView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_childrenView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_childrenView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_childrenView->setTabKeyNavigation(false);
    m_childrenView->verticalHeader()->hide();
    m_childrenView->horizontalHeader()->setStretchLastSection(true);
    m_childrenView->horizontalHeader()->setSectionResizeMode(ChildrenModel::Arrangement,
                                                             QHeaderView::ResizeToContents);
    const int rowHeight = m_childrenView->verticalHeader()->defaultSectionSize();
    m_childrenView->setFixedHeight(m_childrenView->horizontalHeader()->sizeHint().height()
                                   + 4 * rowHeight + 4);

    m_addChild = new QPushButton(tr("Add child"));
    m_removeChild = new QPushButton(tr("Remove child"));
    connect(m_addChild, &QPushButton::clicked, this, &ProfileTab::addChild);
    connect(m_removeChild, &QPushButton::clicked, this, &ProfileTab::removeChild);
    m_childrenView->setAccessibleName(tr("Children"));
    auto *column = new QVBoxLayout;
    column->addWidget(m_childrenView);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addChild);
    buttons->addWidget(m_removeChild);
    buttons->addStretch();
    column->addLayout(buttons);
    addRow(form, tr("Children"), m_childrenView, QStringLiteral("children"), column);

    bindCombo(form, tr("&Transport"), QStringLiteral("transport"), &Learner::transport);
    bindCheck(form, tr("Driving licence"), QStringLiteral("drivingLicence"),
              &Learner::drivingLicence);
    bindCheck(form, tr("O&wn laptop"), QStringLiteral("hasLaptop"), &Learner::hasLaptop);
    bindCheck(form, tr("Internet at home"), QStringLiteral("hasInternet"), &Learner::hasInternet);
}

void ProfileTab::buildStatus()
{
    auto *form = addSection(tr("Status and referral"));
    bindCombo(form, tr("Status before the start"), QStringLiteral("statusBeforeStart"),
              &Learner::statusBeforeStart);

    const QString monthsField = QStringLiteral("monthsUnemployed");
    const QString monthsLabel = tr("Months unemployed");
    m_monthsUnemployed = new QLineEdit;
    m_monthsUnemployed->setPlaceholderText(tr("unknown"));
    m_monthsUnemployed->setMaximumWidth(120);
    addRow(form, monthsLabel, m_monthsUnemployed, monthsField);
    connect(m_monthsUnemployed, &QLineEdit::editingFinished, this, [=, this] {
        const QString text = m_monthsUnemployed->text().trimmed();
        bool ok = true;
        const int months = text.isEmpty() ? 0 : text.toInt(&ok);
        if (!ok) {
            m_errors.showFor(
                monthsField,
                { { monthsField, tr("Type a number of months, or leave the field empty.") } });
            return;
        }
        commit(monthsField, plain(monthsLabel), [=](Learner &l) {
            l.monthsUnemployed = text.isEmpty() ? std::nullopt : std::optional<int>(months);
        });
    });
    m_fills.emplace_back(monthsField, [this](const Learner &l) {
        setTextKeepingCursor(m_monthsUnemployed,
                             l.monthsUnemployed ? QString::number(*l.monthsUnemployed) : QString());
    });

    const QString referrerField = QStringLiteral("referrerId");
    const QString referrerLabel = tr("Referred by");
    m_referrer = new QComboBox;
    // "New…" adds a referring organisation (VDAB, OCMW, …) in place.
    m_referrerChoice = DirectoryChoice::forOrganisations(
        m_referrer, m_session,
        [this](QComboBox *combo) {
            combo->addItem(tr("Not known"), qint64(0));
            auto organisations
                = OrganisationRepository(m_session.database(), m_session.clock()).organisations();
            if (!organisations)
                return;
            for (const auto &organisation : *organisations)
                combo->addItem(organisation.name, organisation.id);
        },
        [] { return Organisation {}; });
    addRow(form, referrerLabel, m_referrer, referrerField);
    connect(m_referrer, &QComboBox::currentIndexChanged, this, [=, this] {
        const qint64 id = m_referrer->currentData().toLongLong();
        commit(referrerField, plain(referrerLabel), [id](Learner &l) {
            l.referrerId = id != 0 ? std::optional<qint64>(id) : std::nullopt;
        });
    });
    m_fills.emplace_back(referrerField, [this](const Learner &l) {
        const QSignalBlocker blocker(m_referrer);
        m_referrer->setCurrentIndex(qMax(0, m_referrer->findData(l.referrerId.value_or(0))));
    });
    bindText(form, tr("Referral note"), QStringLiteral("referrerNote"), &Learner::referrerNote);
    bindCombo(form, tr("Employment service"), QStringLiteral("employmentService"),
              &Learner::employmentService);
    bindText(form, tr("VDAB client number"), QStringLiteral("vdabClientNumber"),
             &Learner::vdabClientNumber);
    bindText(form, tr("Statute or benefit"), QStringLiteral("statute"), &Learner::statute);
}

void ProfileTab::buildHistory()
{
    auto *box = new QGroupBox(tr("Phase history"));
    auto *column = new QVBoxLayout(box);
    m_history = new PhaseHistoryModel(this);
    m_historyView = new TableView;
    m_historyView->setAccessibleName(tr("Phase history"));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setTabKeyNavigation(false);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->horizontalHeader()->setSectionResizeMode(PhaseHistoryModel::Date,
                                                            QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setSectionResizeMode(PhaseHistoryModel::Change,
                                                            QHeaderView::ResizeToContents);
    column->addWidget(m_historyView);
    column->addWidget(hintLabel(tr("The phase changes through \"Change phase…\" at the top.")));
    m_sections->addWidget(box);
}

void ProfileTab::buildEsf()
{
    auto *form = addSection(tr("ESF+ data"));
    auto *hint = hintLabel(tr("For the ESF+ participant registration. Ask each question once; "
                              "\"Refuses to answer\" is an answer too, since the attempt to ask "
                              "counts."));
    form->addRow(hint);
    m_esf = new EsfEditor(m_session, form, this);
}

void ProfileTab::buildConsentAndNotes()
{
    m_consents = new ConsentEditor(m_session);
    auto *consentBox = new QGroupBox(tr("Consent"));
    auto *consentColumn = new QVBoxLayout(consentBox);
    consentColumn->addWidget(m_consents);
    consentColumn->addWidget(hintLabel(
        tr("A plan for a partner is only made under a consent that holds, and shows only what it "
           "covers.")));
    m_sections->addWidget(consentBox);

    auto *form = addSection(tr("Notes"));
    m_notes = new QPlainTextEdit;
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 6 + 12);
    m_notes->installEventFilter(this);
    addRow(form, QString(), m_notes, QStringLiteral("notes"));
    m_fills.emplace_back(QStringLiteral("notes"), [this](const Learner &l) {
        if (m_notes->toPlainText() != l.notes)
            m_notes->setPlainText(l.notes);
    });
}

bool ProfileTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut) {
        const QString text = m_notes->toPlainText();
        commit(QStringLiteral("notes"), tr("notes"), [text](Learner &l) { l.notes = text; });
    }
    return DossierTab::eventFilter(watched, event);
}

void ProfileTab::fillReferrers()
{
    m_referrerChoice->refill();
}

void ProfileTab::reload()
{
    const bool otherLearner = m_learnerId != m_loaded;
    m_loaded = m_learnerId;
    if (otherLearner)
        m_errors.clear();
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    auto learner = m_learnerId != 0 ? LearnerRepository(db, clock).get(m_learnerId)
                                    : Result<Learner>(Error {});
    m_content->setEnabled(learner.ok());
    if (!learner)
        return;

    fillReferrers();
    m_consents->setLearner(m_learnerId);
    m_esf->setLearner(*learner);
    for (const auto &[field, fill] : m_fills) {
        // A field that refused its input keeps what was typed, so that it can be corrected.
        if (!otherLearner && !m_errors.errorFor(field).isEmpty())
            continue;
        if (const auto *date = qobject_cast<DateField *>(m_fields.value(field));
            date && date->hasProblem() && !otherLearner)
            continue;
        fill(*learner);
    }
    m_children->setChildren(learner->children);
    auto history = LearnerRepository(db, clock).phaseHistory(m_learnerId);
    m_history->setHistory(history ? std::move(history).value() : std::vector<PhaseChange>());
    const int rows = std::min<int>(m_history->rowCount(), 8);
    m_historyView->setFixedHeight(
        m_historyView->horizontalHeader()->sizeHint().height()
        + qMax(rows, 1) * m_historyView->verticalHeader()->defaultSectionSize() + 4);
}

void ProfileTab::addChild()
{
    auto children = m_children->children();
    children.push_back(Child {});
    if (!commit(QStringLiteral("children"), tr("children"),
                [&children](Learner &l) { l.children = children; }))
        return;
    m_children->setChildren(children);
    const QModelIndex year
        = m_children->index(m_children->rowCount() - 1, ChildrenModel::BirthYear);
    m_childrenView->setCurrentIndex(year);
    m_childrenView->setFocus();
    m_childrenView->edit(year);
}

void ProfileTab::removeChild()
{
    const QModelIndex current = m_childrenView->currentIndex();
    auto children = m_children->children();
    if (!current.isValid() || current.row() >= static_cast<int>(children.size()))
        return;
    children.erase(children.begin() + current.row());
    if (commit(QStringLiteral("children"), tr("children"),
               [&children](Learner &l) { l.children = children; }))
        m_children->setChildren(children);
}

void ProfileTab::removeLearner()
{
    auto learner = LearnerRepository(m_session.database(), m_session.clock()).get(m_learnerId);
    if (!learner)
        return;
    const QString name = learner->fullName();
    const auto answer = MessageBox::question(
        this, tr("Remove learner"),
        tr("Remove %1 and the whole dossier: barriers, training, workplace learning, logbook and "
           "role card?\n\nYou can undo this with %2.")
            .arg(name, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto status
        = m_session.remove(tr("Remove learner %1").arg(name), m_learnerId, m_learnerId,
                           m_session.through(&LearnerRepository::remove, everyAspect()));
        !status)
        MessageBox::warning(this, tr("Remove learner"), status.error().message);
}

ProfileTab::~ProfileTab()
{
    // Fields that lose the focus while they are destroyed must not store anything any more.
    m_notes->removeEventFilter(this);
    m_children->setCommit({});
    const auto objects = findChildren<QObject *>();
    for (QObject *object : objects)
        object->blockSignals(true);
}

} // namespace traject
