// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Programme.h"
#include "widgets/FieldErrors.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace traject {

/// The fields of a programme (not its modules) with their inline error lines; edited() tells
/// that the user finished changing one, the owner decides whether and how to store it.
class ProgrammeForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProgrammeForm(QWidget *parent = nullptr);

    void setProgramme(const Programme &programme);
    /// The shown programme with what the fields hold now (its modules as they were shown).
    Programme programme() const;
    bool showProblems(const Problems &problems);
    void showGeneralError(const QString &message);
    QString errorFor(const QString &field) const { return m_errors.errorFor(field); }
    /// The fields in their keyboard order.
    QList<QWidget *> fields() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *providerCombo() const { return m_provider; }
    QSpinBox *durationSpin() const { return m_duration; }
    QSpinBox *totalLestijdenSpin() const { return m_totalLestijden; }
    QDoubleSpinBox *classDaysSpin() const { return m_classDays; }
    QSpinBox *placementHoursSpin() const { return m_placementHours; }
    QSpinBox *observationHoursSpin() const { return m_observationHours; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Programme m_shown;
    QLineEdit *m_name = nullptr;
    QComboBox *m_provider = nullptr;
    QSpinBox *m_duration = nullptr;
    QSpinBox *m_totalLestijden = nullptr;
    QDoubleSpinBox *m_classDays = nullptr;
    QSpinBox *m_placementHours = nullptr;
    QSpinBox *m_observationHours = nullptr;
    QPlainTextEdit *m_description = nullptr;
    FieldErrors m_errors;
};

} // namespace traject
