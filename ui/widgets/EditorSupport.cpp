// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/EditorSupport.h"

#include "storage/OrganisationRepository.h"
#include "widgets/DateField.h"
#include "widgets/FieldErrors.h"
#include "widgets/FormRow.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace traject::editor {

namespace {

std::function<bool(const QString &)> &removalAnswer()
{
    static std::function<bool(const QString &)> answer;
    return answer;
}

} // namespace

QString formatDate(QDate date)
{
    return shownDate(date);
}

void addDateRow(QFormLayout *form, FieldErrors &errors, const QString &label, DateField *input,
                const QString &field)
{
    input->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    addFormRow(form, errors, label, input, field);
}

bool commitDates(std::initializer_list<DateField *> fields)
{
    for (DateField *field : fields) {
        if (field && field->isEnabled() && (!field->commit() || field->hasProblem())) {
            field->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    return true;
}

OptionalDate::OptionalDate(const QString &label, QDate today)
    : m_label(new QLabel(label))
    , m_field(DateField::make({ .today = today }))
{
    m_field->setOptional(true);
    m_field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    m_label->setBuddy(m_field);
}

QDate OptionalDate::date() const
{
    return m_field->date();
}

void OptionalDate::setDate(QDate date)
{
    m_field->setDate(date);
}

void OptionalDate::addTo(QFormLayout *form, FieldErrors &errors, const QString &field)
{
    // A layout, not a box: the field stays its label's sibling, which a screen reader needs.
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *error = new ErrorLabel;
    column->addWidget(m_field);
    column->addWidget(error);
    form->addRow(m_label, column);
    errors.add(field, m_field, error);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : (combo->count() > 0 ? 0 : -1));
}

Result<QHash<qint64, QString>> personDescriptions(Database &database, const Clock &clock)
{
    OrganisationRepository repository(database, clock);
    auto organisations = repository.organisations();
    if (!organisations)
        return organisations.error();
    auto persons = repository.persons();
    if (!persons)
        return persons.error();
    QHash<qint64, QString> names;
    for (const auto &organisation : *organisations)
        names.insert(organisation.id, organisation.name);
    QHash<qint64, QString> descriptions;
    for (const auto &person : *persons) {
        const QString organisation
            = person.organisationId ? names.value(*person.organisationId) : QString();
        descriptions.insert(person.id,
                            organisation.isEmpty() ? person.name
                                                   : person.name + QStringLiteral(" (")
                                    + organisation + QLatin1Char(')'));
    }
    return descriptions;
}

Status fillPersonCombo(QComboBox *combo, Database &database, const Clock &clock,
                       const QString &choose)
{
    auto persons = OrganisationRepository(database, clock).persons();
    if (!persons)
        return persons.error();
    auto descriptions = personDescriptions(database, clock);
    if (!descriptions)
        return descriptions.error();
    const QVariant current = combo->currentData();
    combo->clear();
    if (!choose.isEmpty())
        combo->addItem(choose, QVariant());
    for (const auto &person : *persons)
        combo->addItem(descriptions->value(person.id), person.id);
    selectData(combo, current);
    return {};
}

bool confirmRemoval(QWidget *parent, const QString &question)
{
    if (removalAnswer())
        return removalAnswer()(question);
    return MessageBox::question(parent, QCoreApplication::translate("traject::editor", "Remove"),
                                question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void setRemovalConfirmation(std::function<bool(const QString &)> answer)
{
    removalAnswer() = std::move(answer);
}

} // namespace traject::editor
