// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier/profile/EsfEditor.h"

#include "Session.h"
#include "edits/RecordEsfAnswer.h"
#include "esf/EsfCatalogue.h"
#include "esf/EsfProposal.h"
#include "storage/EsfRepository.h"
#include "widgets/DateField.h"
#include "widgets/FormRow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace traject {

using esf::EsfCatalogue;

EsfEditor::EsfEditor(Session &session, QFormLayout *form, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    const EsfCatalogue &catalogue = EsfCatalogue::builtIn();
    for (const esf::EsfIndicator *indicator : catalogue.at(esf::Moment::Entry)) {
        const QString key = indicator->key;
        auto *answer = new QComboBox;
        answer->setToolTip(indicator->question.text());
        auto *asked = DateField::make({ .today = session.clock().today() });
        asked->setOptional(true);
        asked->setMaximumDate(session.clock().today());
        asked->setAccessibleName(tr("%1: asked on").arg(indicator->label.text()));
        asked->setToolTip(tr("The day the question was asked, also when the learner did not "
                             "answer"));
        // A layout, not a box: the choice stays its label's sibling, for a screen reader.
        auto *line = new QHBoxLayout;
        line->addWidget(answer, 1);
        line->addWidget(new QLabel(tr("asked on")));
        line->addWidget(asked);
        addFormRow(form, m_errors, indicator->label.text(), answer, QStringLiteral("esf.") + key,
                   static_cast<QLayout *>(line));
        m_answers.insert(key, answer);
        m_asked.insert(key, asked);

        connect(answer, &QComboBox::activated, this, [this, key] { store(key); });
        connect(asked, &DateField::dateChanged, this, [this, key] {
            // A new day only means something for a question that was asked.
            if (m_answers.value(key)->currentIndex() > 0)
                store(key);
        });
    }
    m_resultsHint = new QLabel(tr("The results are recorded once the learner has left the "
                                  "trajectory (outflow or stopped): on leaving, and six months "
                                  "later."));
    m_resultsHint->setWordWrap(true);
    form->addRow(m_resultsHint);
    for (const auto moment : { esf::Moment::Leaving, esf::Moment::SixMonths }) {
        for (const esf::EsfIndicator *indicator : catalogue.at(moment)) {
            const QString key = indicator->key;
            auto *boxes = new QWidget;
            boxes->setAccessibleName(indicator->label.text());
            auto *grid = new QGridLayout(boxes);
            grid->setContentsMargins(0, 0, 0, 0);
            int column = 0;
            for (const auto *choices : { &indicator->choices, &catalogue.notAnswered() }) {
                for (const esf::EsfChoice &choice : *choices) {
                    auto *box = new QCheckBox(choice.label.text());
                    box->setToolTip(indicator->question.text());
                    box->setProperty("code", choice.code);
                    grid->addWidget(box, column / 2, column % 2);
                    ++column;
                    m_results[key].insert(choice.code, box);
                    connect(box, &QCheckBox::clicked, this, [this, key] { store(key); });
                }
            }
            auto *asked = DateField::make({ .today = session.clock().today() });
            asked->setOptional(true);
            asked->setMaximumDate(session.clock().today());
            asked->setAccessibleName(tr("%1: asked on").arg(indicator->label.text()));
            // The boxes in two columns, the day asked under them.
            auto *row = new QWidget;
            auto *stack = new QVBoxLayout(row);
            stack->setContentsMargins(0, 0, 0, 0);
            stack->addWidget(boxes);
            auto *line = new QHBoxLayout;
            line->addWidget(new QLabel(tr("asked on")));
            line->addWidget(asked);
            line->addStretch();
            stack->addLayout(line);
            addFormRow(form, m_errors, indicator->label.text(), boxes, QStringLiteral("esf.") + key,
                       row);
            m_asked.insert(key, asked);
            connect(asked, &DateField::dateChanged, this, [this, key] {
                for (const QCheckBox *box : m_results.value(key)) {
                    if (box->isChecked()) {
                        store(key);
                        return;
                    }
                }
            });
        }
    }
    hide(); // the rows live in the form; this object only holds them together
}

void EsfEditor::setLearner(const Learner &learner)
{
    if (learner.id != m_learner.id)
        m_errors.clear();
    m_learner = learner;
    reload();
}

void EsfEditor::reload()
{
    const EsfCatalogue &catalogue = EsfCatalogue::builtIn();
    Database &db = m_session.database();
    const Clock &clock = m_session.clock();
    const Learner &learner = m_learner;
    std::vector<esf::EsfAnswer> answers;
    if (m_learner.id != 0) {
        if (auto read = EsfRepository(db, clock).forLearner(m_learner.id))
            answers = *read;
    }
    for (const esf::EsfIndicator *indicator : catalogue.at(esf::Moment::Entry)) {
        QComboBox *combo = m_answers.value(indicator->key);
        DateField *asked = m_asked.value(indicator->key);
        const QSignalBlocker blockCombo(combo);
        const QSignalBlocker blockDate(asked);
        combo->clear();
        const QString proposal
            = m_learner.id != 0 ? esf::proposedAnswer(learner, indicator->key) : QString();
        combo->addItem(proposal.isEmpty()
                           ? tr("Not asked yet")
                           : tr("Proposed: %1").arg(catalogue.describe(*indicator, { proposal })),
                       QString());
        for (const auto *choices : { &indicator->choices, &catalogue.notAnswered() }) {
            for (const esf::EsfChoice &choice : *choices)
                combo->addItem(choice.label.text(), choice.code);
        }
        const auto stored = std::find_if(answers.begin(), answers.end(), [&](const auto &a) {
            return a.indicator == indicator->key;
        });
        const bool known = stored != answers.end() && !stored->codes.isEmpty();
        combo->setCurrentIndex(known ? std::max(0, combo->findData(stored->codes.front())) : 0);
        asked->setDate(known ? stored->askedOn : QDate());
    }
    const bool left = learner.phase == Phase::Outflow || learner.phase == Phase::Stopped;
    m_resultsHint->setVisible(!left);
    for (auto it = m_results.cbegin(); it != m_results.cend(); ++it) {
        const auto stored = std::find_if(answers.begin(), answers.end(),
                                         [&](const auto &a) { return a.indicator == it.key(); });
        DateField *asked = m_asked.value(it.key());
        const QSignalBlocker blockDate(asked);
        asked->setDate(stored != answers.end() ? stored->askedOn : QDate());
        asked->setEnabled(left);
        for (QCheckBox *box : it.value()) {
            box->setChecked(stored != answers.end()
                            && stored->codes.contains(box->property("code").toString()));
            box->setEnabled(left);
        }
    }
}

void EsfEditor::store(const QString &indicator)
{
    if (m_learner.id == 0)
        return;
    DateField *asked = m_asked.value(indicator);
    const QString field = QStringLiteral("esf.") + indicator;
    QStringList codes;
    if (QComboBox *combo = m_answers.value(indicator); combo && combo->currentIndex() > 0)
        codes.append(combo->currentData().toString());
    // The boxes of a result, in the catalogue's order.
    const EsfCatalogue &catalogue = EsfCatalogue::builtIn();
    if (const esf::EsfIndicator *result = catalogue.indicator(indicator);
        result && m_results.contains(indicator)) {
        for (const auto *choices : { &result->choices, &catalogue.notAnswered() }) {
            for (const esf::EsfChoice &choice : *choices) {
                if (const QCheckBox *box = m_results.value(indicator).value(choice.code);
                    box && box->isChecked())
                    codes.append(choice.code);
            }
        }
    }
    std::optional<esf::EsfAnswer> after;
    if (!codes.isEmpty()) {
        if (asked->hasProblem())
            return; // the date field says what is wrong
        esf::EsfAnswer answer;
        answer.codes = codes;
        answer.askedOn = asked->date().isValid() ? asked->date() : m_session.clock().today();
        after = answer;
    }
    const Status done = m_session.run(std::make_shared<RecordEsfAnswer>(
        m_session.database(), m_session.clock(), m_learner.id, indicator, after));
    if (!done) {
        m_errors.showFor(field, { { field, done.error().message } });
        return;
    }
    m_errors.showFor(field, {});
}

} // namespace traject
