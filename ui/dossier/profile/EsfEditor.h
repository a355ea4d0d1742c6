// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Learner.h"
#include "widgets/FieldErrors.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;

namespace traject {

class DateField;
class Session;

/// The learner's answers to the ESF+ indicators, one row each: at entry a choice (with "refuses to
/// answer" and "unknown"), for the results on leaving and six months later a box per answer
/// (several can hold); and the day it was asked. The results can be recorded once the learner
/// has left. Choosing an answer stores
/// it at once as one undoable step, asked today unless another day was typed. While a question
/// is not asked, its empty answer shows what the dossier proposes.
class EsfEditor : public QWidget
{
    Q_OBJECT

public:
    /// Puts its rows in `form` (the Profile tab's group).
    EsfEditor(Session &session, QFormLayout *form, QWidget *parent = nullptr);

    /// Shows this learner's answers; the Profile tab calls it whenever it reads the learner again
    /// (an answer stored here is a change of the profile).
    void setLearner(const Learner &learner);
    void reload();

    QComboBox *answerField(const QString &indicator) const { return m_answers.value(indicator); }
    /// The box of one answer of a result (which takes several), e.g. ("result_leaving",
    /// "employed").
    QCheckBox *resultBox(const QString &indicator, const QString &code) const
    {
        return m_results.value(indicator).value(code);
    }
    DateField *askedField(const QString &indicator) const { return m_asked.value(indicator); }

private:
    /// Stores what the row of `indicator` now says (an answer, or "not asked").
    void store(const QString &indicator);

    Session &m_session;
    Learner m_learner; // for what the dossier proposes
    QHash<QString, QComboBox *> m_answers;
    QHash<QString, QHash<QString, QCheckBox *>> m_results;
    QLabel *m_resultsHint = nullptr;
    QHash<QString, DateField *> m_asked;
    FieldErrors m_errors;
};

} // namespace traject
