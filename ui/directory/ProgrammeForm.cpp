// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/ProgrammeForm.h"

#include "directory/DirectoryEdits.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace traject {

namespace {

QSpinBox *makeSpin(int maximum, const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setRange(0, maximum);
    spin->setSuffix(suffix);
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

void setValueIfDifferent(QSpinBox *spin, int value)
{
    if (spin->value() != value)
        spin->setValue(value);
}

} // namespace

ProgrammeForm::ProgrammeForm(QWidget *parent)
    : QWidget(parent)
{
    m_name = new QLineEdit;
    m_provider = new QComboBox;
    for (const ProviderKind provider : allValues<ProviderKind>())
        m_provider->addItem(label(provider), toCode(provider));
    m_duration = makeSpin(36, tr(" months"));
    m_duration->setMinimum(1);
    m_totalLestijden = makeSpin(5000, QString());
    m_classDays = new QDoubleSpinBox;
    m_classDays->setRange(0, 5);
    m_classDays->setDecimals(1);
    m_classDays->setSingleStep(0.5);
    m_classDays->setAlignment(Qt::AlignRight);
    m_placementHours = makeSpin(2000, tr(" h"));
    m_observationHours = makeSpin(2000, tr(" h"));
    m_description = new QPlainTextEdit;
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_description->installEventFilter(this);

    auto *left = new QFormLayout;
    m_errors.addRow(left, tr("&Name"), m_name, QStringLiteral("name"));
    m_errors.addRow(left, tr("&Provider"), m_provider, QStringLiteral("provider"));
    m_errors.addRow(left, tr("&Duration"), m_duration, QStringLiteral("durationMonths"));
    m_errors.addRow(left, tr("&Total lestijden"), m_totalLestijden,
                    QStringLiteral("totalLestijden"));
    auto *right = new QFormLayout;
    m_errors.addRow(right, tr("&Class days per week"), m_classDays,
                    QStringLiteral("classDaysPerWeek"));
    m_errors.addRow(right, tr("P&lacement hours"), m_placementHours,
                    QStringLiteral("placementHours"));
    m_errors.addRow(right, tr("&Observation hours"), m_observationHours,
                    QStringLiteral("observationHours"));
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(12);
    columns->addLayout(right, 2);

    auto *below = new QFormLayout;
    m_errors.addRow(below, tr("D&escription"), m_description, QStringLiteral("description"));
    auto *general = new ErrorLabel;
    m_errors.add(QString(), nullptr, general);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);
    layout->addLayout(below);
    layout->addWidget(general);

    connect(m_name, &QLineEdit::editingFinished, this, &ProgrammeForm::edited);
    connect(m_provider, &QComboBox::activated, this, &ProgrammeForm::edited);
    for (QAbstractSpinBox *spin : std::initializer_list<QAbstractSpinBox *> {
             m_duration, m_totalLestijden, m_classDays, m_placementHours, m_observationHours })
        connect(spin, &QAbstractSpinBox::editingFinished, this, &ProgrammeForm::edited);
}

void ProgrammeForm::setProgramme(const Programme &programme)
{
    m_shown = programme;
    setTextKeepingCursor(m_name, programme.name);
    selectData(m_provider, toCode(programme.provider));
    setValueIfDifferent(m_duration, programme.durationMonths);
    setValueIfDifferent(m_totalLestijden, programme.totalLestijden);
    if (m_classDays->value() != programme.classDaysPerWeek)
        m_classDays->setValue(programme.classDaysPerWeek);
    setValueIfDifferent(m_placementHours, programme.placementHours);
    setValueIfDifferent(m_observationHours, programme.observationHours);
    setTextKeepingCursor(m_description, programme.description);
    m_errors.clear();
}

Programme ProgrammeForm::programme() const
{
    Programme programme = m_shown;
    programme.name = m_name->text().trimmed();
    programme.provider = fromCode<ProviderKind>(m_provider->currentData().toString())
                             .value_or(ProviderKind::Other);
    programme.durationMonths = m_duration->value();
    programme.totalLestijden = m_totalLestijden->value();
    programme.classDaysPerWeek = m_classDays->value();
    programme.placementHours = m_placementHours->value();
    programme.observationHours = m_observationHours->value();
    programme.description = m_description->toPlainText();
    return programme;
}

bool ProgrammeForm::showProblems(const Problems &problems)
{
    return m_errors.show(problems);
}

void ProgrammeForm::showGeneralError(const QString &message)
{
    m_errors.showFor(QString(), { { QString(), message } });
}

QList<QWidget *> ProgrammeForm::fields() const
{
    return { m_name,      m_provider,       m_duration,         m_totalLestijden,
             m_classDays, m_placementHours, m_observationHours, m_description };
}

bool ProgrammeForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut
        && m_description->toPlainText() != m_shown.description)
        Q_EMIT edited();
    return QWidget::eventFilter(watched, event);
}

} // namespace traject
