// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "intake/IntakeTemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace traject::esf {

/// When an indicator is recorded: at entry into the trajectory, on leaving it (within four weeks
/// of the end), or six months after leaving.
enum class Moment
{
    Entry,
    Leaving,
    SixMonths
};

/// One answer to an indicator's question, with the report codes it counts under (none for a
/// "no"): an ESF+ common indicator code where one was confirmed, otherwise a code of our own
/// ("TP-…", listed in the README).
struct EsfChoice
{
    QString code;
    QStringList counts;
    LocalText label;
};

/// A fact that ESF+ asks about every participant (Regulation (EU) 2021/1057, Annex I).
struct EsfIndicator
{
    QString key;
    Moment moment = Moment::Entry;
    /// Special-category data (health, origin): the learner may refuse; the question says so.
    bool sensitive = false;
    /// Several answers at once (a result: a qualification and a job).
    bool several = false;
    LocalText label;
    /// The question the SPOC can read out.
    LocalText question;
    std::vector<EsfChoice> choices;
};

/// The ESF+ indicators and their answers: data, not code (resources/esf/indicators.json), so a
/// code can be corrected without a new program. Every indicator also takes the answers every
/// question has: "refused" and "unknown", which record that it was asked.
class EsfCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(EsfCatalogue)

public:
    /// The answer codes every indicator accepts besides its own.
    static inline const QString Refused = QStringLiteral("refused");
    static inline const QString Unknown = QStringLiteral("unknown");

    static Result<EsfCatalogue> parse(const QByteArray &json);
    /// The catalogue shipped with the program.
    static const EsfCatalogue &builtIn();

    const std::vector<EsfIndicator> &indicators() const { return m_indicators; }
    /// The indicator with this key, or nullptr.
    const EsfIndicator *indicator(const QString &key) const;
    /// The indicators recorded at this moment, in the catalogue's order.
    std::vector<const EsfIndicator *> at(Moment moment) const;
    /// "Refused" and "unknown", with their labels.
    const std::vector<EsfChoice> &notAnswered() const { return m_notAnswered; }
    /// The choice of `indicator` with this code (its own, refused or unknown), or nullptr.
    const EsfChoice *choice(const EsfIndicator &indicator, const QString &code) const;
    /// How an answer reads: the labels of its codes, joined.
    QString describe(const EsfIndicator &indicator, const QStringList &codes) const;

private:
    std::vector<EsfIndicator> m_indicators;
    std::vector<EsfChoice> m_notAnswered;
};

} // namespace traject::esf
